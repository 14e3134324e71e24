/**
 * Evidence for a key that is not linearizable, from the deepest dead end the search met:
 * the op that could not be linearized, the longest partial linearization (with the state
 * after each op), the ops that could have come next and what they would produce, and the
 * key's ops with start/end times for an HTML timeline (report.html renders `evidence`).
 *
 * Everything here is derived by replaying the model along orders the search already found;
 * it never searches again, so diagnostics cost O(ops of the key) on top of the verdict.
 * The message is one plain sentence naming the anomaly and the minimal evidence, then the
 * concept.
 */
import type { Anomaly } from '../contract.js'
import type { Op } from '../../history/index.js'
import type { KeyHistory, PreparedOp, StateTable } from './prepare.js'
import { KIND_APPEND, KIND_CAS, KIND_CAS_FAIL, KIND_READ, KIND_WRITE } from './prepare.js'
import type { DeadEnd, KeySearch } from './search.js'

/** One op of the key, for a timeline. Times are ns since the test started (end: null = never completed). */
export interface TimelineOp {
  id: number
  /** History index of the invocation / completion. */
  index: number
  completeIndex: number | null
  process: number | string
  node?: string
  f: string
  /** What was asked (write value, cas [from, to]). */
  value: unknown
  /** What came back (the value read), if any. */
  output: unknown
  type: 'ok' | 'fail' | 'info'
  startNs: number
  endNs: number | null
  /** May have taken effect or not (info / never completed). */
  optional: boolean
}

export interface Candidate {
  op: number
  /** The state the op would leave, or undefined when it cannot happen in `stateBefore`. */
  result?: unknown
  legal: boolean
}

export interface LinearizabilityEvidence {
  key: unknown
  model: string
  ops: TimelineOp[]
  /** True when `ops` is a window around the failure (a large key). */
  truncated: boolean
  /** Longest partial linearization: op ids in order, and the state after each. */
  partial: number[]
  /** How many earlier ops of the partial linearization were left out (long keys). */
  partialOmitted: number
  states: unknown[]
  /** The op whose completion was reached before it could be linearized. */
  blocking: number
  /** The value when the blocking op completed, after the partial linearization. */
  stateBefore: unknown
  /** Ops that were pending then: what each would have produced. */
  candidates: Candidate[]
}

const TIMELINE_MAX_OPS = 400
const PARTIAL_MAX_OPS = 200
const CANDIDATES_MAX = 64

export function formatWhen(op: Op, timed: boolean): string {
  return timed ? `${(op.time / 1e9).toFixed(2)} s` : `event #${op.index}`
}

function show(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value)
}

function keyPhrase(key: KeyHistory): string {
  return key.keyText === '' ? 'the register' : `key ${key.keyText}`
}

/** "read of key 3 returned 4", "cas [1→2] on key 3", … */
export function describeOp(op: PreparedOp, key: KeyHistory, states: StateTable): string {
  const k = keyPhrase(key)
  const v = op.invoke.value
  switch (op.kind) {
    case KIND_READ:
      return `${op.invoke.f} of ${k} returned ${show(states.values[op.arg1])}`
    case KIND_WRITE:
      return `${op.invoke.f} of ${show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`
    case KIND_CAS:
      return `cas ${show(states.values[op.arg1])}→${show(states.values[op.arg2])} on ${k}${op.optional ? ' (outcome unknown)' : ''}`
    case KIND_CAS_FAIL:
      return `failed cas ${show(states.values[op.arg1])}→${Array.isArray(v) && v.length === 2 ? show(v[1]) : '…'} on ${k}`
    case KIND_APPEND:
      return `append of ${show(v)} to ${k}${op.optional ? ' (outcome unknown)' : ''}`
    default:
      return `${op.invoke.f} on ${k}`
  }
}

function timelineOp(op: PreparedOp): TimelineOp {
  const c = op.complete
  return {
    id: op.id,
    index: op.invoke.index,
    completeIndex: c === undefined ? null : c.index,
    process: op.invoke.process,
    ...(op.invoke.node !== undefined ? { node: op.invoke.node } : {}),
    f: op.invoke.f,
    value: op.invoke.value ?? null,
    output: c?.value ?? null,
    type: c === undefined ? 'info' : (c.type as 'ok' | 'fail' | 'info'),
    startNs: op.invoke.time,
    endNs: c === undefined || op.optional ? null : c.time,
    optional: op.optional,
  }
}

function windowOps(key: KeyHistory, dead: DeadEnd, candidates: Candidate[]): TimelineOp[] {
  if (key.ops.length <= TIMELINE_MAX_OPS) {
    return key.ops.map(timelineOp)
  }
  const ids = new Set<number>([dead.blocking, ...candidates.map((c) => c.op)])
  for (const id of dead.partial.slice(-TIMELINE_MAX_OPS / 2)) {
    ids.add(id)
  }
  return [...ids].sort((a, b) => a - b).map((id) => timelineOp(key.ops[id] as PreparedOp))
}

