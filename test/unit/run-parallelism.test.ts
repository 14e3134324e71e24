// The one parallelism policy (run/parallelism.ts): runs cost max(1, nodes ÷ 5, rate ÷ 1000)
// units, at most half the machine, a run of 20+ nodes alone; an exclusive rerun waits for everything else and holds the
// machine; among waiting runs the higher priority starts first, FIFO among equals.
import { describe, expect, it } from 'vitest'
import { MachineBudget, runCost, slotCost } from '../../src/run/parallelism.js'
import { gate, gatedJobs } from '../helpers/gates.js'

describe('the machine budget', () => {
  it('costs runs by nodes and rate, a shared run at most half the machine, 20+ nodes alone', () => {
    expect(runCost({ nodeCount: 1, rate: 10 })).toBe(1)
    expect(runCost({ nodeCount: 5, rate: 10 })).toBe(1)
    expect(runCost({ nodeCount: 3, rate: 1000 })).toBe(1)
    expect(runCost({ nodeCount: 10, rate: 100 })).toBe(2)
    expect(runCost({ nodeCount: 9, rate: 200 })).toBe(1.8)
    expect(runCost({ nodeCount: 19, rate: 100 })).toBe(3.8)
    expect(runCost({ nodeCount: 25, rate: 100 })).toBe(Number.POSITIVE_INFINITY)
    expect(runCost({ nodeCount: 3, rate: 5000 })).toBe(5)
    const six = new MachineBudget(6)
    expect(slotCost({ nodeCount: 3, rate: 5000 }, six)).toBe(3)
    expect(slotCost({ nodeCount: 19, rate: 100 }, six)).toBe(3)
    // 20 nodes or more: alone, the whole machine.
    expect(slotCost({ nodeCount: 25, rate: 100 }, six)).toBe(6)
    expect(slotCost({ nodeCount: 20, rate: 0 }, six)).toBe(6)
  })

  it('runs a large stage beside small ones and an exclusive rerun alone, a large run never starved', async () => {
    const budget = new MachineBudget(6)
    const order: string[] = []
    const small = [gate(), gate()]
    const big = gate()
    const rerun = gate()
    const started = (name: string, g: { promise: Promise<void> }) => async () => {
      order.push(`start ${name}`)
      await g.promise
      order.push(`end ${name}`)
    }
    const runs = [
      budget.run(1, started('a', small[0]!)),
      budget.run(6, started('big', big)),
      budget.run(1, started('b', small[1]!)),
      budget.run(1, started('rerun', rerun), { exclusive: true }),
    ]
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).toEqual(['start a']) // big waits for a; b waits behind big (no starvation)
    small[0]!.open()
    await new Promise((resolve) => setImmediate(resolve))
    expect(order).toEqual(['start a', 'end a', 'start big'])
    expect(budget.inUse).toBe(6)
    big.open()
    await new Promise((resolve) => setImmediate(resolve))
    // The exclusive rerun, queued after b, runs before it (alone runs wait ahead of shared ones).
    expect(order.slice(3)).toEqual(['end big', 'start rerun'])
    expect(budget.inUse).toBe(6)
    rerun.open()
    await new Promise((resolve) => setImmediate(resolve))
    expect(order.slice(5)).toEqual(['end rerun', 'start b'])
    small[1]!.open()
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })
})

describe('runs that must be alone', () => {
  it('wait ahead of queued runs that can share, FIFO among themselves', async () => {
    const budget = new MachineBudget(6)
    const { order, gates, job } = gatedJobs()
    const runs = [
      budget.run(6, job('first')),
      budget.run(1, job('small-1')),
      budget.run(1, job('small-2')),
      budget.run(Number.POSITIVE_INFINITY, job('alone-1')),
      budget.run(1, job('rerun'), { exclusive: true }),
      budget.run(1, job('small-3')),
    ]
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    await tick()
    expect(order).toEqual(['first'])
    gates.get('first')!.open()
    await tick()
    expect(order).toEqual(['first', 'alone-1'])
    gates.get('alone-1')!.open()
    await tick()
    expect(order).toEqual(['first', 'alone-1', 'rerun'])
    gates.get('rerun')!.open()
    await tick()
    expect(order.slice(3)).toEqual(['small-1', 'small-2', 'small-3'])
    for (const name of ['small-1', 'small-2', 'small-3']) {
      gates.get(name)!.open()
    }
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })
})

describe('the budget arithmetic', () => {
  it('starts an exclusive rerun after runs of 1.2, 1.8 and 1.4 units end in another order (no float residue)', async () => {
    // In floating point 1.2 + 1.8 + 1.4 − 1.8 − 1.2 − 1.4 = 6.7e-16, and 6 + 6.7e-16 > 6: an
    // exclusive rerun waited forever and the demo exited with Node's code 13.
    expect(1.2 + 1.8 + 1.4 - 1.8 - 1.2 - 1.4 + 6 > 6).toBe(true)
    const budget = new MachineBudget(6)
    const gates = [gate(), gate(), gate()]
    const runs = [1.2, 1.8, 1.4].map((cost, i) => budget.run(cost, () => gates[i]!.promise))
    let rerunStarted = false
    const rerun = budget.run(
      1,
      async () => {
        rerunStarted = true
      },
      { exclusive: true },
    )
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    await tick()
    expect(budget.inUse).toBeCloseTo(4.4, 9)
    for (const i of [1, 0, 2]) {
      gates[i]!.open()
      await tick()
    }
    await Promise.all(runs)
    await tick()
    expect(rerunStarted).toBe(true)
    await rerun
    expect(budget.inUse).toBe(0)
  })
})

