/**
 * Shared pieces of the set and counter workloads: a final phase of one read per worker
 * (Maelstrom's `each-thread`), a "50/50 add or read" generator, and recovery probes that say
 * the nodes agree when every node's read is the same value (sets compared as sets).
 */
import { canonicalJson } from '../../shared/index.js'
import type { Body } from '../../protocol/index.js'
import type { FinalPhase, Invocation, OpGenerator } from '../contract.js'

export function oneFinalReadPerWorker(final: boolean): FinalPhase {
  const done = new Set<number>()
  const generator: OpGenerator = {
    next(worker) {
      if (done.has(worker)) {
        return null
      }
      done.add(worker)
      const invocation: Invocation = { f: 'read' }
      if (final) {
        invocation.final = true
      }
      return invocation
    },
  }
  return { generator }
}

/** Canonical form of a read's set (order and duplicates ignored). */
export function setKey(value: unknown): string {
  if (!Array.isArray(value)) {
    return canonicalJson(value)
  }
  return [...new Set(value.map((v) => canonicalJson(v)))].sort().join(',')
}

export function sameSetProbe(field: string): {
  body: Omit<Body, 'msg_id'>
  converged(replies: readonly Body[]): boolean
} {
  return {
    body: { type: 'read' },
    converged: (replies) => new Set(replies.map((reply) => setKey(reply[field]))).size <= 1,
  }
}

export function sameValueProbe(
  field: string,
  settleMs = 0,
): {
  body: Omit<Body, 'msg_id'>
  converged(replies: readonly Body[]): boolean
  settleMs: number
} {
  return {
    body: { type: 'read' },
    settleMs,
    converged: (replies) => new Set(replies.map((reply) => canonicalJson(reply[field]))).size <= 1,
  }
}
