/**
 * Progressive hints (curriculum.md §0 rule 5): a failing stage shows its first hint after its
 * first failure and the next one after each further failure, counted from the progress.json
 * the badge branch keeps. The grading engine picks the first hint; this replaces it with the
 * hint of the level reached. Without a readable progress.json, the first hint stays.
 */
import type { Progress } from '../report/index.js'
import type { GradeReport } from '../results/index.js'
import type { TrackSpec } from '../tracks/index.js'

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
      const hints =
        spec?.stages.find((candidate) => candidate.fullId === stage.stageId)?.hints ?? []
      if (hints.length === 0) {
        continue
      }
      const earlier = progress.tracks[track.trackId]?.stages[stage.stageId]?.failures ?? 0
      stage.hint = hints[hintIndex(earlier, hints.length)]!
    }
  }
}
