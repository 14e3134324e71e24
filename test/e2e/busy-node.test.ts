// A node that never waits (it polls a non-blocking stdin without sleeping) fails the stage
// with the CPU sentence and the busy-loop hint — its answers are right, so nothing else would
// catch it — while the reference echo node, on the same machine, is not accused. Real
// processes, the real stage of track 1 (messenger/echo), half time.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runStage } from '../../src/grading/stage.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { BUSY_NODE_HINT } from '../../src/grading/vouch.js'
import type { HarnessHealth } from '../../src/run/health.js'
import { MemoryLogger } from '../../src/shared/logger.js'
import { findStage, findTrack } from '../../src/tracks/find.js'
import { repoRoot } from '../helpers/cli.js'

function stageRequest(node: string) {
  const stage = findStage(findTrack(loadTracks(), 'messenger'), 'echo')
  return {
    stage,
    command: ['python3', join(repoRoot, 'test', 'fixtures', 'nodes', node)],
    cwd: repoRoot,
    seeds: [5],
    storeDir: mkdtempSync(join(tmpdir(), 'busy-node-')),
    timeScale: 0.5,
    parallelism: 1,
    env: process.env,
    logger: new MemoryLogger(),
  }
}

describe.concurrent('CPU use of the learner nodes', () => {
  it('fails a busy-looping node with the per-node figure and the busy-loop hint', async () => {
    const result = await runStage(stageRequest('hostile/busy-loop.py'))
    expect(result.status).toBe('fail')
    expect(result.reason).toMatch(
      /^Seed 5: Node n0 never waited: one of its threads was running or ready to run \d+% of the main phase \(it got \d+\.\d\d cores; all nodes \d+\.\d\d of \d+\), which starves the other nodes and the harness; look for a busy loop\.$/,
    )
    expect(result.hint).toBe(BUSY_NODE_HINT)
    expect(result.criteria.find((c) => c.id === 'harness.nodesCpu')?.pass).toBe(false)
  }, 120_000)

  it('measures the reference node and does not accuse it', async () => {
    const result = await runStage(stageRequest('python/echo.py'))
    expect(result.status).not.toBe('fail')
    const seed = result.seeds[0]
    expect(seed?.vouch?.kind).not.toBe('nodes-busy')
    const { readFileSync } = await import('node:fs')
    const results = JSON.parse(readFileSync(join(seed?.runDir ?? '', 'results.json'), 'utf8')) as {
      harness: HarnessHealth
    }
    const cpu = results.harness.main.nodesCpu
    expect(cpu?.perNode.n0).toBeLessThan(0.5)
    expect(cpu?.spinShare).toBeLessThan(0.9)
    expect(results.harness.main.machine?.cores).toBeGreaterThan(0)
  }, 120_000)
})
