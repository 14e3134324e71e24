// The bounded-staleness checker (issue 16) on generated histories with known verdicts and on
// adversarial ones: stale, future and garbage reads with their evidence; concurrency and
// info writes never accuse; Δ moves the verdict; unknown when nothing can be told; and on
// recorded cache runs (a coherent reference, a 2 s TTL cache).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkBoundedStaleness } from '../../src/checkers/bounded-staleness.js'
import { readHistoryFile } from '../../src/history/formats/index.js'
import type { Op, OpType } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'
import { repoRoot } from '../helpers/cli.js'

const MS = 1e6

interface Spec {
  f: 'read' | 'write'
  key?: number
  value?: unknown
  startMs: number
  endMs?: number
  type?: Exclude<OpType, 'invoke'>
}

/** A history from op intervals (one process each), events sorted by time. */
function history(specs: Spec[]): Op[] {
  const events: Omit<Op, 'index'>[] = []
  specs.forEach((s, process) => {
    const key = s.key ?? 1
    const invokeValue = s.f === 'write' ? s.value : undefined
    events.push({
      time: s.startMs * MS,
      process,
      type: 'invoke',
      f: s.f,
      key,
      value: invokeValue,
      node: 'n0',
    })
    if (s.endMs !== undefined) {
      events.push({
        time: s.endMs * MS,
        process,
        type: s.type ?? 'ok',
        f: s.f,
        key,
        value: s.value,
        node: 'n0',
      })
    }
  })
  return events
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.time - b.e.time || a.order - b.order)
    .map(({ e }, index) => ({ ...e, index }))
}

