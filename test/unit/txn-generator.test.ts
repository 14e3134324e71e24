// Elle's wr-txns generator as the txn workloads use it: 1..4 micro-ops, 50/50 reads and
// writes, an exponential key pool of 10, values 1..16 unique per key, retired keys
// replaced by fresh larger ones; deterministic per seed; option validation.
import { describe, expect, test } from 'vitest'
import { Random } from '../../src/network/random.js'
import { TxnGenerator } from '../../src/workloads/txn/generator.js'
import { findWorkload } from '../../src/workloads/registry.js'
import { testOptions } from '../helpers/run-options.js'

describe('txn generator', () => {
  const draw = (seed: number, count: number): [string, number, unknown][][] => {
    const generator = TxnGenerator.fromOptions(
      new Random(seed, 'gen'),
      testOptions({ workload: 'txn-list-append' }),
      'append',
    )
    return Array.from({ length: count }, () => generator.next())
  }

  test('Elle defaults: 1–4 micro-ops, half reads, unique values 1..16 per key, fresh keys', () => {
    const txns = draw(1, 5000)
    const lengths = new Set(txns.map((t) => t.length))
    expect([...lengths].sort()).toEqual([1, 2, 3, 4])
    const mops = txns.flat()
    const reads = mops.filter(([f]) => f === 'r')
    expect(reads.every(([, , v]) => v === null)).toBe(true)
    expect(reads.length / mops.length).toBeGreaterThan(0.45)
    expect(reads.length / mops.length).toBeLessThan(0.55)
    const values = new Map<number, unknown[]>()
    for (const [f, k, v] of mops) {
      if (f === 'append') {
        values.set(k, [...(values.get(k) ?? []), v])
      }
    }
    for (const list of values.values()) {
      expect(list).toEqual(Array.from({ length: list.length }, (_, i) => i + 1))
      expect(list.length).toBeLessThanOrEqual(16)
    }
    expect(Math.max(...values.keys())).toBeGreaterThan(100)
  })

  test('keys are exponential over the pool: key i about twice as likely as key i+1', () => {
    const generator = new TxnGenerator(new Random(2, 'gen'), 'append', 4, 1e9, 10)
    const counts = new Array<number>(10).fill(0)
    for (let i = 0; i < 10_000; i++) {
      for (const [, k] of generator.next()) {
        counts[k] = (counts[k] ?? 0) + 1
      }
    }
    for (const i of [0, 1, 2]) {
      const ratio = (counts[i] as number) / (counts[i + 1] as number)
      expect(ratio).toBeGreaterThan(1.7)
      expect(ratio).toBeLessThan(2.3)
    }
  })

  test('deterministic per seed', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50))
    expect(draw(7, 50)).not.toEqual(draw(8, 50))
  })

  test('workloads are registered with the txn RPC, reusable clients, nothing idempotent', () => {
    for (const name of ['txn-list-append', 'txn-rw-register']) {
      const workload = findWorkload(name)
      expect(workload?.rpcs).toEqual([
        { request: 'txn', response: 'txn_ok', responseFields: { txn: 'array' } },
      ])
      expect(workload?.reusableClient).toBe(true)
      expect(workload?.idempotent).toEqual([])
      expect(workload?.validateOptions?.(testOptions({ maxTxnLength: 0 }))).toMatch(
        /--max-txn-length/,
      )
      expect(workload?.validateOptions?.(testOptions({ keyCount: 3 }))).toBeNull()
    }
  })
})
