// The load-balance checker (issue 16) on generated histories with known verdicts and on
// adversarial ones: genuine answers, traffic to a dead backend after the 1 s grace, load
// figures, and "unknown" when nothing was measured.
import { describe, expect, it } from 'vitest'
import { checkLoadBalance } from '../../src/checkers/load-balance.js'
import type { BackendLog, Execution } from '../../src/history/executions.js'
import type { Op } from '../../src/history/types.js'

const MS = 1e6

function history(
  ops: {
    job: number
    node?: string
    startMs: number
    endMs: number
    servedBy?: string
    type?: 'ok' | 'fail' | 'info'
  }[],
): Op[] {
  const events: Omit<Op, 'index'>[] = []
  ops.forEach((o, process) => {
    events.push({
      time: o.startMs * MS,
      process,
      type: 'invoke',
      f: 'work',
      value: { job: o.job, cost: 1 },
      node: o.node ?? 'n0',
    })
    events.push({
      time: o.endMs * MS,
      process,
      type: o.type ?? 'ok',
      f: 'work',
      value: { job: o.job, cost: 1, served_by: o.servedBy },
      node: o.node ?? 'n0',
    })
  })
  return events.sort((a, b) => a.time - b.time).map((op, index) => ({ ...op, index }))
}

function exec(
  seq: number,
  backend: string,
  job: number,
  arrivedMs: number,
  outcome: Execution['outcome'] = 'ok',
): Execution {
  return {
    seq,
    backend,
    src: 'n0',
    msgId: seq,
    type: 'work',
    body: { type: 'work', job, cost: 1, msg_id: seq },
    arrivedMs,
    ...(outcome === 'down' ? {} : { endMs: arrivedMs + 10 }),
    outcome,
  }
}

function log(executions: Execution[], downWindows: BackendLog['downWindows'] = []): BackendLog {
  return {
    backends: ['backend-0', 'backend-1'],
    spec: { capacity: 2, serviceTimeMs: 10, serviceTimeDist: 'constant' },
    executions,
    downWindows,
  }
}

describe('load-balance checker', () => {
  it('passes genuine answers and reports load and latency', () => {
    const h = history([
      { job: 0, startMs: 0, endMs: 10, servedBy: 'backend-0' },
      { job: 1, startMs: 1, endMs: 12, servedBy: 'backend-1' },
      { job: 2, startMs: 2, endMs: 40, servedBy: 'backend-1' },
    ])
    const l = log([
      exec(0, 'backend-0', 0, 0),
      exec(1, 'backend-1', 1, 1),
      exec(2, 'backend-1', 2, 2),
      exec(3, 'backend-0', 2, 3, 'refused'),
    ])
    const result = checkLoadBalance(h, l)
    expect(result.valid).toBe(true)
    expect(result.loads).toEqual({ 'backend-0': 1, 'backend-1': 2 })
    expect(result.maxOverMeanLoad).toBeCloseTo(2 / 1.5)
    expect(result.refusedCount).toBe(1)
    expect((result.latencyMs as Record<string, number>)['1']).toBe(38)
  })

  it('names a fabricated answer: served_by a backend that never finished the job', () => {
    const h = history([
      { job: 0, startMs: 0, endMs: 10, servedBy: 'backend-0' },
      { job: 1, node: 'n1', startMs: 1, endMs: 12, servedBy: 'backend-0' },
    ])
    const l = log([
      exec(0, 'backend-0', 0, 0),
      exec(1, 'backend-1', 1, 1),
      exec(2, 'backend-0', 1, 2, 'refused'),
    ])
    const result = checkLoadBalance(h, l)
    expect(result.valid).toBe(false)
    expect(result.anomalies).toHaveLength(1)
    expect(result.anomalies[0]?.type).toBe('fabricated-response')
    expect(result.anomalies[0]?.message).toMatch(
      /Job 1 was answered work_ok with served_by "backend-0" by n1 .* it ran on backend-1/,
    )
  })

  it('flags work that reached a dead backend after the 1 s grace, not before, and not health checks', () => {
    const h = history([{ job: 0, startMs: 0, endMs: 10, servedBy: 'backend-0' }])
    const executions = [
      exec(0, 'backend-0', 0, 0),
      exec(1, 'backend-1', 5, 1500, 'down'),
      exec(2, 'backend-1', 6, 2600, 'down'),
      { ...exec(3, 'backend-1', 7, 2700, 'down'), type: 'health' },
      exec(4, 'backend-1', 8, 5200, 'ok'),
    ]
    const result = checkLoadBalance(
      h,
      log(executions, [{ backend: 'backend-1', crashMs: 1000, recoverMs: 5000 }]),
    )
    expect(result.valid).toBe(false)
    expect(result.deadBackendRequests).toBe(1)
    expect(result.anomalies[0]?.message).toMatch(
      /n0 sent job 6 to backend-1 at 2\.60 s, 1\.60 s after backend-1 crashed \(at 1\.00 s\)/,
    )
    expect(result.anomalies[0]?.timeNs).toEqual([1000 * MS, 2600 * MS])
  })

  it('a second crash of the same backend starts its own grace period', () => {
    const h = history([{ job: 0, startMs: 0, endMs: 10, servedBy: 'backend-0' }])
    const windows = [
      { backend: 'backend-1', crashMs: 1000, recoverMs: 3000 },
      { backend: 'backend-1', crashMs: 8000 },
    ]
    const result = checkLoadBalance(
      h,
      log([exec(0, 'backend-0', 0, 0), exec(1, 'backend-1', 1, 8500, 'down')], windows),
    )
    expect(result.valid).toBe(true)
    expect(result.deadBackendRequests).toBe(0)
  })

  it('is unknown when no work completed ok, and when the run has no execution log', () => {
    const h = history([{ job: 0, startMs: 0, endMs: 1000, type: 'info' }])
    const empty = checkLoadBalance(h, log([]))
    expect(empty.valid).toBe('unknown')
    expect(empty.maxOverMeanLoad).toBeUndefined()
    expect(checkLoadBalance(h, undefined).valid).toBe('unknown')
  })
})
