/**
 * The load-balance checker (issue 16, track 11): a pure function of the client history and
 * the backends' execution log.
 *
 * - Genuine responses: every `ok` of a `work` op names, in `served_by`, a backend that
 *   really executed that job and finished it (anomaly `fabricated-response`).
 * - Dead traffic: a `work` request that reached a crashed backend more than `deadGraceMs`
 *   after its crash (anomaly `sent-to-dead-backend`, count `deadBackendRequests`). Health
 *   checks are not counted: probing a dead backend is how a balancer learns it is back.
 * - Load: work executed per backend, `maxOverMeanLoad` = the busiest backend's count over
 *   the mean over all backends (absent when nothing executed: nothing measured never
 *   passes), `refusedCount` (requests refused at capacity, error 11).
 * - `latencyMs`: quantiles of ok work latencies (completion − invocation).
 *
 * Valid unless one of the two anomalies occurred; 'unknown' when no work completed ok.
 */
import { pairOps, type BackendLog, type Execution, type Op } from '../history/index.js'
import { quantiles } from './basic/set-full.js'
import type { Anomaly, CheckResult } from './contract.js'

export interface LoadBalanceOptions {
  /** Work reaching a backend later than this after its crash is an anomaly. @default 1000 */
  deadGraceMs?: number
}

export const DEAD_GRACE_MS = 1000
const EXAMPLES_MAX = 3

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

function jobOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { job?: unknown }).job : undefined
}

/** job → the executions of it that finished (outcome ok), by backend. */
function finishedJobs(log: BackendLog): Map<unknown, Set<string>> {
  const jobs = new Map<unknown, Set<string>>()
  for (const e of log.executions) {
    if (e.type === 'work' && e.outcome === 'ok' && e.endMs !== undefined) {
      const set = jobs.get(e.body.job) ?? new Set<string>()
      set.add(e.backend)
      jobs.set(e.body.job, set)
    }
  }
  return jobs
}

function fabricated(history: readonly Op[], log: BackendLog): Anomaly[] {
  const jobs = finishedJobs(log)
  const anomalies: Anomaly[] = []
  for (const { invoke, complete } of pairOps(history)) {
    if (complete?.type !== 'ok' || invoke.f !== 'work') {
      continue
    }
    const job = jobOf(invoke.value)
    const servedBy = (complete.value as { served_by?: unknown } | undefined)?.served_by
    const ran = jobs.get(job)
    if (typeof servedBy === 'string' && ran?.has(servedBy) === true) {
      continue
    }
    const where = ran === undefined ? 'no backend finished it' : `it ran on ${[...ran].join(', ')}`
    anomalies.push({
      type: 'fabricated-response',
      message: `Job ${JSON.stringify(job)} was answered work_ok with served_by ${JSON.stringify(servedBy)} by ${invoke.node ?? '?'} at ${seconds(complete.time / 1e6)}, but ${where}: a balancer must return the reply of the backend that did the work.`,
      ops: [invoke.index, complete.index],
      ...(invoke.node === undefined ? {} : { nodes: [invoke.node] }),
      timeNs: [invoke.time, complete.time],
      evidence: { job, servedBy, ranOn: ran === undefined ? [] : [...ran] },
    })
  }
  return anomalies
}

/** The crash time of the down window an arrival fell into. */
function crashBefore(log: BackendLog, e: Execution): number | undefined {
  let crashMs: number | undefined
  for (const w of log.downWindows) {
    if (w.backend === e.backend && w.crashMs <= e.arrivedMs) {
      if (w.recoverMs === undefined || e.arrivedMs <= w.recoverMs) {
        crashMs = w.crashMs
      }
    }
  }
  return crashMs
}

function deadTraffic(log: BackendLog, graceMs: number): { count: number; anomalies: Anomaly[] } {
  let count = 0
  const anomalies: Anomaly[] = []
  for (const e of log.executions) {
    if (e.type !== 'work' || e.outcome !== 'down') {
      continue
    }
    const crashMs = crashBefore(log, e)
    if (crashMs === undefined || e.arrivedMs - crashMs <= graceMs) {
      continue
    }
    count++
    if (anomalies.length < EXAMPLES_MAX) {
      anomalies.push({
        type: 'sent-to-dead-backend',
        message: `${e.src} sent job ${JSON.stringify(e.body.job)} to ${e.backend} at ${seconds(e.arrivedMs)}, ${seconds(e.arrivedMs - crashMs)} after ${e.backend} crashed (at ${seconds(crashMs)}): a balancer must stop sending work to a backend that stopped answering within ${seconds(graceMs)}, and probe it before sending more.`,
        nodes: [e.src, e.backend],
        timeNs: [Math.round(crashMs * 1e6), Math.round(e.arrivedMs * 1e6)],
        evidence: { job: e.body.job, backend: e.backend, crashMs, arrivedMs: e.arrivedMs },
      })
    }
  }
  return { count, anomalies }
}

function loads(log: BackendLog): { perBackend: Record<string, number>; refused: number } {
  const perBackend: Record<string, number> = {}
  log.backends.forEach((id) => (perBackend[id] = 0))
  let refused = 0
  for (const e of log.executions) {
    if (e.type !== 'work') {
      continue
    }
    if (e.outcome === 'ok' || e.outcome === 'crashed') {
      perBackend[e.backend] = (perBackend[e.backend] ?? 0) + 1
    } else if (e.outcome === 'refused') {
      refused++
    }
  }
  return { perBackend, refused }
}

function okLatencies(history: readonly Op[]): number[] {
  return pairOps(history).flatMap(({ invoke, complete }) =>
    complete?.type === 'ok' ? [(complete.time - invoke.time) / 1e6] : [],
  )
}

export function checkLoadBalance(
  history: readonly Op[],
  log: BackendLog | undefined,
  options: LoadBalanceOptions = {},
): CheckResult {
  if (log === undefined) {
    return {
      valid: 'unknown',
      reason: 'The load-balance checker needs the backends’ execution log, and this run has none.',
      anomalies: [],
    }
  }
  const graceMs = options.deadGraceMs ?? DEAD_GRACE_MS
  const fakes = fabricated(history, log)
  const dead = deadTraffic(log, graceMs)
  const { perBackend, refused } = loads(log)
  const counts = Object.values(perBackend)
  const total = counts.reduce((a, b) => a + b, 0)
  const meanLoad = counts.length === 0 ? 0 : total / counts.length
  const latencies = okLatencies(history)
  const anomalies = [...fakes.slice(0, EXAMPLES_MAX), ...dead.anomalies]
  const valid = anomalies.length > 0 ? false : latencies.length === 0 ? 'unknown' : true
  return {
    valid,
    ...(valid === 'unknown' ? { reason: 'No work completed ok: there is nothing to check.' } : {}),
    anomalies,
    fabricatedCount: fakes.length,
    deadBackendRequests: dead.count,
    loads: perBackend,
    ...(meanLoad > 0 ? { maxOverMeanLoad: Math.max(...counts) / meanLoad } : {}),
    refusedCount: refused,
    ...(latencies.length === 0 ? {} : { latencyMs: quantiles(latencies) }),
  }
}
