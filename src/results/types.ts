/**
 * The results model: one stage's and one track's grade, and the combined grade report of an
 * Action run (the `results` output). Plain JSON values only, so they round-trip through files.
 * Every layer that reads or writes results (run, grading, report, cli, action) takes these.
 */
import type { Validity } from '../checkers/index.js'

export interface CriterionResult {
  /** Stable id, e.g. `valid`, `net.servers.msgsPerOp`, `stableLatency.p50`. */
  id: string
  /** Human label: "servers msgs/op". */
  label: string
  /** "< 30", "≤ 400 ms", "= true". */
  threshold: string
  measured: number | string | boolean | null
  pass: boolean | 'unknown'
}

export interface SeedRun {
  seed: number
  valid: Validity
  /** dsgrade test exit code for this seed (0, 1, 2, 255). */
  exitCode: number
  /** One plain sentence. */
  reason: string
  /** The run directory (holds results.json, history.jsonl, report.html). */
  runDir: string
  /** The exact local command that replays this seed. */
  replay: string
  criteria: CriterionResult[]
}

export type StageStatus = 'pass' | 'fail' | 'unknown' | 'error' | 'skipped'

export interface StageResult {
  trackId: string
  /** Full id: `broadcast/partitions`. */
  stageId: string
  /** Learner-facing number: `4.3`. */
  number: string
  title: string
  status: StageStatus
  /** One plain sentence: why it passed or failed. */
  reason: string
  /** Criteria of the worst seed (or the only seed). */
  criteria: CriterionResult[]
  seeds: SeedRun[]
  /** Short paragraphs explaining the failure (anomaly, evidence, concept). */
  explanation: string[]
  /** The hint to show (first hint after the first failure). */
  hint?: string
  /** Link or path to the stage's concept page. */
  docsPath?: string
  /** Replay command of the first failing seed (or the first seed). */
  replay: string
  durationMs: number
}

export interface TrackResult {
  trackId: string
  title: string
  /** Stages in order; those after the first failure are `skipped`. */
  stages: StageResult[]
  passed: number
  total: number
}

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
