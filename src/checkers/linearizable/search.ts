/**
 * The Wing–Gong–Lowe linearizability search for one key, as an explicit resumable loop
 * (Porcupine's algorithm, checkers.md §1.3): a doubly linked list of call/return entries
 * in history order over Int32Arrays, a bitset of linearized ops with an incremental
 * two-lane Zobrist hash, a backtracking stack, and the (linearized set, state) memo in an
 * open-addressing cache. `run(steps)` advances at most `steps` iterations and can be called
 * again: the scheduler interleaves keys with it.
 *
 * Optional operations (info / never completed) have a call entry and no return entry: they
 * may be linearized anywhere after their invocation or never. The search succeeds when the
 * cursor walks off the end of the list (no return entry is left).
 *
 * While searching it keeps, for free, the deepest dead end it met: the partial
 * linearization and the op whose return was reached before it could be linearized. That is
 * the evidence; no second search is needed. It never allocates in the hot loop.
 */
import { ConfigCache } from './cache.js'
import type { PreparedOp, StateTable } from './prepare.js'
import { KIND_APPEND, KIND_CAS, KIND_CAS_FAIL, KIND_READ, KIND_WRITE } from './prepare.js'

/**
 * A cas whose outcome is unknown: when the value is `from` it sets `to`; otherwise it may be
 * linearized as a no-op (it failed, or never happened — the same thing). Porcupine's reading;
 * it lets the search take such an op out of the list instead of retrying it on every walk.
 */
const KIND_CAS_MAYBE = 5

const APPEND_MEMO_SIZE = 1 << 16

function pow2AtLeast(n: number): number {
  let p = 64
  while (p < n) {
    p *= 2
  }
  return p
}

export type SearchStatus = 'running' | 'valid' | 'invalid' | 'out-of-memory'

/** Fixed Zobrist keys: splitmix32 from a constant seed (deterministic across runs). */
function zobristLane(n: number, seed: number): Int32Array {
  const lane = new Int32Array(n)
  let s = seed >>> 0
  for (let i = 0; i < n; i++) {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    lane[i] = z ^ (z >>> 16)
  }
  return lane
}

export interface DeadEnd {
  /** Op ids (within the key) in linearization order. */
  partial: number[]
  /** The op whose completion was reached before it could be linearized. */
  blocking: number
  /** The state the partial linearization starts from (null unless the key was segmented). */
  startState: number
}

/** What the scheduler and the evidence need from a per-key search. */
export interface KeySearch {
  readonly status: SearchStatus
  readonly steps: number
  readonly best: DeadEnd | undefined
  readonly cacheEntries: number
  readonly cacheBytes: number
  run(maxSteps: number): SearchStatus
  /** Apply key-level op `op` to `state`: the new state or -1. */
  step(op: number, state: number): number
  refute(blocking: number): void
}

export class WglSearch implements KeySearch {
  status: SearchStatus = 'running'
  steps = 0
  best: DeadEnd | undefined
  private readonly next: Int32Array
  private readonly prev: Int32Array
  private readonly entryOp: Int32Array
  private readonly isCall: Uint8Array
  private readonly returnEntry: Int32Array
  private readonly kind: Int8Array
  private readonly arg1: Int32Array
  private readonly arg2: Int32Array
  private readonly zA: Int32Array
  private readonly zB: Int32Array
  private readonly bits: Int32Array
  private readonly stackEntry: Int32Array
  private readonly stackState: Int32Array
  /**
   * 1 for ops that observe without changing the state (ok reads, failed cas). Linearizing
   * such an op as soon as it is legal loses nothing (every linearization can be reordered
   * to do so), so when that choice fails the configuration before it fails too, and the
   * search backtracks past it instead of trying other ops first.
   */
  private readonly forced: Uint8Array
  private readonly stackForced: Uint8Array
  readonly cache: ConfigCache
  readonly initialState: number
  private depth = 0
  private bestDepth = -1
  private cursor: number
  private state = 0
  private ha = 0
  private hb = 0
  /** A bounded direct-mapped cache of append transitions: (op, state) → state. */
  private readonly memoOp: Int32Array
  private readonly memoState: Int32Array
  private readonly memoResult: Int32Array
  private readonly memoMask: number

  /** End states of every complete linearization (enumerate mode only). */
  readonly endStates = new Set<number>()
  /** One linearization (op ids) reaching each end state (enumerate mode only). */
  readonly endPaths = new Map<number, number[]>()
  private readonly enumerate: boolean

