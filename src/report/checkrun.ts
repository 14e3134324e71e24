/**
 * The output of the `dsgrade` check run: title, summary (the comment's content without its
 * marker) and text (every failing stage explained). Each part stays below 65,535 characters
 * and UTF-8 bytes, cut at a line boundary with fences closed. Pure.
 */
import { trimToLimit } from './escape.js'
import { CHECK_RUN_SUMMARY_MAX, CHECK_RUN_TEXT_MAX } from './limits.js'
import type { GradeReport } from './model.js'
import { scoreOf } from './model.js'
import { COMMENT_MARKER, renderComment } from './comment.js'
import { renderExplanation } from './summary.js'

export interface CheckRunOutput {
  title: string
  summary: string
  text: string
  /** `neutral`: nothing failed, but a stage was inconclusive (the grading machine was overloaded). */
  conclusion: 'success' | 'failure' | 'neutral'
}

const NOTICE = "**Trimmed** at GitHub's check-run limit; the job summary has everything."

export function renderCheckRun(
  report: GradeReport,
  options: { runUrl?: string } = {},
): CheckRunOutput {
  const score = scoreOf(report)
  const summary = renderComment(report, { ...options, maxChars: CHECK_RUN_SUMMARY_MAX })
    .replace(COMMENT_MARKER, '')
    .trimEnd()
  const explained = report.tracks.flatMap((track) =>
    track.stages.filter((stage) => stage.status !== 'pass' && stage.status !== 'skipped'),
  )
  const text = explained
    .map((stage) => renderExplanation(stage, report.stageLogs[stage.stageId] ?? [], 20))
    .join('\n\n')
  return {
    title: `${score.score}/${score.maxScore} stages passed`,
    summary: trimToLimit(summary, CHECK_RUN_SUMMARY_MAX, CHECK_RUN_SUMMARY_MAX, NOTICE),
    text: trimToLimit(text, CHECK_RUN_TEXT_MAX, CHECK_RUN_TEXT_MAX, NOTICE),
    conclusion: score.passed ? 'success' : conclusionOf(report),
  }
}

function conclusionOf(report: GradeReport): 'failure' | 'neutral' {
  const statuses = report.tracks.flatMap((track) => track.stages.map((stage) => stage.status))
  const failed = statuses.some((s) => s === 'fail' || s === 'error' || s === 'unknown')
  return !failed && statuses.includes('inconclusive') ? 'neutral' : 'failure'
}
