// Simulated time (issue 18, docs/simulation.md §6): a 60 s, 5-node broadcast with partitions
// (the broadcast workload at 60 s, rate 10, --nemesis partition) run by the real CLI with --sim,
// with the Python reference node (test/fixtures/nodes/python/broadcast.py) and with the
// TypeScript reference on the TypeScript template's library. Prints, never asserts, for each:
// wall seconds, virtual seconds / wall seconds (issue 18's target: ≥ 20× on a 2-core machine),
// the CPU seconds the run used (CLI and nodes), and the time protocol's figures from
// results.json (inputs, batches = process round trips, rounds = the batches one input per node
// at a time would have taken). Every figure printed is measured on this machine in this run;
// the load average before and after is printed with them (the machines are shared: compare
// ratios within one run). Both references set their 50 ms batching timer only for a tick that
// has something to send (docs/simulation.md §6 separates that node-side gain from the
// harness's).
//
// A 1 s run of each CLI is timed too: the fixed cost of a run (start, stop, checking, report).
//
// Knobs: DSGRADE_CLI (default dist/cli/index.js); DSGRADE_CLI_BEFORE=path runs that CLI too,
// interleaved with the other (before, after, before, after …), for before/after figures from
// one run; SIM_BENCH_REPEAT (default 3) runs of each; SIM_BENCH_REAL=1 also runs each node
// once in real time (about 65 s each) and prints the measured real/sim ratio;
// SIM_BENCH_PY / SIM_BENCH_TS replace a node's command line (e.g. an older node, to tell the
// node's share of a gain from the harness's). The last lines, `RESULT …`, are the figures to
// quote: best wall time of the runs, the ratio, and the load average around them.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { packageRoot } from '../src/shared/paths.js'
import { buildTsReference, pythonReference } from '../test/helpers/sim-time-nodes.js'

const VIRTUAL_S = 60
const workload = (virtualS: number): string[] => [
  ...['-w', 'broadcast', '--node-count', '5', '--time-limit', String(virtualS)],
  ...['--rate', '10', '--nemesis', 'partition'],
]
const WORKLOAD = workload(VIRTUAL_S)
const after = process.env.DSGRADE_CLI ?? join(packageRoot(), 'dist', 'cli', 'index.js')
const before = process.env.DSGRADE_CLI_BEFORE
const repeat = Math.max(1, Number(process.env.SIM_BENCH_REPEAT ?? '3') || 1)
/** `RESULT` lines, printed together at the end. */
const results: string[] = []

interface Timed {
  wallS: number
  cpuS: number
  code: number | null
  sim: { used?: boolean; inputs?: number; batches?: number; rounds?: number } | undefined
  ops: number
}

/** CPU seconds of this process's waited-for children (the CLI, and through it its nodes). */
function childrenCpuS(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // after the command name: field 14 cutime and 15 cstime of proc(5) are indexes 13 and 14
  return (Number(fields[13]) + Number(fields[14])) / 100
}

function run(cli: string, bin: string[], sim: boolean, virtualS = VIRTUAL_S): Timed {
  const store = mkdtempSync(join(tmpdir(), 'bench-sim-'))
  const args = [cli, 'test', ...workload(virtualS), '--bin', bin.join(' ')]
  args.push('--seed', '1', '--store', store, ...(sim ? ['--sim'] : []))
  const cpuBefore = childrenCpuS()
  const started = performance.now()
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  })
  const wallS = (performance.now() - started) / 1000
  const cpuS = childrenCpuS() - cpuBefore
  try {
    const results = JSON.parse(readFileSync(join(store, 'latest', 'results.json'), 'utf8')) as {
      harness?: { sim?: Timed['sim'] }
    }
    const history = readFileSync(join(store, 'latest', 'history.jsonl'), 'utf8')
    const ops = history.split('\n').filter((l) => l.includes('"invoke"')).length
    return { wallS, cpuS, code: result.status, sim: results.harness?.sim, ops }
  } catch {
    console.log(`  (no results: exit ${result.status}) ${result.stderr.slice(-500)}`)
    return { wallS, cpuS, code: result.status, sim: undefined, ops: 0 }
  } finally {
    rmSync(store, { recursive: true, force: true })
  }
}