/** The writes (or successful cas) that could have produced `state`. */
function producersOf(key: KeyHistory, state: number): PreparedOp[] {
  return key.ops.filter(
    (op) =>
      (op.kind === KIND_WRITE && op.arg1 === state) || (op.kind === KIND_CAS && op.arg2 === state),
  )
}

/**
 * The latest completed write (or cas) of another value that ended before `read` began and
 * began after every op that could have produced the value read — proof of a stale read.
 */
function overwrittenBefore(
  read: PreparedOp,
  key: KeyHistory,
  writers: readonly PreparedOp[],
  observed: readonly number[] = [read.arg1, read.arg2],
): PreparedOp | undefined {
  let found: PreparedOp | undefined
  for (const w of key.ops) {
    const value = w.kind === KIND_WRITE ? w.arg1 : w.kind === KIND_CAS ? w.arg2 : -1
    if (value < 0 || observed.includes(value) || w.optional || w === read) {
      continue
    }
    if (w.returnPos >= read.callPos) {
      continue
    }
    if (!writers.every((p) => p.returnPos < w.callPos)) {
      continue
    }
    if (found === undefined || w.returnPos > found.returnPos) {
      found = w
    }
  }
  return found
}

/**
 * The latest ok read of another value that completed before `read` began and began after
 * every op that could have produced the value read (the pre-pass' read barrier): the register
 * was seen at another value after every producer, and nothing brought the value back.
 */
function seenBefore(
  read: PreparedOp,
  key: KeyHistory,
  writers: readonly PreparedOp[],
): PreparedOp | undefined {
  let found: PreparedOp | undefined
  for (const r of key.ops) {
    if (r.kind !== KIND_READ || r.optional || r.arg2 >= 0 || r === read) {
      continue
    }
    if (r.arg1 === read.arg1 || r.returnPos >= read.callPos) {
      continue
    }
    if (!writers.every((p) => p.returnPos < r.callPos)) {
      continue
    }
    if (found === undefined || r.returnPos > found.returnPos) {
      found = r
    }
  }
  return found
}

function readSentence(
  op: PreparedOp,
  key: KeyHistory,
  states: StateTable,
  timed: boolean,
  tail: string,
): string {
  const when = formatWhen(op.complete ?? op.invoke, timed)
  const head = `${describeOp(op, key, states)} at ${when}`
  const appends = key.ops.some((o) => o.kind === KIND_APPEND)
  const writers = producersOf(key, op.arg1)
  const neverWritten = !appends && writers.length === 0 && op.arg1 !== 0 && op.arg2 !== 0
  const over = appends || neverWritten ? undefined : overwrittenBefore(op, key, writers)
  if (over !== undefined) {
    const done = `${describeOp(over, key, states)} had completed at ${formatWhen(over.complete ?? over.invoke, timed)}, before the read began`
    if (op.arg1 === 0) {
      return `${head}, but ${done}; a read of null after a write is a violation.`
    }
    return `${head}, but ${done}, and every write of ${show(states.values[op.arg1])} ended before that one started: the read returned a stale value.`
  }
  const seen = appends || neverWritten ? undefined : seenBefore(op, key, writers)
  if (seen !== undefined) {
    const earlier = `a ${describeOp(seen, key, states)} at ${formatWhen(seen.complete ?? seen.invoke, timed)}, before this read began`
    if (op.arg1 === 0) {
      return `${head}, but ${earlier}; nothing writes null back: a read of null after a read of a value is a violation.`
    }
    return `${head}, but ${earlier}, and every write of ${show(states.values[op.arg1])} ended before that read started: the read returned a stale value.`
  }
  if (appends) {
    return `${head}, but ${tail}`
  }
  if (neverWritten) {
    return `${head}, but no operation ever wrote ${show(states.values[op.arg1])}.`
  }
  const first = writers[0]
  if (first !== undefined && writers.every((w) => w.callPos > op.returnPos)) {
    const which = writers.length === 1 ? 'the only write' : 'the first write'
    return `${head}, but ${which} of ${show(states.values[op.arg1])} began at ${formatWhen(first.invoke, timed)}.`
  }
  return `${head}, but ${tail}`
}

