/**
 * Jepsen's `stats` checker: counts of ok / fail / info client operations, in total and per
 * `f`. Invalid when some `f` was attempted but never succeeded (every `f` needs an ok).
 * An invocation without a completion counts as info.
 */
import type { CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/types.js'

export interface OpCounts {
  count: number
  okCount: number
  failCount: number
  infoCount: number
}

function zero(): OpCounts {
  return { count: 0, okCount: 0, failCount: 0, infoCount: 0 }
}

export function checkStats(
  history: readonly Op[],
): CheckResult & OpCounts & { byF: Record<string, OpCounts> } {
  const total = zero()
  const byF: Record<string, OpCounts> = {}
  for (const { invoke, complete } of pairOps(history)) {
    const counts = (byF[invoke.f] ??= zero())
    const type = complete?.type ?? 'info'
    for (const c of [total, counts]) {
      c.count++
      if (type === 'ok') {
        c.okCount++
      } else if (type === 'fail') {
        c.failCount++
      } else {
        c.infoCount++
      }
    }
  }
  const never = Object.entries(byF).filter(([, c]) => c.okCount === 0)
  const anomalies = never.map(([f, c]) => ({
    type: 'no-ok',
    message: `No ${f} operation succeeded: all ${c.count} attempts failed or timed out (${c.failCount} fail, ${c.infoCount} info). A node must answer ${f} with its _ok reply.`,
  }))
  return { valid: never.length === 0, anomalies, ...total, byF }
}
