/**
 * The results model's public surface.
 */
export type {
  BuildReport,
  CriterionResult,
  GradeReport,
  SeedRun,
  StageResult,
  StageStatus,
  TrackResult,
} from './types.js'
export { REPORT_FORMAT_VERSION } from './types.js'
