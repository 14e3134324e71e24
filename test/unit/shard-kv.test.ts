// The shard-kv workload's own figures (src/workloads/shard-kv.ts): lostWrites on generated
// histories with known verdicts (a correct register never shows a lost write, whatever the
// overlap of operations; a dropped write always does) and adversarial ones (concurrent writes,
// timed-out writes, values no write produced), the version-1 shard map, and the replica groups
// of `--extra groups` (stage replicated) with the options they refuse.
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/index.js'
import { checkLinearizable } from '../../src/checkers/index.js'
import { Random } from '../../src/network/index.js'
import {
  initialConfig,
  initialShardMap,
  lostWrites,
  replicaGroups,
  shardKv,
} from '../../src/workloads/shard-kv.js'
import { testOptions } from '../helpers/run-options.js'

/** A history builder: ops get dense indexes in the order they are added. */
class H {
  readonly ops: Op[] = []
  add(op: Omit<Op, 'index'>): this {
    this.ops.push({ ...op, index: this.ops.length })
    return this
  }
  invoke(process: number, timeNs: number, f: string, key: number, value?: unknown): this {
    return this.add({ process, time: timeNs, type: 'invoke', f, key, value, node: 'n1' })
  }
  ok(process: number, timeNs: number, f: string, key: number, value?: unknown): this {
    return this.add({ process, time: timeNs, type: 'ok', f, key, value })
  }
}

/**
 * A correct register under concurrency: each op takes effect at a random instant inside its
 * own interval (events sorted by time), so the history is linearizable by construction.
 * With `drop`, the store forgets every write of key 0 after the first (a lost write).
 */
function generated(seed: number, drop = false): Op[] {
  const random = new Random(seed, 'shard-kv-test')
  interface Planned {
    process: number
    f: string
    key: number
    value?: unknown
    startNs: number
    effectNs: number
    endNs: number
  }
  const planned: Planned[] = []
  let nextValue = 1
  const free = [0, 0, 0, 0]
  for (let i = 0; i < 200; i++) {
    const process = random.int(free.length)
    const startNs = (free[process] as number) + random.int(1000)
    const effectNs = startNs + 1 + random.int(500)
    const endNs = effectNs + 1 + random.int(500)
    free[process] = endNs + 1
    const key = random.int(3)
    const f = random.chance(0.5) ? 'read' : 'write'
    planned.push({
      process,
      f,
      key,
      startNs,
      effectNs,
      endNs,
      ...(f === 'write' ? { value: nextValue++ } : {}),
    })
  }
  const state = new Map<number, unknown>()
  const written = new Set<number>()
  const results = new Map<Planned, unknown>()
  for (const p of [...planned].sort((a, b) => a.effectNs - b.effectNs)) {
    if (p.f === 'write') {
      const forget = drop && p.key === 0 && written.has(0)
      written.add(p.key)
      if (!forget) {
        state.set(p.key, p.value)
      }
    } else {
      results.set(p, state.get(p.key) ?? null)
    }
  }
  const events = planned.flatMap((p) => [
    {
      t: p.startNs,
      op: {
        process: p.process,
        time: p.startNs,
        type: 'invoke' as const,
        f: p.f,
        key: p.key,
        value: p.f === 'write' ? p.value : null,
      },
    },
    {
      t: p.endNs,
      op: {
        process: p.process,
        time: p.endNs,
        type: 'ok' as const,
        f: p.f,
        key: p.key,
        value: p.f === 'write' ? p.value : results.get(p),
      },
    },
  ])
  events.sort((a, b) => a.t - b.t)
  return events.map((e, index) => ({ ...e.op, index }))
}

describe('shard-kv lostWrites', () => {
  it('finds none in correct histories, generated with random overlap (linearizable too)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const history = generated(seed)
      expect(lostWrites(history), `seed ${seed}`).toEqual([])
      expect(checkLinearizable(history, { model: 'cas-register' }, {}).valid).toBe(true)
    }
  })

  it('finds the writes a store dropped, in generated histories where one was dropped and read', () => {
    let found = 0
    for (let seed = 1; seed <= 20; seed++) {
      const lost = lostWrites(generated(seed, true))
      expect(
        lost.every((l) => l.key === 0),
        `seed ${seed}`,
      ).toBe(true)
      found += lost.length > 0 ? 1 : 0
    }
    expect(found).toBeGreaterThanOrEqual(18)
  })

  it('names a write acknowledged before a read that returned null', () => {
    const h = new H()
      .invoke(0, 10, 'write', 7, 1)
      .ok(0, 20, 'write', 7, 1)
      .invoke(1, 30, 'read', 7, null)
      .ok(1, 40, 'read', 7, null)
    expect(lostWrites(h.ops)).toEqual([
      { key: 7, value: 1, writeIndex: 0, readIndex: 2, readValue: null, readNode: 'n1' },
    ])
  })

  it('names a write when a later read returns a strictly older value (cas included)', () => {
    const h = new H()
      .invoke(0, 10, 'write', 1, 5)
      .ok(0, 20, 'write', 1, 5)
      .invoke(0, 30, 'cas', 1, [5, 6])
      .ok(0, 40, 'cas', 1, [5, 6])
      .invoke(1, 50, 'read', 1, null)
      .ok(1, 60, 'read', 1, 5)
    expect(lostWrites(h.ops).map((l) => l.value)).toEqual([6])
  })

  it('accuses nothing when the value read comes from a write concurrent with the later one', () => {
    const h = new H()
      .invoke(0, 10, 'write', 1, 5)
      .invoke(1, 15, 'write', 1, 6)
      .ok(1, 20, 'write', 1, 6)
      .ok(0, 30, 'write', 1, 5)
      .invoke(2, 40, 'read', 1, null)
      .ok(2, 50, 'read', 1, 5)
    expect(lostWrites(h.ops)).toEqual([])
  })

  it('ignores writes that timed out and reads still in flight when the write was acknowledged', () => {
    const h = new H()
      .invoke(0, 10, 'write', 1, 5)
      .add({ process: 0, time: 20, type: 'info', f: 'write', key: 1, value: 5 })
      .invoke(2, 30, 'read', 1, null)
      .ok(2, 40, 'read', 1, null)
      .invoke(3, 50, 'read', 1, null)
      .invoke(4, 55, 'write', 1, 7)
      .ok(4, 60, 'write', 1, 7)
      .ok(3, 70, 'read', 1, null)
    expect(lostWrites(h.ops)).toEqual([])
  })

  it('leaves a value no acknowledged write produced to the linearizable checker', () => {
    const h = new H()
      .invoke(0, 10, 'write', 1, 5)
      .ok(0, 20, 'write', 1, 5)
      .invoke(1, 30, 'read', 1, null)
      .ok(1, 40, 'read', 1, 99)
    expect(lostWrites(h.ops)).toEqual([])
    expect(checkLinearizable(h.ops, { model: 'cas-register' }, {}).valid).toBe(false)
  })
})