  /**
   * @param options.initialState where the register starts (default 0 = null)
   * @param options.enumerate find the end state of every linearization, not just one
   */
  constructor(
    readonly ops: readonly PreparedOp[],
    private readonly states: StateTable,
    options: { initialState?: number; enumerate?: boolean } = {},
  ) {
    const n = ops.length
    this.enumerate = options.enumerate === true
    this.state = options.initialState ?? 0
    this.initialState = this.state
    this.kind = new Int8Array(n)
    this.arg1 = new Int32Array(n)
    this.arg2 = new Int32Array(n)
    const hasAppend = ops.some((op) => op.kind === KIND_APPEND)
    const memoSize = hasAppend ? Math.min(APPEND_MEMO_SIZE, pow2AtLeast(n * 64)) : 1
    this.memoOp = new Int32Array(memoSize).fill(-1)
    this.memoState = new Int32Array(memoSize)
    this.memoResult = new Int32Array(memoSize)
    this.memoMask = memoSize - 1
    const events: Array<[number, number, boolean]> = []
    for (const op of ops) {
      this.kind[op.id] = op.kind === KIND_CAS && op.optional ? KIND_CAS_MAYBE : op.kind
      this.arg1[op.id] = op.arg1
      this.arg2[op.id] = op.arg2
      events.push([op.callPos, op.id, true])
      if (!op.optional) {
        events.push([op.returnPos, op.id, false])
      }
    }
    // Calls before returns on equal positions (closed intervals).
    events.sort((a, b) => a[0] - b[0] || Number(b[2]) - Number(a[2]))
    const entries = events.length
    this.next = new Int32Array(entries + 1)
    this.prev = new Int32Array(entries + 1)
    this.entryOp = new Int32Array(entries + 1)
    this.isCall = new Uint8Array(entries + 1)
    this.returnEntry = new Int32Array(n)
    for (const [i, [, id, call]] of events.entries()) {
      const e = i + 1
      this.entryOp[e] = id
      this.isCall[e] = call ? 1 : 0
      if (!call) {
        this.returnEntry[id] = e
      }
      this.prev[e] = e - 1
      this.next[e] = e + 1 <= entries ? e + 1 : 0
    }
    this.next[0] = entries > 0 ? 1 : 0
    this.cursor = this.next[0]
    this.zA = zobristLane(n, 0x2545f491)
    this.zB = zobristLane(n, 0x6c8e9cf5)
    this.bits = new Int32Array(Math.max(1, Math.ceil(n / 32)))
    this.stackEntry = new Int32Array(n)
    this.stackState = new Int32Array(n)
    this.stackForced = new Uint8Array(n)
    this.forced = new Uint8Array(n)
    for (const op of ops) {
      this.forced[op.id] =
        !op.optional && (op.kind === KIND_READ || op.kind === KIND_CAS_FAIL) ? 1 : 0
    }
    this.cache = new ConfigCache(this.bits.length, Math.min(4096, pow2AtLeast(n * 8)))
  }

  /** The state after applying an append (slow path: string states are interned). */
  private append(op: number, state: number): number {
    let slot = Math.imul(state, 0x9e3779b1) ^ Math.imul(op + 1, 0x85ebca6b)
    slot = (slot ^ (slot >>> 15)) & this.memoMask
    if (this.memoOp[slot] === op && this.memoState[slot] === state) {
      return this.memoResult[slot] as number
    }
    const result = this.states.appendString(state, (this.ops[op] as PreparedOp).text)
    this.memoOp[slot] = op
    this.memoState[slot] = state
    this.memoResult[slot] = result
    return result
  }

  /** Apply op to state: the new state, or -1 if the op cannot happen in that state. */
  step(op: number, state: number): number {
    switch (this.kind[op]) {
      case KIND_READ:
        return this.arg1[op] === state || this.arg2[op] === state ? state : -1
      case KIND_WRITE:
        return this.arg1[op] as number
      case KIND_CAS:
        return this.arg1[op] === state ? this.arg2[op] as number : -1
      case KIND_CAS_FAIL:
        return this.arg1[op] !== state ? state : -1
      case KIND_APPEND:
        return this.append(op, state)
      case KIND_CAS_MAYBE:
        return this.arg1[op] === state ? this.arg2[op] as number : state
      default:
        return -1
    }
  }

  private recordDeadEnd(returnEntry: number): void {
    this.bestDepth = this.depth
    const partial: number[] = []
    for (let i = 0; i < this.depth; i++) {
      partial.push(this.entryOp[this.stackEntry[i] as number] as number)
    }
    this.best = { partial, blocking: this.entryOp[returnEntry] as number, startState: this.initialState }
  }