describe('bounded-staleness checker', () => {
  it('accepts a read of the current value and of a value replaced less than Δ before', () => {
    const h = history([
      { f: 'write', value: 1, startMs: 0, endMs: 10 },
      { f: 'write', value: 2, startMs: 20, endMs: 30 },
      { f: 'read', value: 1, startMs: 400, endMs: 410 },
      { f: 'read', value: 2, startMs: 5000, endMs: 5010 },
    ])
    const result = checkBoundedStaleness(h, { deltaMs: 500 })
    expect(result.valid).toBe(true)
    expect(result.readCount).toBe(2)
    expect((result.stalenessMs as Record<string, number>)['1']).toBe(370)
  })

  it('names a stale read with the read and the overwriting write as evidence', () => {
    const h = history([
      { f: 'write', value: 1, startMs: 0, endMs: 10 },
      { f: 'write', value: 2, startMs: 20, endMs: 30 },
      { f: 'read', value: 1, startMs: 600, endMs: 610 },
    ])
    const result = checkBoundedStaleness(h, { deltaMs: 500 })
    expect(result.valid).toBe(false)
    const anomaly = result.anomalies[0]
    expect(anomaly?.type).toBe('stale-read')
    expect(anomaly?.message).toMatch(
      /read of key 1 on n0 at 0\.600 s–0\.610 s returned 1 \(written at 0\.000 s\), but the write of 2 through n0 had replaced it by 0\.030 s, 570 ms before the read began/,
    )
    expect(anomaly?.nodes).toEqual(['n0'])
    expect(anomaly?.ops).toEqual([4, 5, 0, 2, 3])
    expect(anomaly?.timeNs).toEqual([30 * MS, 610 * MS])
    expect(checkBoundedStaleness(h, { deltaMs: 1000 }).valid).toBe(true)
  })

  it('a read of the initial null is stale once the first ok write completed more than Δ before', () => {
    const h = history([
      { f: 'write', value: 1, startMs: 0, endMs: 10 },
      { f: 'read', value: null, startMs: 100, endMs: 110 },
      { f: 'read', value: null, startMs: 700, endMs: 710 },
    ])
    const result = checkBoundedStaleness(h, { deltaMs: 500 })
    expect(result.staleCount).toBe(1)
    expect(result.anomalies[0]?.message).toMatch(/returned null \(the initial null\)/)
  })

  it('never accuses on concurrent writes, info writes or failed writes', () => {
    const h = history([
      { f: 'write', value: 1, startMs: 0, endMs: 100 },
      // concurrent with write 1: may be ordered before it, so it does not end 1's currency
      { f: 'write', value: 2, startMs: 50, endMs: 60 },
      // info: may take effect at any time, or never
      { f: 'write', value: 3, startMs: 200, type: 'info', endMs: 300 },
      { f: 'write', value: 4, startMs: 400, type: 'fail', endMs: 410 },
      { f: 'read', value: 1, startMs: 5000, endMs: 5010 },
      { f: 'read', value: 3, startMs: 9000, endMs: 9010 },
    ])
    expect(checkBoundedStaleness(h, { deltaMs: 0 }).valid).toBe(true)
  })

  it('names future reads and garbage reads', () => {
    const future = history([
      { f: 'read', value: 7, startMs: 0, endMs: 10 },
      { f: 'write', value: 7, startMs: 20, endMs: 30 },
    ])
    expect(checkBoundedStaleness(future).anomalies[0]?.type).toBe('future-read')
    const garbage = history([
      { f: 'write', value: 1, startMs: 0, endMs: 10 },
      { f: 'read', value: 99, startMs: 20, endMs: 30 },
    ])
    expect(checkBoundedStaleness(garbage).anomalies[0]?.type).toBe('garbage-read')
  })

  it('checks keys independently', () => {
    const h = history([
      { f: 'write', key: 1, value: 1, startMs: 0, endMs: 10 },
      { f: 'write', key: 2, value: 2, startMs: 20, endMs: 30 },
      { f: 'read', key: 1, value: 1, startMs: 5000, endMs: 5010 },
    ])
    expect(checkBoundedStaleness(h).valid).toBe(true)
  })

  it('is unknown with no ok read, and when a value was written twice to a key', () => {
    expect(
      checkBoundedStaleness(history([{ f: 'write', value: 1, startMs: 0, endMs: 1 }])).valid,
    ).toBe('unknown')
    const twice = history([
      { f: 'write', value: 1, startMs: 0, endMs: 10 },
      { f: 'write', value: 1, startMs: 20, endMs: 30 },
      { f: 'read', value: 1, startMs: 5000, endMs: 5010 },
    ])
    expect(checkBoundedStaleness(twice).valid).toBe('unknown')
  })

  it('generated: a store serving reads from a copy refreshed every R ms passes iff R ≤ Δ', () => {
    const run = (refreshMs: number, deltaMs: number): boolean | 'unknown' => {
      const random = new Random(refreshMs * 31 + deltaMs)
      const specs: Spec[] = []
      let current: unknown = null
      let copy: unknown = null
      let value = 0
      let nextRefreshMs = refreshMs
      for (let t = 0; t < 20_000; t += 10) {
        if (t >= nextRefreshMs) {
          copy = current
          nextRefreshMs += refreshMs
        }
        if (random.chance(0.1)) {
          value++
          specs.push({ f: 'write', value, startMs: t, endMs: t + 2 })
          current = value
        } else {
          specs.push({ f: 'read', value: copy, startMs: t + 1, endMs: t + 3 })
        }
      }
      return checkBoundedStaleness(history(specs), { deltaMs }).valid as boolean | 'unknown'
    }
    expect(run(200, 500)).toBe(true)
    expect(run(400, 500)).toBe(true)
    expect(run(1000, 500)).toBe(false)
    expect(run(2000, 1000)).toBe(false)
  })

  // Recorded: 3 s runs of the cache workload on 3 nodes (seed 5, rate 100), kept in
  // test/fixtures/histories/cache/: the reference (invalidation: linearizable) and the known-bad
  // 2 s TTL without invalidation (tracks/cache/bad_long_ttl.py).
  const recorded = (name: string) =>
    readHistoryFile(join(repoRoot, 'test', 'fixtures', 'histories', 'cache', `${name}.jsonl`))

  it('recorded: the coherent reference is never stale, not even with Δ = 0', () => {
    const h = recorded('reference')
    for (const deltaMs of [0, 500]) {
      const result = checkBoundedStaleness(h, { deltaMs })
      expect(result.valid).toBe(true)
      expect(result.readCount).toBeGreaterThan(100)
    }
  })

  it('recorded: a 2 s TTL fails Δ = 500 ms with sound evidence, passes Δ = 3 s', () => {
    const h = recorded('bad_long_ttl')
    const result = checkBoundedStaleness(h, { deltaMs: 500 })
    expect(result.valid).toBe(false)
    expect(result.staleCount).toBeGreaterThan(5)
    for (const anomaly of result.anomalies) {
      expect(anomaly.type).toBe('stale-read')
      const evidence = anomaly.evidence as { read: number[]; overwrittenBy: number[] }
      const read = h[evidence.read[0] as number] as Op
      const overwrite = h[evidence.overwrittenBy[1] as number] as Op
      // the overwriting write of the same key completed more than Δ before the read began
      expect(overwrite.key).toEqual(read.key)
      expect(overwrite.type).toBe('ok')
      expect(read.time - overwrite.time).toBeGreaterThan(500 * MS)
      expect(anomaly.message).toMatch(/through n\d had replaced it/)
    }
    const stalest = (result.stalenessMs as Record<string, number>)['1'] as number
    expect(stalest).toBeGreaterThan(500)
    expect(stalest).toBeLessThan(2500)
    expect(checkBoundedStaleness(h, { deltaMs: 3000 }).valid).toBe(true)
  })
})
