// When no majority could talk (history/majority.ts) and the seconds-with-service figure that
// leaves those spans out (workloads/lin-kv.ts, answered): generated partitions of every shape
// against a brute-force check, a scripted history, and the figure with and without a ring.
import { describe, expect, it } from 'vitest'
import { majorityConnected, noMajoritySpans } from '../../src/history/majority.js'
import type { Op } from '../../src/history/types.js'
import { grudgeToJson, PARTITION_SHAPES, planPartition } from '../../src/nemesis/partition.js'
import { Random } from '../../src/network/random.js'
import { answered } from '../../src/workloads/lin-kv.js'

const nodesOf = (n: number): string[] => Array.from({ length: n }, (_, i) => `n${i}`)

/** Every subset of size ⌊n/2⌋+1, checked pair by pair. */
function bruteForce(nodes: string[], grudge: Record<string, string[]>): boolean {
  const hears = (a: string, b: string): boolean =>
    !(grudge[a] ?? []).includes(b) && !(grudge[b] ?? []).includes(a)
  const need = Math.floor(nodes.length / 2) + 1
  for (let mask = 0; mask < 1 << nodes.length; mask++) {
    const members = nodes.filter((_, i) => (mask & (1 << i)) !== 0)
    if (members.length !== need) {
      continue
    }
    if (members.every((a) => members.every((b) => a === b || hears(a, b)))) {
      return true
    }
  }
  return false
}

describe('majorityConnected', () => {
  it('agrees with brute force on every partition shape for 2–9 nodes over 50 seeds', () => {
    let rings = 0
    for (let n = 2; n <= 9; n++) {
      for (const shape of PARTITION_SHAPES) {
        for (let seed = 0; seed < 50; seed++) {
          const nodes = nodesOf(n)
          const grudge = grudgeToJson(planPartition(shape, nodes, new Random(seed)).grudge)
          const expected = bruteForce(nodes, grudge)
          expect(majorityConnected(nodes, [grudge]), `${shape} of ${n}, seed ${seed}`).toBe(
            expected,
          )
          if (shape === 'majorities-ring' && n >= 4 && !expected) {
            rings++
          }
        }
      }
    }
    // the rings of 4 or more nodes are the shapes that leave no majority connected
    expect(rings).toBeGreaterThan(0)
  })

  it('a ring of five has no connected majority; a node or two cut off leaves one', () => {
    const five = nodesOf(5)
    const ring = grudgeToJson(planPartition('majorities-ring', five, new Random(3)).grudge)
    expect(majorityConnected(five, [ring])).toBe(false)
    expect(
      majorityConnected(five, [grudgeToJson(planPartition('one', five, new Random(3)).grudge)]),
    ).toBe(true)
    expect(
      majorityConnected(five, [
        grudgeToJson(planPartition('majority', five, new Random(3)).grudge),
      ]),
    ).toBe(true)
    expect(majorityConnected(five, [])).toBe(true)
  })

  it('combines grudges: two cuts that each leave a majority can together leave none', () => {
    const five = nodesOf(5)
    // n0 and n1 apart from n2, n3 and n4; then n2 alone as well
    const a = {
      n0: ['n2', 'n3', 'n4'],
      n1: ['n2', 'n3', 'n4'],
      n2: ['n0', 'n1'],
      n3: ['n0', 'n1'],
      n4: ['n0', 'n1'],
    }
    const b = { n2: ['n0', 'n1', 'n3', 'n4'], n0: ['n2'], n1: ['n2'], n3: ['n2'], n4: ['n2'] }
    expect(majorityConnected(five, [a])).toBe(true)
    expect(majorityConnected(five, [b])).toBe(true)
    expect(majorityConnected(five, [a, b])).toBe(false)
  })

  it('counts a one-way cut as a cut, and answers "connected" above 15 nodes', () => {
    expect(majorityConnected(['n0', 'n1'], [{ n1: ['n0'] }])).toBe(false)
    const many = nodesOf(16)
    expect(
      majorityConnected(many, [
        Object.fromEntries(many.map((n) => [n, many.filter((m) => m !== n)])),
      ]),
    ).toBe(true)
  })
})

let index = 0
const S = 1e9
function nemesis(timeS: number, f: string, type: 'invoke' | 'info', value: object): Op {
  return { index: index++, time: timeS * S, process: 'nemesis', type, f, value }
}
function ring(): Record<string, unknown> {
  return {
    kind: 'partition',
    shape: 'majorities-ring',
    nodes: nodesOf(5),
    grudge: grudgeToJson(planPartition('majorities-ring', nodesOf(5), new Random(3)).grudge),
    description: 'majorities ring',
  }
}
function one(): Record<string, unknown> {
  return {
    kind: 'partition',
    shape: 'one',
    nodes: nodesOf(5),
    grudge: { n0: ['n1', 'n2', 'n3', 'n4'], n1: ['n0'], n2: ['n0'], n3: ['n0'], n4: ['n0'] },
    description: 'n0 alone',
  }
}
const healed = { kind: 'partition', nodes: nodesOf(5), description: 'healed' }

/** A read every 100 ms for 30 s, answered except from 10 s to 20 s; a partition from 10.2 to 19.8 s. */
function history(partition: Record<string, unknown>): Op[] {
  const ops: Op[] = []
  for (let k = 0; k < 300; k++) {
    const t = k / 10
    const answeredNow = t < 10 || t >= 20
    ops.push({ index: index++, time: t * S, process: 1, type: 'invoke', f: 'read', value: null })
    if (Math.abs(t - 10.2) < 0.05) {
      ops.push(nemesis(10.2, 'start-partition', 'invoke', partition))
      ops.push(nemesis(10.2, 'start-partition', 'info', partition))
    }
    if (Math.abs(t - 19.8) < 0.05) {
      ops.push(nemesis(19.8, 'stop-partition', 'invoke', healed))
      ops.push(nemesis(19.8, 'stop-partition', 'info', healed))
    }
    ops.push({
      index: index++,
      time: (t + 0.01) * S,
      process: 1,
      type: answeredNow ? 'ok' : 'info',
      f: 'read',
      value: 1,
    })
  }
  return ops
}

describe('noMajoritySpans and seconds with service', () => {
  it('finds the ring and not the single node cut off', () => {
    const spans = noMajoritySpans(history(ring()))
    expect(spans).toHaveLength(1)
    expect(spans[0]?.startNs).toBeCloseTo(10.2 * S, -3)
    expect(spans[0]?.endNs).toBeCloseTo(19.8 * S, -3)
    expect(noMajoritySpans(history(one()))).toEqual([])
  })

  it('leaves the ring’s seconds out of the figure, served or not, and keeps a cut-off node’s in', () => {
    // 29 whole windows; the ten from 10 s to 20 s silent while n0 alone is cut off: a majority
    // could serve, so they count
    expect(answered(history(one())).servedFraction).toBeCloseTo(19 / 29, 5)
    // the same silence during a ring is not owed: 19 served of the 19 windows that do not touch it
    expect(answered(history(ring())).servedFraction).toBe(1)
  })

  it('a ring that never heals lasts to the end of the history', () => {
    const ops = history(ring()).filter((op) => op.f !== 'stop-partition')
    const spans = noMajoritySpans(ops)
    expect(spans).toHaveLength(1)
    expect(spans[0]?.endNs).toBeGreaterThan(29.9 * S)
  })
})
