/**
 * Maelstrom's echo checker: every ok `echo` must carry back exactly the value it was sent
 * (compared as JSON values). The ok op's value is the whole reply body, as Maelstrom records.
 * With no ok echo at all there is nothing to check: the verdict is 'unknown', never true.
 */
import type { Anomaly, CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'
import { canonicalJson, truncate } from '../../shared/index.js'

export function checkEcho(history: readonly Op[]): CheckResult {
  const anomalies: Anomaly[] = []
  let okCount = 0
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f !== 'echo' || complete?.type !== 'ok') {
      continue
    }
    okCount++
    const body = complete.value as Record<string, unknown> | undefined
    const got = body !== null && typeof body === 'object' ? body.echo : undefined
    if (canonicalJson(got) !== canonicalJson(invoke.value)) {
      anomalies.push({
        type: 'wrong-echo',
        message: `Node ${complete.node ?? '?'} answered echo ${truncate(JSON.stringify(invoke.value), 80)} with ${truncate(JSON.stringify(body), 120)}: the reply's "echo" field must be exactly the value that was sent.`,
        ops: [invoke.index, complete.index],
        nodes: complete.node !== undefined ? [complete.node] : undefined,
        timeNs: [invoke.time, complete.time],
      })
    }
  }
  const nothing = anomalies.length === 0 && okCount === 0
  return {
    valid: anomalies.length > 0 ? false : nothing ? 'unknown' : true,
    ...(nothing ? { reason: 'no echo operation completed ok, so there is nothing to check' } : {}),
    anomalies: anomalies.slice(0, 20),
    errorCount: anomalies.length,
    okCount,
  }
}
