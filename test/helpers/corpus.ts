// Where the recorded histories (../shared/data/histories, beside the project) are: the
// DSGRADE_HISTORIES variable, else `shared/` next to the checkout, else /work/shared. CI
// clones the project with shared/ beside it; a missing corpus is an error, never a skip.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { repoRoot } from './cli.js'

function findCorpus(): string {
  const candidates = [
    process.env.DSGRADE_HISTORIES,
    resolve(repoRoot, '..', 'shared', 'data', 'histories'),
    '/work/shared/data/histories',
  ].filter((c): c is string => c !== undefined && c !== '')
  const found = candidates.find((c) => existsSync(join(c, 'etcd')))
  if (found === undefined) {
    throw new Error(
      `the recorded histories were not found (looked in ${candidates.join(', ')}); set DSGRADE_HISTORIES`,
    )
  }
  return found
}

export const CORPUS = findCorpus()
