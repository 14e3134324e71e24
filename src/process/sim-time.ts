/**
 * The harness side of the time protocol (docs/simulation.md): real node processes, virtual
 * time. One SimTime per run coordinates every node process of it:
 *
 * - every input (a delivery stamped with `dsgrade_time_ms`, or a fired timer) goes through one
 *   FIFO and is written to one node at a time; the next input waits for that node's `idle`
 *   line, so handlers run one at a time cluster-wide and their outputs enter the network in
 *   an order that depends only on the seed and the nodes' code;
 * - a node's `timer` / `cancel` lines become timers of the run's VirtualClock;
 * - `quiet()` is the gate the VirtualClock waits on before each step: virtual time moves only
 *   when no input is in flight or queued and no harness work (a start, kill, restart or stop
 *   of a process) is in progress;
 * - a node that does not take part — no `idle` within a real-time budget after an input, or
 *   a line printed while idle — sets `fallback` (one sentence); the runner then throws the
 *   attempt away and runs the test in real time.
 *
 * It does not spawn or parse envelopes (node-process.ts does), and it knows nothing of runs.
 */
import type { Clock, TimerHandle } from '../network/index.js'
import type { Envelope } from '../protocol/index.js'

/** Real time a node gets to say `idle` after an input before it counts as not taking part. */
export const DEFAULT_SIM_IDLE_BUDGET_MS = 5000

/** What a node process calls; one port per node, shared by its incarnations. */
export interface SimTimePort {
  /** A new process of this node started; `write` writes one line to its stdin. */
  started(write: (line: string) => void): void
  /** The current process exited: its queued inputs and timers are dropped. */
  exited(): void
  /** A message for the node (queued, stamped with the virtual time when written). */
  deliver(message: Envelope): void
  /** A stdout line; true when it was a time-protocol line (consumed). */
  takeLine(line: string): boolean
  /** Hold (a `pause` fault) or release the node's inputs. */
  hold(held: boolean): void
  /** Count harness work on this node (start, kill, stop) as in progress until it settles. */
  track<T>(work: Promise<T>): Promise<T>
}

interface NodeState {
  write: ((line: string) => void) | undefined
  incarnation: number
  timers: Map<number, TimerHandle>
  held: boolean
  /** No input written to this process yet: its startup timer lines wait in `early`. */
  fresh: boolean
  early: Control[]
}

interface Input {
  node: string
  incarnation: number
  /** Built when written, so the stamp is the virtual time of the write. */
  line: () => string
  /** For the fallback sentence. */
  what: string
}

interface InFlight {
  node: string
  what: string
  budget: NodeJS.Timeout
}

export interface SimTimeOptions {
  /** The run's VirtualClock. */
  clock: Clock
  /** @default DEFAULT_SIM_IDLE_BUDGET_MS */
  idleBudgetMs?: number
}

export class SimTime {
  /** Why the run cannot be simulated (one sentence), once a node did not take part. */
  fallback: string | undefined
  /** Inputs written so far (a figure for the bench). */
  inputCount = 0
  private readonly nodes = new Map<string, NodeState>()
  private readonly queue: Input[] = []
  private inflight: InFlight | undefined
  private pendingWork = 0
  private waiters: Array<() => void> = []

  constructor(private readonly options: SimTimeOptions) {}

  /** The port a node process of `nodeId` talks to. */
  port(nodeId: string): SimTimePort {
    const state: NodeState = {
      write: undefined,
      incarnation: 0,
      timers: new Map(),
      held: false,
      fresh: true,
      early: [],
    }
    this.nodes.set(nodeId, state)
    return {
      started: (write) => {
        state.incarnation++
        state.write = write
        state.held = false
        state.fresh = true
        state.early = []
      },
      exited: () => this.exited(nodeId, state),
      deliver: (message) =>
        this.enqueue(nodeId, state, `a message of type ${JSON.stringify(message.body.type)}`, () =>
          JSON.stringify({ ...message, dsgrade_time_ms: this.options.clock.now() }),
        ),
      takeLine: (line) => this.takeLine(nodeId, state, line),
      hold: (held) => {
        state.held = held
        this.pump()
      },
      track: (work) => this.track(work),
    }
  }

