// The one parallelism policy (run/parallelism.ts): runs cost max(1, nodes ÷ 5, rate ÷ 1000), a run of 20+ nodes or costing the
// budget runs alone, an exclusive rerun waits for everything else and holds the machine, and
// the queue is first come, first served.
import { describe, expect, it } from 'vitest'
import { MachineBudget, runCost } from '../../src/run/parallelism.js'

function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

describe('the machine budget', () => {
  it('costs runs by nodes and rate', () => {
    expect(runCost({ nodeCount: 1, rate: 10 })).toBe(1)
    expect(runCost({ nodeCount: 5, rate: 10 })).toBe(1)
    expect(runCost({ nodeCount: 3, rate: 1000 })).toBe(1)
    expect(runCost({ nodeCount: 10, rate: 100 })).toBe(2)
    expect(runCost({ nodeCount: 3, rate: 3000 })).toBe(3)
    expect(runCost({ nodeCount: 25, rate: 100 })).toBe(Number.POSITIVE_INFINITY)
    expect(runCost({ nodeCount: 20, rate: 0 })).toBe(Number.POSITIVE_INFINITY)
  })

  it('runs a 25-node stage alone and an exclusive rerun alone, a large run never starved', async () => {
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
      budget.run(runCost({ nodeCount: 25, rate: 100 }), started('big', big)),
      budget.run(1, started('b', small[1]!)),
      budget.run(1, started('rerun', rerun), true),
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
    const order: string[] = []
    const gates = new Map<string, { promise: Promise<void>; open: () => void }>()
    const job = (name: string) => {
      const g = gate()
      gates.set(name, g)
      return async () => {
        order.push(name)
        await g.promise
      }
    }
    const runs = [
      budget.run(6, job('first')),
      budget.run(1, job('small-1')),
      budget.run(1, job('small-2')),
      budget.run(Number.POSITIVE_INFINITY, job('alone-1')),
      budget.run(1, job('rerun'), true),
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
    for (const name of ['small-1', 'small-2', 'small-3']) {gates.get(name)!.open()}
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })
})

describe('the budget arithmetic', () => {
  it('starts an exclusive rerun after runs of 6, 9 and 7 nodes end in another order (no float residue)', async () => {
    // In floating point 1.2 + 1.8 + 1.4 − 1.8 − 1.2 − 1.4 = 6.7e-16, and 6 + 6.7e-16 > 6: an
    // exclusive rerun waited forever and the demo exited with Node's code 13.
    expect(1.2 + 1.8 + 1.4 - 1.8 - 1.2 - 1.4 + 6 > 6).toBe(true)
    const budget = new MachineBudget(6)
    const gates = [gate(), gate(), gate()]
    const runs = [6, 9, 7].map((nodeCount, i) =>
      budget.run(runCost({ nodeCount, rate: 100 }), () => gates[i]!.promise),
    )
    let rerunStarted = false
    const rerun = budget.run(
      1,
      async () => {
        rerunStarted = true
      },
      true,
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
