// The lin-kv workload end to end through the runner with real node processes: a node that
// proxies to the lin-kv service passes; a node serving reads from a stale local copy fails
// with not-linearizable evidence; a concurrency that is not a multiple of 2n is refused with
// the values that would work. Short, time-scaled runs.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/run/index.js'
import { MemoryLogger } from '../../src/shared/logger.js'
import { linKv, linKvGenerator } from '../../src/workloads/lin-kv.js'
import { Random } from '../../src/network/random.js'
import { findWorkload } from '../../src/workloads/registry.js'
import { repoRoot } from '../helpers/cli.js'
import { testOptions } from '../helpers/run-options.js'

function linKvNode(name: string): string[] {
  return [process.execPath, join(repoRoot, 'test', 'fixtures', 'nodes', 'lin-kv', name)]
}

describe('lin-kv workload', () => {
  it('is registered and refuses a concurrency that is not a multiple of 2n', () => {
    expect(findWorkload('lin-kv')).toBe(linKv)
    const three = testOptions({ nodeIds: ['n0', 'n1', 'n2'], concurrency: 3 })
    expect(linKv.validateOptions?.(three)).toBe(
      '--concurrency must be a multiple of 2n = 6 for lin-kv (got 3): try 6, 12 or 18',
    )
    expect(linKv.validateOptions?.({ ...three, concurrency: 13 })).toContain('try 12, 18 or 24')
    expect(linKv.validateOptions?.({ ...three, concurrency: 12 })).toBeNull()
  })

  it('generates key groups of 2n threads: n readers, n writers/cas, values 0–4', () => {
    const options = testOptions({ nodeIds: ['n0', 'n1'], concurrency: 8 })
    const gen = linKvGenerator({
      random: new Random(3, 'gen'),
      options,
      nodeIds: options.nodeIds,
      concurrency: 8,
    })
    const ops = Array.from({ length: 400 }, (_, i) => ({
      worker: i % 8,
      op: gen.next(i % 8, i % 8, 0),
    }))
    for (const { worker, op } of ops) {
      if (!('f' in op!)) {
        throw new Error('expected an invocation')
      }
      expect(op.key).toBe(worker < 4 ? 0 : 1)
      if (worker % 4 < 2) {
        expect(op.f).toBe('read')
      } else {
        expect(['write', 'cas']).toContain(op.f)
      }
    }
    const cas = ops.filter((o) => o.op && 'f' in o.op && o.op.f === 'cas').length
    const writes = ops.filter((o) => o.op && 'f' in o.op && o.op.f === 'write').length
    expect(cas).toBeGreaterThan(writes)
    // a 21st distinct process on a key moves the group to a fresh key
    const keys = new Set<unknown>()
    for (let p = 100; p < 125; p++) {
      const op = gen.next(0, p, 0)
      if (op && 'f' in op) {
        keys.add(op.key)
      }
    }
    expect(keys.size).toBe(2)
  })

  it('passes a node that proxies to the lin-kv service', async () => {
    const store = mkdtempSync(join(tmpdir(), 'lin-kv-proxy-'))
    const outcome = await runTest({
      options: testOptions({
        workload: 'lin-kv',
        command: linKvNode('proxy.js'),
        nodeIds: ['n0', 'n1'],
        concurrency: 4,
        timeLimitS: 3,
        rate: 40,
      }),
      storeDir: store,
      logger: new MemoryLogger(),
      env: process.env,
    })
    const results = JSON.parse(readFileSync(join(outcome.runDir, 'results.json'), 'utf8'))
    expect(results.valid).toBe(true)
    expect(outcome.exitCode).toBe(0)
  }, 60_000)

  it('fails a node that serves reads from a stale local copy, with evidence', async () => {
    const store = mkdtempSync(join(tmpdir(), 'lin-kv-stale-'))
    const outcome = await runTest({
      options: testOptions({
        workload: 'lin-kv',
        command: linKvNode('stale.js'),
        nodeIds: ['n0', 'n1', 'n2'],
        concurrency: 6,
        timeLimitS: 4,
        rate: 60,
      }),
      storeDir: store,
      logger: new MemoryLogger(),
      env: process.env,
    })
    const text = readFileSync(join(outcome.runDir, 'results.json'), 'utf8')
    const results = JSON.parse(text)
    expect(results.valid).toBe(false)
    expect(outcome.exitCode).toBe(1)
    expect(text).toContain('not-linearizable')
    expect(text).toMatch(/read of key \d+ returned/)
  }, 60_000)
})
