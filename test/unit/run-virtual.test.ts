// The runner on the virtual clock with in-process nodes: a 60 s run takes well under a
// second of wall time, the same seed gives the same history bit for bit (ops, values,
// pacing, latencies, fault schedule) and a different seed a different one.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/run/index.js'
import type { RunRequest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import { testOptions } from '../helpers/run-options.js'
import { simBroadcast, simEcho, simUniqueIds } from '../helpers/sim-nodes.js'
import type { SimNodeFactory } from '../../src/sim/contract.js'
import type { TestOptions } from '../../src/options/test-options.js'

function request(factory: SimNodeFactory, options: Partial<TestOptions>): RunRequest {
  return {
    options: testOptions(options),
    storeDir: mkdtempSync(join(tmpdir(), 'run-virtual-')),
    logger: silentLogger,
    nodes: { kind: 'in-process', factory },
    clock: 'virtual',
    writeReport: false,
  }
}

const broadcastOptions: Partial<TestOptions> = {
  workload: 'broadcast',
  rate: 20,
  latencyMs: 50,
  latencyDist: 'exponential',
  nemesis: ['partition'],
  nemesisIntervalS: 5,
}

describe('runTest on the virtual clock', () => {
  it('runs 60 s of broadcast with partitions quickly and validly', async () => {
    const started = performance.now()
    const outcome = await runTest(request(simBroadcast(), { ...broadcastOptions, seed: 11 }))
    const wallMs = performance.now() - started
    expect(outcome.reason).toContain('passed')
    expect(outcome.exitCode).toBe(0)
    expect(outcome.history.filter((op) => op.process === 'nemesis').length).toBeGreaterThan(4)
    expect(outcome.history.some((op) => op.final === true)).toBe(true)
    expect(wallMs).toBeLessThan(15_000)
  }, 60_000)

  it('replays a seed bit for bit and differs for another seed', async () => {
    const a = await runTest(
      request(simBroadcast(), { ...broadcastOptions, seed: 5, timeLimitS: 20 }),
    )
    const b = await runTest(
      request(simBroadcast(), { ...broadcastOptions, seed: 5, timeLimitS: 20 }),
    )
    const c = await runTest(
      request(simBroadcast(), { ...broadcastOptions, seed: 6, timeLimitS: 20 }),
    )
    expect(JSON.stringify(a.history)).toBe(JSON.stringify(b.history))
    const journal = (o: typeof a): string => readFileSync(join(o.runDir, 'journal.jsonl'), 'utf8')
    expect(journal(a)).toBe(journal(b))
    expect(JSON.stringify(a.history)).not.toBe(JSON.stringify(c.history))
    expect(a.results.faults).toEqual(b.results.faults)
  }, 60_000)

  it('fails a unique-ids node whose counter restarts at zero under kill, passes a persisting one', async () => {
    const options = {
      workload: 'unique-ids',
      rate: 50,
      timeLimitS: 30,
      nemesis: ['kill'],
      nemesisIntervalS: 3,
      seed: 3,
    }
    const bad = await runTest(request(simUniqueIds(false), options))
    const good = await runTest(request(simUniqueIds(true), options))
    expect(bad.exitCode).toBe(1)
    expect(bad.reason).toMatch(/returned \d+ times/)
    expect(good.exitCode).toBe(0)
    expect(good.results.crashes).toEqual([])
  }, 60_000)

  it('echo on the virtual clock passes with Maelstrom defaults', async () => {
    const outcome = await runTest(request(simEcho, { workload: 'echo' }))
    expect(outcome.exitCode).toBe(0)
    expect((outcome.results.stats as { count: number }).count).toBeGreaterThan(200)
  }, 60_000)

  it('with client-loss, a timed-out request is re-sent with the same msg_id', async () => {
    const outcome = await runTest(
      request(simEcho, {
        workload: 'echo',
        rate: 20,
        timeLimitS: 20,
        clientLossRatio: 0.3,
        seed: 8,
      }),
    )
    const journal = readFileSync(join(outcome.runDir, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            type: string
            message: { src: string; body: { type: string; msg_id?: number } }
          },
      )
    const sends = journal.filter((e) => e.type === 'send' && e.message.body.type === 'echo')
    const keys = sends.map((e) => `${e.message.src}/${e.message.body.msg_id}`)
    expect(new Set(keys).size).toBeLessThan(keys.length)
    const stats = outcome.results.stats as { okCount: number; count: number }
    expect(stats.okCount / stats.count).toBeGreaterThan(0.9)
  }, 60_000)
})
