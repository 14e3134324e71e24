/**
 * Grading a learner's track: the stages of a track run in order, each as one or more seeded
 * tests, criteria evaluated against thresholds, stopping at the first failing stage. This is
 * what the Action and `dsgrade test --track` consume; the report renderers take these values.
 */
import type { Validity } from '../checkers/contract.js'
import type { Logger } from '../shared/logger.js'

export interface CriterionResult {
  /** Stable id, e.g. `valid`, `net.servers.msgsPerOp`, `stableLatency.p50`. */
  id: string
  /** Human label: "servers msgs/op". */
  label: string
  /** "< 30", "≤ 400 ms", "= true". */
  threshold: string
  measured: number | string | boolean | null
  /** Unit of the measured value and the threshold (`ms`), when it has one. */
  unit?: string
  /**
   * `unknown`: nothing measured or the checker could not decide. `inconclusive`: a time-based
   * figure of a run whose harness was late (grading/vouch.ts). Neither ever passes or fails.
   */
  pass: boolean | 'unknown' | 'inconclusive'
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
  /** What the vouching rule said of this run (grading/vouch.ts); absent when it ran nothing. */
  vouch?: { kind: string; sentence: string; latenessP99Ms: number | null; boundMs: number }
  /** 1 for the first run of this seed, 2… for automatic reruns. */
  attempt?: number
}

export type StageStatus = 'pass' | 'fail' | 'unknown' | 'inconclusive' | 'error' | 'skipped'

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
  /** Automatic reruns of inconclusive seeds (same seed, alone on the machine). */
  reruns?: number
}

export interface TrackResult {
  trackId: string
  title: string
  /** Stages in order; those after the first failure are `skipped`. */
  stages: StageResult[]
  passed: number
  total: number
}

export interface GradeTrackRequest {
  trackId: string
  /** The learner node's command line, split into argv. */
  command: string[]
  /** Working directory of the nodes (the learner's repository root). */
  cwd: string
  /** Fixed seed for every stage; else random, always printed. */
  seed?: number
  /** Seeds per fault stage; defaults to the manifest's (3). */
  seeds?: number
  /** Only these stages (ids, short ids or numbers). */
  stages?: string[]
  storeDir: string
  /** The node's command line as the learner wrote it (`--bin`, `run:`), for replay lines. */
  typedBin?: string
  /** Scales durations for quick runs and tests; thresholds never change. @default 1 */
  timeScale?: number
  /** Environment variables the learner's node may see, already allow-listed. */
  logger: Logger
}

/** `dsgrade test --track T [--stage S]` as parsed by the CLI (src/cli/), run by grading/cli.ts. */
export interface TrackTestArgs {
  track: string
  stage?: string
  command: string[]
  /** `--bin` (and the arguments after `--`) as the learner typed them, for replay lines. */
  typedBin?: string
  cwd: string
  seed?: number
  seeds?: number
  storeDir: string
  timeScale: number
  logger: Logger
}