describe('shard-kv check', () => {
  const context = {
    options: testOptions({ workload: 'shard-kv', nodeIds: ['n0', 'n1'] }),
    nodeIds: ['n0', 'n1'],
  }
  it('names the first lost write, with the reconfiguration between write and read', () => {
    const h = new H()
      .invoke(0, 10e9, 'write', 7, 1)
      .ok(0, 11e9, 'write', 7, 1)
      .add({ process: 'nemesis', time: 12e9, type: 'invoke', f: 'reconfigure', value: {} })
      .invoke(1, 13e9, 'read', 7, null)
      .ok(1, 14e9, 'read', 7, null)
    const result = shardKv.check(h.ops, context, {})
    expect(result.valid).toBe(false)
    expect(result.lostWriteCount).toBe(1)
    expect(result.anomalies[0]?.type).toBe('lost-write')
    expect(result.anomalies[0]?.message).toMatch(
      /write of 1 to key 7 was acknowledged at 11\.00 s, but a read that began at 13\.00 s \(through n1\) returned null.*1 reconfiguration/,
    )
  })
  it('says nothing of lost writes on a correct history', () => {
    const result = shardKv.check(generated(3), context, {})
    expect(result.valid).toBe(true)
    expect(result.lostWriteCount).toBe(0)
    expect(result.anomalies).toEqual([])
  })
})

describe('shard-kv initial shard map', () => {
  it('gives shard s to node s mod n, shard numbers as strings', () => {
    const map = initialShardMap(16, ['n0', 'n1', 'n2', 'n3', 'n4'])
    expect(Object.keys(map)).toHaveLength(16)
    expect(map['0']).toBe('n0')
    expect(map['7']).toBe('n2')
    expect(map['15']).toBe('n0')
  })
})

describe('shard-kv replica groups (--extra groups)', () => {
  const nine = Array.from({ length: 9 }, (_, i) => `n${i}`)
  it('splits the nodes in order into groups, n0-n2 = g0, and maps shard s to group s mod G', () => {
    const options = testOptions({ workload: 'shard-kv', nodeIds: nine, extra: { groups: 3 } })
    const { groups, shards } = initialConfig(options, nine)
    expect(groups).toEqual({
      g0: ['n0', 'n1', 'n2'],
      g1: ['n3', 'n4', 'n5'],
      g2: ['n6', 'n7', 'n8'],
    })
    expect(Object.keys(shards)).toHaveLength(16)
    expect(shards['0']).toBe('g0')
    expect(shards['4']).toBe('g1')
    expect(shards['15']).toBe('g0')
  })
  it('gives uneven groups sizes that differ by at most one, every node in exactly one', () => {
    const seven = nine.slice(0, 7)
    const groups = replicaGroups(3, seven)
    const sizes = Object.values(groups).map((members) => members.length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    expect(Object.values(groups).flat()).toEqual(seven)
  })
  it('sends no groups without the option (the earlier stages are unchanged)', () => {
    const options = testOptions({ workload: 'shard-kv', nodeIds: nine })
    const config = initialConfig(options, nine)
    expect(config.groups).toBeUndefined()
    expect(config.shards['4']).toBe('n4')
  })
  it('refuses more groups than nodes, a fraction, and groups with moves', () => {
    const refuse = (extra: Record<string, unknown>) =>
      shardKv.validateOptions?.(testOptions({ workload: 'shard-kv', nodeIds: nine, extra }))
    expect(refuse({ groups: 3 })).toBeNull()
    expect(refuse({ groups: 10 })).toMatch(/groups must be an integer from 1 to the node count 9/)
    expect(refuse({ groups: 1.5 })).toMatch(/groups must be an integer/)
    expect(refuse({ groups: 3, reconfigureEveryS: 5 })).toMatch(/static shard map/)
    expect(refuse({ groups: 3, joinLeave: true })).toMatch(/static shard map/)
  })
})
