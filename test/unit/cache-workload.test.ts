// The cache workload's own parts (issue 16, track 9): the burst generator (a write of a fresh
// key, then reads parked to fire at one instant), the coalescing figure from an execution log,
// the read-latency figure, and the nodes added to a stale-read anomaly. Pure functions: no
// processes here; the stages run for real in test/e2e/stages-cache.test.ts.
import { describe, expect, it } from 'vitest'
import type { Anomaly } from '../../src/checkers/contract.js'
import type { BackendLog, Execution, Op } from '../../src/history/index.js'
import { Random } from '../../src/network/random.js'
import { cache, BURST_LEAD_MS } from '../../src/workloads/cache.js'
import {
  coalescingFigures,
  nameCacheNodes,
  readLatencyFigures,
} from '../../src/workloads/cache-figures.js'
import type { Invocation, Wait } from '../../src/workloads/contract.js'
import { testOptions } from '../helpers/run-options.js'

function logOf(reads: { key: unknown; src: string }[]): BackendLog {
  const executions: Execution[] = reads.map((r, seq) => ({
    seq,
    backend: 'backend-0',
    src: r.src,
    msgId: seq,
    type: 'read',
    body: { type: 'read', key: r.key, msg_id: seq },
    arrivedMs: seq,
    endMs: seq + 5,
    outcome: 'ok',
  }))
  return {
    backends: ['backend-0'],
    spec: { capacity: 1e6, serviceTimeMs: 5, serviceTimeDist: 'constant' },
    executions,
    downWindows: [],
  }
}

describe('cache workload', () => {
  it('bursts: a write of a fresh key, then `burst` reads firing at one instant', () => {
    const options = testOptions({
      workload: 'cache',
      nodeIds: ['n0', 'n1', 'n2'],
      concurrency: 12,
      extra: { keys: 4, burst: 8, burstEveryMs: 1000 },
    })
    expect(cache.validateOptions?.(options)).toBeNull()
    const generator = cache.generator({
      random: new Random(1),
      options,
      nodeIds: options.nodeIds,
      concurrency: 12,
    })
    const out: { at: number; next: Invocation | Wait }[] = []
    for (let at = 0; at < 3000; at += 5) {
      const next = generator.next(0, 0, at)
      if (next !== null) {
        out.push({ at, next })
      }
    }
    const burstWrites = out.filter(
      (o) => 'f' in o.next && o.next.f === 'write' && (o.next.key as number) >= 4,
    )
    expect(burstWrites.map((o) => (o.next as Invocation).key)).toEqual([4, 5, 6])
    for (const write of burstWrites) {
      const key = (write.next as Invocation).key
      const parked = out.filter((o) => 'waitMs' in o.next && o.next.then?.key === key)
      expect(parked).toHaveLength(8)
      const fireAt = parked.map((o) => o.at + (o.next as Wait).waitMs)
      expect(new Set(fireAt)).toEqual(new Set([write.at + BURST_LEAD_MS]))
      expect(parked.every((o) => (o.next as Wait).then?.f === 'read')).toBe(true)
    }
    // ordinary traffic stays on keys 0–3
    const plain = out.filter((o) => 'f' in o.next && (o.next.key as number) < 4)
    expect(plain.length).toBeGreaterThan(200)
  })

  it('refuses a burst that the client workers cannot hold', () => {
    const options = testOptions({ workload: 'cache', concurrency: 10, extra: { burst: 50 } })
    expect(cache.validateOptions?.(options)).toMatch(/burst 50 needs --concurrency above it/)
  })

  it('coalescing: store reads of burst keys per (key, node) that read one', () => {
    const coalesced = logOf([
      { key: 16, src: 'n0' },
      { key: 16, src: 'n1' },
      { key: 17, src: 'n0' },
      { key: 3, src: 'n0' }, // an ordinary key: not counted
    ])
    expect(coalescingFigures(coalesced, 16)).toEqual({
      burstStoreReads: 3,
      burstMisses: 3,
      backendReadsPerMiss: 1,
    })
    const herd = logOf(Array.from({ length: 50 }, (_, i) => ({ key: 16, src: `n${i % 3}` })))
    expect(coalescingFigures(herd, 16).backendReadsPerMiss).toBeCloseTo(50 / 3)
    // nothing measured: absent, never 0
    expect(coalescingFigures(logOf([{ key: 1, src: 'n0' }]), 16)).toEqual({
      burstStoreReads: 0,
      burstMisses: 0,
    })
    expect(coalescingFigures(undefined, 16).backendReadsPerMiss).toBeUndefined()
  })

  it('read latencies: quantiles of ok reads in ms, absent without any', () => {
    const op = (index: number, timeMs: number, type: Op['type'], f: string): Op => ({
      index,
      time: timeMs * 1e6,
      process: index >> 1,
      type,
      f,
      key: 1,
    })
    const history = [
      op(0, 0, 'invoke', 'read'),
      op(1, 2, 'ok', 'read'),
      op(2, 10, 'invoke', 'read'),
      op(3, 16, 'ok', 'read'),
      op(4, 20, 'invoke', 'write'),
      op(5, 90, 'ok', 'write'),
    ]
    expect(readLatencyFigures(history).readLatencies?.['1']).toBe(6)
    expect(readLatencyFigures(history.slice(4))).toEqual({})
  })

  it('names the reading node and the node of the overwriting write', () => {
    const evidenceOp = (index: number, node: string, f: string, output: number, t: number) => ({
      index,
      node,
      f,
      output,
      type: 'ok',
      startNs: t,
      endNs: t + 10,
    })
    const anomaly: Anomaly = {
      type: 'not-linearizable',
      message: 'read of key 0 returned 1 at 0.10 s: the read returned a stale value.',
      ops: [7, 8],
      nodes: ['n2'],
      evidence: {
        ops: [
          evidenceOp(1, 'n2', 'write', 1, 0),
          evidenceOp(3, 'n0', 'write', 2, 40),
          evidenceOp(5, 'n1', 'write', 3, 200), // after the read began: not the culprit
          evidenceOp(7, 'n2', 'read', 1, 100),
        ],
      },
    }
    const named = nameCacheNodes(anomaly)
    expect(named.message).toMatch(/served by n2; the write of 2 went through n0\.$/)
    expect(named.nodes).toEqual(['n2', 'n0'])
    const bare = { type: 'x', message: 'm', ops: [1] }
    expect(nameCacheNodes(bare)).toBe(bare)
  })
})
