// The one parallelism policy (run/parallelism.ts): runs cost nodes × rate, a run costing the
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
    expect(runCost({ nodeCount: 25, rate: 100 })).toBe(25)
    expect(runCost({ nodeCount: 25, rate: 0 })).toBe(5)
  })

  it('runs a 25-node stage alone and an exclusive rerun alone, first come first served', async () => {
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
    expect(order.slice(3)).toEqual(['end big', 'start b'])
    small[1]!.open()
    await new Promise((resolve) => setImmediate(resolve))
    expect(order.slice(5)).toEqual(['end b', 'start rerun'])
    expect(budget.inUse).toBe(6)
    rerun.open()
    await Promise.all(runs)
    expect(budget.inUse).toBe(0)
  })
})
