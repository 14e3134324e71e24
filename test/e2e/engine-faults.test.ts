// Process-level faults (issue 4) on real JS node processes through the CLI:
// - kill: a unique-ids node whose counter restarts at zero fails, a persisting one passes,
//   and a node killed by the nemesis is never reported as a crash;
// - loss: broadcast without retries fails on most seeds, with retries passes every seed;
// - pause: clients of a paused node time out, and the node serves again after resume.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'
import type { Op } from '../../src/history/types.js'

const js = (name: string): string => join(repoRoot, 'test', 'fixtures', 'nodes', 'js', name)

async function run(workload: string, node: string, args: string[]) {
  const store = mkdtempSync(join(tmpdir(), `faults-${workload}-`))
  const result = await runCli(
    ['test', '-w', workload, '--bin', js(node), '--store', store, ...args],
    { timeoutMs: 180_000 },
  )
  const latest = join(store, 'latest')
  const read = (file: string): string => readFileSync(join(latest, file), 'utf8')
  return { ...result, store, read }
}

describe.concurrent('process faults', () => {
  const killArgs = [
    '--time-limit',
    '8',
    '--rate',
    '40',
    '--nemesis',
    'kill',
    '--nemesis-interval',
    '1',
    '--seed',
    '4',
  ]

  it('kill: a counter that restarts at zero hands out duplicate ids', async () => {
    // Real processes are not bit-for-bit reproducible: two seeds make a duplicate certain.
    const bad = await run('unique-ids', 'unique-ids-restart-zero.js', [...killArgs, '--seeds', '2'])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/was returned \d+ times/)
    const results = JSON.parse(bad.read('results.json'))
    expect(results.crashes).toEqual([])
    expect(results.faults.some((w: { kind: string }) => w.kind === 'kill')).toBe(true)
  }, 180_000)

  it('kill: a counter persisted in DSGRADE_DATA_DIR passes; kills are not crashes', async () => {
    const good = await run('unique-ids', 'unique-ids.js', killArgs)
    expect(good.code, good.stdout).toBe(0)
    const results = JSON.parse(good.read('results.json'))
    expect(results.crashes).toEqual([])
    const history = good
      .read('history.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Op)
    expect(
      history.filter((op) => op.process === 'nemesis' && op.f === 'kill').length,
    ).toBeGreaterThan(0)
  }, 180_000)

  const lossArgs = [
    '--time-limit',
    '4',
    '--rate',
    '30',
    '--nemesis',
    'loss',
    '--loss-rate',
    '0.3',
    '--time-scale',
    '0.5',
    '--seeds',
    '3',
    '--seed',
    '10',
  ]

  it('loss: broadcast without retries loses messages on most seeds', async () => {
    const bad = await run('broadcast', 'broadcast-no-retry.js', lossArgs)
    expect(bad.code).toBe(1)
    const rate = /Pass rate: (\d+)\/3 seeds/.exec(bad.stdout)
    expect(Number(rate?.[1])).toBeLessThanOrEqual(1)
    expect(bad.stdout).toMatch(/Failing seed \d+: Element .* was lost/)
    expect(bad.stdout).toMatch(/replay: npx github:dsgrade\/dsgrade#v1 test -w broadcast .*--seed \d+/)
  }, 180_000)

  it('loss: broadcast with retries passes every seed', async () => {
    const good = await run('broadcast', 'broadcast.js', lossArgs)
    expect(good.code, good.stdout).toBe(0)
    expect(good.stdout).toMatch(/Pass rate: 3\/3 seeds/)
  }, 180_000)

  it('pause: clients time out while a node is frozen, and it serves again after resume', async () => {
    // Seed 1's schedule at a 5 s interval (derived from the seed alone) pauses n1 and n2 from
    // ~6.3 s to ~14.6 s: 8 s, well beyond the 5 s client timeout, so a request sent in the first
    // 3 s of the pause must time out however loaded the machine is; 5 s are left after resume.
    // (Seed 17 at a 3 s interval paused for only ~5.6 s; under the suite's load no request fell
    // in that 0.6 s margin, once.) Measured on real runs, 2026-12-05: 3 timeouts, 27 oks after.
    const pauseArgs = [
      '--time-limit',
      '20',
      '--rate',
      '20',
      '--nemesis',
      'pause',
      '--nemesis-interval',
      '5',
      '--seed',
      '1',
    ]
    const paused = await run('echo', 'echo.js', pauseArgs)
    const history = paused
      .read('history.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Op)
    const timeouts = history.filter(
      (op) => op.type === 'info' && String(JSON.stringify(op.error)).includes('net-timeout'),
    )
    expect(timeouts.length, paused.stdout).toBeGreaterThan(0)
    const resumes = history.filter(
      (op) => op.process === 'nemesis' && op.f === 'resume' && op.type !== 'invoke',
    )
    expect(resumes.length).toBeGreaterThan(0)
    const resumedAt = resumes[0]?.index ?? 0
    const node = timeouts[0]?.node
    expect(history.some((op) => op.index > resumedAt && op.type === 'ok' && op.node === node)).toBe(
      true,
    )
    expect(JSON.parse(paused.read('results.json')).crashes).toEqual([])
  }, 180_000)
})
