/**
 * The harness side of the time protocol (docs/simulation.md): real node processes, virtual
 * time. One SimTime per run coordinates every node process of it:
 *
 * - every input (a delivery stamped with `dsgrade_time_ms`, or a fired timer) goes through one
 *   FIFO; the inputs due at one virtual time are written as a batch: every queued input of a
 *   node in one write (up to MAX_NODE_WRITE_BYTES), which the node reads and handles one by
 *   one, saying `idle` after each; the lines before its k-th `idle` belong to its k-th input.
 *   What the nodes print is held until the whole batch is idle, then released in *rounds*:
 *   round k is the k-th input of every node, input by input in FIFO order, with one turn of
 *   the event loop between rounds — exactly what one batch per round (one input per node,
 *   the protocol's first version) released, at one process round trip per batch instead of
 *   one per round. The network sees the outputs in an order that depends only on the seed and
 *   the nodes' code, never on the OS;
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

/** Why a run could not be simulated: the node, and what it did (a clause: "it printed …"). */
export interface SimFallbackCause {
  node: string
  did: string
}

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
  early: Printed[]
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
  /** What the node printed for it, each line with its time-protocol reading (parsed once). */
  lines: Printed[]
  idle: boolean
  /** Lines the node printed for this input so far (a silent node is only slow). */
  heard: number
}

interface Printed {
  line: string
  control: Control | undefined
}

/** One node's inputs in the batch, in queue order; `next` is the one it is handling. */
interface NodeBatch {
  slots: Slot[]
  next: number
}

interface Batch {
  nodes: Map<NodeState, NodeBatch>
  /** rounds[k]: the k-th input of every node of the batch, in queue order. */
  rounds: Slot[][]
  /** Inputs not yet answered with `idle`. */
  waiting: number
  /** Every input is idle and the outputs are being released, round by round. */
  releasing: boolean
  budget: NodeJS.Timeout
  /** Budgets granted so far since the last `idle` heard. */
  budgets: number
}

/**
 * Bytes of input written to one node in one batch at most. Well under a pipe's 64 KiB, so the
 * write lands in the node's (empty) pipe whole and a library reads it in one read whatever
 * the OS scheduler does; a node's inputs beyond it wait for the next batch.
 */
