/**
 * Grading a learner's track: the stages of a track run in order, each as one or more seeded
 * tests, criteria evaluated against thresholds, stopping at the first failing stage. This is
 * what the Action and `dsgrade test --track` consume; the report renderers take these values.
 */
import type { Logger } from '../shared/index.js'

export type {
  CriterionResult,
  SeedRun,
  StageResult,
  StageStatus,
  TrackResult,
} from '../results/index.js'

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
  /** Run the node processes in simulated time (docs/simulation.md). @default false */
  sim?: boolean
  /** Fault parameters drawn from each seed (grading/swarm.ts). @default false */
  swarm?: boolean
  /** Base of the concept-page links (`docsBaseFrom` at the edge). @default DSGRADE_DOCS_BASE */
  docsBase?: string
  /**
   * The environment the node's allow-listed variables (PATH, LANG, …) are taken from; only the
   * edges (cli/, action/) read process.env and pass it down.
   */
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
}

/** `dsgrade test --track T [--stage S]` as parsed by the CLI (src/cli/), run by cli/commands/tracks.ts. */
export interface TrackTestArgs {
  track: string
  /** A course author's tracks directory (`--tracks-dir`); ours when absent. */
  tracksDir?: string
  stage?: string
  command: string[]
  /** `--bin` (and the arguments after `--`) as the learner typed them, for replay lines. */
  typedBin?: string
  cwd: string
  seed?: number
  seeds?: number
  storeDir: string
  timeScale: number
  /** `--sim`: simulated time (docs/simulation.md). */
  sim?: boolean
  /** `--swarm`: fault parameters drawn from each seed (grading/swarm.ts). */
  swarm?: boolean
  /** Base of the concept-page links (see GradeTrackRequest). */
  docsBase?: string
  /** The environment to take the node's allow-listed variables from (see GradeTrackRequest). */
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
}
