// Hand-written list-append and rw-register histories, one per anomaly type: each must be
// found under its name, with a cycle that really closes (every step "Ta < Tb because …"
// chains into the next and back to the start), and judged against the right models.
import { describe, expect, test } from 'vitest'
import type { Anomaly, CheckResult } from '../../src/checkers/contract.js'
import { checkListAppend, checkRwRegister } from '../../src/checkers/elle/index.js'
import { HistoryBuilder } from './elle-helpers.js'

function anomaly(result: CheckResult, type: string): Anomaly {
  const found = result.anomalies.find((a) => a.type === type)
  expect(found, `expected ${type} in ${JSON.stringify(result.anomalyTypes)}`).toBeDefined()
  return found as Anomaly
}

/** The cycle's steps chain: step i is "A < B because …", step i+1 starts with B, last ends at the first A. */
function expectClosedCycle(found: Anomaly, length?: number): string[] {
  const steps = (found.evidence as { steps: string[] }).steps
  const pairs = steps.map((s) => {
    const match = /^(T\d+) < (T\d+) because /.exec(s)
    expect(match, s).not.toBeNull()
    return [match?.[1], match?.[2]] as [string, string]
  })
  pairs.forEach(([, to], i) =>
    expect(to).toBe((pairs[(i + 1) % pairs.length] as [string, string])[0]),
  )
  if (length !== undefined) {
    expect(steps).toHaveLength(length)
  }
  return steps
}

const la = (h: HistoryBuilder, models: string[]): CheckResult =>
  checkListAppend(h.ops, { consistencyModels: models }, {})
const rw = (h: HistoryBuilder, models: string[], sequentialKeys?: boolean): CheckResult =>
  checkRwRegister(
    h.ops,
    { consistencyModels: models, ...(sequentialKeys === undefined ? {} : { sequentialKeys }) },
    {},
  )

