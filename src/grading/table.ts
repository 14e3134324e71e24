/**
 * The per-stage table a learner sees after `dsgrade test --track` (and the demo): one line
 * per stage with status, seeds and each criterion as measured vs threshold, then for the
 * first stage that did not pass: why, the explanation, the first hint and the replay
 * command. Returns lines; never writes.
 */
import type { StageResult, StageStatus, TrackResult } from './contract.js'
import { criterionLine } from './criteria.js'

const STATUS_TEXT: Record<StageStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  unknown: 'UNKNOWN',
  inconclusive: 'INCONCL',
  error: 'ERROR',
  skipped: 'skipped',
}

function seedsText(stage: StageResult): string {
  if (stage.seeds.length === 0) {
    return '-'
  }
  const passed = stage.seeds.filter(
    (s) => s.criteria.length > 0 && s.criteria.every((c) => c.pass === true) && s.exitCode !== 255,
  ).length
  return `${passed}/${stage.seeds.length}`
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

function criteriaText(stage: StageResult): string {
  if (stage.status === 'skipped' || stage.seeds.length === 0) {
    return stage.status === 'error' ? stage.reason : ''
  }
  return stage.criteria.map(criterionLine).join(' · ')
}

/** The table of one graded track. */
export function renderTrackTable(track: TrackResult): string[] {
  const idWidth = Math.max(8, ...track.stages.map((s) => s.stageId.length)) + 2
  const lines = [`${track.title} (${track.trackId}): ${track.passed}/${track.total} stages passed`]
  lines.push(
    `  ${pad('stage', 6)}${pad('id', idWidth)}${pad('status', 9)}${pad('seeds', 7)}${pad('time', 8)}criteria`,
  )
  for (const stage of track.stages) {
    const time = stage.durationMs > 0 ? `${(stage.durationMs / 1000).toFixed(1)}s` : '-'
    const reruns =
      stage.reruns !== undefined && stage.reruns > 0
        ? ` (${stage.reruns} rerun${stage.reruns > 1 ? 's' : ''})`
        : ''
    lines.push(
      `  ${pad(stage.number, 6)}${pad(stage.stageId, idWidth)}${pad(STATUS_TEXT[stage.status], 9)}${pad(seedsText(stage), 7)}${pad(time, 8)}${criteriaText(stage)}${reruns}`.trimEnd(),
    )
  }
  const failed = track.stages.find((s) => s.status !== 'pass' && s.status !== 'skipped')
  if (failed !== undefined) {
    lines.push('', ...renderFailure(failed))
  }
  return lines
}

/** What failed, the evidence, the first hint and the replay command. */
export function renderFailure(stage: StageResult): string[] {
  const lines = [
    `${stage.number} ${stage.stageId} — ${stage.title}: ${STATUS_TEXT[stage.status]}`,
    `  ${stage.reason}`,
  ]
  for (const paragraph of stage.explanation) {
    lines.push(`  ${paragraph}`)
  }
  const failingSeeds = stage.seeds.filter(
    (s) => s.criteria.some((c) => c.pass !== true) || s.exitCode === 255,
  )
  if (stage.seeds.length > 1 && failingSeeds.length > 0) {
    lines.push(`  Failing seeds: ${failingSeeds.map((s) => s.seed).join(', ')}`)
    for (const seed of failingSeeds) {
      lines.push(`    ${seed.replay}`)
    }
  }
  if (stage.hint !== undefined) {
    lines.push(`  Hint: ${stage.hint}`)
  }
  if (stage.docsPath !== undefined) {
    lines.push(`  Concept: ${stage.docsPath}`)
  }
  return lines
}
