// The TypeScript reference node of the simulated-time tests and bench
// (test/fixtures/nodes/sim/reference.ts), compiled next to a copy of the TypeScript template's
// library (templates/typescript/src/maelstrom.ts) with the repository's own TypeScript, so
// the tests run exactly the library a learner gets. Returns the command line to run it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../../src/shared/paths.js'

// packageRoot, not cli.ts's repoRoot: the bench runs this compiled under build/
const repoRoot = packageRoot()

export function buildTsReference(dir: string): string[] {
  const template = join(repoRoot, 'templates', 'typescript')
  mkdirSync(join(dir, 'src'), { recursive: true })
  copyFileSync(join(template, 'package.json'), join(dir, 'package.json'))
  copyFileSync(join(template, 'tsconfig.json'), join(dir, 'tsconfig.json'))
  for (const file of ['maelstrom.ts', 'env.d.ts']) {
    copyFileSync(join(template, 'src', file), join(dir, 'src', file))
  }
  const fixture = join(repoRoot, 'test', 'fixtures', 'nodes', 'sim', 'reference.ts')
  copyFileSync(fixture, join(dir, 'src', 'reference.ts'))
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
  execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' })
  return [process.execPath, join(dir, 'dist', 'reference.js')]
}

/** The Python reference nodes (on the Python kit of test/fixtures/nodes/python/maelstrom.py). */
export function pythonReference(name: 'echo' | 'broadcast'): string[] {
  return ['python3', join(repoRoot, 'test', 'fixtures', 'nodes', 'python', `${name}.py`)]
}