describe('priorities', () => {
  it('start the waiting run with the higher priority first, FIFO among equals, alone runs first of all', async () => {
    const budget = new MachineBudget(3)
    const { order, gates, job } = gatedJobs()
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    const runs = [
      budget.run(3, job('first')),
      budget.run(1, job('short-track'), { priority: 30 }),
      budget.run(1, job('long-track-a'), { priority: 180 }),
      budget.run(1, job('no-priority')),
      budget.run(1, job('long-track-b'), { priority: 180 }),
      budget.run(1, job('alone'), { exclusive: true }),
      budget.run(2, job('rerun'), { priority: Number.MAX_SAFE_INTEGER }),
    ]
    await tick()
    expect(order).toEqual(['first'])
    gates.get('first')!.open()
    await tick()
    expect(order).toEqual(['first', 'alone'])
    gates.get('alone')!.open()
    await tick()
    // The rerun (2 units) and the first of the long track (1 unit) fill the 3 units.
    expect(order).toEqual(['first', 'alone', 'rerun', 'long-track-a'])
    gates.get('long-track-a')!.open()
    await tick()
    expect(order.slice(4)).toEqual(['long-track-b'])
    gates.get('rerun')!.open()
    await tick()
    expect(order.slice(5)).toEqual(['short-track', 'no-priority'])
    for (const name of ['long-track-b', 'short-track', 'no-priority']) {
      gates.get(name)!.open()
    }
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })

  it('never let a cheaper run behind overtake the head of the queue (no backfill)', async () => {
    const budget = new MachineBudget(3)
    const order: string[] = []
    const hold = gate()
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    const runs = [
      budget.run(2, async () => {
        order.push('two')
        await hold.promise
      }),
      budget.run(2, async () => void order.push('head'), { priority: 10 }),
      budget.run(1, async () => void order.push('small'), { priority: 1 }),
    ]
    await tick()
    expect(order).toEqual(['two']) // 1 unit is free, but the head needs 2: small waits behind it
    hold.open()
    await Promise.all(runs)
    expect(order).toEqual(['two', 'head', 'small'])
  })
})

describe('start spacing', () => {
  it('starts the next run only once the spacing of the last start has passed, even with units free', async () => {
    const budget = new MachineBudget(6)
    const startedAt: number[] = []
    const t0 = performance.now()
    const job = async () => {
      startedAt.push(performance.now() - t0)
    }
    await Promise.all([
      budget.run(0.5, job, { spacingMs: 60 }),
      budget.run(0.5, job, { spacingMs: 60 }),
      budget.run(0.5, job),
    ])
    expect(startedAt).toHaveLength(3)
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(55)
    expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(55)
    // Without spacing, a start does not delay the next one.
    const free = new MachineBudget(6)
    const a = performance.now()
    await Promise.all([free.run(0.5, job), free.run(0.5, job), free.run(0.5, job)])
    expect(performance.now() - a).toBeLessThan(50)
    expect(budget.inUse).toBe(0)
  })
})

describe('backfill', () => {
  it('starts a short run behind a waiting alone run when it ends before the machine drains, never a long one', async () => {
    const budget = new MachineBudget(6)
    const { order, gates, job } = gatedJobs()
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    const runs = [
      // In progress: 2 units expected for 60 s more.
      budget.run(2, job('long'), { expectedMs: 60_000 }),
      // Must be alone: waits for `long` to end (in about 60 s).
      budget.run(1, job('alone'), { exclusive: true, expectedMs: 20_000 }),
      // Behind it: a 20 s run fits in the 4 free units and ends before `long` does…
      budget.run(1, job('short'), { expectedMs: 20_000 }),
      // …a 90 s run would delay the alone run, and a run of unknown length might.
      budget.run(1, job('too-long'), { expectedMs: 90_000 }),
      budget.run(1, job('unknown')),
    ]
    await tick()
    expect(order).toEqual(['long', 'short'])
    gates.get('short')!.open()
    await tick()
    expect(order).toEqual(['long', 'short'])
    gates.get('long')!.open()
    await tick()
    expect(order).toEqual(['long', 'short', 'alone'])
    gates.get('alone')!.open()
    await tick()
    expect(order.slice(3)).toEqual(['too-long', 'unknown'])
    gates.get('too-long')!.open()
    gates.get('unknown')!.open()
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })

  it('does not backfill while a run of unknown length is in progress', async () => {
    const budget = new MachineBudget(6)
    const order: string[] = []
    const hold = gate()
    const tick = () => new Promise((resolve) => setImmediate(resolve))
    const runs = [
      budget.run(2, async () => {
        order.push('unknown-length')
        await hold.promise
      }),
      budget.run(1, async () => void order.push('alone'), { exclusive: true }),
      budget.run(1, async () => void order.push('short'), { expectedMs: 1 }),
    ]
    await tick()
    expect(order).toEqual(['unknown-length'])
    hold.open()
    await Promise.all(runs)
    expect(order).toEqual(['unknown-length', 'alone', 'short'])
  })
})