describe('list-append anomalies', () => {
  test('G0: two appends to x and y in opposite orders', () => {
    const h = new HistoryBuilder()
    h.txn(0, [
      ['append', 'x', 1],
      ['append', 'y', 1],
    ])
    h.txn(1, [
      ['append', 'x', 2],
      ['append', 'y', 2],
    ])
    h.txn(2, [
      ['r', 'x', [1, 2]],
      ['r', 'y', [2, 1]],
    ])
    const result = la(h, ['read-uncommitted'])
    expect(result.valid).toBe(false)
    const steps = expectClosedCycle(anomaly(result, 'G0'), 2)
    expect(steps.join(' ')).toMatch(/appended 2 to key "x" after T\d+'s append of 1/)
    expect(result.not).toEqual(['read-uncommitted'])
    expect(result.anomalies[0]?.message).toMatch(/^G0 \(write cycle/)
  })

  test('G0 through an append never read: the sentence says which append was never read', () => {
    const h = new HistoryBuilder()
    h.txn(0, [
      ['append', 'x', 1],
      ['append', 'y', 1],
    ])
    h.txn(1, [
      ['append', 'x', 2],
      ['append', 'y', 2],
    ])
    h.txn(2, [
      ['r', 'x', [1]],
      ['r', 'y', [2, 1]],
    ])
    const steps = expectClosedCycle(anomaly(la(h, ['read-uncommitted']), 'G0'), 2)
    // x: 2 is in no read, and a read holds 1, so 2 came after 1 (lists only grow at the end)
    expect(steps.join(' ')).toMatch(
      /appended 2 to key "x" \(never read, so after everything read\) after T\d+'s append of 1/,
    )
  })

  test('G1c: each transaction reads the other one’s append', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [
      ['append', 'x', 1],
      ['r', 'y', null],
    ])
    h.invoke(1, [
      ['append', 'y', 1],
      ['r', 'x', null],
    ])
    h.ok(0, [
      ['append', 'x', 1],
      ['r', 'y', [1]],
    ])
    h.ok(1, [
      ['append', 'y', 1],
      ['r', 'x', [1]],
    ])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    const steps = expectClosedCycle(anomaly(result, 'G1c'), 2)
    expect(steps[0]).toMatch(/read T\d+'s append of 1 to key/)
    expect(la(h, ['read-uncommitted']).valid).toBe(true)
  })

  test('G-single: read skew (x before the write, y after it)', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [
      ['r', 'x', null],
      ['r', 'y', null],
    ])
    h.invoke(1, [
      ['append', 'x', 1],
      ['append', 'y', 1],
    ])
    h.ok(1, [
      ['append', 'x', 1],
      ['append', 'y', 1],
    ])
    h.ok(0, [
      ['r', 'x', []],
      ['r', 'y', [1]],
    ])
    h.txn(2, [['r', 'x', [1]]])
    const result = la(h, ['snapshot-isolation'])
    expect(result.valid).toBe(false)
    const steps = expectClosedCycle(anomaly(result, 'G-single'), 2)
    expect(steps.join(' ')).toMatch(/read key "x" empty, without T\d+'s append of 1/)
    expect(la(h, ['read-committed']).valid).toBe(true)
  })

  test('G2-item: write skew with two adjacent anti-dependencies', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [
      ['r', 'x', null],
      ['append', 'y', 1],
    ])
    h.invoke(1, [
      ['r', 'y', null],
      ['append', 'x', 1],
    ])
    h.ok(0, [
      ['r', 'x', []],
      ['append', 'y', 1],
    ])
    h.ok(1, [
      ['r', 'y', []],
      ['append', 'x', 1],
    ])
    h.txn(2, [
      ['r', 'x', [1]],
      ['r', 'y', [1]],
    ])
    const result = la(h, ['serializable'])
    expect(result.valid).toBe(false)
    expectClosedCycle(anomaly(result, 'G2-item'), 2)
    // Write skew is allowed by snapshot isolation, forbidden by repeatable read (and G2 ⇒ serializable).
    expect(la(h, ['snapshot-isolation']).valid).toBe(true)
    expect(la(h, ['repeatable-read']).valid).toBe(false)
    expect(result.not).toEqual(['repeatable-read'])
  })

  test('G-nonadjacent: two anti-dependencies separated by wr edges', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [
      ['r', 'a', null],
      ['r', 'd', null],
    ])
    h.invoke(1, [
      ['append', 'a', 1],
      ['append', 'b', 1],
    ])
    h.invoke(2, [
      ['r', 'b', null],
      ['r', 'c', null],
    ])
    h.invoke(3, [
      ['append', 'c', 1],
      ['append', 'd', 1],
    ])
    h.ok(1, [
      ['append', 'a', 1],
      ['append', 'b', 1],
    ])
    h.ok(3, [
      ['append', 'c', 1],
      ['append', 'd', 1],
    ])
    h.ok(0, [
      ['r', 'a', []],
      ['r', 'd', [1]],
    ])
    h.ok(2, [
      ['r', 'b', [1]],
      ['r', 'c', []],
    ])
    h.txn(4, [
      ['r', 'a', [1]],
      ['r', 'c', [1]],
    ])
    const result = la(h, ['snapshot-isolation'])
    expect(result.valid).toBe(false)
    const steps = expectClosedCycle(anomaly(result, 'G-nonadjacent'), 4)
    expect(steps.filter((s) => s.includes('without')).length).toBe(2)
    expect(result.anomalyTypes).not.toContain('G-single')
  })

  test('G1a: reading an aborted append', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]], 'fail')
    h.txn(1, [['r', 'x', [1]]])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'G1a').message).toMatch(/appended by T1 — and T1 failed/)
    expect(la(h, ['read-uncommitted']).valid).toBe(true)
  })

  test('G1b: reading an intermediate append', () => {
    const h = new HistoryBuilder()
    h.txn(0, [
      ['append', 'x', 1],
      ['append', 'x', 2],
    ])
    h.txn(1, [['r', 'x', [1]]])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'G1b').ops).toEqual([1, 3])
  })

  test('dirty-update: a committed append on top of an aborted one', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]], 'fail')
    h.txn(1, [['append', 'x', 2]])
    h.txn(2, [['r', 'x', [1, 2]]])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'dirty-update').message).toMatch(/appended 2 on top of 1/)
  })

  test('internal: a read that ignores the transaction’s own append', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 5]])
    h.txn(1, [
      ['append', 'x', 1],
      ['r', 'x', [5]],
    ])
    const result = la(h, ['serializable'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'internal').message).toMatch(/should have seen a list ending in \[1\]/)
    expect(la(h, ['read-committed']).anomalyTypes).toContain('internal')
  })

  test('future-read: reading a value the transaction appends later', () => {
    const h = new HistoryBuilder()
    h.txn(0, [
      ['r', 'x', [1]],
      ['append', 'x', 1],
    ])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'future-read').message).toMatch(/only appends later/)
  })

  test('duplicate-elements: one append read twice', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(1, [['r', 'x', [1, 1]]])
    const result = la(h, ['read-uncommitted'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'duplicate-elements').message).toMatch(/contains 1 twice/)
  })

  test('incompatible-order: two reads disagree on the order', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(1, [['append', 'x', 2]])
    h.txn(2, [['r', 'x', [1, 2]]])
    h.txn(3, [['r', 'x', [2, 1]]])
    const result = la(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'incompatible-order').message).toMatch(/neither is a prefix/)
  })

  test('lost-update: two transactions read the same version and both append', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [
      ['r', 'x', null],
      ['append', 'x', 1],
    ])
    h.invoke(1, [
      ['r', 'x', null],
      ['append', 'x', 2],
    ])
    h.ok(0, [
      ['r', 'x', []],
      ['append', 'x', 1],
    ])
    h.ok(1, [
      ['r', 'x', []],
      ['append', 'x', 2],
    ])
    h.txn(2, [['r', 'x', [1, 2]]])
    const result = la(h, ['cursor-stability'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'lost-update').message).toMatch(/all read key "x" as \[\]/)
    expect(la(h, ['read-committed']).valid).toBe(true)
  })

  test('G-single-realtime: a stale read after the append completed', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(1, [['r', 'x', []]])
    h.txn(2, [['r', 'x', [1]]])
    expect(la(h, ['serializable']).valid).toBe(true)
    const result = la(h, ['strict-serializable'])
    expect(result.valid).toBe(false)
    const steps = expectClosedCycle(anomaly(result, 'G-single-realtime'), 2)
    expect(steps.join(' ')).toMatch(/completed \(op 1\) before T3 was invoked \(op 2\)/)
    expect(result.not).toEqual(['strong-snapshot-isolation'])
    expect(result.alsoNot).toEqual(['strict-serializable'])
  })

  test('G0-realtime and G1c-realtime: orders that contradict real time', () => {
    const g0 = new HistoryBuilder()
    g0.txn(0, [['append', 'x', 1]])
    g0.txn(1, [['append', 'x', 2]])
    g0.txn(2, [['r', 'x', [2, 1]]])
    expectClosedCycle(anomaly(la(g0, ['strict-serializable']), 'G0-realtime'), 2)
    const g1c = new HistoryBuilder()
    g1c.txn(0, [['r', 'x', [1]]])
    g1c.txn(1, [['append', 'x', 1]])
    const result = la(g1c, ['strict-serializable'])
    expect(result.anomalyTypes).toContain('G1c-realtime')
    expect(la(g1c, ['serializable']).valid).toBe(true)
  })

  test('G-single-process: a client does not see its own earlier append', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(0, [['r', 'x', []]])
    h.txn(1, [['r', 'x', [1]]])
    const result = la(h, ['strong-session-serializable'])
    expect(result.valid).toBe(false)
    expectClosedCycle(anomaly(result, 'G-single-process'), 2)
  })

  test('a serial history is valid under every model, with an empty boundary', () => {
    const h = new HistoryBuilder()
    h.txn(0, [
      ['append', 'x', 1],
      ['r', 'x', [1]],
    ])
    h.txn(1, [
      ['r', 'x', [1]],
      ['append', 'x', 2],
      ['append', 'y', 1],
    ])
    h.txn(0, [
      ['r', 'x', [1, 2]],
      ['r', 'y', [1]],
    ])
    const result = la(h, ['strict-serializable'])
    expect(result).toMatchObject({ valid: true, anomalyTypes: [], not: [], alsoNot: [] })
  })

  test('txn-mismatch: a reply that answers a read with an append (Maelstrom #14)', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [['r', 'x', null]])
    h.ok(0, [['append', 'x', 1]])
    const result = la(h, ['read-uncommitted'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'txn-mismatch').message).toMatch(/micro-op 0 was \["r","x",null\]/)
  })

  test('duplicate appends make the verdict unknown, never valid', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['append', 'x', 1]])
    h.txn(1, [['append', 'x', 1]])
    const result = la(h, ['read-uncommitted'])
    expect(result.valid).toBe('unknown')
    expect(result.reason).toMatch(/duplicate-writes/)
  })
})

