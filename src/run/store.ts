/**
 * The store layout of interfaces.md §1.2: `DIR/<workload>/<timestamp>/` per run and
 * `DIR/latest` pointing at the newest one (a relative symlink, replaced atomically; a copy
 * of the path in `latest.txt` where symlinks are not allowed). Writes the run's files.
 */
import { mkdirSync, renameSync, symlinkSync, writeFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Op } from '../history/index.js'
import { writeHistoryJsonl } from '../history/index.js'

/** A filesystem-safe UTC timestamp: 20261124T080539.123Z. */
export function runTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '')
}

/** Make a fresh run directory (suffix -2, -3, … if two runs start in the same ms). */
export function makeRunDir(storeDir: string, workload: string, date: Date): string {
  const parent = join(storeDir, workload)
  mkdirSync(parent, { recursive: true })
  const base = runTimestamp(date)
  for (let i = 1; ; i++) {
    const dir = join(parent, i === 1 ? base : `${base}-${i}`)
    try {
      mkdirSync(dir)
      return dir
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error
      }
    }
  }
}

export function linkLatest(storeDir: string, runDir: string): void {
  const target = relative(storeDir, runDir)
  const temp = join(storeDir, `.latest-${process.pid}-${Math.floor(performance.now())}`)
  try {
    symlinkSync(target, temp)
    renameSync(temp, join(storeDir, 'latest'))
  } catch {
    rmSync(temp, { force: true })
    writeFileSync(join(storeDir, 'latest.txt'), target + '\n')
  }
}

export function writeHistory(runDir: string, history: readonly Op[]): Promise<void> {
  return writeHistoryJsonl(join(runDir, 'history.jsonl'), history)
}
