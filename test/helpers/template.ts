// A learner repository for tests: a copy of templates/python with its echo stub filled.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './cli.js'

/** A copy of templates/python with the messenger stub's echo handler uncommented. */
export function filledTemplate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'learner-repo-'))
  cpSync(join(repoRoot, 'templates', 'python'), dir, { recursive: true })
  const stub = join(dir, 'nodes', 'messenger.py')
  const text = readFileSync(stub, 'utf8').replace(
    /# @node\.handler\('echo'\)\n# def echo\(msg\):\n# {5}(node\.reply\(.*\))\n/,
    "@node.handler('echo')\ndef echo(msg):\n    $1\n",
  )
  if (!text.includes("\n@node.handler('echo')\n")) {
    throw new Error('the messenger stub no longer has the commented echo handler')
  }
  writeFileSync(stub, text)
  return dir
}
