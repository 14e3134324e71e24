/**
 * One shape for every workload (style.md §3.5 model 6, Maelstrom's workload map):
 * `name`, `doc`, RPC names, option validation, a generator of client operations, an
 * optional final generator, a client that turns an operation into RPCs, and a checker.
 * A new workload is "copy echo.ts and change the parts"; `registry.ts` lists them all.
 *
 * The runner (src/run/) owns pacing, workers, process ids, client replacement after `info`,
 * timeouts, history recording and phases. A workload never sees a process, a socket or a
 * wall clock: only the context objects below.
 */
import type { Budget, CheckResult, LoggedComputeCall } from '../checkers/index.js'
import type { BackendLog, BackendSpec, Op } from '../history/index.js'
import type { Random } from '../network/index.js'
import type { Body } from '../protocol/index.js'
import type { ExtraSpec, KeyHoldsView } from '../shared/index.js'
import type { TestOptions } from '../options/index.js'

/** What harness backends a workload asks for (declared in history/, beside their log). */
export type { BackendSpec } from '../history/index.js'

/** What a generator asks a worker to do. */
export interface Invocation {
  f: string
  key?: unknown
  value?: unknown
  /** Mark final-phase reads (checked by set-full / counter). */
  final?: boolean
}

/** A completed client operation, as the generator is told about it. */
export interface Completed {
  invocation: Invocation
  type: 'ok' | 'fail' | 'info'
  value?: unknown
  process: number
}

/** Returned by a generator that has nothing *yet* for this worker. */
export interface Wait {
  waitMs: number
  /**
   * Run this invocation as soon as the wait ends, without waiting for the pacing (the cache
   * workload parks workers this way so that a burst of reads starts at one instant).
   */
  then?: Invocation
}

export interface GeneratorContext {
  /** The workload's own stream (forked from the run seed). */
  readonly random: Random
  readonly options: TestOptions
  readonly nodeIds: readonly string[]
  /** Number of client workers (threads). Worker i talks to node nodeIds[i mod n]. */
  readonly concurrency: number
  /**
   * Keys whose writes are held now (shared/key-holds.ts): a generator that writes keys sends
   * no write of a held key. Only `dsgrade explore`'s Figure 8 steer holds keys; absent or
   * empty otherwise.
   */
  readonly keyHolds?: KeyHoldsView
}

/**
 * A pull-based generator. The runner asks a free worker for its next invocation when the
 * global pacing allows one (main phase: a stagger of uniform [0, 2/rate) per op across all
 * workers). `null` means this worker is done; a Wait asks the runner to come back later.
 */
export interface OpGenerator {
  next(worker: number, process: number, nowMs: number): Invocation | Wait | null
  /** Told about every completion, for stateful generators (key groups, key pools). */
  complete?(worker: number, completed: Completed): void
}

/** How a final generator is paced. */
export interface FinalPhase {
  generator: OpGenerator
  /** Ask each worker again this long after its previous op (kafka polls every ~200 ms). */
  pacingMs?: number
}

/** The outcome of one RPC as the client sees it. */
export type RpcReply =
  | { kind: 'ok'; body: Body }
  | { kind: 'error'; code: number; text: string | undefined; body: Body }
  | { kind: 'timeout' }

/** The client's only way to talk to the cluster. */
export interface ClientIO {
  /** The client's network id (c0, c1, …). */
  readonly clientId: string
  /** The node this client talks to. */
  readonly nodeId: string
  /**
   * Send a request (the runner assigns `msg_id`) and wait for the reply, a timeout
   * (default 5000 ms, Maelstrom's) or an error body. A reply whose shape is wrong is
   * reported by the runner as a protocol finding and returned as `error` with code 12.
   */
  call(body: Omit<Body, 'msg_id'>, options?: { timeoutMs?: number }): Promise<RpcReply>
}

/** How an operation completed, as recorded in the history. */
export interface Completion {
  type: 'ok' | 'fail' | 'info'
  value?: unknown
  error?: unknown
}

export interface WorkloadClient {
  invoke(invocation: Invocation, io: ClientIO): Promise<Completion>
}

/** One-time setup before the main phase (broadcast sends `topology` to every node). */
export interface SetupContext {
  readonly options: TestOptions
  readonly nodeIds: readonly string[]
  readonly random: Random
  /** An RPC from a setup client (one per node, kept until the end, as Maelstrom does). */
  call(nodeId: string, body: Omit<Body, 'msg_id'>): Promise<RpcReply>
}

/** What a workload's controller may do during the main phase. */
export interface ControllerContext {
  readonly options: TestOptions
  readonly nodeIds: readonly string[]
  /** The controller's own stream (forked from the run seed). */
  readonly random: Random
  /** Resolves after `delayMs` of the run's clock, or at once when the controller is stopped. */
  sleep(delayMs: number): Promise<void>
  /** True once the main phase is over: the controller starts nothing new. */
  stopped(): boolean
  /** An RPC from the controller's client for that node (a client id like any other). */
  call(nodeId: string, body: Omit<Body, 'msg_id'>): Promise<RpcReply>
  /** Put an event in the history as an op of process "nemesis" (checkers ignore those). */
  record(event: { type: 'invoke' | 'info'; f: string; value: unknown }): void
  /**
   * Stop a server node (SIGKILL, marked down on the network: messages to it are dropped) and
   * start it again (a fresh process in the same data directory, then `init`), as the kill
   * nemesis does (shard-kv's join-leave: a node that leaves is stopped, one that joins is
   * started). The controller records them as faults itself.
   */
  stopNode(nodeId: string): Promise<void>
  startNode(nodeId: string): Promise<void>
}

