/**
 * `echo-errors` (track 1 stage `messenger/errors`): the echo workload plus, on one op in
 * ten (the first included), a request of a type no node knows (`dsgrade_unknown`). The node must answer it with
 * an `error` body of code 10 (not-supported) and keep running (curriculum.md §2 messenger).
 *
 * Recorded as op `f: "unknown"`: ok when answered with error 10; fail (with the reply) when
 * answered otherwise; info on timeout. `workload.unknownType.notSupported` is true only if
 * at least one such request was sent and every one was answered with code 10.
 * (Tracks-owned; could become an `echo` option — see the tracks report.)
 */
import { checkEcho } from '../checkers/index.js'
import type { Anomaly, CheckResult } from '../checkers/index.js'
import { pairOps } from '../history/index.js'
import type { Op } from '../history/index.js'
import { truncate } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type { Completion, WorkloadDefinition } from './contract.js'
import { echo } from './echo.js'

const UNKNOWN_TYPE = 'dsgrade_unknown'
/** The first op and every tenth after it. */
const UNKNOWN_EVERY = 10
const NOT_SUPPORTED = 10
/**
 * Where most learners come from: the official Maelstrom Go library's Node.Run returns
 * `No handler for <line>` for a type with no registered handler, and the usual main then
 * calls log.Fatal, so the node exits on the first unknown type.
 */
const GO_LIBRARY_NOTE =
  'If you use the official Maelstrom Go library: its Node.Run stops with "No handler for …" on a ' +
  'message type nobody registered, and a main that calls log.Fatal then exits the node. Answer ' +
  'unknown types yourself with error code 10 (maelstrom.NotSupported) — the first hint shows how.'

function checkUnknownTypes(history: readonly Op[]): {
  summary: Record<string, unknown>
  anomalies: Anomaly[]
} {
  let sent = 0
  let notSupported = 0
  let timedOut = 0
  const anomalies: Anomaly[] = []
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f !== 'unknown') {
      continue
    }
    sent++
    if (complete?.type === 'ok') {
      notSupported++
    } else if (complete?.type === 'fail') {
      anomalies.push({
        type: 'unknown-type-not-rejected',
        message: `Node ${complete.node ?? invoke.node ?? '?'} answered a "${UNKNOWN_TYPE}" request with ${truncate(JSON.stringify(complete.error), 160)}. A request of a type you do not handle must be answered with {"type": "error", "code": 10} (not-supported), so the client knows it had no effect.`,
        ops: [invoke.index, complete.index],
        ...(complete.node ? { nodes: [complete.node] } : {}),
      })
    } else {
      timedOut++
    }
  }
  if (timedOut > 0) {
    anomalies.push({
      type: 'unknown-type-unanswered',
      message: `${timedOut} of ${sent} "${UNKNOWN_TYPE}" requests got no reply at all. A node must answer every request, with an error if it cannot serve it. ${GO_LIBRARY_NOTE}`,
    })
  }
  return {
    summary: {
      sent,
      notSupportedCount: notSupported,
      timedOut,
      notSupported: sent > 0 && notSupported === sent,
    },
    anomalies,
  }
}

async function invokeUnknown(
  io: Parameters<ReturnType<WorkloadDefinition['createClient']>['invoke']>[1],
): Promise<Completion> {
  const reply = await io.call({
    type: UNKNOWN_TYPE,
    probe: 'this type is not part of any workload',
  })
  if (reply.kind === 'error' && reply.code === NOT_SUPPORTED) {
    return { type: 'ok', value: { code: reply.code } }
  }
  if (reply.kind === 'timeout') {
    return failureFromReply(reply, false)
  }
  const what = reply.kind === 'ok' ? `a "${reply.body.type}" reply` : `error code ${reply.code}`
  return { type: 'fail', error: `answered with ${what} instead of error code 10` }
}

export const echoErrors: WorkloadDefinition = {
  ...echo,
  name: 'echo-errors',
  doc: 'The echo workload, plus requests of an unknown type that must be answered with error code 10 (not-supported).',
  generator: (context) => {
    const inner = echo.generator(context)
    let count = 0
    return {
      next: (worker, process, nowMs) =>
        count++ % UNKNOWN_EVERY === 0 ? { f: 'unknown' } : inner.next(worker, process, nowMs),
    }
  },
  createClient: (context) => {
    const inner = echo.createClient(context)
    return {
      invoke: (invocation, io) =>
        invocation.f === 'unknown' ? invokeUnknown(io) : inner.invoke(invocation, io),
    }
  },
  check: (history): CheckResult => {
    const echoOps = history.filter((op) => op.f !== 'unknown')
    const result = checkEcho(echoOps)
    const unknown = checkUnknownTypes(history)
    const anomalies = [...result.anomalies, ...unknown.anomalies]
    const valid =
      anomalies.length > 0 || result.valid === false
        ? false
        : unknown.summary.sent === 0
          ? 'unknown'
          : result.valid
    return { ...result, valid, anomalies, unknownType: unknown.summary }
  },
}
