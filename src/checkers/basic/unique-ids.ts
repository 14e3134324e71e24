/**
 * Jepsen's unique-ids checker: every id returned by an ok `generate` must be unique, compared
 * as canonical JSON (3 and "3" differ). Reports attempts, acknowledgements, duplicates (the
 * 48 most repeated) with the ops and nodes that returned them. No ok generate at all: 'unknown'
 * (nothing to check), never true.
 */
import type { Anomaly, CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'
import { canonicalJson, truncate } from '../../shared/index.js'

export function checkUniqueIds(history: readonly Op[]): CheckResult {
  const seen = new Map<string, Op[]>()
  let attemptedCount = 0
  let acknowledgedCount = 0
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f !== 'generate') {
      continue
    }
    attemptedCount++
    if (complete?.type !== 'ok') {
      continue
    }
    acknowledgedCount++
    const key = canonicalJson(complete.value)
    const list = seen.get(key)
    if (list === undefined) {
      seen.set(key, [complete])
    } else {
      list.push(complete)
    }
  }
  const duplicated = [...seen.entries()].filter(([, ops]) => ops.length > 1)
  duplicated.sort((a, b) => b[1].length - a[1].length)
  const anomalies: Anomaly[] = duplicated.slice(0, 48).map(([key, ops]) => {
    const nodes = [...new Set(ops.map((op) => op.node ?? '?'))]
    const first = ops[0] as Op
    const second = ops[1] as Op
    return {
      type: 'duplicate-id',
      message: `The id ${truncate(key, 80)} was returned ${ops.length} times (by ${nodes.join(', ')}; first at op ${first.index}, again at op ${second.index}). Unique ids must never repeat, even across nodes, restarts and partitions.`,
      ops: ops.map((op) => op.index),
      nodes,
      timeNs: [first.time, second.time],
    }
  })
  const nothing = acknowledgedCount === 0
  return {
    valid: duplicated.length > 0 ? false : nothing ? 'unknown' : true,
    ...(nothing
      ? {
          reason: `none of the ${attemptedCount} generate operations completed ok, so there is no id to check`,
        }
      : {}),
    anomalies,
    attemptedCount,
    acknowledgedCount,
    duplicatedCount: duplicated.length,
    duplicated: duplicated
      .slice(0, 48)
      .map(([key, ops]) => [JSON.parse(key) as unknown, ops.length]),
  }
}
