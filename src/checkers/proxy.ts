/**
 * The proxy checker (issue 16, track 10): a pure function of the client history and the
 * backends' execution log. A request is identified by its `body.id` (unique per run).
 *
 * - Genuine responses: every `ok` names, in `served_by`, a backend that executed that request
 *   and finished it, with the status and body that execution produced (`fabricated-response`).
 * - Routing: every execution of a request ran on a backend its path's route names
 *   (`routed-outside-table`, count `misroutedCount`). Needs the run's routes table.
 * - POST twice: a POST that executed (ok or crashed mid-way) on more than one occasion
 *   (`post-executed-twice`, count `postDuplicateCount`).
 * - Truthful failures: a POST answered with a definite error (`fail`) must not have executed
 *   (`false-definite-error`).
 * - `getAvailability` / `postAvailability`: GETs / POSTs answered ok over those invoked (absent
 *   when none: nothing measured never passes); `getLatencyMs` quantiles of ok GETs.
 * - Tail: `backendMedianMs`, the median service time (arrival → end) of the requests the
 *   healthy backends executed (every backend but the slow one); `getP99BoundMs` =
 *   2 × that + 50 ms; `getP99OverBound` = GET p99 ÷ the bound (≤ 1 is within it). Absent when
 *   either side has nothing measured.
 *
 * Valid unless an anomaly occurred; 'unknown' when no request completed ok.
 */
import { pairOps, type BackendLog, type Execution, type Op } from '../history/index.js'
import { quantiles } from './basic/set-full.js'
import type { Anomaly, CheckResult } from './contract.js'

const EXAMPLES_MAX = 3

interface RequestValue {
  id?: unknown
  method?: unknown
  path?: unknown
  status?: unknown
  body?: unknown
  served_by?: unknown
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

function valueOf(value: unknown): RequestValue {
  return typeof value === 'object' && value !== null ? (value as RequestValue) : {}
}

function idOf(e: Execution): unknown {
  const body = e.body.body
  return typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined
}

/** Stable JSON (sorted keys) to compare a reply with what a backend produced. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function routeOf(routes: Record<string, readonly string[]>, path: unknown): string | undefined {
  if (typeof path !== 'string') {
    return undefined
  }
  return Object.keys(routes)
    .filter((prefix) => path === prefix || path.startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0]
}

function executionsById(log: BackendLog): Map<unknown, Execution[]> {
  const byId = new Map<unknown, Execution[]>()
  for (const e of log.executions) {
    if (e.type !== 'request') {
      continue
    }
    const list = byId.get(idOf(e)) ?? []
    list.push(e)
    byId.set(idOf(e), list)
  }
  return byId
}

const executed = (e: Execution): boolean => e.outcome === 'ok' || e.outcome === 'crashed'

function anomaly(
  type: string,
  message: string,
  invoke: Op | undefined,
  complete: Op | undefined,
  evidence: Record<string, unknown>,
): Anomaly {
  const ops = [invoke?.index, complete?.index].filter((i): i is number => i !== undefined)
  const times = [invoke?.time, complete?.time].filter((t): t is number => t !== undefined)
  return {
    type,
    message,
    ...(ops.length > 0 ? { ops } : {}),
    ...(invoke?.node === undefined ? {} : { nodes: [invoke.node] }),
    ...(times.length === 2 ? { timeNs: [times[0] ?? 0, times[1] ?? 0] as [number, number] } : {}),
    evidence,
  }
}

export interface ProxyCheckOptions {
  /** The routes table the proxies were given (prefix → backends); absent ⇒ no routing check. */
  routes?: Record<string, readonly string[]>
}

