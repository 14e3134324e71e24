/**
 * The resolved options of one test, after CLI parsing and defaults (maelstrom-protocol.md
 * §4). Units are in the names. The CLI (`src/cli/`) and the track runner build this object;
 * workloads, nemeses and the runner only read it.
 *
 * Layering: a leaf contract between the edges (which build it) and run, workloads, nemesis
 * (which read it); it imports only the network's types. Public surface: options/index.ts.
 */
import type { LatencyDistribution } from '../network/index.js'

export type { LatencyDistribution }

export interface TestOptions {
  workload: string
  /** Server node ids in test order: n0…n(N-1) with --node-count, else n1…n5. */
  nodeIds: string[]
  /** The node's command line, already split into argv (`--bin` plus args after `--`). */
  command: string[]
  /**
   * `--bin` as the learner typed it (`python3 node.py`, not the interpreter's absolute path)
   * and the arguments after `--`: what replay lines print. @default the resolved command
   */
  typedCommand?: { bin: string; args: string[] }
  /** Main phase length. @default 60 (Maelstrom) */
  timeLimitS: number
  /** Approximate client operations per second, globally. 0 = no client ops. @default 5 */
  rate: number
  /** Client worker threads (an integer; `Kn` already multiplied out). @default node count */
  concurrency: number
  /** Mean node↔node and node↔service latency. @default 0 */
  latencyMs: number
  latencyDist: LatencyDistribution
  /** Fault names (`partition`, `kill`, `loss`, …). @default [] */
  nemesis: string[]
  /** Mean seconds between nemesis operations. @default 10 */
  nemesisIntervalS: number
  /** Broadcast topology. @default 'grid' */
  topology: string
  /** `total` means 1.0. @default undefined (not checked) */
  availability: 'total' | number | undefined
  /** Elle models. @default ['strict-serializable'] */
  consistencyModels: string[]
  keyCount: number | undefined
  /** @default 4 */
  maxTxnLength: number
  /** @default 16 */
  maxWritesPerKey: number
  /** Fault options (issue 4). Ratios are in [0, 1]. */
  lossRatio: number
  duplicateRatio: number
  reorderRatio: number
  clientLossRatio: number
  clientDuplicateRatio: number
  logStderr: boolean
  logNetSend: boolean
  logNetRecv: boolean
  /** The run's seed; every harness-side random choice derives from it. */
  seed: number
  /**
   * Scales every harness duration (time limit, nemesis interval, recovery cap) for the
   * project's own tests and quick local runs; thresholds never change. @default 1
   */
  timeScale: number
  /** Working directory of the nodes (interfaces.md §2). */
  cwd: string
  /** Workload- or track-specific extras (e.g. `exactly-once` options). */
  extra: Record<string, unknown>
  /**
   * Built-in services the nodes must not use (`lin-kv`, `seq-kv`, `lww-kv`, `lin-tso`): the
   * first message to one fails the run (services/bans.ts). @default [] (none)
   */
  forbidServices?: string[]
  /**
   * Run the node processes in simulated time (`--sim`, docs/simulation.md); a node that does not
   * take part makes the run fall back to real time. @default false
   */
  sim?: boolean
}
