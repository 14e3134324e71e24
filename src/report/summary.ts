/**
 * The job summary (the canonical report: always written, always in the right run, no token
 * needed): per track a table with one row per stage (result, figures against targets, seed,
 * the local command that replays it), then each failing stage explained, build failures,
 * warnings, the badge snippet and what graded it. Pure; never larger than SUMMARY_MAX_BYTES.
 *
 * Trimmed in documented steps until it fits: (1) full detail; (2) node logs and build output
 * cut to 10 lines; (3) no logs, figures only on failing rows, one explained stage per track;
 * (4) a hard cut at a line boundary with a notice.
 */
import type { StageResult, TrackResult } from '../results/index.js'
import { codeBlock, inlineCode, inlineText, trimToLimit } from './escape.js'
import { explainStage, formatCriterion } from './explain.js'
import { SUMMARY_MAX_BYTES } from './limits.js'
import type { BuildReport, GradeReport } from './model.js'
import { scoreOf } from './model.js'

export interface SummaryOptions {
  /** Link to the workflow run (shown in comments and the footer). */
  runUrl?: string
  /** The badge's image and link, when one was written. */
  badge?: { imageUrl: string; linkUrl: string } | null
  /** For tests: a smaller limit than the runner's. */
  maxBytes?: number
}

interface Detail {
  logLines: number
  figuresOnPassing: boolean
  explainedPerTrack: number
}

const DETAIL_STEPS: Detail[] = [
  { logLines: 40, figuresOnPassing: true, explainedPerTrack: Infinity },
  { logLines: 10, figuresOnPassing: true, explainedPerTrack: Infinity },
  { logLines: 0, figuresOnPassing: false, explainedPerTrack: 1 },
]

export const STATUS_ICON: Record<StageResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  inconclusive: '🔁',
  error: '⚠️',
  skipped: '⏭️',
}

export function renderSummary(report: GradeReport, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  for (const detail of DETAIL_STEPS) {
    const text = renderAtDetail(report, options, detail)
    if (Buffer.byteLength(text, 'utf8') <= maxBytes) {
      return text
    }
  }
  const smallest = renderAtDetail(report, options, DETAIL_STEPS[DETAIL_STEPS.length - 1]!)
  return trimToLimit(
    smallest,
    Infinity,
    maxBytes,
    "**Trimmed:** the summary reached GitHub's 1 MiB limit; the full results are in the results file (`results` output).",
  )
}

function renderAtDetail(report: GradeReport, options: SummaryOptions, detail: Detail): string {
  const parts: string[] = [headline(report)]
  const buildFailures = report.builds.filter((build) => build.exitCode !== 0 || build.timedOut)
  for (const build of buildFailures) {
    parts.push(renderBuildFailure(build, detail.logLines))
  }
  for (const track of report.tracks) {
    parts.push(renderTrack(report, track, detail))
  }
  if (report.notGraded.length > 0) {
    parts.push(
      `Not graded in this job: ${report.notGraded.map((id) => inlineText(id)).join(', ')}.`,
    )
  }
  if (report.warnings.length > 0) {
    parts.push(
      `### Warnings\n\n${report.warnings.map((warning) => `- ${inlineText(warning, 1000)}`).join('\n')}`,
    )
  }
  if (options.badge) {
    parts.push(renderBadgeSnippet(options.badge))
  }
  parts.push(footer(report, options.runUrl))
  return `${parts.join('\n\n')}\n`
}

export function headline(report: GradeReport): string {
  const score = scoreOf(report)
  const icon = score.passed ? '✅' : '❌'
  return `## ${icon} dsgrade: ${score.score}/${score.maxScore} stages passed · ${score.tracksPassed}/${score.tracksTotal} tracks`
}