  /**
   * Undefined when virtual time may move on (or the run falls back); otherwise a promise that
   * resolves when that may have changed.
   */
  quiet(): Promise<void> | undefined {
    if (this.fallback !== undefined) {
      return undefined
    }
    if (this.inflight === undefined && this.pendingWork === 0 && !this.hasDeliverable()) {
      return undefined
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private hasDeliverable(): boolean {
    return this.queue.some((input) => this.nodes.get(input.node)?.held !== true)
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((resolve) => resolve())
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pendingWork++
    return work.finally(() => {
      this.pendingWork--
      this.wake()
    })
  }

  private enqueue(node: string, state: NodeState, what: string, line: () => string): void {
    if (state.write === undefined || this.fallback !== undefined) {
      return
    }
    this.queue.push({ node, incarnation: state.incarnation, line, what })
    this.pump()
  }

  /** Write the first input whose node is not held, if no input is in flight. */
  private pump(): void {
    if (this.inflight !== undefined || this.fallback !== undefined) {
      this.wake()
      return
    }
    const index = this.queue.findIndex((input) => this.nodes.get(input.node)?.held !== true)
    if (index < 0) {
      this.wake()
      return
    }
    const [input] = this.queue.splice(index, 1)
    const state = this.nodes.get(input!.node)
    if (state?.write === undefined || state.incarnation !== input!.incarnation) {
      this.pump()
      return
    }
    const budgetMs = this.options.idleBudgetMs ?? DEFAULT_SIM_IDLE_BUDGET_MS
    const budget = setTimeout(() => this.noIdle(input!.node, input!.what, budgetMs), budgetMs)
    this.inflight = { node: input!.node, what: input!.what, budget }
    this.inputCount++
    if (state.fresh) {
      // timers asked for at startup count from the first input, whenever their lines arrived
      state.fresh = false
      state.early.forEach((control) => this.applyControl(input!.node, state, control))
      state.early = []
    }
    state.write(input!.line() + '\n')
    this.wake()
  }

  private noIdle(node: string, what: string, budgetMs: number): void {
    this.fail(
      `Node ${node} does not take part in simulated time: it did not say it was idle within ${budgetMs / 1000} s of real time after ${what} (its library does not speak the time protocol of docs/simulation.md), so this test runs in real time instead.`,
    )
  }

  private fail(sentence: string): void {
    if (this.fallback !== undefined) {
      return
    }
    this.fallback = sentence
    if (this.inflight !== undefined) {
      clearTimeout(this.inflight.budget)
      this.inflight = undefined
    }
    this.queue.length = 0
    for (const state of this.nodes.values()) {
      state.timers.forEach((handle) => this.options.clock.clearTimer(handle))
      state.timers.clear()
    }
    this.wake()
  }

  private exited(node: string, state: NodeState): void {
    state.write = undefined
    state.held = false
    state.timers.forEach((handle) => this.options.clock.clearTimer(handle))
    state.timers.clear()
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.node === node) {
        this.queue.splice(i, 1)
      }
    }
    if (this.inflight?.node === node) {
      clearTimeout(this.inflight.budget)
      this.inflight = undefined
    }
    this.pump()
  }

  private takeLine(node: string, state: NodeState, line: string): boolean {
    const control = parseControl(line)
    if (this.fallback !== undefined) {
      return control !== undefined
    }
    if (this.inflight?.node !== node && state.fresh && control !== undefined) {
      if (control.kind !== 'idle') {
        state.early.push(control)
      }
      return true
    }
    if (this.inflight?.node !== node) {
      this.fail(
        `Node ${node} does not take part in simulated time: it printed ${control === undefined ? 'a message' : 'a time-protocol line'} while it was idle (a thread or timer of its own), so this test runs in real time instead.`,
      )
      return control !== undefined
    }
    if (control === undefined) {
      return false
    }
    this.applyControl(node, state, control)
    return true
  }

  private applyControl(node: string, state: NodeState, control: Control): void {
    if (control.kind === 'idle') {
      if (this.inflight !== undefined) {
        clearTimeout(this.inflight.budget)
      }
      this.inflight = undefined
      this.pump()
    } else if (control.kind === 'timer') {
      this.setTimer(node, state, control.timer, control.delayMs)
    } else if (control.kind === 'cancel') {
      const handle = state.timers.get(control.timer)
      if (handle !== undefined) {
        this.options.clock.clearTimer(handle)
        state.timers.delete(control.timer)
      }
    }
  }

  private setTimer(node: string, state: NodeState, timer: number, delayMs: number): void {
    const old = state.timers.get(timer)
    if (old !== undefined) {
      this.options.clock.clearTimer(old)
    }
    const handle = this.options.clock.setTimer(delayMs, () => {
      state.timers.delete(timer)
      this.enqueue(node, state, `timer ${timer}`, () =>
        JSON.stringify({ dsgrade: 'timer', timer, dsgrade_time_ms: this.options.clock.now() }),
      )
    })
    state.timers.set(timer, handle)
  }
}

type Control =
  | { kind: 'idle' }
  | { kind: 'timer'; timer: number; delayMs: number }
  | { kind: 'cancel'; timer: number }
  | { kind: 'unknown' }

/** A time-protocol line (`{"dsgrade": …}` without `src`), or undefined for anything else. */
export function parseControl(line: string): Control | undefined {
  if (!line.includes('"dsgrade"')) {
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined
  }
  const record = value as Record<string, unknown>
  if (typeof record.dsgrade !== 'string' || 'src' in record) {
    return undefined
  }
  const timer = record.timer
  const validTimer = typeof timer === 'number' && Number.isInteger(timer) && timer >= 0
  if (record.dsgrade === 'idle') {
    return { kind: 'idle' }
  }
  if (record.dsgrade === 'timer' && validTimer) {
    const delay = Number(record.delay_ms)
    return { kind: 'timer', timer, delayMs: Number.isFinite(delay) ? Math.max(0, delay) : 0 }
  }
  if (record.dsgrade === 'cancel' && validTimer) {
    return { kind: 'cancel', timer }
  }
  return { kind: 'unknown' }
}
