// The proxy checker (issue 16, track 10) on histories with known verdicts and adversarial
// ones: genuine answers (a changed body or a wrong served_by is caught), routing outside the
// table, a POST executed twice, a definite error for a POST that ran, GET availability, and
// "unknown" when nothing completed.
import { describe, expect, it } from 'vitest'
import { checkProxy } from '../../src/checkers/proxy.js'
import type { BackendLog, Execution } from '../../src/history/executions.js'
import type { Op } from '../../src/history/types.js'
import { proxyRoutes } from '../../src/workloads/proxy.js'

const MS = 1e6
const ROUTES = proxyRoutes(3)

interface Req {
  id: number
  method: 'GET' | 'POST'
  prefix?: string
  type?: 'ok' | 'fail' | 'info'
  servedBy?: string
  body?: unknown
  status?: number
}

const pathOf = (r: Req): string => `${r.prefix ?? '/users'}/${r.id}`

function reply(backend: string, r: Req): Record<string, unknown> {
  return {
    type: 'request_ok',
    status: r.method === 'POST' ? 201 : 200,
    body: { id: r.id, path: pathOf(r), method: r.method, by: backend },
    served_by: backend,
  }
}

function history(reqs: Req[]): Op[] {
  const ops: Omit<Op, 'index'>[] = []
  reqs.forEach((r, process) => {
    const value = { id: r.id, method: r.method, path: pathOf(r) }
    ops.push({ time: r.id * 10 * MS, process, type: 'invoke', f: 'request', value, node: 'n0' })
    const served = r.servedBy ?? 'backend-0'
    const genuine = reply(served, r)
    const done =
      (r.type ?? 'ok') === 'ok'
        ? {
            ...value,
            status: r.status ?? genuine.status,
            body: r.body ?? genuine.body,
            served_by: served,
          }
        : value
    ops.push({
      time: (r.id * 10 + 5) * MS,
      process,
      type: r.type ?? 'ok',
      f: 'request',
      value: done,
      node: 'n0',
      ...(r.type === 'fail' ? { error: [11, 'temporarily-unavailable'] } : {}),
    })
  })
  return ops.sort((a, b) => a.time - b.time).map((op, index) => ({ ...op, index }))
}

function exec(
  seq: number,
  backend: string,
  r: Req,
  outcome: Execution['outcome'] = 'ok',
): Execution {
  const body = {
    type: 'request',
    path: pathOf(r),
    method: r.method,
    body: { id: r.id },
    msg_id: seq,
  }
  return {
    seq,
    backend,
    src: 'n0',
    msgId: seq,
    type: 'request',
    body,
    arrivedMs: r.id * 10 + 1,
    outcome,
    ...(outcome === 'ok' ? { endMs: r.id * 10 + 2, reply: reply(backend, r) } : {}),
  } as Execution
}

function log(executions: Execution[]): BackendLog {
  return {
    backends: ['backend-0', 'backend-1', 'backend-2'],
    spec: { capacity: 8, serviceTimeMs: 10, serviceTimeDist: 'exponential' },
    executions,
    downWindows: [],
  }
}

const get0: Req = { id: 0, method: 'GET' }
const post1: Req = { id: 1, method: 'POST' }