function renderTrack(report: GradeReport, track: TrackResult, detail: Detail): string {
  const lines = [
    `### ${inlineText(track.title)} — ${track.passed}/${track.total} stages`,
    '',
    '| | stage | result | figures (measured vs target) | seed | replay locally |',
    '|---|---|---|---|---|---|',
  ]
  for (const stage of track.stages) {
    const figures =
      stage.status === 'skipped' ? false : detail.figuresOnPassing || stage.status !== 'pass'
    lines.push(stageRow(stage, figures))
  }
  const explained = track.stages.filter(
    (stage) => stage.status !== 'pass' && stage.status !== 'skipped',
  )
  for (const stage of explained.slice(0, detail.explainedPerTrack)) {
    lines.push('', renderExplanation(stage, report.stageLogs[stage.stageId] ?? [], detail.logLines))
  }
  return lines.join('\n')
}

function stageRow(stage: StageResult, withFigures: boolean): string {
  const measured = stage.criteria.some((criterion) => criterion.measured !== null)
  const figures =
    withFigures && measured
      ? stage.criteria.map((criterion) => inlineText(formatCriterion(criterion))).join('<br>')
      : ''
  const seed = stage.seeds.find((run) => run.replay === stage.replay)?.seed ?? stage.seeds[0]?.seed
  const replay =
    stage.status === 'skipped' || stage.replay === '' ? '' : inlineCode(stage.replay, true)
  return `| ${STATUS_ICON[stage.status]} | ${inlineText(`${stage.number} ${stage.title}`)} | ${inlineText(stage.reason)} | ${figures} | ${seed ?? ''} | ${replay} |`
}

/** A failing stage's paragraphs as Markdown (used by the summary and the check run text). */
export function renderExplanation(
  stage: StageResult,
  logTail: readonly string[],
  logLines: number,
): string {
  const lines = [
    `#### ${STATUS_ICON[stage.status]} ${inlineText(`${stage.number} ${stage.title}`)}`,
    '',
  ]
  for (const paragraph of explainStage(stage)) {
    if (paragraph.kind === 'replay') {
      lines.push(`Replay locally: ${inlineCode(paragraph.text)}`, '')
    } else if (paragraph.kind === 'hint') {
      lines.push(`> 💡 ${inlineText(paragraph.text, 2000)}`, '')
    } else {
      lines.push(inlineText(paragraph.text, 2000), '')
    }
  }
  if (logLines > 0 && logTail.length > 0) {
    lines.push(
      "<details><summary>Last lines of the nodes' stderr</summary>",
      '',
      codeBlock(logTail.slice(-logLines)),
      '',
      '</details>',
      '',
    )
  }
  return lines.join('\n').trimEnd()
}

function renderBuildFailure(build: BuildReport, logLines: number): string {
  const what =
    build.trackId === null ? 'The build' : `The build of track ${inlineText(build.trackId)}`
  const why = build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none (killed)'}`
  const lines = [
    `### ❌ ${what} failed`,
    '',
    `${inlineCode(build.command)} ${why}; no stage of ${build.trackId === null ? 'any track' : 'this track'} could run.`,
  ]
  if (logLines > 0 && build.outputTail.length > 0) {
    lines.push('', codeBlock(build.outputTail.slice(-logLines)))
  }
  return lines.join('\n')
}

function renderBadgeSnippet(badge: { imageUrl: string; linkUrl: string }): string {
  return [
    '### Badge',
    '',
    'Paste this into your README:',
    '',
    '```markdown',
    `[![dsgrade progress](${badge.imageUrl})](${badge.linkUrl})`,
    '```',
  ].join('\n')
}

/** What graded it: version, commit, config hash, seed (and a link to the run). */
export function footer(report: GradeReport, runUrl?: string): string {
  const parts = [
    `dsgrade ${inlineText(report.grader.version)}${report.grader.ref !== null ? ` (${inlineText(report.grader.ref)})` : ''}`,
    report.sha !== null ? `commit ${inlineText(report.sha.slice(0, 12))}` : null,
    `config ${inlineText(report.configPath)} sha256:${report.configHash.slice(0, 12)}`,
    report.seed !== null ? `seed ${report.seed}` : 'random seeds (each shown above)',
    report.timeScale !== 1 ? `time scale ${report.timeScale}` : null,
    runUrl !== undefined ? `[run](${runUrl})` : null,
  ]
  return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`
}
