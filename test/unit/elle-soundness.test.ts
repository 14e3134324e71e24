// Soundness of the transaction checkers: histories recorded by our harness from real
// two-node stores that apply writes asynchronously without isolation (as public Gossip
// Glomers 6b/6c solutions do) are valid under read-uncommitted and read-committed unless a
// rule sound for the model shows an anomaly, and that rule is named; garbage reads are
// anomalies under every model; each rule is applied only where the model grants it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkListAppend, checkRwRegister } from '../../src/checkers/elle/index.js'
import { soundRules } from '../../src/checkers/elle/rw-register.js'
import { CHECKERS } from '../../src/checkers/registry.js'
import { readHistoryFile } from '../../src/history/formats/index.js'
import type { TestOptions } from '../../src/options/index.js'
import { txnRwRegister } from '../../src/workloads/txn-rw-register.js'
import { repoRoot } from '../helpers/cli.js'
import { HistoryBuilder } from './elle-helpers.js'

const dir = join(repoRoot, 'test', 'fixtures', 'histories', 'txn')
const recorded = (prefix: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.startsWith(prefix))
    .sort()

describe('inference rules per model', () => {
  test('each rule is applied only under the models that grant it', () => {
    const base = ['initial-state', 'own-writes']
    expect(soundRules(['read-uncommitted'])).toEqual(base)
    expect(soundRules(['read-committed'])).toEqual([...base, 'writes-follow-reads'])
    expect(soundRules(['serializable'])).toEqual([...base, 'writes-follow-reads'])
    expect(soundRules(['snapshot-isolation'])).toEqual([...base, 'writes-follow-reads'])
    expect(soundRules(['strong-session-serializable'])).toEqual([
      ...base,
      'writes-follow-reads',
      'sequential-keys',
    ])
    expect(soundRules(['strict-serializable'])).toEqual([
      ...base,
      'writes-follow-reads',
      'sequential-keys',
      'realtime-keys',
    ])
    // A mix takes what every model grants (the checker runs one pass per rule set).
    expect(soundRules(['read-uncommitted', 'strict-serializable'])).toEqual(base)
  })

  test('two models with different rules: each judged by its own, the stronger convicts alone', () => {
    const h = new HistoryBuilder()
    h.invoke(
      0,
      [
        ['w', 'x', 1],
        ['w', 'y', 1],
      ],
      'n0',
    )
    h.invoke(
      1,
      [
        ['w', 'x', 2],
        ['w', 'y', 2],
      ],
      'n1',
    )
    h.ok(0, [
      ['w', 'x', 1],
      ['w', 'y', 1],
    ])
    h.ok(1, [
      ['w', 'x', 2],
      ['w', 'y', 2],
    ])
    h.txn(0, [['r', 'x', 2]])
    h.txn(1, [['r', 'y', 1]])
    const result = checkRwRegister(
      h.ops,
      { consistencyModels: ['read-uncommitted', 'strong-session-serializable'] },
      {},
    )
    expect(result.valid).toBe(false)
    const passes = result.passes as { consistencyModels: string[]; valid: unknown }[]
    expect(passes).toEqual([
      expect.objectContaining({ consistencyModels: ['read-uncommitted'], valid: true }),
      expect.objectContaining({ consistencyModels: ['strong-session-serializable'], valid: false }),
    ])
    expect(result.not).not.toContain('read-uncommitted')
  })
})

