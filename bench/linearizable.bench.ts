// Linearizability checker figures on the recorded corpus (checkers.md §5), single-threaded:
// the 102 etcd logs (sum, median, max, the hard files) and the 6 kv files, after warm-up,
// best-of-N per file, next to Porcupine's figures and the targets. The Porcupine figures
// are PUBLISHED CONSTANTS (checkers.md §0/§1.6, go1.19.8 on another run of a 2-vCPU
// machine), not measured here: the output says so. Peak memory is measured: each of
// c50-ok, c50-bad and etcd_002 is checked once more in a fresh process of its own, which
// reports its peak RSS (process.resourceUsage().maxRSS). Parse time is measured separately.
// Prints; never asserts (verdicts are printed and counted so a wrong one is visible).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { checkLinearizable } from '../src/checkers/linearizable/index.js'
import type { LinearizableOptions } from '../src/checkers/linearizable/index.js'
import { readHistoryFile } from '../src/history/formats/index.js'
import type { Op } from '../src/history/types.js'

const CORPUS =
  process.env.DSGRADE_HISTORIES ??
  [
    join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'histories'),
    '/work/shared/data/histories',
  ].find((d) => existsSync(d)) ??
  '/work/shared/data/histories'
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const LINEARIZABLE = new Set(
  '002 005 007 018 025 031 038 045 048 049 051 053 056 067 075 076 080 087 092 098 100 101 102'.split(
    ' ',
  ),
)
const HARD = [
  'etcd_002.log',
  'etcd_007.log',
  'etcd_057.log',
  'etcd_099.log',
  'etcd_075.log',
  'etcd_040.log',
  'etcd_080.log',
]
const PORCUPINE_MS: Record<string, number> = {
  'etcd_002.log': 160.3,
  'etcd_007.log': 113.4,
  'etcd_057.log': 59.0,
  'etcd_099.log': 58.3,
  'etcd_075.log': 20.7,
  'etcd_040.log': 10.4,
  'etcd_080.log': 8.4,
  'c01-ok': 0.13,
  'c01-bad': 0.06,
  'c10-ok': 1.41,
  'c10-bad': 0.72,
  'c50-ok': 174,
  'c50-bad': 13,
}

let peakRss = 0
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}

function timeBest(
  history: readonly Op[],
  options: LinearizableOptions,
  runs: number,
): { ms: number; valid: unknown; steps: unknown; entries: unknown } {
  let best = Infinity
  let valid: unknown
  let steps: unknown
  let entries: unknown
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const result = checkLinearizable(history, options, { deadlineMs: performance.now() + 60_000 })
    best = Math.min(best, performance.now() - start)
    valid = result.valid
    steps = result.steps
    entries = result.cacheEntries
    sampleMemory()
  }
  return { ms: best, valid, steps, entries }
}

function ms(value: number): string {
  return value < 1 ? value.toFixed(3) : value.toFixed(1)
}

function etcd(): void {
  const dir = join(CORPUS, 'etcd')
  const files = readdirSync(dir)
    .filter((f) => /^etcd_\d{3}\.log$/.test(f) && f !== 'etcd_095.log')
    .sort()
  const parseStart = performance.now()
  const histories = files.map((f) => readHistoryFile(join(dir, f), 'jepsen-log'))
  const parseMs = performance.now() - parseStart
  for (let warm = 0; warm < 3; warm++) {
    histories.forEach((h) => checkLinearizable(h, {}, {}))
  }
  const times: number[] = []
  const work: string[] = []
  let wrong = 0
  files.forEach((f, i) => {
    const { ms: t, valid, steps, entries } = timeBest(histories[i] as Op[], {}, RUNS)
    times.push(t)
    work.push(`${String(steps)} steps, ${String(entries)} cache entries`)
    if (valid !== LINEARIZABLE.has(f.slice(5, 8))) {
      wrong++
    }
  })
  const sorted = [...times].sort((a, b) => a - b)
  const sum = times.reduce((a, b) => a + b, 0)
  const max = sorted[sorted.length - 1] as number
  const passStart = performance.now()
  histories.forEach((h) => checkLinearizable(h, {}, {}))
  const passMs = performance.now() - passStart
  console.log(`etcd: ${files.length} files, ${wrong} wrong verdicts, best-of-${RUNS} after warm-up`)
  console.log(`  (Porcupine figures in parentheses are published constants, not measured here)`)
  console.log(
    `  sum ${ms(sum)} ms (Porcupine 448, target ≤ 150)   median ${ms(sorted[sorted.length >> 1] as number)} ms (Porcupine 0.087)`,
  )
  console.log(`  max ${ms(max)} ms ${files[times.indexOf(max)]} (Porcupine 160, target ≤ 65)`)
  console.log(
    `  parse ${ms(parseMs)} ms; one check pass over all files ${ms(passMs)} ms (Porcupine parse+check 480)`,
  )
  for (const f of HARD) {
    console.log(
      `  ${f}: ${ms(times[files.indexOf(f)] as number)} ms (Porcupine best-of-3 ${PORCUPINE_MS[f]}); ${work[files.indexOf(f)]}`,
    )
  }
}