/** A running controller. */
export interface ControllerRun {
  /** Resolves when the controller's work in progress has ended. */
  done: Promise<void>
}

export interface CheckContext {
  readonly options: TestOptions
  readonly nodeIds: readonly string[]
  /** The workload's journal tap, fed during the run (absent offline). */
  readonly journalTap?: JournalTap
  /** The backends' execution log, when the workload runs harness backends. */
  readonly backends?: BackendLog
  /** The compute service's call log, when the workload runs it (track 15). */
  readonly compute?: readonly LoggedComputeCall[]
}

/** The parts of a journal event a tap reads (network/contract.ts JournalEvent fits). */
export interface TapEvent {
  /** Nanoseconds since the test started. */
  time: number
  type: string
  message: { src: string; dest: string; body: Body }
}

/**
 * Sees every message event of the run as it happens (sends, deliveries, drops) so a checker
 * can use what nodes said to each other (election: votes, node→node traffic) without the
 * whole journal in memory. Keeps bounded state; never judges.
 */
export interface JournalTap {
  observe(event: TapEvent): void
}

/** An RPC the workload sends and the reply it expects (for lint, docs and validation). */
export interface RpcSpec {
  request: string
  response: string
  /** Fields the response must carry, with a JSON type name. */
  responseFields?: Record<
    string,
    'any' | 'integer' | 'number' | 'string' | 'array' | 'object' | 'boolean'
  >
}

export interface WorkloadDefinition {
  name: string
  /** One paragraph for `--help` and the docs. */
  doc: string
  /** The `--extra` keys this workload (or its checker) reads; any other key is refused. */
  extras?: readonly ExtraSpec[]
  rpcs: readonly RpcSpec[]
  /** A one-line error if the options cannot work (lin-kv: concurrency not a multiple of 2n). */
  validateOptions?(options: TestOptions): string | null
  /** A client that may keep its process id and network client after an `info`. */
  reusableClient: boolean
  /** Ops whose failures/timeouts are recorded as `fail` rather than `info`. */
  idempotent: readonly string[]
  /**
   * Errors and timeouts become `info` with an "indeterminate" error instead of the usual
   * definite/indefinite mapping (g-set, g-counter, pn-counter: maelstrom-protocol.md §1.5).
   */
  errorsAreIndeterminate?: boolean
  setup?(context: SetupContext): Promise<void>
  /**
   * A harness controller that runs beside the main phase (shard-kv's shard controller: it
   * reconfigures the cluster on a schedule). Started when the main phase starts, stopped when
   * it ends, before heal. Absent or null ⇒ none.
   */
  controller?(context: ControllerContext): ControllerRun | null
  generator(context: GeneratorContext): OpGenerator
  /**
   * Present and not null ⇒ the run heals, waits for recovery and then runs this phase (null:
   * this run has no final phase, e.g. an option turned it off).
   */
  finalGenerator?(context: GeneratorContext): FinalPhase | null
  /**
   * How the runner tells that recovery is over (all nodes agree) before the final phase:
   * during recovery it sends `body` to every node from an unrecorded probe client every
   * ~100 ms and stops waiting when `converged` says so, or after the 10 s cap (Maelstrom
   * always sleeps 10 s). Absent ⇒ wait the full cap.
   */
  recoveryProbe?: RecoveryProbe | ((options: TestOptions) => RecoveryProbe)
  /**
   * The harness `compute` service this workload runs (track 15), with its ms per unit of
   * input; absent ⇒ no compute service on the network.
   */
  compute?(options: TestOptions): { msPerUnit: number }
  /** Harness backends this workload runs (drawn once per run from its own stream). */
  backends?(options: TestOptions, random: Random): BackendSpec
  /**
   * The client's RPC time-out when it is not the default 5 s: a time scale of every stage,
   * so the vouching rule bounds the harness lateness it tolerates by it (grading/vouch.ts).
   */
  clientTimeoutMs?(options: TestOptions): number
  /**
   * The smallest span of time this workload's time-based figures are made of when it is
   * shorter than the client's time-out (mapreduce: one compute task), so the vouching rule
   * bounds the harness lateness it tolerates by it too (grading/vouch.ts). Undefined: no
   * grain finer than the time-out in this run's options.
   */
  timeGrainMs?(options: TestOptions): number | undefined
  createClient(context: GeneratorContext): WorkloadClient
  /** A tap the runner feeds every journal event and hands to `check` as `journalTap`. */
  createJournalTap?(context: CheckContext): JournalTap
  check(history: readonly Op[], context: CheckContext, budget: Budget): CheckResult
}

/** One request sent to every live node, and whether their replies show they agree. */
export interface RecoveryProbe {
  body: Omit<Body, 'msg_id'>
  converged(replies: readonly Body[]): boolean
  /**
   * How long the same agreed answer must hold before recovery ends (ms, default 0). For an
   * answer that is only a projection of the nodes' state — a counter's sum — nodes can agree
   * by coincidence while an update is still in flight (a pn-counter run of stop 18: three
   * nodes read -481 10 ms after the heal while a -3 was still on its way, and the final reads
   * failed a correct node).
   */
  settleMs?: number
}
