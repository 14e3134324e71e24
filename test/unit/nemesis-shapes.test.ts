// Partition shapes, target choices and the nemesis registry (curriculum.md §3).
import { describe, expect, it } from 'vitest'
import { Random } from '../../src/network/random.js'
import { composeNemeses } from '../../src/nemesis/compose.js'
import {
  grudgeToJson,
  majoritiesRing,
  planOneWay,
  PARTITION_SHAPES,
  pickShape,
  planPartition,
  shapeCuts,
} from '../../src/nemesis/partition.js'
import { nemesisNames } from '../../src/nemesis/registry.js'
import { listNodes, pickTargets } from '../../src/nemesis/schedule.js'
import { UsageError } from '../../src/shared/errors.js'

const five = ['n1', 'n2', 'n3', 'n4', 'n5']

/** Who each node can hear from (itself excluded). */
function hears(grudge: Map<string, Set<string>>, nodes: string[]): Record<string, string[]> {
  return Object.fromEntries(
    nodes.map((n) => [n, nodes.filter((m) => m !== n && !grudge.get(n)?.has(m))]),
  )
}

describe('partition shapes', () => {
  it('one isolates a single node from all the others, both ways', () => {
    const plan = planPartition('one', five, new Random(1))
    const isolated = five.filter((n) => plan.grudge.get(n)?.size === 4)
    expect(isolated).toHaveLength(1)
    const [lonely] = isolated as [string]
    const others = five.filter((n) => n !== lonely)
    for (const n of others) {
      expect([...(plan.grudge.get(n) ?? [])]).toEqual([lonely])
    }
    expect(plan.description).toBe(`${lonely} was partitioned from ${listNodes(others)}`)
  })

  it('majority splits into a smaller and a larger half', () => {
    const plan = planPartition('majority', five, new Random(2))
    const sizes = five.map((n) => plan.grudge.get(n)?.size).sort()
    expect(sizes).toEqual([2, 2, 2, 3, 3])
    expect(plan.description).toMatch(/^n\d and n\d were partitioned from n\d, n\d and n\d$/)
  })

  it('minority-third cuts off fewer than a third: nothing of 3 nodes, 2 of 7', () => {
    const none = planPartition('minority-third', ['n1', 'n2', 'n3'], new Random(3))
    expect(none.grudge.size).toBe(0)
    expect(none.description).toContain('no node was cut off')
    const seven = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7']
    const plan = planPartition('minority-third', seven, new Random(3))
    expect(seven.filter((n) => plan.grudge.get(n)?.size === 5)).toHaveLength(2)
  })

  it('shapeCuts agrees with the plans: which shapes cut a link among 1 to 9 nodes', () => {
    for (let count = 1; count <= 9; count++) {
      const nodes = Array.from({ length: count }, (_, i) => `n${i}`)
      for (const shape of PARTITION_SHAPES) {
        const plan = planPartition(shape, nodes, new Random(count))
        expect(shapeCuts(shape, count), `${shape} of ${count}`).toBe(plan.grudge.size > 0)
      }
    }
    expect(shapeCuts('minority-third', 3)).toBe(false)
    expect(shapeCuts('majorities-ring', 2)).toBe(false)
  })

  it('a drawn shape that cuts nothing is drawn again among those that cut; other draws are unchanged', () => {
    const all = [...PARTITION_SHAPES]
    let redrawn = 0
    for (let seed = 1; seed <= 200; seed++) {
      for (const count of [2, 3]) {
        const first = new Random(seed).pick(all)
        const shape = pickShape(all, count, new Random(seed))
        expect(shapeCuts(shape, count), `seed ${seed}, ${count} nodes`).toBe(true)
        if (shapeCuts(first, count)) {
          expect(shape).toBe(first)
        } else {
          redrawn++
        }
      }
      // five nodes: every shape cuts, so the draw is exactly Maelstrom's
      expect(pickShape(all, 5, new Random(seed))).toBe(new Random(seed).pick(all))
    }
    expect(redrawn).toBeGreaterThan(50)
    // nothing cuts a single node: the shape stays as drawn
    expect(pickShape(all, 1, new Random(7))).toBe(new Random(7).pick(all))
  })

  it('majorities-ring gives each node a distinct overlapping majority', () => {
    const grudge = majoritiesRing(five)
    expect(hears(grudge, five)).toEqual({
      n1: ['n2', 'n5'],
      n2: ['n1', 'n3'],
      n3: ['n2', 'n4'],
      n4: ['n3', 'n5'],
      n5: ['n1', 'n4'],
    })
    const plan = planPartition('majorities-ring', five, new Random(4))
    const views = Object.values(hears(plan.grudge, five)).map((v) => v.join())
    expect(new Set(views).size).toBe(5)
    expect(plan.description).toMatch(/^majorities ring: n1 heard only from n\d and n\d; n2/)
  })

  it('one-way partitions drop one direction only', () => {
    const plan = planOneWay(five, new Random(5))
    const receivers = [...plan.grudge.keys()]
    const senders = five.filter((n) => !receivers.includes(n))
    expect(receivers.length).toBeGreaterThan(0)
    expect(senders.length).toBeGreaterThan(0)
    for (const r of receivers) {
      expect([...(plan.grudge.get(r) ?? [])].sort()).toEqual(senders)
    }
    expect(plan.description).toContain('the other direction still worked')
  })

  it('the same seed gives the same partitions', () => {
    const a = grudgeToJson(planPartition('majority', five, new Random(9)).grudge)
    const b = grudgeToJson(planPartition('majority', five, new Random(9)).grudge)
    expect(a).toEqual(b)
  })
})

describe('targets and registry', () => {
  it('picks one, a minority, a majority or all nodes', () => {
    const sizes = (['one', 'minority', 'majority', 'all'] as const).map(
      (spec) => pickTargets(spec, five, new Random(1)).length,
    )
    expect(sizes).toEqual([1, 2, 3, 5])
  })

  it('registers every fault of curriculum.md §3, full-restart (raft-persistence) and leader-chase (explore)', () => {
    expect(nemesisNames()).toEqual([
      'backend-crash',
      'backend-loss',
      'client-duplicate',
      'client-loss',
      'duplicate',
      'full-restart',
      'kill',
      'leader-chase',
      'loss',
      'partition',
      'partition-oneway',
      'pause',
      'reorder',
    ])
  })

  it('refuses an unknown fault name', () => {
    expect(() => composeNemeses(['partition', 'earthquake'])).toThrow(UsageError)
    expect(composeNemeses(['partition', 'kill']).name).toBe('partition,kill')
  })
})
