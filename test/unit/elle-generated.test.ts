// Generated histories with known verdicts: a simulated serial database (thousands of
// transactions, concurrent clients, fail and info outcomes) must be valid under every
// model; the same histories with one injected anomaly must be invalid for that anomaly;
// and two-node replicated stores show that session order closes the G0 hole (#56) soundly.
import { describe, expect, test } from 'vitest'
import { checkListAppend, checkRwRegister } from '../../src/checkers/elle/index.js'
import { injectAbortedRead, injectIntermediateRead, injectStaleRead, simulate } from './elle-sim.js'

const STRICT = { consistencyModels: ['strict-serializable'] }

describe('serial database', () => {
  test.each([1, 2, 3])(
    'list-append, seed %i: 3000 transactions, 10 clients, fails and infos → valid',
    (seed) => {
      const ops = simulate({
        seed,
        txns: 3000,
        concurrency: 10,
        kind: 'append',
        failRatio: 0.05,
        infoRatio: 0.05,
      })
      expect(ops.filter((o) => o.type === 'fail').length).toBeGreaterThan(50)
      expect(ops.filter((o) => o.type === 'info').length).toBeGreaterThan(50)
      const result = checkListAppend(ops, STRICT, {})
      expect(result.anomalies.map((a) => a.message)).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.edgeCount).toBeGreaterThan(3000)
      expect(
        checkListAppend(ops, { consistencyModels: ['strong-session-serializable'] }, {}).valid,
      ).toBe(true)
    },
  )

  test.each([1, 2])(
    'rw-register, seed %i: 3000 transactions → valid (with session order)',
    (seed) => {
      const ops = simulate({
        seed,
        txns: 3000,
        concurrency: 10,
        kind: 'w',
        failRatio: 0.05,
        infoRatio: 0.05,
      })
      const result = checkRwRegister(ops, STRICT, {})
      expect(result.anomalies.map((a) => a.message)).toEqual([])
      expect(result.valid).toBe(true)
    },
  )

  test('one injected aborted read → G1a', () => {
    const ops = simulate({ seed: 7, txns: 2000, concurrency: 8, kind: 'append', failRatio: 0.02 })
    const { writer } = injectAbortedRead(ops)
    const result = checkListAppend(ops, { consistencyModels: ['read-committed'] }, {})
    expect(result.valid).toBe(false)
    expect(result.anomalyTypes).toContain('G1a')
    expect(result.anomalies.find((a) => a.type === 'G1a')?.ops).toContain(writer)
  })

  test('one injected stale read → a realtime cycle, invalid only for strict serializability', () => {
    const ops = simulate({ seed: 8, txns: 2000, concurrency: 8, kind: 'append' })
    const reader = injectStaleRead(ops)
    expect(checkListAppend(ops, { consistencyModels: ['serializable'] }, {}).valid).toBe(true)
    const result = checkListAppend(ops, STRICT, {})
    expect(result.valid).toBe(false)
    expect(result.anomalyTypes).toEqual(['G-single-realtime'])
    expect(result.anomalies[0]?.ops).toContain(reader)
  })

  test('one injected intermediate read → G1b', () => {
    const ops = simulate({ seed: 9, txns: 1000, concurrency: 5, kind: 'append' })
    const reader = injectIntermediateRead(ops)
    const result = checkListAppend(ops, { consistencyModels: ['read-committed'] }, {})
    expect(result.valid).toBe(false)
    expect(result.anomalyTypes).toContain('G1b')
    expect(result.anomalies.find((a) => a.type === 'G1b')?.ops).toContain(reader)
  })
})

describe('two replicated nodes (the G0 hole, Maelstrom #56)', () => {
  const seeds = [1, 2, 3, 4, 5, 6]
  const run = (store: 'no-isolation' | 'replicated-lww', seed: number, sequentialKeys = true) =>
    checkRwRegister(
      simulate({ seed, txns: 600, concurrency: 4, kind: 'w', store, keyCount: 3 }),
      { consistencyModels: ['read-uncommitted'], sequentialKeys },
      {},
    )

  test('apply-on-arrival replication fails read-uncommitted with G0 on most seeds', () => {
    const results = seeds.map((seed) => run('no-isolation', seed))
    const withG0 = results.filter(
      (r) => r.valid === false && r.anomalyTypes instanceof Array && r.anomalyTypes.includes('G0'),
    )
    expect(withG0.length).toBeGreaterThanOrEqual(seeds.length - 1)
  })

  test('last-writer-wins by timestamp is read-uncommitted on every seed (session order is sound)', () => {
    for (const seed of seeds) {
      const result = run('replicated-lww', seed)
      expect(result.forbiddenAnomalyTypes).toEqual([])
      expect(result.valid).toBe(true)
      // Weaker than read-committed: it does show other anomalies, none forbidden by PL-1.
      expect(result.anomalyTypes).not.toContain('cyclic-versions')
    }
  })

  test('without session order the broken store passes (the hole this closes)', () => {
    const passing = seeds.filter((seed) => run('no-isolation', seed, false).valid === true)
    expect(passing.length).toBeGreaterThan(seeds.length / 2)
  })
})
