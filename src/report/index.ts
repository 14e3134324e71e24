/**
 * The Action's renderers (pure: data in, strings out). The HTML page is report/html.ts (the
 * templates' work); everything else the Action publishes is rendered here.
 */
export { renderSummary } from './summary.js'
export type { SummaryOptions } from './summary.js'
export { COMMENT_MARKER, renderComment } from './comment.js'
export { renderCheckRun } from './checkrun.js'
export type { CheckRunOutput } from './checkrun.js'
export {
  findCrashLocation,
  findCompilerLocation,
  renderAnnotations,
  resolveFile,
} from './annotations.js'
export type { Annotation, AnnotationOptions } from './annotations.js'
export { badgeColor, badgeMessage, renderBadge } from './badge.js'
export { parseProgress, progressTotals, updateProgress } from './progress.js'
export type { CurriculumSize, Progress, ProgressTotals, StageProgress } from './progress.js'
export { explainStage, explainStageText, formatCriterion } from './explain.js'
export type { ExplainParagraph } from './explain.js'
export { REPORT_FORMAT_VERSION, scoreOf } from './model.js'
export type { BuildReport, GradeReport, Score } from './model.js'
export * as limits from './limits.js'
export { renderReportHtml, type ReportInput } from './html.js'
export { inlineCode, inlineText } from './escape.js'
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_ANNOTATIONS_MAX,
  LEARNER_TAIL_LINES,
  WORKFLOW_ANNOTATION_MESSAGE_MAX,
  WORKFLOW_ERROR_BUDGET,
} from './limits.js'
