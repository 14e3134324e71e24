/**
 * A cheap, sound refutation before the search: a read that no order at all can explain.
 * A read of v is impossible when every op that could leave the register at v (a write of v,
 * a cas to v, or the initial null) begins after the read completed, or — for null — when
 * a write or cas of another value completed before the read began and no op that could
 * bring null back began before the read completed.
 *
 * A read of v is also impossible when it is stale: every op that could produce v (the
 * initial null included) completed before some ok write or cas W began, and W completed
 * before the read began. Every order puts the producers before W and W before the read, and
 * nothing after W can bring v back. Any op of unknown outcome that could produce v disables
 * this (it may take effect at any time after its invocation).
 *
 * It is one pass per key (plus a sort) and never answers "valid": it only finds some violations fast,
 * however many crashed ops keep the search space huge. Keys with appends are skipped (their
 * states are not a fixed set of values).
 *
 * `garbageReads` names the plainest case: an ok read of a value that no write or cas that may
 * have taken effect ever produced for that key (a read of 0 for a key nobody wrote). It is
 * a violation under every model, reported as its own anomaly with the read and the key.
 */
import type { KeyHistory, PreparedOp } from './prepare.js'
import { KIND_APPEND, KIND_CAS, KIND_READ, KIND_WRITE } from './prepare.js'

function produces(op: PreparedOp): number {
  return op.kind === KIND_WRITE ? op.arg1 : op.kind === KIND_CAS ? op.arg2 : -1
}

/** The first impossible read of the key (by completion), or undefined. */
export function impossibleRead(key: KeyHistory): PreparedOp | undefined {
  if (key.ops.some((op) => op.kind === KIND_APPEND)) {
    return undefined
  }
  // Earliest invocation of a producer of each state.
  const firstProducer = new Map<number, number>()
  let firstChange = Infinity
  for (const op of key.ops) {
    const state = produces(op)
    if (state < 0) {
      continue
    }
    firstProducer.set(state, Math.min(firstProducer.get(state) ?? Infinity, op.callPos))
    if (state !== 0 && !op.optional) {
      firstChange = Math.min(firstChange, op.returnPos)
    }
  }
  const stale = staleness(key.ops)
  let found: PreparedOp | undefined
  for (const op of key.ops) {
    if (op.kind !== KIND_READ) {
      continue
    }
    const states = op.arg2 >= 0 ? [op.arg1, op.arg2] : [op.arg1]
    const possible = states.some((s) => {
      const producer = firstProducer.get(s) ?? Infinity
      if (producer >= op.returnPos) {
        // the initial null, while nothing has certainly changed it (nor been read otherwise)
        return s === 0 && firstChange > op.callPos && stale(0) >= op.callPos
      }
      return stale(s) >= op.callPos
    })
    if (!possible && (found === undefined || op.returnPos < found.returnPos)) {
      found = op
    }
  }
  return found
}

/**
 * For a state s: the earliest completion of an ok write or cas — or of an ok read of another
 * state — that began after every producer of s completed (Infinity if none, or if a producer's
 * outcome is unknown). A read of s that begins after that is stale: every producer of s is
 * ordered before that op, which left (or saw) the register at another state, and nothing can
 * bring s back. The reads make a read of null after a read of a value refutable in one pass,
 * however many crashed writes keep the search space huge (Figure 8's reads, docs/simulation.md).
 */
function staleness(ops: readonly PreparedOp[]): (state: number) => number {
  const lastProducer = new Map<number, number>([[0, -Infinity]])
  for (const op of ops) {
    const state = produces(op)
    if (state >= 0) {
      lastProducer.set(state, Math.max(lastProducer.get(state) ?? -Infinity, op.returnPos))
    }
  }
  const setters = ops
    .filter((op) => !op.optional && (op.kind === KIND_WRITE || op.kind === KIND_CAS))
    .sort((a, b) => a.callPos - b.callPos)
  const calls = setters.map((op) => op.callPos)
  // earliest completion among setters[i…]
  const suffixMin = new Array<number>(setters.length + 1).fill(Infinity)
  for (let i = setters.length - 1; i >= 0; i--) {
    suffixMin[i] = Math.min(suffixMin[i + 1] as number, (setters[i] as PreparedOp).returnPos)
  }
  const reads = ops.filter((op) => !op.optional && op.kind === KIND_READ && op.arg2 < 0)
  const readBarrier = new Map<number, number>()
  const readBarrierOf = (state: number, after: number): number => {
    let earliest = readBarrier.get(state)
    if (earliest === undefined) {
      earliest = Infinity
      for (const read of reads) {
        if (read.callPos > after && read.arg1 !== state && read.returnPos < earliest) {
          earliest = read.returnPos
        }
      }
      readBarrier.set(state, earliest)
    }
    return earliest
  }
  return (state) => {
    const after = lastProducer.get(state) ?? -Infinity
    if (after === Infinity) {
      return Infinity
    }
    return Math.min(setterBarrier(after), readBarrierOf(state, after))
  }

  function setterBarrier(after: number): number {
    // the first setter that began after every producer of `state` completed
    let lo = 0
    let hi = calls.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((calls[mid] as number) > after) {
        hi = mid
      } else {
        lo = mid + 1
      }
    }
    return suffixMin[lo] as number
  }
}

/** Ok reads of a value no op of the key (that may have taken effect) produced, nor null. */
export function garbageReads(key: KeyHistory): PreparedOp[] {
  if (key.ops.some((op) => op.kind === KIND_APPEND)) {
    return []
  }
  const produced = new Set<number>([0])
  for (const op of key.ops) {
    const state = produces(op)
    if (state >= 0) {
      produced.add(state)
    }
  }
  return key.ops.filter(
    (op) =>
      op.kind === KIND_READ &&
      !op.optional &&
      !produced.has(op.arg1) &&
      (op.arg2 < 0 || !produced.has(op.arg2)),
  )
}
