/**
 * The harness side of the time protocol (docs/simulation.md): real node processes, virtual
 * time. One SimTime per run coordinates every node process of it:
 *
 * - every input (a delivery stamped with `dsgrade_time_ms`, or a fired timer) goes through one
 *   FIFO; the inputs due at one virtual time are written as a batch (at most one per node, so
 *   each node handles one input at a time), and what the nodes print is held until the whole
 *   batch is idle, then released input by input in FIFO order: the network sees the outputs
 *   in an order that depends only on the seed and the nodes' code, never on the OS;
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
/**
 * A node that has printed nothing at all for its input yet is slow (an interpreter starting
 * on a loaded machine), not shown to be outside the protocol: it gets this many budgets.
 */
export const SILENT_BUDGETS = 6

/** What a node process calls; one port per node, shared by its incarnations. */
export interface SimTimePort {
  /**
   * A new process of this node started: `write` writes one line to its stdin, `release` hands
   * back one of its stdout lines (a message) to be routed as in a plain run.
   */
  started(write: (line: string) => void, release: (line: string) => void): void
  /** The current process exited: its queued inputs and timers are dropped. */
  exited(): void
  /** A message for the node (queued, stamped with the virtual time when written). */
  deliver(message: Envelope): void
  /** Every stdout line of the node: kept until its input's batch is idle, then released. */
  takeLine(line: string): void
  /** Hold (a `pause` fault) or release the node's inputs. */
  hold(held: boolean): void
  /** Count harness work on this node (start, kill, stop) as in progress until it settles. */
  track<T>(work: Promise<T>): Promise<T>
}

interface NodeState {
  node: string
  write: ((line: string) => void) | undefined
  release: ((line: string) => void) | undefined
  incarnation: number
  timers: Map<number, TimerHandle>
  held: boolean
  /** No input written to this process yet: its startup timer lines wait in `early`. */
  fresh: boolean
  early: string[]
}

interface Input {
  state: NodeState
  incarnation: number
  /** Built when written, so the stamp is the virtual time of the write. */
  line: () => string
  /** For the fallback sentence. */
  what: string
}

/** One input of the batch in flight, with the lines its node printed for it so far. */
interface Slot {
  input: Input
  release: (line: string) => void
  lines: string[]
  idle: boolean
  /** Lines the node printed for this input so far (a silent node is only slow). */
  heard: number
}

interface Batch {
  slots: Slot[]
  budget: NodeJS.Timeout
  /** Budgets granted so far. */
  budgets: number
}

export interface SimTimeOptions {
  /** The run's VirtualClock. */
  clock: Clock
  /** @default DEFAULT_SIM_IDLE_BUDGET_MS */
  idleBudgetMs?: number
}

/**
 * Inputs due at one virtual time go out as a batch, at most one per node, all at once: the
 * nodes run in parallel, but what each prints is kept and released only when the whole batch
 * is idle, input by input in queue order, so the network sees one order whatever the OS did.
 */
export class SimTime {
  /** Why the run cannot be simulated (one sentence), once a node did not take part. */
  fallback: string | undefined
  /** Inputs written so far (a figure for the bench). */
  inputCount = 0
  /** Batches written so far (a figure for the bench). */
  batchCount = 0
  private readonly queue: Input[] = []
  private batch: Batch | undefined
  private pendingWork = 0
  private waiters: Array<() => void> = []
  private settling: Array<{ settle: () => void }> = []

  constructor(private readonly options: SimTimeOptions) {}

  /** The port a node process of `nodeId` talks to. */
  port(nodeId: string): SimTimePort {
    const state: NodeState = {
      node: nodeId,
      write: undefined,
      release: undefined,
      incarnation: 0,
      timers: new Map(),
      held: false,
      fresh: true,
      early: [],
    }
    return {
      started: (write, release) => {
        state.incarnation++
        state.write = write
        state.release = release
        state.held = false
        state.fresh = true
        state.early = []
      },
      exited: () => this.exited(state),
      deliver: (message) =>
        this.enqueue(state, `a message of type ${JSON.stringify(message.body.type)}`, () =>
          JSON.stringify({ ...message, dsgrade_time_ms: this.options.clock.now() }),
        ),
      takeLine: (line) => this.takeLine(state, line),
      hold: (held) => {
        state.held = held
        this.wake()
      },
      track: (work) => this.track(work),
    }
  }

