// Generated histories with known verdicts: a simulated serial database (thousands of
// transactions, concurrent clients, fail and info outcomes) must be valid under every
// model; the same histories with one injected anomaly must be invalid for that anomaly;
// and two-node replicated stores are judged only by inference rules sound for the model.
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

describe('two replicated nodes that apply writes on arrival (public 6b/6c designs)', () => {
  const seeds = [1, 2, 3, 4, 5, 6]
  const history = (store: 'no-isolation' | 'replicated-lww', seed: number, kind: 'w' | 'append') =>
    simulate({ seed, txns: 600, concurrency: 4, kind, store, keyCount: 3 })
  const rw = (store: 'no-isolation' | 'replicated-lww', seed: number, models: string[]) =>
    checkRwRegister(history(store, seed, 'w'), { consistencyModels: models }, {})

  test('rw-register: valid under read-uncommitted and read-committed on every seed (no sound rule shows a cycle)', () => {
    for (const store of ['no-isolation', 'replicated-lww'] as const) {
      for (const seed of seeds) {
        for (const model of ['read-uncommitted', 'read-committed']) {
          const result = rw(store, seed, [model])
          expect(result.forbiddenAnomalyTypes).toEqual([])
          expect(result.valid).toBe(true)
          expect(result.inferenceRules).not.toContain('sequential-keys')
        }
      }
    }
  })

  test('rw-register: the session-order assumption, asked for, convicts apply-on-arrival as an assumption', () => {
    const results = seeds.map((seed) =>
      checkRwRegister(
        history('no-isolation', seed, 'w'),
        { consistencyModels: ['read-uncommitted'], sequentialKeys: true },
        {},
      ),
    )
    const withG0 = results.filter((r) => (r.anomalyTypes as string[]).includes('G0'))
    expect(withG0.length).toBeGreaterThanOrEqual(seeds.length - 1)
    for (const r of withG0) {
      expect(r.assumedRules).toEqual(['sequential-keys'])
    }
  })

  test('rw-register: under a session model, where session order is sound, apply-on-arrival fails', () => {
    for (const seed of seeds) {
      const result = rw('no-isolation', seed, ['strong-session-serializable'])
      expect(result.valid).toBe(false)
      expect(result.inferenceRules).toContain('sequential-keys')
    }
  })

  test('list-append exposes the G0 soundly under read-uncommitted: reads reveal the version order', () => {
    for (const seed of seeds) {
      const result = checkListAppend(
        history('no-isolation', seed, 'append'),
        { consistencyModels: ['read-uncommitted'] },
        {},
      )
      expect(result.valid).toBe(false)
      expect(result.anomalyTypes).toContain('G0')
    }
  })
})
