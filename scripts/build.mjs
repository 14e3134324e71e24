// Bundles the three entry points with @vercel/ncc into dist/ (committed; CI executes it).
// Usage: node scripts/build.mjs [OUT_DIR]   (default: dist)
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const outRoot = resolve(root, process.argv[2] ?? 'dist')
const entries = [
  { source: 'src/cli/main.ts', out: 'cli' },
  { source: 'src/action/main.ts', out: 'action' },
  // The check worker (src/run/check-pool.ts): both bundles above start it from ../check-worker.
  { source: 'src/run/check-worker.ts', out: 'check-worker' },
]

for (const entry of entries) {
  const outDir = join(outRoot, entry.out)
  rmSync(outDir, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry.source, '-o', outDir, '-q', '--no-source-map-register'],
    { cwd: root, stdio: 'inherit' },
  )
  const file = join(outDir, 'index.js')
  let text = readFileSync(file, 'utf8')
  if (entry.out === 'cli' && !text.startsWith('#!')) {
    text = '#!/usr/bin/env node\n' + text
    writeFileSync(file, text)
  }
  chmodSync(file, 0o755)
}
