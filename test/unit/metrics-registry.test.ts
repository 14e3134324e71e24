// The metric registry: every metric a ready stage of our tracks names is declared for that
// stage's workload and checkers; declared paths are unique per producer; and the declarations
// match what a real run writes (a broadcast run with partitions on the virtual clock holds
// every harness and broadcast figure at the declared path, with the declared type).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTracks } from '../../src/grading/tracks.js'
import { valueAtPath } from '../../src/grading/criteria.js'
import {
  HARNESS_METRICS,
  WORKLOAD_METRICS,
  allMetrics,
  findMetric,
  isTimeBased,
  metricRange,
  type MetricSpec,
} from '../../src/metrics/index.js'
import { runTest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import { testOptions } from '../helpers/run-options.js'
import { simBroadcast } from '../helpers/sim-nodes.js'

function typeOk(spec: MetricSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'validity':
      return value === true || value === false || value === 'unknown'
    case 'string':
      return typeof value === 'string'
  }
}

describe('the metric registry', () => {
  it('declares every metric that a ready stage of tracks/ names', () => {
    const missing: string[] = []
    for (const track of loadTracks()) {
      for (const stage of track.stages.filter((s) => s.status === 'ready')) {
        const scope = { workload: stage.workload, checkers: stage.checkers.map((c) => c.name) }
        for (const criterion of stage.criteria) {
          if (findMetric(scope, criterion.metric) === undefined) {
            missing.push(`${stage.fullId}: ${criterion.metric}`)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('declares each path once per producer, with a meaning and a sane range', () => {
    const seen = new Set<string>()
    for (const { producer, spec } of allMetrics()) {
      const key = `${producer} ${spec.path}`
      expect(seen.has(key), key).toBe(false)
      seen.add(key)
      expect(spec.meaning.length, key).toBeGreaterThan(5)
      const [min, max] = metricRange(spec)
      expect(min <= max, key).toBe(true)
    }
  })

  it('marks latency and availability as time-based, counts and verdicts not', () => {
    const scope = { workload: 'broadcast', checkers: [] }
    expect(isTimeBased(scope, 'workload.stableLatencies.0.5')).toBe(true)
    expect(isTimeBased(scope, 'latencyMs.all.0.99')).toBe(true)
    expect(isTimeBased(scope, 'availability.okFraction')).toBe(true)
    // Retries and batching follow the clock (issue 12: 59 msgs/op on a late harness, 25.5 rerun).
    expect(isTimeBased(scope, 'net.servers.msgsPerOp')).toBe(true)
    expect(isTimeBased(scope, 'workload.lostCount')).toBe(false)
    expect(isTimeBased(scope, 'valid')).toBe(false)
    expect(findMetric({ workload: 'echo', checkers: [] }, 'workload.lostCount')).toBeUndefined()
    expect(
      findMetric({ workload: 'echo', checkers: ['linearizable'] }, 'checkers.linearizable.valid'),
    ).toBeDefined()
  })

  it('matches what a real broadcast run writes into results.json', async () => {
    const outcome = await runTest({
      options: testOptions({
        workload: 'broadcast',
        rate: 20,
        latencyMs: 20,
        nemesis: ['partition'],
        nemesisIntervalS: 3,
        timeLimitS: 10,
        seed: 3,
      }),
      storeDir: mkdtempSync(join(tmpdir(), 'metrics-')),
      logger: silentLogger,
      nodes: { kind: 'in-process', factory: simBroadcast() },
      clock: 'virtual',
      writeReport: false,
    })
    expect(outcome.exitCode).toBe(0)
    // Figures grading computes (not in the run's own results) are checked in grading tests.
    const computed = new Set(['lint.findingCount', 'nodes.crashCount'])
    const specs = [...HARNESS_METRICS, ...(WORKLOAD_METRICS.broadcast ?? [])].filter(
      (spec) =>
        !computed.has(spec.path) &&
        !spec.path.startsWith('rpc.') &&
        !spec.path.startsWith('workload.lostLatencies') &&
        // Present only after a full restart / with process nodes (test/unit/run-resumption.test.ts,
        // test/unit/compaction-share.test.ts).
        !spec.path.startsWith('recovery.') &&
        !spec.path.startsWith('nodes.'),
    )
    const wrong = specs
      .map((spec) => ({ spec, value: valueAtPath(outcome.results, spec.path) }))
      .filter(({ spec, value }) => !typeOk(spec, value))
      .map(({ spec, value }) => `${spec.path}: ${JSON.stringify(value)} is not ${spec.type}`)
    expect(wrong).toEqual([])
  }, 60_000)
})
