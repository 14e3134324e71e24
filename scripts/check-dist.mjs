// Rebuilds the bundles into a temporary folder and fails if they differ from the
// committed dist/ (the template's check-dist, as a plain script .ci/run can call).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const fresh = mkdtempSync(join(tmpdir(), 'dsgrade-dist-'))

function list(dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      out.push(...list(path))
    } else {
      out.push(path)
    }
  }
  return out
}

try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), fresh], { stdio: 'inherit' })
  const committed = join(root, 'dist')
  const freshFiles = list(fresh).map((p) => relative(fresh, p)).sort()
  const committedFiles = list(committed).map((p) => relative(committed, p)).sort()
  const problems = []
  for (const file of new Set([...freshFiles, ...committedFiles])) {
    if (!freshFiles.includes(file)) {
      problems.push(`dist/${file} is committed but the build does not produce it`)
    } else if (!committedFiles.includes(file)) {
      problems.push(`dist/${file} is produced by the build but not committed`)
    } else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)))) {
      problems.push(`dist/${file} differs from a fresh build`)
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    console.error('dist/ is stale: run `npm run build` and commit dist/.')
    process.exitCode = 1
  } else {
    console.log(`dist/ matches a fresh build (${freshFiles.length} files).`)
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
