// The seeded random source and the virtual clock: the two foundations of reproducibility.
import { describe, expect, it } from 'vitest'
import { VirtualClock } from '../../src/network/clock.js'
import { Random } from '../../src/network/random.js'
import { canonicalJson, jsonEquals } from '../../src/shared/json.js'

describe('Random', () => {
  it('gives the same sequence for the same seed and label', () => {
    const a = new Random(42, 'x')
    const b = new Random(42, 'x')
    const seqA = Array.from({ length: 20 }, () => a.nextUint32())
    const seqB = Array.from({ length: 20 }, () => b.nextUint32())
    expect(seqA).toEqual(seqB)
  })

  it('gives different sequences for different seeds or labels', () => {
    const base = Array.from({ length: 8 }, ((r) => () => r.nextUint32())(new Random(1, 'a')))
    const otherSeed = Array.from({ length: 8 }, ((r) => () => r.nextUint32())(new Random(2, 'a')))
    const otherLabel = Array.from({ length: 8 }, ((r) => () => r.nextUint32())(new Random(1, 'b')))
    expect(base).not.toEqual(otherSeed)
    expect(base).not.toEqual(otherLabel)
  })

  it('forks independent streams: drawing from one does not move another', () => {
    const root = new Random(7)
    const first = root.fork('n1->n2').float()
    const root2 = new Random(7)
    root2.fork('n3->n4').float()
    root2.fork('n3->n4').float()
    expect(root2.fork('n1->n2').float()).toBe(first)
  })

  it('keeps int() within bounds and covers the range', () => {
    const r = new Random(3)
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const v = r.int(5)
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThan(5)
      seen.add(v)
    }
    expect(seen.size).toBe(5)
  })
})

describe('VirtualClock', () => {
  it('fires timers in time order, ties in insertion order, and lets promises settle', async () => {
    const clock = new VirtualClock()
    const fired: string[] = []
    clock.setTimer(20, () => fired.push('b@20'))
    clock.setTimer(10, () => fired.push('a@10'))
    clock.setTimer(20, () => fired.push('c@20'))
    const cancelled = clock.setTimer(15, () => fired.push('never'))
    clock.clearTimer(cancelled)
    const slept = (async () => {
      await clock.sleep(12)
      fired.push(`slept@${clock.now()}`)
    })()
    await clock.runUntil(100)
    await slept
    expect(fired).toEqual(['a@10', 'slept@12', 'b@20', 'c@20'])
    expect(clock.now()).toBe(100)
  })
})

describe('canonicalJson', () => {
  it('compares by JSON value: key order ignored, 1 equals 1.0, 3 differs from "3"', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}')
    expect(jsonEquals(1, 1.0)).toBe(true)
    expect(jsonEquals(3, '3')).toBe(false)
  })
})
