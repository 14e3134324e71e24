// Harness backends (issue 16) over the real simulated network on the virtual clock: capacity
// (error 11, not executed), service times from the seed, the slow instance, the execution
// log, crash / recover, health checks, endpoint loss; and the backend-crash nemesis.
import { describe, expect, it } from 'vitest'
import { backendCrash, backendLoss, BACKEND_DOWN_MS_MIN } from '../../src/nemesis/backend-faults.js'
import type { BackendControl } from '../../src/nemesis/contract.js'
import { BackendPool } from '../../src/services/backends.js'
import type { BackendSpec } from '../../src/workloads/contract.js'
import { scenario } from '../helpers/scenario.js'
import type { Scenario } from '../helpers/scenario.js'

function spec(overrides: Partial<BackendSpec> = {}): BackendSpec {
  return {
    count: 2,
    capacity: 2,
    serviceTimeMs: 10,
    serviceTimeDist: 'constant',
    requestTypes: ['work'],
    handle: (backend, body) => ({ type: 'work_ok', job: body.job, served_by: backend }),
    ...overrides,
  }
}

function pool(s: Scenario, overrides: Partial<BackendSpec> = {}): BackendPool {
  return new BackendPool(spec(overrides), s.network, s.clock, s.random.fork('backends'))
}

function control(p: BackendPool): BackendControl {
  return {
    ids: p.ids,
    isDown: (id) => p.isDown(id),
    crash: (id) => p.crash(id),
    recover: (id) => p.recover(id),
  }
}

describe('backends', () => {
  it('refuses work beyond capacity with error 11 at once, executes the rest after the service time', async () => {
    const s = scenario({ nodes: ['n0'] })
    const p = pool(s)
    for (let job = 0; job < 3; job++) {
      s.send('n0', 'backend-0', { type: 'work', job, msg_id: job })
    }
    await s.runUntil(1)
    expect(s.deliveries('backend-0', 'n0').map((m) => m.body)).toEqual([
      {
        type: 'error',
        code: 11,
        text: 'backend-0 is at its capacity of 2 concurrent requests',
        in_reply_to: 2,
      },
    ])
    await s.runUntil(11)
    const replies = s.deliveries('backend-0', 'n0').map((m) => m.body)
    expect(replies.slice(1)).toEqual([
      { type: 'work_ok', job: 0, served_by: 'backend-0', in_reply_to: 0 },
      { type: 'work_ok', job: 1, served_by: 'backend-0', in_reply_to: 1 },
    ])
    const log = p.result()
    expect(
      log.executions.map((e) => [e.backend, e.body.job, e.outcome, e.arrivedMs, e.endMs]),
    ).toEqual([
      ['backend-0', 0, 'ok', 0, 10],
      ['backend-0', 1, 'ok', 0, 10],
      ['backend-0', 2, 'refused', 0, 0],
    ])
  })

  it('multiplies the service time by the cost and by the slow factor; adds the service latency', async () => {
    const s = scenario({ nodes: ['n0'] })
    pool(s, { slow: { index: 1, factor: 4 }, serviceLatencyMs: 5, costOf: (b) => b.cost as number })
    s.send('n0', 'backend-0', { type: 'work', job: 1, cost: 2, msg_id: 1 })
    s.send('n0', 'backend-1', { type: 'work', job: 2, cost: 1, msg_id: 2 })
    await s.runUntil(100)
    const at = (src: string) => s.deliveries(src, 'n0').map((m) => m.atMs)
    expect(at('backend-0')).toEqual([25])
    expect(at('backend-1')).toEqual([45])
  })

  it('draws exponential and pareto service times from the seed: same seed, same times', async () => {
    const times = async (seed: number, dist: 'exponential' | 'pareto') => {
      const s = scenario({ nodes: ['n0'], seed })
      pool(s, { serviceTimeDist: dist, capacity: 100 })
      for (let job = 0; job < 20; job++) {
        s.send('n0', 'backend-0', { type: 'work', job, msg_id: job })
      }
      await s.runUntil(10_000)
      return s.deliveries('backend-0', 'n0').map((m) => m.atMs)
    }
    const a = await times(7, 'exponential')
    expect(await times(7, 'exponential')).toEqual(a)
    expect(await times(8, 'exponential')).not.toEqual(a)
    expect(new Set(a).size).toBeGreaterThan(10)
    const heavy = await times(7, 'pareto')
    expect(Math.max(...heavy)).toBeLessThanOrEqual(500)
  })

  it('a crash loses the work in progress without replies; while down nothing is answered and work is logged as down', async () => {
    const s = scenario({ nodes: ['n0'] })
    const p = pool(s)
    s.send('n0', 'backend-0', { type: 'work', job: 1, msg_id: 1 })
    s.at(5).do(() => p.crash('backend-0'))
    s.at(6).send('n0', 'backend-0', { type: 'work', job: 2, msg_id: 2 })
    s.at(7).send('n0', 'backend-0', { type: 'health', msg_id: 3 })
    s.at(50).do(() => p.recover('backend-0'))
    s.at(51).send('n0', 'backend-0', { type: 'health', msg_id: 4 })
    await s.runUntil(100)
    expect(s.deliveries('backend-0', 'n0').map((m) => m.body)).toEqual([
      { type: 'health_ok', in_reply_to: 4 },
    ])
    const log = p.result()
    expect(log.executions.map((e) => [e.body.job, e.outcome, e.endMs])).toEqual([
      [1, 'crashed', 5],
      [2, 'down', undefined],
    ])
    expect(log.downWindows).toEqual([{ backend: 'backend-0', crashMs: 5, recoverMs: 50 }])
  })

  it('answers an unknown request type with error 10 and ignores replies sent to it', async () => {
    const s = scenario({ nodes: ['n0'] })
    pool(s)
    s.send('n0', 'backend-1', { type: 'read', msg_id: 1 })
    s.send('n0', 'backend-1', { type: 'work_ok', in_reply_to: 9 })
    await s.runUntil(20)
    const replies = s.deliveries('backend-1', 'n0').map((m) => m.body)
    expect(replies).toHaveLength(1)
    expect(replies[0]).toMatchObject({ type: 'error', code: 10, in_reply_to: 1 })
  })

  it('endpoint loss drops messages to and from a backend (journaled as loss), and 0 clears it', async () => {
    const s = scenario({ nodes: ['n0'] })
    pool(s, { capacity: 1000, serviceTimeMs: 0 })
    s.network.setEndpointLoss('backend-0', 0.5)
    for (let job = 0; job < 200; job++) {
      s.at(job).send('n0', 'backend-0', { type: 'work', job, msg_id: job })
    }
    await s.runUntil(300)
    const answered = s.deliveries('backend-0', 'n0').length
    expect(answered).toBeGreaterThan(20)
    expect(answered).toBeLessThan(90)
    expect(s.journal.events.some((e) => e.type === 'drop' && e.reason === 'loss')).toBe(true)
    s.network.setEndpointLoss('backend-0', 0)
    s.send('n0', 'backend-0', { type: 'work', job: 999, msg_id: 999 })
    await s.runUntil(400)
    expect(s.deliveries('backend-0', 'n0').at(-1)?.body).toMatchObject({ job: 999 })
  })
})