function kv(): void {
  console.log('kv (Porcupine figures in parentheses are published constants, not measured here)')
  for (const name of ['c01-ok', 'c01-bad', 'c10-ok', 'c10-bad', 'c50-ok', 'c50-bad']) {
    const parseStart = performance.now()
    const history = readHistoryFile(join(CORPUS, 'kv', `${name}.txt`), 'edn')
    const parseMs = performance.now() - parseStart
    timeBest(history, { model: 'kv' }, 2)
    const { ms: t, valid, steps, entries } = timeBest(history, { model: 'kv' }, RUNS)
    const target = name === 'c50-ok' ? ', target ≤ 175' : name === 'c50-bad' ? ', target ≤ 50' : ''
    console.log(
      `kv ${name}: ${ms(t)} ms valid=${String(valid)} (Porcupine ${PORCUPINE_MS[name]}${target}); parse ${ms(parseMs)} ms; ${String(steps)} steps, ${String(entries)} cache entries`,
    )
  }
}

function diagnostic(): void {
  const history = readHistoryFile(join(CORPUS, 'kv', 'c50-bad.txt'), 'edn')
  const start = performance.now()
  const result = checkLinearizable(
    history,
    { model: 'kv', allKeys: true },
    { deadlineMs: performance.now() + 5000 },
  )
  sampleMemory()
  console.log(
    `kv c50-bad, all keys (diagnostic mode), 5 s budget: valid=${String(result.valid)} in ${ms(performance.now() - start)} ms; ` +
      `invalid keys ${JSON.stringify(result.failures)}, undecided ${JSON.stringify(result.undecided)}, ${String(result.cacheEntries)} cache entries`,
  )
}

/** Child mode: check one file once in this fresh process and print its peak RSS. */
function peakOf(name: string): void {
  const etcdFile = name.startsWith('etcd_')
  const history = etcdFile
    ? readHistoryFile(join(CORPUS, 'etcd', `${name}.log`), 'jepsen-log')
    : readHistoryFile(join(CORPUS, 'kv', `${name}.txt`), 'edn')
  const start = performance.now()
  const result = checkLinearizable(history, etcdFile ? {} : { model: 'kv' }, {
    deadlineMs: performance.now() + 60_000,
  })
  const took = performance.now() - start
  const peakMb = process.resourceUsage().maxRSS / 1024
  console.log(
    `  ${name}: peak RSS ${peakMb.toFixed(0)} MB (whole process: Node, parse and check), ` +
      `one cold check ${ms(took)} ms, valid=${String(result.valid)}`,
  )
}

function peaks(): void {
  console.log('peak memory, each file in a fresh process (measured):')
  for (const name of ['c50-ok', 'c50-bad', 'etcd_002']) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--peak', name], {
      stdio: 'inherit',
    })
    if (child.status !== 0) {
      console.log(`  ${name}: the measuring process exited with ${child.status ?? child.signal}`)
    }
  }
}

if (process.argv[2] === '--peak') {
  peakOf(process.argv[3] ?? 'c50-ok')
} else {
  console.log(`linearizable checker, node ${process.version}, single thread`)
  etcd()
  kv()
  diagnostic()
  console.log(`peak RSS of this whole benchmark process ${(peakRss / 1024 / 1024).toFixed(0)} MB`)
  peaks()
}