/** One plain sentence for the anomaly. */
function sentence(
  key: KeyHistory,
  states: StateTable,
  dead: DeadEnd,
  stateBefore: unknown,
  timed: boolean,
): string {
  const op = key.ops[dead.blocking] as PreparedOp
  const lastId = dead.partial.at(-1)
  const last = lastId === undefined ? undefined : key.ops[lastId]
  const after = last === undefined ? 'from the start' : `after ${describeOp(last, key, states)}`
  const tail = `no order of the operations concurrent with it explains that: the longest valid order (${dead.partial.length} of ${key.ops.length} ops) leaves the value ${show(stateBefore)} ${after}.`
  if (op.kind === KIND_READ) {
    return readSentence(op, key, states, timed, tail)
  }
  const when = formatWhen(op.complete ?? op.invoke, timed)
  if (op.kind === KIND_CAS) {
    const appends = key.ops.some((o) => o.kind === KIND_APPEND)
    const writers = producersOf(key, op.arg1).filter((w) => w !== op)
    const over = appends ? undefined : overwrittenBefore(op, key, writers, [op.arg1])
    const from = show(states.values[op.arg1])
    const reason =
      over === undefined
        ? tail
        : `${describeOp(over, key, states)} had completed at ${formatWhen(over.complete ?? over.invoke, timed)}, before the cas began, and every write of ${from} ended before that one started: the cas compared against a stale value.`
    return `${describeOp(op, key, states)} succeeded at ${when}, so the value was ${from} then, but ${reason}`
  }
  if (op.kind === KIND_CAS_FAIL) {
    return `${describeOp(op, key, states)} failed at ${when}, so the value was not ${show(states.values[op.arg1])} at some instant, but ${tail}`
  }
  return `${describeOp(op, key, states)} completed at ${when}, but ${tail}`
}

const CONCEPT =
  ' Linearizability requires every operation to take effect at one instant between its invocation and its completion.'

/**
 * A read of a value no operation that may have taken effect ever produced (garbage-read):
 * the minimal evidence of that key's violation, under every consistency model.
 */
export function garbageReadAnomaly(
  op: PreparedOp,
  key: KeyHistory,
  states: StateTable,
  timed: boolean,
): Anomaly {
  const end = op.complete ?? op.invoke
  const read = states.values[op.arg1]
  return {
    type: 'garbage-read',
    message:
      `${describeOp(op, key, states)} at ${formatWhen(end, timed)}, but no operation ever wrote ` +
      `${show(read)} (counting every write or cas that may have taken effect): a garbage read. A ` +
      'read returns the initial value or a value a client wrote; inventing one is wrong under every ' +
      'consistency model.',
    ops: op.complete === undefined ? [op.invoke.index] : [op.invoke.index, op.complete.index],
    ...(op.invoke.node !== undefined ? { nodes: [op.invoke.node] } : {}),
    timeNs: [op.invoke.time, end.time],
    evidence: { key: key.key ?? null, read, op: end.index },
  }
}

/** Build the anomaly for a key whose search answered invalid. */
export function notLinearizableAnomaly(
  key: KeyHistory,
  search: KeySearch,
  states: StateTable,
  model: string,
  timed: boolean,
): Anomaly {
  const full: DeadEnd = search.best ?? { partial: [], blocking: 0, startState: 0 }
  const after: unknown[] = []
  let state = full.startState
  for (const id of full.partial) {
    state = search.step(id, state)
    after.push(states.values[state])
  }
  // Keep the evidence small: the tail of a long partial linearization.
  const cut = Math.max(0, full.partial.length - PARTIAL_MAX_OPS)
  const dead: DeadEnd = { ...full, partial: full.partial.slice(cut) }
  after.splice(0, cut)
  const blocking = key.ops[dead.blocking] as PreparedOp
  const inPartial = new Set(dead.partial)
  const candidates: Candidate[] = key.ops
    .filter((op) => !inPartial.has(op.id) && op.callPos < blocking.returnPos)
    .slice(-CANDIDATES_MAX)
    .map((op) => {
      const next = search.step(op.id, state)
      return next < 0
        ? { op: op.id, legal: false }
        : { op: op.id, legal: true, result: states.values[next] }
    })
  const stateBefore = states.values[state]
  const evidence: LinearizabilityEvidence = {
    key: key.key ?? null,
    model,
    ops: windowOps(key, dead, candidates),
    truncated: key.ops.length > TIMELINE_MAX_OPS,
    partial: dead.partial,
    partialOmitted: cut,
    states: after,
    blocking: dead.blocking,
    stateBefore,
    candidates,
  }
  const end = blocking.complete ?? blocking.invoke
  return {
    type: 'not-linearizable',
    message: sentence(key, states, dead, stateBefore, timed) + CONCEPT,
    ops:
      blocking.complete === undefined
        ? [blocking.invoke.index]
        : [blocking.invoke.index, blocking.complete.index],
    ...(blocking.invoke.node !== undefined ? { nodes: [blocking.invoke.node] } : {}),
    timeNs: [blocking.invoke.time, end.time],
    evidence,
  }
}
