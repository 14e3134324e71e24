// Same seed, real processes: the harness-side schedule repeats (operation values in order,
// the fault schedule's choices), a different seed changes it, and the replay command printed
// for a failing run reproduces the verdict.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'
import type { Op } from '../../src/history/types.js'

const js = (name: string): string => join(repoRoot, 'test', 'fixtures', 'nodes', 'js', name)

async function history(seed: number): Promise<Op[]> {
  const store = mkdtempSync(join(tmpdir(), 'seeds-'))
  const args = ['test', '-w', 'echo', '--bin', js('echo.js'), '--time-limit', '3', '--rate', '30']
  const result = await runCli([
    ...args,
    '--nemesis',
    'partition',
    '--nemesis-interval',
    '0.5',
    '--seed',
    String(seed),
    '--store',
    store,
  ])
  expect(result.code).toBe(0)
  return readFileSync(join(store, 'latest', 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Op)
}

const values = (h: Op[]): unknown[] =>
  h
    .filter((op) => op.type === 'invoke' && op.process !== 'nemesis')
    .map((op) => op.value)
    .slice(0, 40)
const faults = (h: Op[]): unknown[] =>
  h
    .filter((op) => op.process === 'nemesis' && op.type === 'info')
    .map((op) => (op.value as { description?: string }).description)
    .slice(0, 3)

describe.concurrent('seeds on real processes', () => {
  it('the same seed repeats the schedule; another seed changes it', async () => {
    const [a, b, c] = await Promise.all([history(21), history(21), history(22)])
    expect(values(a)).toEqual(values(b))
    expect(faults(a)).toEqual(faults(b))
    expect(faults(a).length).toBeGreaterThan(0)
    expect(values(a)).not.toEqual(values(c))
  }, 120_000)

  it('the printed replay command reproduces a failing verdict', async () => {
    const store = mkdtempSync(join(tmpdir(), 'replay-'))
    const first = await runCli([
      'test',
      '-w',
      'unique-ids',
      '--bin',
      js('unique-ids-duplicate.js'),
      '--time-limit',
      '2',
      '--store',
      store,
    ])
    expect(first.code).toBe(1)
    const replay = /^Replay: npx github:dsgrade\/dsgrade#v1 (.*)$/m.exec(first.stdout)?.[1]
    expect(replay).toBeDefined()
    const again = await runCli([...(replay as string).split(' '), '--store', store])
    expect(again.code).toBe(1)
    expect(again.stdout.trim().split('\n').pop()).toMatch(/The id \d+ was returned \d+ times/)
  }, 120_000)
})
