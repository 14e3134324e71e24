// The kafka workload end to end through the runner with a real node process: a single-node
// in-memory log passes; the same node on two nodes numbers offsets independently and fails
// with inconsistent-offsets or lost-write. Short, time-scaled runs.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/run/index.js'
import { MemoryLogger } from '../../src/shared/logger.js'
import { findWorkload } from '../../src/workloads/registry.js'
import { kafka } from '../../src/workloads/kafka.js'
import { repoRoot } from '../helpers/cli.js'
import { testOptions } from '../helpers/run-options.js'

const LOG_NODE = [process.execPath, join(repoRoot, 'test', 'fixtures', 'nodes', 'kafka', 'log.js')]

async function run(nodeIds: string[], prefix: string) {
  const store = mkdtempSync(join(tmpdir(), prefix))
  const outcome = await runTest({
    options: testOptions({
      workload: 'kafka',
      command: LOG_NODE,
      nodeIds,
      concurrency: 2 * nodeIds.length,
      timeLimitS: 2,
      rate: 60,
      timeScale: 0.3,
    }),
    storeDir: store,
    logger: new MemoryLogger(),
    env: process.env,
  })
  const text = readFileSync(join(outcome.runDir, 'results.json'), 'utf8')
  const history = readFileSync(join(outcome.runDir, 'history.jsonl'), 'utf8')
  return { outcome, text, results: JSON.parse(text), history }
}

describe('kafka workload', () => {
  it('is registered', () => {
    expect(findWorkload('kafka')).toBe(kafka)
  })

  it('passes a single-node log', async () => {
    const { results, outcome, history } = await run(['n0'], 'kafka-single-')
    expect(results.workload.anomalies).toEqual([])
    expect(results.workload.valid).toBe(true)
    expect(results.workload.ackedSendCount).toBeGreaterThan(10)
    expect(history).toContain('"f":"assign"')
    // (the run's stats checker still counts the always-info `crash` ops as failures)
    expect(results.availability?.valid ?? true).toBe(true)
    expect(outcome.runDir).toContain('kafka')
  }, 60_000)

  it('fails two nodes that assign offsets independently', async () => {
    const { results, text } = await run(['n0', 'n1'], 'kafka-split-')
    expect(results.valid).toBe(false)
    expect(results.workload.valid).toBe(false)
    expect(text).toMatch(/inconsistent-offsets|lost-write/)
  }, 60_000)
})
