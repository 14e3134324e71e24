// runTest with real JS fixture processes (short, time-scaled runs): valid echo, an init
// failure is exit 255 naming the node, the run leaves its files, every process is gone.
import { existsSync, mkdtempSync, readFileSync, readlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/run/index.js'
import { MemoryLogger } from '../../src/shared/logger.js'
import { testOptions, fixtureNode } from '../helpers/run-options.js'

describe('runTest with process nodes', () => {
  it('passes a correct echo node and leaves every file of a run', async () => {
    const store = mkdtempSync(join(tmpdir(), 'run-echo-'))
    const outcome = await runTest({
      options: testOptions({
        workload: 'echo',
        command: fixtureNode('echo.js'),
        timeLimitS: 2,
        rate: 20,
      }),
      storeDir: store,
      logger: new MemoryLogger(),
      env: process.env,
    })
    expect(outcome.reason).toContain('passed')
    expect(outcome.exitCode).toBe(0)
    for (const file of [
      'results.json',
      'history.jsonl',
      'journal.jsonl',
      'report.html',
      'node-logs/n1.log',
    ]) {
      expect(existsSync(join(outcome.runDir, file)), file).toBe(true)
    }
    const results = JSON.parse(readFileSync(join(outcome.runDir, 'results.json'), 'utf8'))
    expect(results.valid).toBe(true)
    expect(results.stats.okCount).toBeGreaterThan(10)
    expect(results.net.all.msgCount).toBeGreaterThan(20)
    expect(readlinkSync(join(store, 'latest'))).toContain('echo')
  }, 30_000)

  it('reports a node that never answers init as exit 255 naming the node', async () => {
    const store = mkdtempSync(join(tmpdir(), 'run-noinit-'))
    const outcome = await runTest({
      options: testOptions({
        workload: 'echo',
        command: fixtureNode('no-init.js'),
        timeLimitS: 1,
        nodeIds: ['n1'],
      }),
      storeDir: store,
      logger: new MemoryLogger(),
      env: process.env,
    })
    expect(outcome.exitCode).toBe(255)
    expect(outcome.reason).toMatch(/n1 did not answer init/)
  }, 30_000)
})