export function checkProxy(
  history: readonly Op[],
  log: BackendLog | undefined,
  options: ProxyCheckOptions = {},
): CheckResult {
  if (log === undefined) {
    return {
      valid: 'unknown',
      reason: 'The proxy checker needs the backends’ execution log, and this run has none.',
      anomalies: [],
    }
  }
  const byId = executionsById(log)
  const fakes: Anomaly[] = []
  const falseDefinite: Anomaly[] = []
  const getLatencies: number[] = []
  let gets = 0
  let getsOk = 0
  const pairs = pairOps(history).filter(({ invoke }) => invoke.f === 'request')
  for (const { invoke, complete } of pairs) {
    const asked = valueOf(invoke.value)
    const runs = byId.get(asked.id) ?? []
    if (asked.method === 'GET') {
      gets++
    }
    if (complete?.type === 'ok') {
      const got = valueOf(complete.value)
      const match = runs.find(
        (e) =>
          e.backend === got.served_by &&
          e.outcome === 'ok' &&
          e.reply !== undefined &&
          canonical(e.reply.body) === canonical(got.body) &&
          e.reply.status === got.status,
      )
      if (asked.method === 'GET') {
        getsOk++
        getLatencies.push((complete.time - invoke.time) / 1e6)
      }
      if (match === undefined) {
        const ran = runs.filter((e) => e.outcome === 'ok').map((e) => e.backend)
        const where = ran.length === 0 ? 'no backend finished it' : `it ran on ${ran.join(', ')}`
        fakes.push(
          anomaly(
            'fabricated-response',
            `${String(asked.method)} ${String(asked.path)} (request ${JSON.stringify(asked.id)}) was answered by ${invoke.node ?? '?'} at ${seconds(complete.time / 1e6)} with status ${JSON.stringify(got.status)} and served_by ${JSON.stringify(got.served_by)}, but ${where} or its answer differs: a proxy must return the reply of the backend that executed the request, unchanged.`,
            invoke,
            complete,
            { id: asked.id, servedBy: got.served_by, status: got.status, body: got.body, ranOn: ran },
          ),
        )
      }
    } else if (complete?.type === 'fail' && asked.method === 'POST') {
      const ran = runs.filter(executed)
      if (ran.length > 0) {
        falseDefinite.push(
          anomaly(
            'false-definite-error',
            `POST ${String(asked.path)} (request ${JSON.stringify(asked.id)}) was answered with a definite error ${JSON.stringify(complete.error)} at ${seconds(complete.time / 1e6)}, but ${ran[0]?.backend ?? '?'} had executed it (at ${seconds(ran[0]?.arrivedMs ?? 0)}): an error that says "not done" must be true; when you cannot know, answer an indefinite error (code 0 or 13).`,
            invoke,
            complete,
            { id: asked.id, error: complete.error, executedOn: ran.map((e) => e.backend) },
          ),
        )
      }
    }
  }
  const invokeById = new Map<unknown, Op>()
  pairs.forEach(({ invoke }) => invokeById.set(valueOf(invoke.value).id, invoke))
  const misrouted: Anomaly[] = []
  const twice: Anomaly[] = []
  for (const [id, runs] of byId) {
    const first = runs[0]
    if (first === undefined) {
      continue
    }
    const routes = options.routes
    const route = routes === undefined ? undefined : routeOf(routes, first.body.path)
    const allowed = route === undefined || routes === undefined ? undefined : routes[route]
    for (const e of runs) {
      if (routes !== undefined && (allowed === undefined || !allowed.includes(e.backend))) {
        misrouted.push(
          anomaly(
            'routed-outside-table',
            `${e.src} sent ${String(e.body.method)} ${String(e.body.path)} (request ${JSON.stringify(id)}) to ${e.backend} at ${seconds(e.arrivedMs)}, but the routes table sends ${route ?? 'that path'} only to ${(allowed ?? []).join(', ') || 'no backend'}: a proxy may only use the backends of the request's route.`,
            invokeById.get(id),
            undefined,
            { id, path: e.body.path, backend: e.backend, route, allowed: allowed ?? [] },
          ),
        )
      }
    }
    const done = runs.filter(executed)
    if (first.body.method === 'POST' && done.length > 1) {
      twice.push(
        anomaly(
          'post-executed-twice',
          `POST ${String(first.body.path)} (request ${JSON.stringify(id)}) executed ${done.length} times: ${done.map((e) => `on ${e.backend} at ${seconds(e.arrivedMs)}`).join(', ')}. A POST is not safe to repeat: a proxy must never retry one it may already have delivered (retry only when the backend refused it, error 11, or never received it).`,
          invokeById.get(id),
          undefined,
          { id, executions: done.map((e) => ({ backend: e.backend, arrivedMs: e.arrivedMs })) },
        ),
      )
    }
  }
  const posts = pairs.filter(({ invoke }) => valueOf(invoke.value).method === 'POST')
  const postsOk = posts.filter(({ complete }) => complete?.type === 'ok').length
  const getLatencyMs = quantiles(getLatencies)
  const anomalies = [
    ...fakes.slice(0, EXAMPLES_MAX),
    ...misrouted.slice(0, EXAMPLES_MAX),
    ...twice.slice(0, EXAMPLES_MAX),
    ...falseDefinite.slice(0, EXAMPLES_MAX),
  ]
  const anyOk = pairs.some(({ complete }) => complete?.type === 'ok')
  const valid = anomalies.length > 0 ? false : anyOk ? true : 'unknown'
  return {
    valid,
    ...(valid === 'unknown' ? { reason: 'No request completed ok: there is nothing to check.' } : {}),
    anomalies,
    fabricatedCount: fakes.length,
    misroutedCount: misrouted.length,
    postDuplicateCount: twice.length,
    falseDefiniteCount: falseDefinite.length,
    ...(gets > 0 ? { getAvailability: getsOk / gets } : {}),
    ...(posts.length > 0 ? { postAvailability: postsOk / posts.length } : {}),
    ...(getLatencyMs === undefined ? {} : { getLatencyMs }),
    ...tailFigures(log, getLatencyMs?.['0.99']),
  }
}

/** The slow-backend bound of proxy/tail: 2 × the healthy backends' median service time + 50 ms. */
export const TAIL_BOUND_FACTOR = 2
export const TAIL_BOUND_SLACK_MS = 50

function tailFigures(log: BackendLog, getP99Ms: number | undefined): Record<string, number> {
  const times = log.executions
    .filter((e) => e.type === 'request' && e.outcome === 'ok' && e.backend !== log.spec.slow)
    .map((e) => (e.endMs ?? e.arrivedMs) - e.arrivedMs)
  const median = quantiles(times)?.['0.5']
  if (median === undefined) {
    return {}
  }
  const boundMs = TAIL_BOUND_FACTOR * median + TAIL_BOUND_SLACK_MS
  return {
    backendMedianMs: median,
    getP99BoundMs: boundMs,
    ...(getP99Ms === undefined ? {} : { getP99OverBound: getP99Ms / boundMs }),
  }
}