  /**
   * The clock's gate, asked before virtual time moves on. Undefined when it may (or the run
   * falls back); otherwise a promise that resolves when that may have changed. Writes the next
   * batch when nothing is in flight.
   */
  quiet(): Promise<void> | undefined {
    if (this.fallback !== undefined) {
      return undefined
    }
    if (this.batch === undefined && this.pendingWork === 0 && !this.dispatch()) {
      return undefined
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach((resolve) => resolve())
  }

  /**
   * Harness work (a start, kill, restart or stop) holds time still. Its promise resolves only
   * once all the work in progress is done, and in the order the work began, so what the run
   * does next (an `init` after restarts, say) does not depend on which process the OS started
   * first. Tracked work must not wait for other tracked work (node-process.ts never nests it).
   */
  private track<T>(work: Promise<T>): Promise<T> {
    this.pendingWork++
    return new Promise<T>((resolve, reject) => {
      const entry = { settle: (): void => undefined }
      this.settling.push(entry)
      work
        .then(
          (value) => (entry.settle = () => resolve(value)),
          (error: unknown) => (entry.settle = () => reject(error)),
        )
        .finally(() => {
          this.pendingWork--
          if (this.pendingWork === 0) {
            const entries = this.settling
            this.settling = []
            entries.forEach((e) => e.settle())
          }
          this.wake()
        })
        .catch(() => undefined)
    })
  }

  private enqueue(state: NodeState, what: string, line: () => string): void {
    if (state.write === undefined || this.fallback !== undefined) {
      return
    }
    this.queue.push({ state, incarnation: state.incarnation, line, what })
  }

  /** Write the next batch: the first queued input of each node that is not held. */
  private dispatch(): boolean {
    const slots: Slot[] = []
    const taken = new Set<NodeState>()
    for (let i = 0; i < this.queue.length; i++) {
      const input = this.queue[i]!
      const state = input.state
      if (state.write === undefined || state.incarnation !== input.incarnation) {
        this.queue.splice(i--, 1)
        continue
      }
      if (state.held || taken.has(state)) {
        continue
      }
      taken.add(state)
      this.queue.splice(i--, 1)
      // timers asked for at startup count from the first input, whenever their lines arrived
      slots.push({ input, release: state.release!, lines: state.early, idle: false, heard: 0 })
      state.early = []
      state.fresh = false
    }
    if (slots.length === 0) {
      return false
    }
    const budgetMs = this.options.idleBudgetMs ?? DEFAULT_SIM_IDLE_BUDGET_MS
    this.batch = { slots, budget: setTimeout(() => this.noIdle(budgetMs), budgetMs), budgets: 1 }
    this.batchCount++
    for (const slot of slots) {
      const state = slot.input.state
      this.inputCount++
      state.write!(slot.input.line() + '\n')
    }
    return true
  }

  private noIdle(budgetMs: number): void {
    const batch = this.batch
    const waiting = batch?.slots.filter((s) => !s.idle) ?? []
    const slot = waiting.find((s) => s.heard > 0) ?? waiting[0]
    if (batch === undefined || slot === undefined) {
      return
    }
    // Printed nothing yet: slow (a loaded machine), not shown to ignore the protocol.
    if (slot.heard === 0 && batch.budgets < SILENT_BUDGETS) {
      batch.budgets++
      batch.budget = setTimeout(() => this.noIdle(budgetMs), budgetMs)
      return
    }
    const waitedS = (budgetMs * batch.budgets) / 1000
    this.fail(
      `Node ${slot.input.state.node} does not take part in simulated time: it did not say it was idle within ${waitedS} s of real time after ${slot.input.what} (its library does not speak the time protocol of docs/simulation.md), so this test runs in real time instead.`,
    )
  }

  private fail(sentence: string): void {
    if (this.fallback !== undefined) {
      return
    }
    this.fallback = sentence
    if (this.batch !== undefined) {
      clearTimeout(this.batch.budget)
      this.batch = undefined
    }
    for (const input of this.queue) {
      input.state.timers.forEach((handle) => this.options.clock.clearTimer(handle))
      input.state.timers.clear()
    }
    this.queue.length = 0
    this.wake()
  }

  private exited(state: NodeState): void {
    state.write = undefined
    state.held = false
    state.timers.forEach((handle) => this.options.clock.clearTimer(handle))
    state.timers.clear()
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.state === state) {
        this.queue.splice(i, 1)
      }
    }
    const slot = this.batch?.slots.find((s) => s.input.state === state && !s.idle)
    if (slot !== undefined) {
      slot.idle = true
      this.finishBatchIfIdle()
    }
  }

  private takeLine(state: NodeState, line: string): void {
    if (this.fallback !== undefined) {
      return
    }
    const control = parseControl(line)
    const slot = this.batch?.slots.find((s) => s.input.state === state && !s.idle)
    if (slot === undefined) {
      if (state.fresh && control !== undefined) {
        if (control.kind !== 'idle') {
          state.early.push(line)
        }
        return
      }
      this.fail(
        `Node ${state.node} does not take part in simulated time: it printed ${control === undefined ? 'a message' : 'a time-protocol line'} while it was idle (a thread or timer of its own), so this test runs in real time instead.`,
      )
      return
    }
    slot.heard++
    if (control?.kind === 'idle') {
      slot.idle = true
      this.finishBatchIfIdle()
    } else {
      slot.lines.push(line)
    }
  }

  /** Every node of the batch is idle: release what they printed, input by input. */
  private finishBatchIfIdle(): void {
    const batch = this.batch
    if (batch === undefined || batch.slots.some((s) => !s.idle)) {
      return
    }
    clearTimeout(batch.budget)
    this.batch = undefined
    for (const slot of batch.slots) {
      const state = slot.input.state
      const current = state.write !== undefined && state.incarnation === slot.input.incarnation
      for (const line of slot.lines) {
        const control = parseControl(line)
        if (control === undefined) {
          slot.release(line)
        } else if (current) {
          this.applyControl(state, control)
        }
      }
    }
    this.wake()
  }

  private applyControl(state: NodeState, control: Control): void {
    if (control.kind === 'timer') {
      this.setTimer(state, control.timer, control.delayMs)
    } else if (control.kind === 'cancel') {
      const handle = state.timers.get(control.timer)
      if (handle !== undefined) {
        this.options.clock.clearTimer(handle)
        state.timers.delete(control.timer)
      }
    }
  }

  private setTimer(state: NodeState, timer: number, delayMs: number): void {
    const old = state.timers.get(timer)
    if (old !== undefined) {
      this.options.clock.clearTimer(old)
    }
    const handle = this.options.clock.setTimer(delayMs, () => {
      state.timers.delete(timer)
      this.enqueue(state, `timer ${timer}`, () =>
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
