/**
 * Maelstrom's counter checker (g-counter, pn-counter; checkers.md §4.2): the ok adds sum to
 * a definite value; each indeterminate (`info`, or never completed) add may or may not have
 * happened, so the acceptable set is {definite + any subset sum of those deltas}, kept
 * exactly as merged inclusive integer ranges. Every ok read flagged `final` must be in it.
 * Failed adds took no effect. Intermediate reads are not checked (as in Maelstrom).
 */
import type { Anomaly, CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'

export type Range = [number, number]

/** Merge sorted-or-not inclusive ranges, joining adjacent integers. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.slice().sort((a, b) => a[0] - b[0])
  const out: Range[] = []
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && lo <= last[1] + 1) {
      last[1] = Math.max(last[1], hi)
    } else {
      out.push([lo, hi])
    }
  }
  return out
}

export function acceptableSums(definite: number, indeterminate: readonly number[]): Range[] {
  let set: Range[] = [[definite, definite]]
  for (const delta of indeterminate) {
    if (delta === 0) {
      continue
    }
    set = mergeRanges([...set, ...set.map(([lo, hi]): Range => [lo + delta, hi + delta])])
  }
  return set
}

function contains(ranges: readonly Range[], value: number): boolean {
  return ranges.some(([lo, hi]) => value >= lo && value <= hi)
}

export function checkCounter(history: readonly Op[]): CheckResult {
  let definite = 0
  const indeterminate: number[] = []
  const finalReads: Op[] = []
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f === 'add') {
      const delta = Number(invoke.value)
      if (complete?.type === 'ok') {
        definite += delta
      } else if (complete === undefined || complete.type === 'info') {
        indeterminate.push(delta)
      }
    } else if (invoke.f === 'read' && complete?.type === 'ok' && complete.final === true) {
      finalReads.push(complete)
    }
  }
  const acceptable = acceptableSums(definite, indeterminate)
  const errors = finalReads.filter(
    (op) => typeof op.value !== 'number' || !contains(acceptable, op.value),
  )
  const shown =
    acceptable.length > 4
      ? `${acceptable.length} ranges from ${acceptable[0]?.[0]} to ${acceptable[acceptable.length - 1]?.[1]}`
      : acceptable.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}..${hi}`)).join(', ')
  const anomalies: Anomaly[] = errors.slice(0, 10).map((op) => ({
    type: 'wrong-final-read',
    message: `Node ${op.node ?? '?'} read ${JSON.stringify(op.value)} after recovery (op ${op.index}, ${(op.time / 1e9).toFixed(2)} s), but the acknowledged adds sum to ${definite}${indeterminate.length > 0 ? ` and with the ${indeterminate.length} uncertain adds the value can only be ${shown}` : ''}. Once the cluster has healed, every node must count every acknowledged add exactly once.`,
    ops: [op.index],
    nodes: op.node !== undefined ? [op.node] : undefined,
    timeNs: [op.time, op.time],
  }))
  const valid = finalReads.length === 0 ? 'unknown' : errors.length === 0
  return {
    valid,
    reason:
      valid === 'unknown'
        ? 'No final read succeeded, so the counter could not be checked: every node must answer read after the cluster heals.'
        : undefined,
    anomalies,
    errors: errors.map((op) => ({ index: op.index, node: op.node, value: op.value })),
    finalReads: finalReads.map((op) => op.value),
    acceptable,
    definite,
  }
}
