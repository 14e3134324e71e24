/**
 * Where the package's data folders are, at run time. Works from src/ (tests), from the
 * ncc bundles in dist/cli and dist/action, and from an npm install: walk up from this
 * module's file until a package.json named "dsgrade" is found.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cachedRoot: string | undefined

export function packageRoot(): string {
  if (cachedRoot !== undefined) {
    return cachedRoot
  }
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }
        if (parsed.name === 'dsgrade') {
          cachedRoot = dir
          return dir
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error('cannot find the dsgrade package root (package.json named "dsgrade")')
    }
    dir = parent
  }
}

export function tracksDir(): string {
  return join(packageRoot(), 'tracks')
}

export function templatesDir(): string {
  return join(packageRoot(), 'templates')
}

export function packageVersion(): string {
  const parsed = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string
  }
  return parsed.version
}
