/**
 * The results model's public surface: the zod schemas, the types derived from them, and the
 * JSON Schema export.
 */
export type {
  BuildReport,
  CheckResultValue,
  CriterionResult,
  GradeReport,
  ReplyCheck,
  RunResults,
  SeedRun,
  StageBlock,
  StageResult,
  StageStatus,
  TrackResult,
} from './types.js'
export {
  REPORT_FORMAT_VERSION,
  gradeReportSchema,
  resultsJsonSchema,
  runResultsSchema,
  stageResultSchema,
  validitySchema,
} from './schema.js'