export const MAX_NODE_WRITE_BYTES = 32 * 1024

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
  /**
   * The same, in parts, for a caller that does not fall back (`dsgrade explore` stops and
   * says so in its own words): the node, and what it did ("it printed a message while …").
   */
  fallbackCause: SimFallbackCause | undefined
  /** Inputs written so far (a figure for the bench). */
  inputCount = 0
  /** Batches written so far: process round trips (a figure for the bench). */
  batchCount = 0
  /**
   * Rounds so far: the batches one input per node at a time would have taken (a batch of
   * several inputs for one node counts one round per input). rounds − batches: round trips saved.
   */
  roundCount = 0
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

  /**
   * Write the next batch: every queued input of each node that is not held, in queue order,
   * in one write per node (up to MAX_NODE_WRITE_BYTES; the rest waits for the next batch).
   */
  private dispatch(): boolean {
    const nodes = new Map<NodeState, NodeBatch>()
    const rounds: Slot[][] = []
    const texts = new Map<NodeState, { text: string; bytes: number; full: boolean }>()
    for (let i = 0; i < this.queue.length; i++) {
      const input = this.queue[i]!
      const state = input.state
      if (state.write === undefined || state.incarnation !== input.incarnation) {
        this.queue.splice(i--, 1)
        continue
      }
      const written = texts.get(state)
      if (state.held || written?.full === true) {
        continue
      }
      const line = input.line() + '\n'
      const bytes = Buffer.byteLength(line)
      if (written !== undefined && written.bytes + bytes > MAX_NODE_WRITE_BYTES) {
        written.full = true // its later inputs stay queued too: a node's order is kept
        continue
      }
      this.queue.splice(i--, 1)
      let node = nodes.get(state)
      if (node === undefined) {
        node = { slots: [], next: 0 }
        nodes.set(state, node)
      }
      // timers asked for at startup count from the first input, whenever their lines arrived
      const slot: Slot = {
        input,
        release: state.release!,
        lines: state.early,
        idle: false,
        heard: 0,
      }
      state.early = []
      state.fresh = false
      ;(rounds[node.slots.length] ??= []).push(slot)
      node.slots.push(slot)
      texts.set(state, {
        text: (written?.text ?? '') + line,
        bytes: (written?.bytes ?? 0) + bytes,
        full: false,
      })
    }
    if (nodes.size === 0) {
      return false
    }
    const budgetMs = this.options.idleBudgetMs ?? DEFAULT_SIM_IDLE_BUDGET_MS
    const waiting = [...nodes.values()].reduce((sum, node) => sum + node.slots.length, 0)
    this.batch = {
      nodes,
      rounds,
      waiting,
      releasing: false,
      budget: setTimeout(() => this.noIdle(budgetMs), budgetMs),
      budgets: 1,
    }
    this.batchCount++
    this.roundCount += rounds.length
    this.inputCount += waiting
    for (const [state, written] of texts) {
      state.write!(written.text)
    }
    return true
  }

  /** The input each node of the batch is handling now (its first not yet idle). */
  private handling(batch: Batch): Slot[] {
    const slots: Slot[] = []
    for (const node of batch.nodes.values()) {
      const slot = node.slots[node.next]
      if (slot !== undefined) {
        slots.push(slot)
      }
    }
    return slots
  }

  private noIdle(budgetMs: number): void {
    const batch = this.batch
    const waiting = batch === undefined ? [] : this.handling(batch)
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
      slot.input.state.node,
      `it did not say it was idle within ${waitedS} s of real time after ${slot.input.what} (its library does not speak the time protocol of docs/simulation.md)`,
    )
  }

  private fail(node: string, did: string): void {
    if (this.fallback !== undefined) {
      return
    }
    this.fallbackCause = { node, did }
    this.fallback = `Node ${node} does not take part in simulated time: ${did}, so this test runs in real time instead.`
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
    const batch = this.batch
    const node = batch?.nodes.get(state)
    if (batch !== undefined && node !== undefined && node.next < node.slots.length) {
      // what it printed before dying is released; its unanswered inputs are dropped
      for (const slot of node.slots.slice(node.next)) {
        slot.idle = true
      }
      batch.waiting -= node.slots.length - node.next
      node.next = node.slots.length
      this.finishBatchIfIdle()
    }
  }

  private takeLine(state: NodeState, line: string): void {
    if (this.fallback !== undefined) {
      return
    }
    const control = parseControl(line)
    const batch = this.batch
    const node = batch?.nodes.get(state)
    const slot = node?.slots[node.next]
    if (batch === undefined || node === undefined || slot === undefined) {
      if (state.fresh && control !== undefined) {
        if (control.kind !== 'idle') {
          state.early.push({ line, control })
        }
        return
      }
      this.fail(
        state.node,
        `it printed ${control === undefined ? 'a message' : 'a time-protocol line'} while it was idle (a thread or timer of its own)`,
      )
      return
    }
    slot.heard++
    if (control?.kind !== 'idle') {
      slot.lines.push({ line, control })
      return
    }
    slot.idle = true
    node.next++
    batch.waiting--
    if (batch.waiting > 0) {
      // progress: each input gets the whole budget from the moment the node could start it
      batch.budgets = 1
      batch.budget.refresh()
      return
    }
    this.finishBatchIfIdle()
  }

  /**
   * Every input of the batch is idle: release what the nodes printed, round by round (round k:
   * the k-th input of every node, in queue order), with one turn of the event loop between
   * rounds, as when each round was a batch of its own; then let time move on.
   */
  private finishBatchIfIdle(): void {
    const batch = this.batch
    if (batch === undefined || batch.waiting > 0 || batch.releasing) {
      return
    }
    clearTimeout(batch.budget)
    batch.releasing = true
    this.releaseRound(batch, 0)
    if (batch.rounds.length === 1) {
      this.batch = undefined
      this.wake()
      return
    }
    void (async () => {
      for (let round = 1; round < batch.rounds.length; round++) {
        await new Promise((resolve) => setImmediate(resolve))
        if (this.batch !== batch) {
          return // the run fell back meanwhile
        }
        this.releaseRound(batch, round)
      }
      this.batch = undefined
      this.wake()
    })()
  }

  private releaseRound(batch: Batch, round: number): void {
    for (const slot of batch.rounds[round] ?? []) {
      const state = slot.input.state
      const current = state.write !== undefined && state.incarnation === slot.input.incarnation
      for (const { line, control } of slot.lines) {
        if (control === undefined) {
          slot.release(line)
        } else if (current) {
          this.applyControl(state, control)
        }
      }
    }
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
    const handle = this.options.clock.setTimer(onGrid(this.options.clock.now(), delayMs), () => {
      state.timers.delete(timer)
      this.enqueue(state, `timer ${timer}`, () =>
        JSON.stringify({ dsgrade: 'timer', timer, dsgrade_time_ms: this.options.clock.now() }),
      )
    })
    state.timers.set(timer, handle)
  }
}

/** Timers fire on a grid of 1 / TIMER_GRID_PER_MS ms (a microsecond): now + delay, rounded to it. */
export const TIMER_GRID_PER_MS = 1000

/**
 * The delay that makes a timer asked for `delayMs` from `nowMs` fire exactly at
 * now + delay rounded to the microsecond (never before now; a delay of 0 fires now). Nodes compute their delays in
 * floating point from different instants (a library whose clock is 1.7e12 + now has 0.2 µs
 * steps), so timers they aim at the same instant would otherwise land a few ulps apart and
 * cost one batch (a round trip) each; on the grid they share one.
 */
export function onGrid(nowMs: number, delayMs: number): number {
  if (delayMs <= 0) {
    return 0 // now, with whatever else happens now
  }
  const atMs = Math.max(
    nowMs,
    Math.round((nowMs + delayMs) * TIMER_GRID_PER_MS) / TIMER_GRID_PER_MS,
  )
  let delay = atMs - nowMs
  // the clock adds the delay to now: correct the last bits until the sum is exactly atMs
  for (let i = 0; i < 4 && nowMs + delay !== atMs; i++) {
    delay += atMs - (nowMs + delay)
  }
  return Math.max(0, delay)
}

type Control =
  | { kind: 'idle' }
  | { kind: 'timer'; timer: number; delayMs: number }
  | { kind: 'cancel'; timer: number }
  | { kind: 'unknown' }

const IDLE_LINE = /^\{\s*"dsgrade"\s*:\s*"idle"\s*\}\s*$/
const IDLE: Control = { kind: 'idle' }

/** A time-protocol line (`{"dsgrade": …}` without `src`), or undefined for anything else. */
export function parseControl(line: string): Control | undefined {
  if (!line.includes('"dsgrade"')) {
    return undefined
  }
  if (IDLE_LINE.test(line)) {
    return IDLE // the line of every input: no JSON.parse
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
