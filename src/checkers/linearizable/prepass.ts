/**
 * A cheap, sound refutation before the search: a read that no order at all can explain.
 * A read of v is impossible when every op that could leave the register at v (a write of v,
 * a cas to v, or the initial null) begins after the read completed, or — for null — when
 * a write or cas of another value completed before the read began and no op that could
 * bring null back began before the read completed.
 *
 * It is one pass per key and never answers "valid": it only finds some violations fast,
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
  let found: PreparedOp | undefined
  for (const op of key.ops) {
    if (op.kind !== KIND_READ) {
      continue
    }
    const states = op.arg2 >= 0 ? [op.arg1, op.arg2] : [op.arg1]
    const possible = states.some((s) => {
      const producer = firstProducer.get(s) ?? Infinity
      if (producer < op.returnPos) {
        return true
      }
      // the initial null, while nothing has certainly changed it
      return s === 0 && firstChange > op.callPos
    })
    if (!possible && (found === undefined || op.returnPos < found.returnPos)) {
      found = op
    }
  }
  return found
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