describe('rw-register anomalies', () => {
  test('G0 from Maelstrom issue #56 (reads between a transaction’s own writes)', () => {
    const h = new HistoryBuilder()
    h.invoke(2, [
      ['w', 0, 1],
      ['r', 0, null],
      ['r', 0, null],
      ['w', 0, 2],
      ['w', 0, 3],
      ['r', 0, null],
    ])
    h.invoke(3, [
      ['r', 0, null],
      ['w', 0, 10],
      ['r', 0, null],
      ['w', 0, 11],
    ])
    h.ok(3, [
      ['r', 0, 1],
      ['w', 0, 10],
      ['r', 0, 3],
      ['w', 0, 11],
    ])
    h.ok(2, [
      ['w', 0, 1],
      ['r', 0, 1],
      ['r', 0, 10],
      ['w', 0, 2],
      ['w', 0, 3],
      ['r', 0, 3],
    ])
    // Writes-follow-reads is sound under read-committed: breaking it would be a G1c.
    const result = rw(h, ['read-committed'])
    expect(result.valid).toBe(false)
    expect(result.inferenceRules).toContain('writes-follow-reads')
    const steps = expectClosedCycle(anomaly(result, 'G0'), 2)
    expect(steps.join(' ')).toMatch(/read 10 before writing 2 \[writes-follow-reads\]/)
    expect(result.not).toEqual(['read-committed'])
    // Under read-uncommitted no rule orders two transactions' writes, so no G0 can be shown;
    // the read of 10 right after the transaction's own write of 1 is reported as internal.
    const ru = rw(h, ['read-uncommitted'])
    expect(ru.inferenceRules).toEqual(['initial-state', 'own-writes'])
    expect(ru.anomalyTypes).toContain('internal')
    expect(ru.anomalyTypes).not.toContain('G0')
    expect(ru.valid).toBe(true)
  })

  test('G0 from two nodes installing the same writes in opposite orders (session order)', () => {
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
    // Session order is sound where the model orders a client's transactions.
    const result = rw(h, ['strong-session-serializable'])
    expect(result.valid).toBe(false)
    expect(result.inferenceRules).toContain('sequential-keys')
    const steps = expectClosedCycle(anomaly(result, 'G0'), 2)
    expect(steps.join(' ')).toMatch(/client process 0 saw 1 and later 2 .*\[sequential-keys\]/)
    // Under read-uncommitted and read-committed a client may see a stale value: no cycle.
    expect(rw(h, ['read-uncommitted']).valid).toBe(true)
    expect(rw(h, ['read-committed']).valid).toBe(true)
    // Asked for explicitly, it is an assumption, and the result says so.
    const assumed = rw(h, ['read-uncommitted'], true)
    expect(assumed.valid).toBe(false)
    expect(assumed.assumedRules).toEqual(['sequential-keys'])
  })

  test('cyclic-versions: two clients see one key move in opposite directions', () => {
    const h = new HistoryBuilder()
    h.invoke(0, [['w', 'x', 1]])
    h.invoke(1, [['w', 'x', 2]])
    h.ok(0, [['w', 'x', 1]])
    h.ok(1, [['w', 'x', 2]])
    h.txn(0, [['r', 'x', 2]])
    h.txn(1, [['r', 'x', 1]])
    const result = rw(h, ['strong-session-snapshot-isolation'])
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'cyclic-versions').message).toMatch(/contradictory orders/)
    expect(result.not).toEqual(['strong-session-snapshot-isolation'])
    expect(rw(h, ['read-uncommitted']).valid).toBe(true)
  })

  test('G1c, G-single, G2-item on registers', () => {
    const g1c = new HistoryBuilder()
    g1c.invoke(0, [
      ['w', 'x', 1],
      ['r', 'y', null],
    ])
    g1c.invoke(1, [
      ['w', 'y', 1],
      ['r', 'x', null],
    ])
    g1c.ok(0, [
      ['w', 'x', 1],
      ['r', 'y', 1],
    ])
    g1c.ok(1, [
      ['w', 'y', 1],
      ['r', 'x', 1],
    ])
    expectClosedCycle(anomaly(rw(g1c, ['read-committed']), 'G1c'), 2)

    const single = new HistoryBuilder()
    single.invoke(0, [
      ['r', 'x', null],
      ['r', 'y', null],
    ])
    single.txn(1, [
      ['w', 'x', 1],
      ['w', 'y', 1],
    ])
    single.ok(0, [
      ['r', 'x', null],
      ['r', 'y', 1],
    ])
    expectClosedCycle(anomaly(rw(single, ['snapshot-isolation']), 'G-single'), 2)

    const skew = new HistoryBuilder()
    skew.invoke(0, [
      ['r', 'x', null],
      ['w', 'y', 1],
    ])
    skew.invoke(1, [
      ['r', 'y', null],
      ['w', 'x', 1],
    ])
    skew.ok(0, [
      ['r', 'x', null],
      ['w', 'y', 1],
    ])
    skew.ok(1, [
      ['r', 'y', null],
      ['w', 'x', 1],
    ])
    expectClosedCycle(anomaly(rw(skew, ['serializable']), 'G2-item'), 2)
    expect(rw(skew, ['snapshot-isolation']).valid).toBe(true)
  })

  test('per-key real-time order under strict serializability: a read of an overwritten value', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['w', 'x', 1]])
    h.txn(1, [['w', 'x', 2]])
    h.txn(2, [['r', 'x', 1]])
    expect(rw(h, ['serializable'], false).valid).toBe(true)
    const result = rw(h, ['strict-serializable'], false)
    expect(result.valid).toBe(false)
    expect(result.anomalyTypes).toEqual(['G-single-realtime', 'cyclic-versions-realtime'])
    const steps = expectClosedCycle(anomaly(result, 'G-single-realtime'), 2)
    expect(steps.join(' ')).toMatch(/T1 completed before T3 began/)
    expect(result.not).toEqual(['strong-snapshot-isolation'])
  })

  test('G1a, G1b, internal and lost-update on registers', () => {
    const h = new HistoryBuilder()
    h.txn(0, [['w', 'x', 1]], 'fail')
    h.txn(1, [['r', 'x', 1]])
    h.txn(2, [
      ['w', 'y', 1],
      ['w', 'y', 2],
    ])
    h.txn(3, [['r', 'y', 1]])
    h.txn(4, [
      ['w', 'z', 1],
      ['r', 'z', 7],
    ])
    h.txn(5, [['w', 'z', 7]])
    const result = rw(h, ['read-committed'], false)
    expect(result.valid).toBe(false)
    expect(anomaly(result, 'G1a').message).toMatch(/which failed/)
    expect(anomaly(result, 'G1b').message).toMatch(/wrote the key again/)
    expect(anomaly(result, 'internal').message).toMatch(/right after its own write of 1/)

    const lost = new HistoryBuilder()
    lost.invoke(0, [
      ['r', 'x', null],
      ['w', 'x', 1],
    ])
    lost.invoke(1, [
      ['r', 'x', null],
      ['w', 'x', 2],
    ])
    lost.ok(0, [
      ['r', 'x', null],
      ['w', 'x', 1],
    ])
    lost.ok(1, [
      ['r', 'x', null],
      ['w', 'x', 2],
    ])
    expect(anomaly(rw(lost, ['repeatable-read']), 'lost-update').ops).toEqual([2, 3])
  })
})