describe('recorded histories of two-node stores without isolation (txn-rw-register)', () => {
  const files = recorded('rw-')
  test('the fixtures exist: apply-on-arrival and last-writer-wins, three seeds each', () => {
    expect(files.filter((f) => f.includes('no-isolation'))).toHaveLength(3)
    expect(files.filter((f) => f.includes('lww'))).toHaveLength(3)
  })

  test.each(files)('%s is valid under read-uncommitted and read-committed', (file) => {
    const history = readHistoryFile(join(dir, file))
    expect(history.filter((op) => op.type === 'ok').length).toBeGreaterThan(100)
    for (const model of ['read-uncommitted', 'read-committed']) {
      const result = checkRwRegister(history, { consistencyModels: [model] }, {})
      expect(result.forbiddenAnomalyTypes, model).toEqual([])
      expect(result.valid, model).toBe(true)
      expect(result.inferenceRules).not.toContain('sequential-keys')
    }
  })

  test('assuming session order (not granted by these models) is what convicted them before', () => {
    const convicted = files
      .filter((f) => f.includes('no-isolation'))
      .map((f) =>
        checkRwRegister(
          readHistoryFile(join(dir, f)),
          { consistencyModels: ['read-committed'], sequentialKeys: true },
          {},
        ),
      )
      .filter((r) => r.valid === false)
    expect(convicted.length).toBeGreaterThan(0)
    for (const r of convicted) {
      expect(r.assumedRules).toEqual(['sequential-keys'])
      expect(JSON.stringify(r.anomalies)).toMatch(/\[sequential-keys\]/)
    }
  })
})

describe('recorded no-isolation histories (txn-list-append)', () => {
  test.each(recorded('la-'))(
    '%s fails read-uncommitted with G0: lists reveal the order',
    (file) => {
      const result = checkListAppend(
        readHistoryFile(join(dir, file)),
        { consistencyModels: ['read-uncommitted'] },
        {},
      )
      expect(result.valid).toBe(false)
      expect(result.anomalyTypes).toContain('G0')
    },
  )
})

describe('garbage reads: a value no write produced, under every model', () => {
  test('rw-register: a read of 0 for a key nobody wrote', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['w', 'x', 1]])
    h.txn(1, [['r', 'y', 0]])
    for (const model of ['read-uncommitted', 'read-committed', 'strict-serializable']) {
      const result = checkRwRegister(h.ops, { consistencyModels: [model] }, {})
      expect(result.valid, model).toBe(false)
      const found = result.anomalies.find((a) => a.type === 'garbage-read')
      expect(found?.message).toMatch(/read key "y" as 0, but no transaction ever wrote 0/)
      expect(found?.evidence).toMatchObject({ key: 'y', read: 0 })
      expect(found?.ops).toEqual([3])
    }
  })

  test('rw-register: a value written only by a failed transaction is G1a, not garbage', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [['w', 'x', 5]])
    h.fail(0)
    h.txn(1, [['r', 'x', 5]])
    const result = checkRwRegister(h.ops, { consistencyModels: ['read-committed'] }, {})
    expect(result.anomalyTypes).toEqual(['G1a'])
  })

  test('list-append: an element nobody appended, and a non-list read', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(1, [['r', 'x', [1, 7]]])
    h.txn(2, [['r', 'z', 0]])
    const result = checkListAppend(h.ops, { consistencyModels: ['read-uncommitted'] }, {})
    expect(result.valid).toBe(false)
    const garbage = result.anomalies.filter((a) => a.type === 'garbage-read')
    expect(garbage.map((a) => (a.evidence as { value: unknown }).value)).toEqual([7, 0])
  })
})

describe('dsgrade test and dsgrade check read the same --extra keys', () => {
  test('txn-rw-register passes sequential-keys to its checker exactly as the check command does', () => {
    const history = readHistoryFile(join(dir, 'rw-no-isolation-1.jsonl'))
    for (const extra of [{}, { 'sequential-keys': true }, { sequentialKeys: 'false' }]) {
      const viaWorkload = txnRwRegister.check(
        history,
        {
          options: { consistencyModels: ['read-committed'], extra } as unknown as TestOptions,
          nodeIds: [],
        },
        {},
      )
      const viaCheck = CHECKERS['rw-register']?.check(
        history,
        { consistencyModels: ['read-committed'], extra },
        {},
      )
      expect(viaWorkload).toEqual(viaCheck)
    }
    expect(txnRwRegister.extras).toBe(CHECKERS['rw-register']?.extras)
  })
})
