/**
 * The typed, frozen value of a loaded track (tracks/<id>/track.yml after validation).
 * Tracks are data (style.md §3.3): these types mirror tracks/schema/track.schema.json and
 * carry no engine types, so `src/tracks/` depends on `shared/` only.
 */

/** How a measured value is compared with its threshold. */
export type Comparison = '<' | '<=' | '=' | '>=' | '>'

export interface CriterionSpec {
  /** Stable id: `valid`, `net.servers.msgsPerOp`, `stableLatency.p50`, … */
  id: string
  /** Human label: "servers msgs/op". */
  label: string
  /**
   * Where the value is in results.json, as a dotted path (`net.servers.msgsPerOp`,
   * `workload.stableLatencies.0.5`), or one of the computed metrics `lint.findingCount`,
   * `nodes.crashCount`.
   */
  metric: string
  op: Comparison
  value: number | boolean | string
  /** Unit shown after numbers: `ms`. */
  unit?: string
}

export interface FaultSpec {
  /** A registered nemesis name: `partition`, `kill`, `client-loss`, … */
  kind: string
  /** Mean seconds between fault operations (sets `--nemesis-interval`). */
  intervalS?: number
  /** Probability for link faults (loss, duplicate, client-loss, client-duplicate, reorder). */
  ratio?: number
}

/** Stage options, with `dsgrade test` meanings (maelstrom-protocol.md §4). */
export interface StageOptions {
  nodeCount: number
  timeLimitS: number
  rate?: number
  /** An integer or `Kn` (K × node count). */
  concurrency?: number | string
  latencyMs?: number
  latencyDist?: 'constant' | 'uniform' | 'exponential'
  topology?: string
  availability?: 'total' | number
  consistencyModels?: string[]
  keyCount?: number
  maxTxnLength?: number
  maxWritesPerKey?: number
  /** Workload-specific extras, passed through as TestOptions.extra. */
  extra?: Record<string, unknown>
  /** Built-in services the nodes must not use (TestOptions.forbidServices). */
  forbidServices?: string[]
}

export interface ExtraCheckerSpec {
  /** A registered checker name (checkers/registry.ts), run over the stage's history. */
  name: string
  model?: string
  consistencyModels?: string[]
  extra?: Record<string, unknown>
}

export interface StageSpec {
  trackId: string
  /** Short id: `partitions`. */
  id: string
  /** Full id: `broadcast/partitions`. */
  fullId: string
  /** Learner-facing number: `4.3`. */
  number: string
  title: string
  /** `ready` stages run; `planned` ones name engine parts that are not built yet. */
  status: 'ready' | 'planned'
  /** Why a planned stage cannot run yet (filled by the loader when names are missing). */
  plannedReason?: string
  workload: string
  options: StageOptions
  faults: FaultSpec[]
  seeds: number
  checkers: ExtraCheckerSpec[]
  criteria: CriterionSpec[]
  hints: string[]
  /**
   * Per hint (same order as `hints`), the criterion ids it is for; empty = any failure. The
   * first hint for a failed criterion is shown first (`firstHint`).
   */
  hintFor: string[][]
  /** Path of the stage's concept page, relative to the package root. */
  docsPath?: string
  /** One paragraph for the stage page and `dsgrade tracks`. */
  summary?: string
}

export interface TrackSpec {
  schemaVersion: number
  id: string
  number: number
  title: string
  category: string
  teaches: string
  /** Directory of the track, absolute. */
  dir: string
  /** Concept page of the track, relative to the package root. */
  docsPath?: string
  stages: StageSpec[]
  /** RPC body schemas by file stem (`append`, `append_ok`, …). */
  rpcSchemas: Record<string, object>
}

/** What the track checks need to know of a metric (the engine's metric registry). */
export interface KnownMetric {
  type: 'integer' | 'number' | 'boolean' | 'validity' | 'string'
  unit: string
  /** The values it can take; numbers default to [0, +∞). */
  range?: readonly [number, number]
}

/** Names the engine knows, for resolving a track's references. */
export interface KnownNames {
  workloads: readonly string[]
  nemeses: readonly string[]
  checkers: readonly string[]
  /** The metrics a stage of this workload with these extra checkers can measure, by path. */
  metrics?: (workload: string, checkers: readonly string[]) => ReadonlyMap<string, KnownMetric>
  /** `options.extra` keys each workload reads (a workload absent here reads none). */
  workloadExtras?: Readonly<Record<string, readonly string[]>>
  /** `extra` keys each checker reads (a checker absent here reads none). */
  checkerExtras?: Readonly<Record<string, readonly string[]>>
  /** Fault kinds that take a `ratio` (the link faults). */
  ratioFaults?: readonly string[]
}

export const TRACK_SCHEMA_VERSION = 1
