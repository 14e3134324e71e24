/**
 * The results types, every one derived from the zod schema in schema.ts (`z.infer`), so the
 * files dsgrade writes, the values it passes around and the files the Action reads back have
 * one shape.
 */
import type { z } from 'zod'
import type {
  buildReportSchema,
  checkResultSchema,
  criterionResultSchema,
  gradeReportSchema,
  replyCheckSchema,
  runResultsSchema,
  seedRunSchema,
  stageBlockSchema,
  stageResultSchema,
  stageStatusSchema,
  trackResultSchema,
} from './schema.js'

export type CriterionResult = z.infer<typeof criterionResultSchema>
export type SeedRun = z.infer<typeof seedRunSchema>
export type StageStatus = z.infer<typeof stageStatusSchema>
export type StageResult = z.infer<typeof stageResultSchema>
export type TrackResult = z.infer<typeof trackResultSchema>
export type BuildReport = z.infer<typeof buildReportSchema>
export type GradeReport = z.infer<typeof gradeReportSchema>
/** A run's results.json. */
export type RunResults = z.infer<typeof runResultsSchema>
/** What grading adds to results.json under `stage`. */
export type StageBlock = z.infer<typeof stageBlockSchema>
export type ReplyCheck = z.infer<typeof replyCheckSchema>
export type CheckResultValue = z.infer<typeof checkResultSchema>