describe('backend nemeses', () => {
  it('backend-crash crashes one backend at a time for at least 2 s, records each, and heals on stop', async () => {
    const s = scenario({ nodes: ['n0'] })
    const p = pool(s, { count: 4 })
    const world = { ...s.nemesisWorld({ nemesisIntervalS: 1 }), backends: control(p) }
    const run = backendCrash.start(world, s.random.fork('nemesis'))
    await s.runUntil(20_000)
    await run.stop()
    const windows = p.result().downWindows
    expect(windows.length).toBeGreaterThan(2)
    // Every crash but the one cut short by stop() lasted the minimum or more.
    for (const w of windows.slice(0, -1)) {
      expect((w.recoverMs as number) - w.crashMs).toBeGreaterThanOrEqual(BACKEND_DOWN_MS_MIN)
    }
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]!.crashMs).toBeGreaterThan(windows[i - 1]!.recoverMs as number)
    }
    const fs = s.nemesisOps.map((op) => op.f)
    expect(fs.filter((f) => f === 'start-backend-crash').length).toBe(2 * windows.length)
    expect(fs.filter((f) => f === 'stop-backend-crash').length).toBe(2 * windows.length)
    expect(p.ids.every((id) => !p.isDown(id))).toBe(true)
    expect(s.nemesisOps[0]?.value).toMatchObject({
      kind: 'backend-crash',
      nodes: [windows[0]!.backend],
    })
  })

  it('backend-crash and backend-loss do nothing without backends', async () => {
    const s = scenario({ nodes: ['n0'] })
    const crash = backendCrash.start(s.nemesisWorld({ nemesisIntervalS: 1 }), s.random)
    const loss = backendLoss.start(s.nemesisWorld(), s.random)
    await s.runUntil(10_000)
    await crash.stop()
    await loss.stop()
    expect(s.nemesisOps).toEqual([])
  })
})
