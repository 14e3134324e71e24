/**
 * Every GitHub limit the renderers and the publisher depend on, each with its source
 * (github-actions.md §2–§3 and style.md §3.5 model 8). Renderers trim *below* these
 * themselves, in documented steps, rather than letting GitHub refuse or cut the text.
 */

/** Job summary per step: the runner drops a larger file with an error annotation
 * ("supports content up to a size of 1024k"). [src: actions/runner, FileCommandManager] */
export const SUMMARY_MAX_BYTES = 1_048_576

/** Issue / PR / commit comment body: "Body is too long (maximum is 65536 characters)". [docs] */
export const COMMENT_MAX_CHARS = 65_536

/** Check run `output.summary`: 65,535 characters and 65,535 UTF-8 bytes; over → 422. [docs,
 * 3rd-party measured: Sluiceway] */
export const CHECK_RUN_SUMMARY_MAX = 65_535

/** Check run `output.text`: 65,535 characters; over 65,535 bytes silently truncated.
 * [3rd-party measured: Sluiceway; dorny/test-reporter trims to 65,535 bytes] */
export const CHECK_RUN_TEXT_MAX = 65_535

/** Annotations per check-run create/update request; more need follow-up PATCHes (which
 * append). 51 → 422 "No more than 50 items are allowed". [docs; Sluiceway] */
export const ANNOTATIONS_PER_REQUEST = 50

/** Annotation title length. [dorny/test-reporter trims to 255] */
export const ANNOTATION_TITLE_MAX = 255

/** Annotation message / raw_details: 64 KB each. [EnricoMi abbreviates to 64,000 bytes] */
export const ANNOTATION_MESSAGE_MAX_BYTES = 64_000

/** Workflow-command annotations recorded per type per step. [src: runner
 * ExecutionContext.cs `_maxCountPerIssueType = 10`] */
export const WORKFLOW_ANNOTATIONS_PER_TYPE = 10

/** `core.error` annotations we emit ourselves: one of the 10 slots is kept for setFailed. */
export const WORKFLOW_ERROR_BUDGET = WORKFLOW_ANNOTATIONS_PER_TYPE - 1

/** Workflow-command annotation messages are cut to this many characters. [src: runner] */
export const WORKFLOW_ANNOTATION_MESSAGE_MAX = 4_096

/** Annotations we send through the Checks API in one run (a bound on requests: the token's
 * secondary limit is 80 content-creating requests per minute). [docs via Sluiceway] */
export const CHECK_RUN_ANNOTATIONS_MAX = 200

/** Lines of learner output (build, node stderr) we carry into any report. Ours. */
export const LEARNER_TAIL_LINES = 40

/** Characters per learner line we carry into any report. Ours. */
export const LEARNER_LINE_MAX_CHARS = 300
