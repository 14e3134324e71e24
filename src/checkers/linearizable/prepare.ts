/**
 * Turns a history into per-key lists of prepared operations for the WGL search
 * (interfaces.md §1.3 semantics), with every model state interned to a small integer.
 *
 * Sound pre-pass (it drops only operations that cannot constrain anything):
 * - a `fail` read/get/write/put/append took no effect and observed nothing → dropped;
 * - a `fail` cas whose error is precondition-failed (22), key-does-not-exist (20) or absent
 *   observed a value ≠ `from` during its interval → kept as a "cas-fail" observation; a cas
 *   failed with any other error took no effect → dropped;
 * - an `info` (or never-completed) read/get observed nothing usable → dropped;
 * - an `info` (or never-completed) write/put/append/cas may take effect at any instant after
 *   its invocation, or never → kept as *optional* (no return entry).
 * Operations with other `f`s are counted in `ignored` and not checked.
 *
 * States: 0 is `null` (the register's initial value). The kv corpus' get/put/append use
 * strings, and a get of "" is legal on the initial (null) state.
 */
import { canonicalJson } from '../../shared/index.js'
import type { Op } from '../../history/index.js'
import { pairOps } from '../../history/index.js'

export const KIND_READ = 0
export const KIND_WRITE = 1
export const KIND_CAS = 2
export const KIND_CAS_FAIL = 3
export const KIND_APPEND = 4

export const MODELS = ['cas-register', 'register', 'kv'] as const
export type ModelName = (typeof MODELS)[number]

const STATE_OVERHEAD_BYTES = 64
const HASH_B1 = 0x01000193
const HASH_B2 = 0x5bd1e995

/** Interns JSON values (states) to small integers; 0 is null. */
export class StateTable {
  readonly values: unknown[] = [null]
  /** A rough count of the memory the interned states hold (for the search's memory cap). */
  bytes = 0
  private readonly ids = new Map<string, number>([['null', 0]])
  /** Per string state: its two hash lanes and the next state in the same hash bucket. */
  private readonly hash1: number[] = [0]
  private readonly hash2: number[] = [0]
  private readonly stringNext: number[] = [-1]
  private readonly stringHead = new Map<number, number>()
  private readonly numbers = new Map<number, number>()

  intern(value: unknown): number {
    if (typeof value === 'string') {
      return this.internString(value)
    }
    if (typeof value === 'number') {
      let id = this.numbers.get(value)
      if (id === undefined) {
        id = this.internJson(value)
        this.numbers.set(value, id)
      }
      return id
    }
    if (value === null || value === undefined) {
      return 0
    }
    return this.internJson(value)
  }

  private internJson(value: unknown): number {
    const text = canonicalJson(value === undefined ? null : value)
    let id = this.ids.get(text)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value === undefined ? null : value)
      this.ids.set(text, id)
    }
    return id
  }

  /**
   * Strings are interned by a two-lane polynomial hash kept per state, so an append's
   * result is found from its base state's hash in O(|appended text|) — no hashing of the
   * whole (growing) string. Equal hashes are confirmed by comparing the strings.
   */
  internString(value: string): number {
    let h1 = 0
    let h2 = 0
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i)
      h1 = (Math.imul(h1, HASH_B1) + c) | 0
      h2 = (Math.imul(h2, HASH_B2) + c) | 0
    }
    return this.findOrAddString(value, h1, h2)
  }

  /** The state after appending `text` to state `state` (null counts as ""). */
  appendString(state: number, text: string): number {
    const current = this.values[state]
    let h1: number
    let h2: number
    let base: string
    if (typeof current === 'string') {
      base = current
      h1 = this.hash1[state] as number
      h2 = this.hash2[state] as number
    } else {
      base = current === null ? '' : String(current)
      const id = this.internString(base)
      h1 = this.hash1[id] as number
      h2 = this.hash2[id] as number
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      h1 = (Math.imul(h1, HASH_B1) + c) | 0
      h2 = (Math.imul(h2, HASH_B2) + c) | 0
    }
    const key = (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff)
    for (let id = this.stringHead.get(key) ?? -1; id >= 0; id = this.stringNext[id] as number) {
      if (this.hash2[id] === h2 && this.values[id] === base + text) {
        return id
      }
    }
    return this.addString(base + text, h1, h2, key)
  }

  private findOrAddString(value: string, h1: number, h2: number): number {
    const key = (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff)
    for (let id = this.stringHead.get(key) ?? -1; id >= 0; id = this.stringNext[id] as number) {
      if (this.hash2[id] === h2 && this.values[id] === value) {
        return id
      }
    }
    return this.addString(value, h1, h2, key)
  }

  private addString(value: string, h1: number, h2: number, key: number): number {
    this.bytes += 2 * value.length + STATE_OVERHEAD_BYTES
    const id = this.values.length
    this.values.push(value)
    this.hash1[id] = h1
    this.hash2[id] = h2
    this.stringNext[id] = this.stringHead.get(key) ?? -1
    this.stringHead.set(key, id)
    return id
  }

  get size(): number {
    return this.values.length
  }
}

export interface PreparedOp {
  /** Dense id within its key. */
  id: number
  invoke: Op
  complete: Op | undefined
  kind: number
  /** Interned argument: the value read/written, cas `from`. */
  arg1: number
  /** cas `to`; for reads, a second acceptable state (-2 if none). */
  arg2: number
  /** For appends: the appended string. */
  text: string
  /** info / never completed: may take effect after its invocation, or never. */
  optional: boolean
  /** Position of the invocation and completion in the history (completion: Infinity). */
  callPos: number
  returnPos: number
}

