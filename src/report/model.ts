/**
 * The combined grading report of one Action run: what `results` (the output path) holds, what
 * every renderer in report/ takes, and what a publish-only job reads back from matrix jobs.
 * Plain JSON values only, so it round-trips through a file; validated on the way in
 * (see action/results.ts), because a results file from another job is untrusted data.
 */
import type { TrackResult } from '../grading/contract.js'

export const REPORT_FORMAT_VERSION = 1

/** One build command (the top-level `build:` or a track's). */
export interface BuildReport {
  /** `null` for the top-level build, else the track id. */
  trackId: string | null
  command: string
  exitCode: number | null
  timedOut: boolean
  /** Last lines of the build's output (learner text; escape before rendering). */
  outputTail: string[]
  durationMs: number
}

export interface GradeReport {
  formatVersion: number
  /** dsgrade version and the action ref it ran from (GITHUB_ACTION_REF), for traceability. */
  grader: { version: string; ref: string | null }
  repository: string | null
  /** The commit graded (PR head SHA on pull requests). */
  sha: string | null
  /** The config file, relative to the repository root. */
  configPath: string
  /** sha256 of the config file's text, hex. */
  configHash: string
  /** 1-based line of each track's key in the config (and `build`), for annotations. */
  configLines?: Record<string, number>
  /** The seed given to every stage, when one was fixed. */
  seed: number | null
  timeScale: number
  builds: BuildReport[]
  tracks: TrackResult[]
  /** Configured track ids that were not graded here (a matrix job graded them elsewhere). */
  notGraded: string[]
  /** Stage id → last stderr lines of the failing seed's nodes (learner text). */
  stageLogs: Record<string, string[]>
  /** Problems that did not fail the job (missing permissions, skipped parts). */
  warnings: string[]
}

export interface Score {
  score: number
  maxScore: number
  passed: boolean
  tracksPassed: number
  tracksTotal: number
}

export function scoreOf(report: GradeReport): Score {
  let score = 0
  let maxScore = 0
  let tracksPassed = 0
  for (const track of report.tracks) {
    const passedStages = track.stages.filter((stage) => stage.status === 'pass').length
    score += passedStages
    maxScore += track.stages.length
    if (track.stages.length > 0 && passedStages === track.stages.length) {
      tracksPassed += 1
    }
  }
  const buildFailed = report.builds.some((build) => build.exitCode !== 0 || build.timedOut)
  return {
    score,
    maxScore,
    passed: !buildFailed && maxScore > 0 && score === maxScore,
    tracksPassed,
    tracksTotal: report.tracks.length,
  }
}
