/**
 * progress.json (curriculum.md §4), kept on the badge branch across runs: per stage its
 * status, first-pass commit and date, attempts, failures, best figures and the hint level
 * reached. `updateProgress` folds one run's report into the previous file; pure (the commit
 * and the date come in). `parseProgress` accepts only a well-formed file (it is read back from
 * a branch anyone with write access can edit) and otherwise starts afresh.
 */
import { z } from 'zod'
import type { CriterionResult, StageStatus, TrackResult } from '../results/index.js'
import type { GradeReport } from './model.js'

export const PROGRESS_SCHEMA_VERSION = 1
/** Hints unlock one per failure of the stage, up to this many (curriculum §0 rule 5). */
export const MAX_HINT_LEVEL = 4

const commitAt = z.object({ commit: z.string().nullable(), date: z.string() })

const stageSchema = z.object({
  number: z.string(),
  title: z.string(),
  status: z.enum(['pass', 'fail', 'unknown', 'inconclusive', 'error', 'skipped', 'not-run']),
  firstPass: commitAt.nullable(),
  lastRun: commitAt.nullable(),
  attempts: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  best: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  hintLevel: z.number().int().nonnegative(),
})

const progressSchema = z.object({
  schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
  updatedAt: z.string(),
  commit: z.string().nullable(),
  grader: z.object({ version: z.string(), ref: z.string().nullable() }),
  tracks: z.record(
    z.string(),
    z.object({ title: z.string(), stages: z.record(z.string(), stageSchema) }),
  ),
})

export type StageProgress = z.infer<typeof stageSchema>
export type Progress = z.infer<typeof progressSchema>

export interface ProgressTotals {
  stagesPassed: number
  stagesTotal: number
  tracksPassed: number
  tracksTotal: number
}

export function parseProgress(text: string | null): Progress | null {
  if (text === null) {
    return null
  }
  try {
    const parsed = progressSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function updateProgress(
  previous: Progress | null,
  report: GradeReport,
  at: { commit: string | null; date: string },
): Progress {
  const tracks: Progress['tracks'] = structuredClone(previous?.tracks ?? {})
  for (const track of report.tracks) {
    tracks[track.trackId] = {
      title: track.title,
      stages: updateTrack(tracks[track.trackId]?.stages ?? {}, track, at),
    }
  }
  return {
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    updatedAt: at.date,
    commit: at.commit,
    grader: report.grader,
    tracks,
  }
}

function updateTrack(
  stages: Record<string, StageProgress>,
  track: TrackResult,
  at: { commit: string | null; date: string },
): Record<string, StageProgress> {
  const next: Record<string, StageProgress> = { ...stages }
  for (const stage of track.stages) {
    const old = stages[stage.stageId]
    const ran = stage.status !== 'skipped'
    // Inconclusive (the grading machine was overloaded) is no fail and unlocks no hint.
    const failed = ran && stage.status !== 'pass' && stage.status !== 'inconclusive'
    const failures = (old?.failures ?? 0) + (failed ? 1 : 0)
    const everPassed = old?.firstPass ?? null
    next[stage.stageId] = {
      number: stage.number,
      title: stage.title,
      status: ran ? stage.status : (old?.status ?? 'not-run'),
      firstPass: everPassed ?? (stage.status === 'pass' ? at : null),
      lastRun: ran ? at : (old?.lastRun ?? null),
      attempts: (old?.attempts ?? 0) + (ran ? 1 : 0),
      failures,
      best: ran ? bestFigures(old?.best ?? {}, stage.criteria) : (old?.best ?? {}),
      hintLevel: Math.min(MAX_HINT_LEVEL, failures),
    }
  }
  return next
}

/** Lower is better for `<`/`≤` targets, higher for `>`/`≥`; others keep the latest. */
function bestFigures(
  best: Record<string, number | string | boolean>,
  criteria: readonly CriterionResult[],
): Record<string, number | string | boolean> {
  const next = { ...best }
  for (const criterion of criteria) {
    const measured = criterion.measured
    if (measured === null) {
      continue
    }
    const old = next[criterion.id]
    if (typeof measured === 'number' && typeof old === 'number') {
      const threshold = criterion.threshold.trim()
      if (/^[<≤]/.test(threshold)) {
        next[criterion.id] = Math.min(old, measured)
        continue
      }
      if (/^[>≥]/.test(threshold)) {
        next[criterion.id] = Math.max(old, measured)
        continue
      }
    }
    next[criterion.id] = measured
  }
  return next
}

/** The whole course's size (the badge's denominators), when known. */
export interface CurriculumSize {
  tracks: number
  stages: number
}

/** Totals for the badge: passed over the course's size when known, else over what was graded. */
export function progressTotals(progress: Progress, curriculum?: CurriculumSize): ProgressTotals {
  let stagesPassed = 0
  let stagesTotal = 0
  let tracksPassed = 0
  const trackIds = Object.keys(progress.tracks)
  for (const id of trackIds) {
    const stages = Object.values(progress.tracks[id]!.stages)
    const passed = stages.filter((stage) => stage.status === 'pass').length
    stagesPassed += passed
    stagesTotal += stages.length
    if (stages.length > 0 && passed === stages.length) {
      tracksPassed += 1
    }
  }
  return {
    stagesPassed,
    stagesTotal: Math.max(curriculum?.stages ?? 0, stagesTotal),
    tracksPassed,
    tracksTotal: Math.max(curriculum?.tracks ?? 0, trackIds.length),
  }
}

export type { StageStatus }