describe('checkProxy', () => {
  it('passes genuine, routed, once-only answers and measures GET availability', () => {
    const r = checkProxy(
      history([get0, post1]),
      log([exec(0, 'backend-0', get0), exec(1, 'backend-1', { ...post1 })]),
      {
        routes: ROUTES,
      },
    )
    // post1 answered by backend-0 in history but executed on backend-1: build it consistently.
    expect(r.valid).toBe(false)
    const ok = checkProxy(
      history([get0, { ...post1, servedBy: 'backend-1' }]),
      log([exec(0, 'backend-0', get0), exec(1, 'backend-1', post1)]),
      { routes: ROUTES },
    )
    expect(ok.valid).toBe(true)
    expect(ok.getAvailability).toBe(1)
    expect(ok.postDuplicateCount).toBe(0)
  })

  it('catches an answer whose body was changed on the way', () => {
    const r = checkProxy(
      history([{ ...get0, body: { id: 0, forged: true } }]),
      log([exec(0, 'backend-0', get0)]),
      {
        routes: ROUTES,
      },
    )
    expect(r.valid).toBe(false)
    expect(r.anomalies[0]?.type).toBe('fabricated-response')
  })

  it('catches a request executed on a backend outside its route', () => {
    const r = checkProxy(
      history([{ ...get0, servedBy: 'backend-2' }]),
      log([exec(0, 'backend-2', get0)]),
      {
        routes: ROUTES,
      },
    )
    expect(r.valid).toBe(false)
    expect(r.misroutedCount).toBe(1)
    expect(r.anomalies[0]?.message).toMatch(/to backend-2 .* only to backend-0, backend-1/)
  })

  it('counts a POST executed twice (one crashed mid-way), not a GET', () => {
    const get = { ...get0, servedBy: 'backend-1' }
    const post = { ...post1, servedBy: 'backend-1' }
    const r = checkProxy(
      history([get, post]),
      log([
        exec(0, 'backend-0', get0, 'crashed'),
        exec(1, 'backend-1', get0),
        exec(2, 'backend-0', post1, 'crashed'),
        exec(3, 'backend-1', post1),
      ]),
      { routes: ROUTES },
    )
    expect(r.postDuplicateCount).toBe(1)
    expect(r.valid).toBe(false)
    expect(r.anomalies.map((a) => a.type)).toEqual(['post-executed-twice'])
  })

  it('flags a definite error for a POST that ran, not for one refused', () => {
    const failed = { ...post1, type: 'fail' as const }
    const ran = checkProxy(
      history([get0, failed]),
      log([exec(0, 'backend-0', get0), exec(1, 'backend-0', post1)]),
      {
        routes: ROUTES,
      },
    )
    expect(ran.falseDefiniteCount).toBe(1)
    const refused = checkProxy(
      history([get0, failed]),
      log([exec(0, 'backend-0', get0), exec(1, 'backend-0', post1, 'refused')]),
      { routes: ROUTES },
    )
    expect(refused.valid).toBe(true)
  })

  it('is unknown when nothing completed, and has no availability without GETs', () => {
    const r = checkProxy(history([{ ...post1, type: 'info' }]), log([]), { routes: ROUTES })
    expect(r.valid).toBe('unknown')
    expect(r.getAvailability).toBeUndefined()
    expect(checkProxy([], undefined).valid).toBe('unknown')
  })

  it('reports POST availability, and is unaffected by an info POST (not a definite error)', () => {
    const lost = { id: 2, method: 'POST' as const, type: 'info' as const }
    const r = checkProxy(
      history([get0, { ...post1, servedBy: 'backend-0' }, lost]),
      log([exec(0, 'backend-0', get0), exec(1, 'backend-0', post1), exec(2, 'backend-0', lost)]),
      { routes: ROUTES },
    )
    expect(r.valid).toBe(true)
    expect(r.postAvailability).toBe(0.5)
    expect(r.falseDefiniteCount).toBe(0)
  })

  it('bounds GET p99 by the healthy backends’ median service time, not the slow one’s', () => {
    // 100 GETs: each ran 2 ms on a healthy backend (history latency 5 ms); the slow backend
    // ran one request for 500 ms, which must not raise the bound.
    const gets: Req[] = Array.from({ length: 100 }, (_, id) => ({ id, method: 'GET' }))
    const slowRun = { ...exec(100, 'backend-1', { id: 100, method: 'GET' }), endMs: 1501 }
    const slowLog = { ...log([...gets.map((g) => exec(g.id, 'backend-0', g)), slowRun]) }
    slowLog.spec = { ...slowLog.spec, slow: 'backend-1', slowFactor: 8 }
    const fast = checkProxy(history(gets), slowLog, { routes: ROUTES })
    expect(fast.backendMedianMs).toBe(1)
    expect(fast.getP99BoundMs).toBe(52)
    expect(fast.getP99OverBound).toBeCloseTo(5 / 52)
    // Adversarial: the same log, but two GETs of the hundred answered after 200 ms.
    const slowOps = history(gets).map((op) =>
      op.type === 'ok' && [10, 20].includes((op.value as { id: number }).id)
        ? { ...op, time: op.time + 200 * MS }
        : op,
    )
    const late = checkProxy(slowOps, slowLog, { routes: ROUTES })
    expect(late.getP99OverBound).toBeGreaterThan(1)
    // Nothing executed: no bound, so the criterion cannot pass.
    expect(checkProxy(history([get0]), log([]), { routes: ROUTES }).getP99OverBound).toBeUndefined()
  })
})
