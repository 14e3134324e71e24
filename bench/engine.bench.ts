// Engine figures (issue 3 item 8). Prints, never asserts; the machine is noisy, compare
// ratios within one run.
// (a) overhead of a real `dsgrade test -w echo --time-limit 5` beyond its 5 s (target ≤ 1 s;
//     Maelstrom ≈ 7 s); (c) delivery lateness p99 of a 25-node broadcast at rate 100,
//     latency 100 (target ≤ 5 ms); (d) set-full on 10,000 elements × 10,000 reads (< 1 s);
// (e) a 60 s 5-node in-process broadcast on the virtual clock (< 1 s wall);
// (f) `--seeds 5` wall time against one run (target ≈ ⌈5/2⌉ runs on 2 cores).
// Uses the CLI at DSGRADE_CLI or dist/cli/index.js.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkSetFull } from '../src/checkers/basic/set-full.js'
import type { Op } from '../src/history/types.js'
import { runTest } from '../src/run/index.js'
import { packageRoot } from '../src/shared/paths.js'
import { silentLogger } from '../src/shared/logger.js'
import { testOptions } from '../test/helpers/run-options.js'
import { simBroadcast } from '../test/helpers/sim-nodes.js'

const root = packageRoot()
const cli = process.env.DSGRADE_CLI ?? join(root, 'dist', 'cli', 'index.js')
const node = (name: string): string => join(root, 'test', 'fixtures', 'nodes', 'js', name)

function dsgrade(args: string[]): { ms: number; code: number | null; store: string } {
  const store = mkdtempSync(join(tmpdir(), 'bench-engine-'))
  const started = performance.now()
  const result = spawnSync(
    process.execPath,
    [cli, 'test', '--store', store, '--seed', '1', ...args],
    {
      env: { ...process.env, CI: 'true' },
      encoding: 'utf8',
    },
  )
  return { ms: performance.now() - started, code: result.status, store }
}

function echoOverhead(): void {
  const run = dsgrade(['-w', 'echo', '--bin', node('echo.js'), '--time-limit', '5'])
  console.log(
    `(a) echo --time-limit 5: wall ${(run.ms / 1000).toFixed(2)} s, overhead ${((run.ms - 5000) / 1000).toFixed(2)} s (target ≤ 1 s; Maelstrom ≈ 7 s) [exit ${run.code}]`,
  )
}

function broadcastLateness(): void {
  // The tracks' reference broadcast node (batched, acknowledged gossip): few messages per op,
  // so the figure measures the harness rather than a flood of gossip.
  const reference = `python3 ${join(root, 'test', 'fixtures', 'nodes', 'python', 'broadcast.py')}`
  const run = dsgrade([
    '-w',
    'broadcast',
    '--bin',
    reference,
    '--node-count',
    '25',
    '--time-limit',
    '10',
    '--rate',
    '100',
    '--latency',
    '100',
  ])
  const results = JSON.parse(readFileSync(join(run.store, 'latest', 'results.json'), 'utf8')) as {
    net: {
      deliveryLatenessMs?: { p99: number; max: number; count: number }
      servers: { msgsPerOp: number }
    }
  }
  const lateness = results.net.deliveryLatenessMs
  console.log(
    `(c) 25-node broadcast, rate 100, latency 100, 10 s: delivery lateness p99 ${lateness?.p99.toFixed(2)} ms, max ${lateness?.max.toFixed(2)} ms over ${lateness?.count} deliveries (target p99 ≤ 5 ms); servers msgs/op ${results.net.servers.msgsPerOp.toFixed(1)} [exit ${run.code}]`,
  )
}

function setFull(): void {
  const ops: Op[] = []
  const all: number[] = []
  let t = 0
  const push = (op: Omit<Op, 'index'>): void => {
    ops.push({ index: ops.length, ...op } as Op)
  }
  for (let i = 0; i < 10_000; i++) {
    push({ time: t++, process: 0, type: 'invoke', f: 'add', value: i })
    push({ time: t++, process: 0, type: 'ok', f: 'add', value: i })
    all.push(i)
    push({ time: t++, process: 1, type: 'invoke', f: 'read' })
    push({ time: t++, process: 1, type: 'ok', f: 'read', value: all.slice() })
  }
  const started = performance.now()
  const result = checkSetFull(ops)
  console.log(
    `(d) set-full, 10,000 elements × 10,000 reads (5·10⁷ read entries): ${(performance.now() - started).toFixed(0)} ms (target < 1000 ms) [valid ${String(result.valid)}]`,
  )
}

async function virtualBroadcast(): Promise<void> {
  const started = performance.now()
  const outcome = await runTest({
    options: testOptions({
      workload: 'broadcast',
      rate: 20,
      latencyMs: 50,
      nemesis: ['partition'],
      seed: 1,
    }),
    storeDir: mkdtempSync(join(tmpdir(), 'bench-virtual-')),
    logger: silentLogger,
    nodes: { kind: 'in-process', factory: simBroadcast() },
    clock: 'virtual',
    writeReport: false,
  })
  console.log(
    `(e) 60 s 5-node in-process broadcast on the virtual clock: ${(performance.now() - started).toFixed(0)} ms wall (target < 1000 ms), ${outcome.history.length} history lines [exit ${outcome.exitCode}]`,
  )
}

function seedsParallel(): void {
  const args = ['-w', 'echo', '--bin', node('echo.js'), '--time-limit', '5']
  const one = dsgrade(args)
  const five = dsgrade([...args, '--seeds', '5'])
  console.log(
    `(f) --seeds 5: ${(five.ms / 1000).toFixed(2)} s vs one run ${(one.ms / 1000).toFixed(2)} s = ${(five.ms / one.ms).toFixed(2)} runs (target ≈ 3 on 2 cores) [exit ${five.code}]`,
  )
}

setFull()
await virtualBroadcast()
echoOverhead()
broadcastLateness()
seedsParallel()
