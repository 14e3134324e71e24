/**
 * The sticky pull-request comment (and the commit comment on push with `comment: always`):
 * the headline, one compact table per track, the first failing stage of each track explained,
 * and a link to the full job summary. Carries a hidden marker so github/ can find and update
 * it instead of adding another. Learner text is escaped (HTML, fences, `@` mentions). Pure;
 * always shorter than COMMENT_MAX_CHARS.
 *
 * Trimmed in steps: (1) full; (2) no node logs; (3) tables only with failing rows; (4) a hard
 * cut at a line boundary with a notice.
 */
import type { GradeReport } from './model.js'
import type { StageResult, TrackResult } from '../results/index.js'
import { inlineCode, inlineText, trimToLimit } from './escape.js'
import { COMMENT_MAX_CHARS } from './limits.js'
import { STATUS_ICON, footer, headline, renderExplanation } from './summary.js'

/** The hidden marker that identifies our comment (together with the bot author). */
export const COMMENT_MARKER = '<!-- dsgrade:sticky-comment -->'

export interface CommentOptions {
  runUrl?: string
  /** For tests: a smaller limit than GitHub's. */
  maxChars?: number
}

interface Detail {
  logLines: number
  allRows: boolean
}

const DETAIL_STEPS: Detail[] = [
  { logLines: 15, allRows: true },
  { logLines: 0, allRows: true },
  { logLines: 0, allRows: false },
]

export function renderComment(report: GradeReport, options: CommentOptions = {}): string {
  const maxChars = (options.maxChars ?? COMMENT_MAX_CHARS) - 1
  for (const detail of DETAIL_STEPS) {
    const body = render(report, options, detail)
    if (body.length <= maxChars) {
      return body
    }
  }
  const smallest = render(report, options, DETAIL_STEPS[DETAIL_STEPS.length - 1]!)
  const cut = trimToLimit(
    smallest,
    maxChars - COMMENT_MARKER.length - 1,
    Infinity,
    "**Trimmed:** this comment reached GitHub's size limit; see the job summary for everything.",
  )
  return `${cut}${COMMENT_MARKER}\n`
}

function render(report: GradeReport, options: CommentOptions, detail: Detail): string {
  const parts = [headline(report)]
  for (const build of report.builds.filter((b) => b.exitCode !== 0 || b.timedOut)) {
    parts.push(
      `❌ Build failed: ${inlineCode(build.command)} ${build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none'}`}.`,
    )
  }
  for (const track of report.tracks) {
    parts.push(renderTrack(report, track, detail))
  }
  if (report.warnings.length > 0) {
    parts.push(report.warnings.map((warning) => `> ⚠️ ${inlineText(warning, 1000)}`).join('\n>\n'))
  }
  if (options.runUrl !== undefined) {
    parts.push(`Full report: [job summary](${options.runUrl})`)
  }
  parts.push(footer(report))
  parts.push(COMMENT_MARKER)
  return `${parts.join('\n\n')}\n`
}

function renderTrack(report: GradeReport, track: TrackResult, detail: Detail): string {
  const rows = track.stages.filter((stage) => detail.allRows || stage.status !== 'pass')
  const lines = [
    `**${inlineText(track.title)}** — ${track.passed}/${track.total} stages`,
    '',
    '| | stage | result |',
    '|---|---|---|',
  ]
  for (const stage of rows) {
    lines.push(
      `| ${STATUS_ICON[stage.status]} | ${inlineText(`${stage.number} ${stage.title}`)} | ${inlineText(stage.reason)} |`,
    )
  }
  const firstFailure = track.stages.find(
    (stage: StageResult) => stage.status !== 'pass' && stage.status !== 'skipped',
  )
  if (firstFailure !== undefined) {
    lines.push(
      '',
      renderExplanation(
        firstFailure,
        report.stageLogs[firstFailure.stageId] ?? [],
        detail.logLines,
      ),
    )
  }
  return lines.join('\n')
}
