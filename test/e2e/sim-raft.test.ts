// The Python reference Raft (test/fixtures/nodes/python/raft.py) in simulated time: its 10 ms
// tick is woken only when due (maelstrom.py's every(…, due)), so a raft-persistence/chaos seed —
// kills, full restarts, partitions, pauses, loss — passes, vouched, replays byte for byte, and
// costs far fewer inputs than 100 ticks per node per second would (5 nodes × 100 × the run's
// seconds of ticks alone). The same for the JavaScript reference (tracks/raft/reference.js on
// js/lib.js's every(…, due)).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runCli } from '../helpers/cli.js'

interface Sim {
  used?: boolean
  inputs?: number
  batches?: number
}

const PYTHON = `python3 ${join(repoRoot, 'test', 'fixtures', 'nodes', 'python', 'raft.py')}`
const JS = `node ${join(repoRoot, 'test', 'fixtures', 'nodes', 'tracks', 'raft', 'reference.js')}`

async function chaosSeed(seed: number, bin = PYTHON) {
  const store = mkdtempSync(join(tmpdir(), 'sim-raft-'))
  const result = await runCli([
    'test',
    '--track',
    'raft-persistence',
    '--stage',
    'raft-persistence/chaos',
    '--bin',
    bin,
    '--sim',
    '--seed',
    String(seed),
    '--seeds',
    '1',
    '--time-scale',
    '0.5',
    '--store',
    store,
  ])
  const workload = readdirSync(store).filter((d) => d !== 'latest')[0] ?? ''
  const stamp = readdirSync(join(store, workload)).sort()[0] ?? ''
  const dir = join(store, workload, stamp)
  return {
    code: result.code,
    output: result.stdout + result.stderr,
    results: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as {
      stage?: { status?: string }
      harness?: { sim?: Sim }
    },
    history: readFileSync(join(dir, 'history.jsonl'), 'utf8'),
  }
}

describe('raft.py in simulated time', () => {
  it('passes raft-persistence/chaos twice byte for byte, ticking only when due', async () => {
    const first = await chaosSeed(3)
    const second = await chaosSeed(3)
    for (const run of [first, second]) {
      expect(run.code, run.output).toBe(0)
      expect(run.results.stage?.status).toBe('pass')
      expect(run.results.harness?.sim?.used).toBe(true)
    }
    expect(second.history).toBe(first.history)
    const inputs = first.results.harness?.sim?.inputs ?? Infinity
    // 30 virtual seconds (time scale 0.5): a tick every 10 ms would be 15,000 inputs alone.
    expect(inputs).toBeLessThan(15_000)
  }, 300_000)
})

describe('the JS reference Raft in simulated time', () => {
  it('passes raft-persistence/chaos twice byte for byte, ticking only when due', async () => {
    const first = await chaosSeed(3, JS)
    const second = await chaosSeed(3, JS)
    for (const run of [first, second]) {
      expect(run.code, run.output).toBe(0)
      expect(run.results.stage?.status).toBe('pass')
      expect(run.results.harness?.sim?.used).toBe(true)
    }
    expect(second.history).toBe(first.history)
    // every tick a round trip was 15,000 inputs of ticks alone (30 virtual seconds, 5 nodes)
    expect(first.results.harness?.sim?.inputs ?? Infinity).toBeLessThan(15_000)
  }, 300_000)
})
