// Simulated time (issue 18, docs/simulation.md): a 60 s, 5-node broadcast with partitions
// (the broadcast/partitions stage's workload at 60 s) run by the real CLI with the Python
// reference node (test/fixtures/nodes/python/broadcast.py) and with the TypeScript reference
// on the TypeScript template's library, once with --sim and once in real time: wall seconds
// and the ratio (issue 18's target: ≥ 20× on a 2-core machine). Prints, never asserts.
// SIM_BENCH_REAL=0 skips the two real-time runs (about 70 s each). Uses the CLI at
// DSGRADE_CLI or dist/cli/index.js.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packageRoot } from '../src/shared/paths.js'
import { buildTsReference, pythonReference } from '../test/helpers/sim-time-nodes.js'

const cli = process.env.DSGRADE_CLI ?? join(packageRoot(), 'dist', 'cli', 'index.js')
const STAGE = ['-w', 'broadcast', '--node-count', '5', '--time-limit', '60', '--rate', '10']
const FAULTS = ['--nemesis', 'partition']

interface Timed {
  wallS: number
  code: number | null
  used: boolean | undefined
  ops: number
}

function run(bin: string[], sim: boolean): Timed {
  const store = mkdtempSync(join(tmpdir(), 'bench-sim-'))
  const args = [cli, 'test', ...STAGE, ...FAULTS, '--bin', bin.join(' ')]
  args.push('--seed', '1', '--store', store, ...(sim ? ['--sim'] : []))
  const started = performance.now()
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  })
  const wallS = (performance.now() - started) / 1000
  const results = JSON.parse(readFileSync(join(store, 'latest', 'results.json'), 'utf8')) as {
    harness?: { sim?: { used?: boolean } }
    stats?: { count?: number }
  }
  const history = readFileSync(join(store, 'latest', 'history.jsonl'), 'utf8')
  return {
    wallS,
    code: result.status,
    used: results.harness?.sim?.used,
    ops: history.split('\n').filter((l) => l.includes('"invoke"')).length,
  }
}

function figure(name: string, bin: string[]): void {
  const sim = run(bin, true)
  console.log(
    `${name}: --sim ${sim.wallS.toFixed(1)} s wall for the 60 s stage (sim used: ${sim.used}, ${sim.ops} invocations) [exit ${sim.code}]`,
  )
  if (process.env.SIM_BENCH_REAL === '0') {
    return
  }
  const real = run(bin, false)
  console.log(
    `${name}: real time ${real.wallS.toFixed(1)} s wall (${real.ops} invocations) [exit ${real.code}] → simulated ${(real.wallS / sim.wallS).toFixed(1)}× faster (target ≥ 20×)`,
  )
}

console.log(`60 s, 5-node broadcast with partitions (${[...STAGE, ...FAULTS].join(' ')}), seed 1`)
figure('Python reference (fixture kit)', pythonReference('broadcast'))
figure(
  'TypeScript reference (template library)',
  buildTsReference(mkdtempSync(join(tmpdir(), 'bench-sim-ts-'))),
)
