// Seconds with service (workloads/lin-kv.ts, answered) leave out the stretches with no clean
// majority (history/connectivity.ts, the election checker's model): every partition shape on
// 5, 7 and 9 nodes, a scripted history with a ring and with one node cut off, and the figure.
import { describe, expect, it } from 'vitest'
import { cleanMajority, connectivityEpochs } from '../../src/history/connectivity.js'
import type { Op } from '../../src/history/types.js'
import { grudgeToJson, PARTITION_SHAPES, planPartition } from '../../src/nemesis/partition.js'
import { Random } from '../../src/network/random.js'
import { answered } from '../../src/workloads/lin-kv.js'

const nodesOf = (n: number): string[] => Array.from({ length: n }, (_, i) => `n${i}`)

describe('clean majority of each partition shape', () => {
  it('every split leaves one on 5, 7 and 9 nodes; a majorities ring never does', () => {
    for (const n of [5, 7, 9]) {
      for (const shape of PARTITION_SHAPES) {
        for (let seed = 0; seed < 50; seed++) {
          const grudge = planPartition(shape, nodesOf(n), new Random(seed)).grudge
          const state = {
            grudge: new Map([...grudge].map(([d, s]) => [d, new Set(s)])),
            down: new Set<string>(),
            unknown: 0,
          }
          const majority = cleanMajority(state, nodesOf(n))
          if (shape === 'majorities-ring') {
            expect(majority, `${shape} of ${n}, seed ${seed}`).toBeUndefined()
          } else {
            expect(majority?.length, `${shape} of ${n}, seed ${seed}`).toBeGreaterThan(n / 2)
          }
        }
      }
    }
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
function history(
  partition: Record<string, unknown>,
  silentFrom = 10,
  silentTo = 20,
  healAt = 19.8,
): Op[] {
  const ops: Op[] = []
  for (let k = 0; k < 300; k++) {
    const t = k / 10
    const answeredNow = t < silentFrom || t >= silentTo
    ops.push({ index: index++, time: t * S, process: 1, type: 'invoke', f: 'read', value: null })
    if (Math.abs(t - 10.2) < 0.05) {
      ops.push(nemesis(10.2, 'start-partition', 'invoke', partition))
      ops.push(nemesis(10.2, 'start-partition', 'info', partition))
    }
    if (Math.abs(t - healAt) < 0.05) {
      ops.push(nemesis(healAt, 'stop-partition', 'invoke', healed))
      ops.push(nemesis(healAt, 'stop-partition', 'info', healed))
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

const noMajority = (ops: Op[]) =>
  connectivityEpochs(ops, nodesOf(5), 0, 30 * S).filter((e) => e.majority === undefined)

describe('seconds with service', () => {
  it('the ring is a stretch without a clean majority; one node cut off is not', () => {
    const spans = noMajority(history(ring()))
    expect(spans).toHaveLength(1)
    expect(spans[0]?.startNs).toBeCloseTo(10.2 * S, -3)
    expect(spans[0]?.endNs).toBeCloseTo(19.8 * S, -3)
    expect(noMajority(history(one()))).toEqual([])
  })

  it('leaves the ring’s seconds out of the figure, served or not, and keeps a cut-off node’s in', () => {
    // 29 whole windows. The first three (0–2) are the first election's grace; n0 alone cut off
    // at 10.2 s: the four windows within 3 s of that cut (10–13) are the next election's; the
    // six silent ones after it (14–19) count: 16 of 22
    expect(answered(history(one()), 1, nodesOf(5)).servedFraction).toBeCloseTo(16 / 22, 5)
    // silence in the first 3 s is not owed either
    expect(answered(history(one(), 0, 3), 1, nodesOf(5)).servedFraction).toBe(1)
    expect(answered(history(one(), 0, 3)).servedFraction).toBeCloseTo(26 / 29, 5)
    // the same silence during a ring is not owed, nor the 3 s after it (a majority forms anew):
    // 13 served of the 13 windows 3–9 and 23–28
    expect(answered(history(ring()), 1, nodesOf(5)).servedFraction).toBe(1)
    // a heal only adds nodes to the majority: no grace, so silence right after it counts
    // (windows 20–22 silent; 0–2 and 10–13 are grace): 19 of 22
    expect(answered(history(one(), 20, 23), 1, nodesOf(5)).servedFraction).toBeCloseTo(19 / 22, 5)
    // after a ring a majority forms anew: the same silence is its grace, 13 of 13 (3–9, 23–28)
    expect(answered(history(ring(), 20, 23), 1, nodesOf(5)).servedFraction).toBe(1)
    // without the node ids (nothing to judge a majority by) every window counts
    expect(answered(history(ring())).servedFraction).toBeCloseTo(19 / 29, 5)
  })

  it('a ring that never heals lasts to the end of the history', () => {
    const ops = history(ring()).filter((op) => op.f !== 'stop-partition')
    const spans = noMajority(ops)
    expect(spans).toHaveLength(1)
    expect(spans[0]?.endNs).toBe(30 * S)
  })

  it('a heal that only adds nodes keeps the rest of the grace: it neither restarts nor ends it', () => {
    // n0 cut off at 10.2 s, healed at 11.2 s, nothing answered 10–13 s: the grace of the cut
    // runs to 13.2 s across the heal, so windows 10–13 are not owed and every owed one served
    expect(answered(history(one(), 10, 14, 11.2), 1, nodesOf(5)).servedFraction).toBe(1)
    // silence past the grace counts: windows 14–15 of 22 owed
    expect(answered(history(one(), 10, 16, 11.2), 1, nodesOf(5)).servedFraction).toBeCloseTo(
      20 / 22,
      5,
    )
  })

  it('names the longest owed silence and who could talk during it', () => {
    const cut = answered(history(one()), 1, nodesOf(5))
    expect(cut.why?.servedFraction).toMatch(
      /^No client operation was answered from 14\.0 s to 20\.0 s, although from 14\.0 s to 19\.8 s a majority \(n1, n2, n3, n4\) could reach each other and had had at least 3 s/,
    )
    const afterHeal = answered(history(one(), 20, 23), 1, nodesOf(5))
    expect(afterHeal.why?.servedFraction).toMatch(
      /from 20\.0 s to 23\.0 s, although every node could reach every other/,
    )
    // a fault after the silence is not part of it (stop 23: "from 39.0 s to 28.1 s")
    const later = [
      ...history(one(), 20, 23),
      nemesis(23.5, 'start-partition', 'invoke', one()),
      nemesis(23.5, 'start-partition', 'info', one()),
      nemesis(29.5, 'stop-partition', 'invoke', healed),
      nemesis(29.5, 'stop-partition', 'info', healed),
    ]
    expect(answered(later, 1, nodesOf(5)).why?.servedFraction).toMatch(
      /from 20\.0 s to 23\.0 s, although every node could reach every other/,
    )
    // nothing owed went unanswered: no sentence
    expect(answered(history(ring()), 1, nodesOf(5)).why).toBeUndefined()
    expect(answered(history(ring())).why).toBeUndefined()
  })
})