  /** Advance the search by at most `maxSteps` iterations. */
  run(maxSteps: number): SearchStatus {
    if (this.status !== 'running') {
      return this.status
    }
    const { next, isCall, entryOp, zA, zB, bits, cache, stackEntry, stackState } = this
    const { kind, arg1, arg2, prev, returnEntry, enumerate, forced, stackForced } = this
    let cursor = this.cursor
    let state = this.state
    let ha = this.ha
    let hb = this.hb
    let depth = this.depth
    let steps = 0
    while (steps < maxSteps) {
      steps++
      if (cursor === 0 && !enumerate) {
        this.status = 'valid'
        break
      }
      if (isCall[cursor] === 1) {
        const op = entryOp[cursor] as number
        const k = kind[op]
        const ns =
          k === KIND_READ
            ? arg1[op] === state || arg2[op] === state
              ? state
              : -1
            : k === KIND_WRITE
              ? (arg1[op] as number)
              : k === KIND_CAS
                ? arg1[op] === state
                  ? (arg2[op] as number)
                  : -1
                : k === KIND_CAS_FAIL
                  ? arg1[op] !== state
                    ? state
                    : -1
                  : k === KIND_CAS_MAYBE
                    ? arg1[op] === state
                      ? (arg2[op] as number)
                      : state
                    : this.step(op, state)
        if (ns < 0) {
          cursor = next[cursor] as number
          continue
        }
        const w = op >>> 5
        const bit = 1 << (op & 31)
        bits[w] = (bits[w] as number) | bit
        const na = ha ^ (zA[op] as number)
        const nb = hb ^ (zB[op] as number)
        if (cache.add(bits, na, nb, ns)) {
          stackEntry[depth] = cursor
          stackState[depth] = state
          stackForced[depth] = forced[op] as number
          depth++
          state = ns
          ha = na
          hb = nb
          // lift the call and its return out of the list
          next[prev[cursor] as number] = next[cursor] as number
          if (next[cursor] !== 0) {
            prev[next[cursor] as number] = prev[cursor] as number
          }
          const r = returnEntry[op] as number
          if (r !== 0) {
            next[prev[r] as number] = next[r] as number
            if (next[r] !== 0) {
              prev[next[r] as number] = prev[r] as number
            }
          }
          cursor = next[0] as number
          continue
        }
        bits[w] = (bits[w] as number) & ~bit
        if (forced[op] === 0) {
          cursor = next[cursor] as number
          continue
        }
        // A forced op whose successor was already explored: this configuration is too.
      } else if (cursor === 0) {
        // enumerating: a complete linearization; note its end state and look for more
        if (!this.endStates.has(state)) {
          this.endStates.add(state)
          this.depth = depth
          this.endPaths.set(state, this.linearization())
        }
      } else if (depth > this.bestDepth) {
        this.depth = depth
        this.recordDeadEnd(cursor)
      }
      // Backtrack. A forced frame that failed means its parent failed too: keep popping.
      let resumed = false
      while (depth > 0) {
        depth--
        const e = stackEntry[depth] as number
        state = stackState[depth] as number
        const op = entryOp[e] as number
        bits[op >>> 5] = (bits[op >>> 5] as number) & ~(1 << (op & 31))
        ha ^= zA[op] as number
        hb ^= zB[op] as number
        const r = returnEntry[op] as number
        if (r !== 0) {
          next[prev[r] as number] = r
          if (next[r] !== 0) {
            prev[next[r] as number] = r
          }
        }
        next[prev[e] as number] = e
        if (next[e] !== 0) {
          prev[next[e] as number] = e
        }
        cursor = next[e] as number
        if (stackForced[depth] === 0) {
          resumed = true
          break
        }
      }
      if (!resumed) {
        this.status = this.endStates.size > 0 ? 'valid' : 'invalid'
        break
      }
    }
    this.steps += steps
    this.cursor = cursor
    this.state = state
    this.ha = ha
    this.hb = hb
    this.depth = depth
    return this.status
  }

  get cacheEntries(): number {
    return this.cache.size
  }

  get cacheBytes(): number {
    return this.cache.bytes
  }

  /** Mark the key refuted without searching (a pre-pass proved `blocking` impossible). */
  refute(blocking: number): void {
    this.status = 'invalid'
    this.best = { partial: [], blocking, startState: this.initialState }
  }

  /** On success: the op ids of the linearization found (the stack). */
  linearization(): number[] {
    const order: number[] = []
    for (let i = 0; i < this.depth; i++) {
      order.push(this.entryOp[this.stackEntry[i] as number] as number)
    }
    return order
  }
}