export interface KeyHistory {
  /** canonicalJson(key), or '' when the history has no keys. */
  keyText: string
  key: unknown
  ops: PreparedOp[]
}

export interface PreparedHistory {
  keys: KeyHistory[]
  states: StateTable
  /** Operations of unsupported functions (not checked). */
  ignored: number
  /** Operations dropped by the sound pre-pass (fail reads/writes, info reads). */
  dropped: number
}

function errorCode(error: unknown): number | undefined {
  if (Array.isArray(error) && typeof error[0] === 'number') {
    return error[0]
  }
  if (typeof error === 'number') {
    return error
  }
  return undefined
}

/** A failed cas observed a value ≠ from iff its error is 20, 22 or absent. */
function casFailObserved(error: unknown): boolean {
  if (error === undefined || error === null) {
    return true
  }
  const code = errorCode(error)
  return code === 20 || code === 22
}

function asPair(value: unknown): [unknown, unknown] | undefined {
  if (Array.isArray(value) && value.length === 2) {
    return [value[0], value[1]]
  }
  if (typeof value === 'object' && value !== null && 'from' in value && 'to' in value) {
    const v = value as { from: unknown; to: unknown }
    return [v.from, v.to]
  }
  return undefined
}

type Shape = Pick<PreparedOp, 'kind' | 'arg1' | 'arg2' | 'text' | 'optional'>

/** Decide what one paired operation means for the model; undefined = drop. */
function shapeOf(
  invoke: Op,
  complete: Op | undefined,
  states: StateTable,
  knossos: boolean,
): Shape | 'ignored' | undefined {
  const type = complete === undefined ? 'info' : complete.type
  if (knossos && type === 'fail') {
    return undefined
  }
  const optional = type === 'info'
  const shape = (kind: number, arg1: number, arg2 = -2, text = ''): Shape => ({
    kind,
    arg1,
    arg2,
    text,
    optional,
  })
  switch (invoke.f) {
    case 'read':
    case 'get': {
      if (type !== 'ok') {
        return undefined
      }
      const seen = complete?.value
      if (knossos && (seen === null || seen === undefined)) {
        return undefined
      }
      const arg1 = states.intern(seen === undefined ? null : seen)
      const arg2 = invoke.f === 'get' && seen === '' ? 0 : -2
      return shape(KIND_READ, arg1, arg2)
    }
    case 'write':
    case 'put':
      if (type === 'fail') {
        return undefined
      }
      return shape(KIND_WRITE, states.intern(invoke.value))
    case 'append':
      if (type === 'fail') {
        return undefined
      }
      return shape(KIND_APPEND, 0, -2, String(invoke.value ?? ''))
    case 'cas': {
      const pair = asPair(invoke.value)
      if (pair === undefined) {
        return 'ignored'
      }
      const arg1 = states.intern(pair[0])
      if (type === 'fail') {
        if (!casFailObserved(complete?.error)) {
          return undefined
        }
        return shape(KIND_CAS_FAIL, arg1)
      }
      return shape(KIND_CAS, arg1, states.intern(pair[1]))
    }
    default:
      return 'ignored'
  }
}

/** Pair, filter and partition a history by key. Keys keep first-seen order. */
/**
 * Semantics: `dsgrade` (interfaces.md §1.3, the default) or `knossos` (Maelstrom's own
 * checker: every `fail` op is dropped and a read of null is always legal) — for comparing
 * verdicts with Maelstrom's, never for grading.
 */
export type Semantics = 'dsgrade' | 'knossos'

export function prepareHistory(
  history: readonly Op[],
  semantics: Semantics = 'dsgrade',
): PreparedHistory {
  const states = new StateTable()
  const byKey = new Map<string, KeyHistory>()
  let ignored = 0
  let dropped = 0
  const position = new Map<Op, number>()
  history.forEach((op, i) => position.set(op, i))
  for (const { invoke, complete } of pairOps(history)) {
    const shape = shapeOf(invoke, complete, states, semantics === 'knossos')
    if (shape === 'ignored') {
      ignored++
      continue
    }
    if (shape === undefined) {
      dropped++
      continue
    }
    const keyText = invoke.key === undefined ? '' : canonicalJson(invoke.key)
    let key = byKey.get(keyText)
    if (key === undefined) {
      key = { keyText, key: invoke.key, ops: [] }
      byKey.set(keyText, key)
    }
    key.ops.push({
      id: key.ops.length,
      invoke,
      complete,
      kind: shape.kind,
      arg1: shape.arg1,
      arg2: shape.arg2,
      text: shape.text,
      optional: shape.optional,
      callPos: position.get(invoke) ?? invoke.index,
      returnPos:
        shape.optional || complete === undefined
          ? Infinity
          : (position.get(complete) ?? complete.index),
    })
  }
  return { keys: [...byKey.values()], states, ignored, dropped }
}

/**
 * Apply one prepared op to a state, outside the search's hot loop (segments, evidence):
 * the new state, or -1 when the op cannot happen in `state`. An unknown-outcome cas whose
 * `from` does not match is a no-op (it failed or never happened).
 */
export function stepPrepared(op: PreparedOp, state: number, states: StateTable): number {
  switch (op.kind) {
    case KIND_READ:
      return op.arg1 === state || op.arg2 === state ? state : -1
    case KIND_WRITE:
      return op.arg1
    case KIND_CAS:
      return op.arg1 === state ? op.arg2 : op.optional ? state : -1
    case KIND_CAS_FAIL:
      return op.arg1 !== state ? state : -1
    case KIND_APPEND:
      return states.appendString(state, op.text)
    default:
      return -1
  }
}
