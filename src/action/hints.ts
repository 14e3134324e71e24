/**
 * Progressive hints (curriculum.md §0 rule 5): a failing stage shows its first hint after its
 * first failure and the next one after each further failure, counted from the progress.json
 * the badge branch keeps. The grading engine picks the first hint; this replaces it with the
 * hint of the level reached. Without a readable progress.json, the first hint stays.
 */
import type { Progress } from '../report/index.js'
import type { GradeReport } from '../results/index.js'
import { firstHintIndex, type TrackSpec } from '../tracks/index.js'

/** Index of the hint to show for a stage that failed after `earlierFailures` failures. */
export function hintIndex(earlierFailures: number, hintCount: number): number {
  return Math.max(0, Math.min(earlierFailures, hintCount - 1))
}

export function applyHintLevels(
  report: GradeReport,
  progress: Progress | null,
  specs: readonly TrackSpec[],
): void {
  if (progress === null) {
    return
  }
  for (const track of report.tracks) {
    const spec = specs.find((candidate) => candidate.id === track.trackId)
    for (const stage of track.stages) {
      if (stage.status === 'pass' || stage.status === 'skipped') {
        continue
      }
      const stageSpec = spec?.stages.find((candidate) => candidate.fullId === stage.stageId)
      if (stageSpec === undefined || stageSpec.hints.length === 0) {
        continue
      }
      // The hint that fits what failed comes first; the others follow in manifest order.
      const failed = stage.criteria.filter((c) => c.pass === false).map((c) => c.id)
      const first = firstHintIndex(stageSpec, failed)
      const hints = [stageSpec.hints[first]!, ...stageSpec.hints.filter((_, i) => i !== first)]
      const earlier = progress.tracks[track.trackId]?.stages[stage.stageId]?.failures ?? 0
      stage.hint = hints[hintIndex(earlier, hints.length)]!
    }
  }
}
