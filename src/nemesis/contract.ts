/**
 * Fault packages (style.md model 5; curriculum.md §3). A package is a plain object with a
 * seeded schedule; packages compose (`--nemesis partition,kill,loss`). Every applied fault
 * is recorded as an operation of process "nemesis" (invoke + info) with its start, end and
 * the nodes involved, so checkers, timelines and reports see exactly what happened.
 */
import type { Clock, JournalEvent } from '../network/index.js'
import type { Network } from '../network/index.js'
import type { Random } from '../network/index.js'
import type { TestOptions } from '../options/index.js'
import type { KeyHolds } from '../shared/index.js'

/** What a nemesis may do to one server node. Implemented by the runner. */
export interface NodeControl {
  readonly id: string
  /** SIGKILL the node's whole process group. Resolves when it is gone. */
  kill(): Promise<void>
  /** Start a fresh process in the same data directory and send `init` again. */
  restart(): Promise<void>
  /** SIGSTOP / SIGCONT. */
  pause(): void
  resume(): void
}

/** One recorded fault, as the runner writes it to the history (process "nemesis"). */
export interface NemesisEvent {
  type: 'invoke' | 'info'
  /** e.g. `start-partition`, `stop-partition`, `kill`, `start`, `pause`, `resume`. */
  f: string
  /** Plain data: `{kind, nodes, grudge?, description}`. */
  value: unknown
}

/** What a nemesis may do to the harness backends (issue 16). Implemented by the runner. */
export interface BackendControl {
  readonly ids: readonly string[]
  isDown(id: string): boolean
  /** The instance stops answering; work in progress is lost without a reply. */
  crash(id: string): void
  recover(id: string): void
}

export interface NemesisWorld {
  readonly options: TestOptions
  readonly nodeIds: readonly string[]
  readonly clock: Clock
  readonly network: Network
  readonly nodes: ReadonlyMap<string, NodeControl>
  /** Present when the workload runs harness backends (`backend-crash`, `backend-loss`). */
  readonly backends?: BackendControl
  record(event: NemesisEvent): void
  /**
   * Every network event (send, delivery, drop, duplicate) as the journal writes it, at that
   * moment; returns "stop watching". Only packages that follow the nodes' own messages use it
   * (`leader-chase`); present in runs of the runner.
   */
  watchMessages?(listener: (event: JournalEvent) => void): () => void
  /**
   * The run's key holds (shared/key-holds.ts), shared with the workload's generator: a key
   * held here gets no write from the clients until released. Only the Figure 8 steer uses it
   * (`chaseHoldWrites`); present in runs of the runner.
   */
  readonly keyHolds?: KeyHolds
}

export interface NemesisRun {
  /** End the schedule and undo every fault (heal, resume, restart). */
  stop(): Promise<void>
}

export interface NemesisPackage {
  name: string
  doc: string
  start(world: NemesisWorld, random: Random): NemesisRun
}
