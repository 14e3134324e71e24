// Measures issue 12's "fair under load" figures (prints them, asserts nothing):
//   node scripts/fair-under-load.mjs [--hogs 2] [--rounds 3] [--time-scale 1]
// Each round runs `dsgrade demo` (the reference nodes of every ready stage of the 15 tracks) beside
// `--hogs` CPU hogs (scripts/cpu-hog.mjs), then prints per round and in total: stage runs,
// false failures (a reference node graded FAIL/UNKNOWN/ERROR), inconclusive stages, automatic
// reruns of inconclusive seeds, the harness lateness reruns quoted, and the wall time.
// Run it with `nice -n 10` on a shared machine (the hogs inherit the nice level).
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startHogs } from './cpu-hog.mjs'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : Number(args[i + 1])
}
const hogs = option('--hogs', 2)
const rounds = option('--rounds', 3)
const timeScale = option('--time-scale', 1)

function runDemo() {
  const store = mkdtempSync(join(tmpdir(), 'fair-under-load-'))
  const started = performance.now()
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(root, 'dist/cli/index.js'), 'demo', '--store', store, '--time-scale', String(timeScale)],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => done({ code, out, wallS: (performance.now() - started) / 1000 }))
  })
}

const ROW = /^\s+(\d+\.\d+)\s+(\S+)\s+(pass|FAIL|UNKNOWN|INCONCL|ERROR|skipped)\s.*?(?:\((\d+) reruns?\))?$/

function tally(out) {
  const rows = out.split('\n').flatMap((line) => {
    const m = ROW.exec(line)
    return m === null ? [] : [{ stage: m[2], status: m[3], reruns: Number(m[4] ?? 0) }]
  })
  const late = [...out.matchAll(/harness lateness p99 (\d+) ms/g)].map((m) => Number(m[1]))
  return {
    stageRuns: rows.filter((r) => r.status !== 'skipped').length,
    falseFailures: rows.filter((r) => ['FAIL', 'UNKNOWN', 'ERROR'].includes(r.status)),
    inconclusive: rows.filter((r) => r.status === 'INCONCL').map((r) => r.stage),
    reruns: (out.match(/rerunning it alone/g) ?? []).length,
    lateP99Ms: late,
  }
}

const totals = { stageRuns: 0, falseFailures: 0, inconclusive: 0, reruns: 0 }
const stop = hogs > 0 ? startHogs(hogs) : async () => {}
try {
  for (let round = 1; round <= rounds; round++) {
    const load = loadavg()[0].toFixed(2)
    const { code, out, wallS } = await runDemo()
    const t = tally(out)
    totals.stageRuns += t.stageRuns
    totals.falseFailures += t.falseFailures.length
    totals.inconclusive += t.inconclusive.length
    totals.reruns += t.reruns
    console.log(
      `round ${round}: exit ${code}, ${wallS.toFixed(1)} s, load ${load} at start; ${t.stageRuns} stage runs, ` +
        `${t.falseFailures.length} false failures${t.falseFailures.map((f) => ` ${f.stage}=${f.status}`).join('')}, ` +
        `${t.inconclusive.length} inconclusive, ${t.reruns} reruns (late p99 ms: ${t.lateP99Ms.join(', ') || '-'})`,
    )
    const summary = out.split('\n').find((line) => /^Demo: \d+\/\d+ stages passed/.test(line))
    console.log(`  ${summary ?? '(no demo summary line)'}`)
    if (t.falseFailures.length > 0) {
      console.log(out.split('\n').filter((l) => /Seed \d+:|Inconclusive/.test(l)).join('\n'))
    }
  }
} finally {
  await stop()
}
console.log(
  `total with ${hogs} hogs: ${totals.stageRuns} stage runs, ${totals.falseFailures} false failures, ` +
    `${totals.inconclusive} inconclusive stages, ${totals.reruns} reruns of inconclusive seeds`,
)
