/**
 * Jepsen's `stats` checker: counts of ok / fail / info client operations, in total and per
 * `f`. Invalid when some `f` was attempted but never succeeded (every `f` needs an ok).
 * An invocation without a completion counts as info. Kafka's `crash` ops (always info, by
 * design) are exempt, as in Maelstrom. The message names the most common error, so an
 * untouched stub says "not-supported" right away.
 */
import type { CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'

export interface OpCounts {
  count: number
  okCount: number
  failCount: number
  infoCount: number
}

function zero(): OpCounts {
  return { count: 0, okCount: 0, failCount: 0, infoCount: 0 }
}

/** Ops that never succeed by design (Maelstrom exempts them from "every f needs an ok"). */
const EXEMPT_F = new Set(['crash', 'debug-topic-partitions'])

function describeError(error: unknown): string {
  if (Array.isArray(error)) {
    const [code, name, text] = error as unknown[]
    const head =
      typeof code === 'number' ? `error ${code} ${String(name ?? '')}`.trim() : String(name ?? code)
    return typeof text === 'string' && text !== '' ? `${head}: "${text.slice(0, 120)}"` : head
  }
  return typeof error === 'string' ? error.slice(0, 160) : JSON.stringify(error ?? 'no reply')
}

/** The most common error among the failed completions of `f`, with its count. */
function commonError(
  history: readonly Op[],
  f: string,
): { text: string; count: number } | undefined {
  const counts = new Map<string, number>()
  for (const op of history) {
    if (op.f === f && (op.type === 'fail' || op.type === 'info') && op.error !== undefined) {
      const text = describeError(op.error)
      counts.set(text, (counts.get(text) ?? 0) + 1)
    }
  }
  let best: { text: string; count: number } | undefined
  for (const [text, count] of counts) {
    if (best === undefined || count > best.count) {
      best = { text, count }
    }
  }
  return best
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
  const never = Object.entries(byF).filter(([f, c]) => c.okCount === 0 && !EXEMPT_F.has(f))
  const anomalies = never.map(([f, c]) => {
    const common = commonError(history, f)
    const cause =
      common === undefined ? '' : ` Most common outcome: ${common.text} (${common.count} times).`
    return {
      type: 'no-ok',
      message: `No ${f} operation succeeded: all ${c.count} attempts failed or timed out (${c.failCount} fail, ${c.infoCount} info).${cause} A node must answer ${f} with its ${f}_ok reply.`,
    }
  })
  return { valid: never.length === 0, anomalies, ...total, byF }
}
