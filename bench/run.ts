// `npm run bench`: runs every bench/*.bench.ts (compiled to build/bench/*.bench.js) one after
// another in its own Node process and prints their figures. Benchmarks print; they never
// assert. Compare figures as ratios within one run: the machines are noisy.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.js'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort()

console.log(`dsgrade benchmarks — node ${process.version}, ${new Date().toISOString()}`)
let failed = 0
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.js', '')}`)
  const result = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit' })
  if (result.status !== 0) {
    failed++
    console.log(`(benchmark ${file} exited with ${result.status ?? result.signal})`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