function summary(label: string, t: Timed): string {
  const s = t.sim
  const counts =
    s === undefined
      ? 'no harness.sim'
      : `sim used ${s.used}, ${s.inputs} inputs, ${s.batches} batches` +
        (s.rounds === undefined ? '' : `, ${s.rounds} rounds`) +
        (s.batches ? `, ${((t.wallS * 1000) / s.batches).toFixed(2)} ms wall per batch` : '')
  return (
    `  ${label}: ${t.wallS.toFixed(2)} s wall → ${(VIRTUAL_S / t.wallS).toFixed(1)}× ` +
    `virtual/wall; CPU ${t.cpuS.toFixed(2)} s; ${counts}; ${t.ops} invocations [exit ${t.code}]`
  )
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
}

function figure(name: string, bin: string[]): void {
  const loadBefore = load()
  console.log(`${name}: ${bin.join(' ')} (load average ${loadBefore})`)
  const best: Record<string, number> = {}
  for (let i = 0; i < repeat; i++) {
    const clis: Array<[string, string]> = before === undefined ? [] : [['before', before]]
    clis.push([before === undefined ? 'sim' : 'after', after])
    for (const [label, cli] of clis) {
      const t = run(cli, bin, true)
      console.log(summary(`${label} #${i + 1}`, t))
      if (t.sim?.used === true && t.code !== 255) {
        best[label] = Math.min(best[label] ?? Infinity, t.wallS)
      }
    }
  }
  // what a run costs whatever its length: the CLI's start, the nodes' start and stop, checking
  // and report.html (a 1 s run: nearly all of it is this)
  const clis: Array<[string, string]> = before === undefined ? [] : [['before', before]]
  clis.push([before === undefined ? 'sim' : 'after', after])
  for (const [label, cli] of clis) {
    const short = run(cli, bin, true, 1)
    const longS = best[label]
    console.log(
      `  ${label}, a 1 s run (fixed cost): ${short.wallS.toFixed(2)} s wall, CPU ${short.cpuS.toFixed(2)} s` +
        (longS === undefined
          ? ''
          : `; the other ${VIRTUAL_S - 1} virtual s took ${(longS - short.wallS).toFixed(2)} s → ${((VIRTUAL_S - 1) / (longS - short.wallS)).toFixed(1)}× without it`),
    )
  }
  for (const [label, wallS] of Object.entries(best)) {
    const line =
      `RESULT ${name}${before === undefined ? '' : ` (${label})`}: best of ${repeat} runs ` +
      `${wallS.toFixed(2)} s wall for ${VIRTUAL_S} virtual s → ${(VIRTUAL_S / wallS).toFixed(1)}× ` +
      `(issue 18's target: ≥ 20×; ${VIRTUAL_S / wallS >= 20 ? 'met' : 'not met'}), ` +
      `load average ${loadBefore} before, ${load()} after`
    console.log(`  ${line}`)
    results.push(line)
  }
  if (process.env.SIM_BENCH_REAL === '1') {
    const real = run(after, bin, false)
    const simS = best[before === undefined ? 'sim' : 'after']
    console.log(
      `  real time: ${real.wallS.toFixed(1)} s wall, ${real.ops} invocations [exit ${real.code}]` +
        (simS === undefined ? '' : ` → simulated ${(real.wallS / simS).toFixed(1)}× faster`),
    )
  }
  console.log(`  (load average after: ${load()})`)
}

console.log(
  `${VIRTUAL_S} s, 5-node broadcast with partitions (${WORKLOAD.join(' ')}), seed 1, --sim; ` +
    `CLI ${after}${before === undefined ? '' : `, before: ${before}`}`,
)
const override = (name: string): string[] | undefined =>
  process.env[name] === undefined ? undefined : [process.env[name]!]
figure('Python reference (fixture kit)', override('SIM_BENCH_PY') ?? pythonReference('broadcast'))
figure(
  'TypeScript reference (template library)',
  override('SIM_BENCH_TS') ?? buildTsReference(mkdtempSync(join(tmpdir(), 'bench-sim-ts-'))),
)
console.log(`\n${results.join('\n')}`)
console.log(`(machine: ${cpus().length} cores; a figure under load measures the load too)`)
