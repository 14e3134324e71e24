// Every JS fixture node through the real CLI, judged valid or invalid for the named reason
// (short time limits and --time-scale; thresholds never change).
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'

const js = (name: string): string => join(repoRoot, 'test', 'fixtures', 'nodes', 'js', name)

async function dsgradeTest(workload: string, node: string, extra: string[] = []) {
  const store = mkdtempSync(join(tmpdir(), `cli-${workload}-`))
  const args = [
    'test',
    '-w',
    workload,
    '--bin',
    js(node),
    '--time-limit',
    '3',
    '--rate',
    '20',
    '--time-scale',
    '0.5',
    '--seed',
    '1',
    '--store',
    store,
    ...extra,
  ]
  const result = await runCli(args, { timeoutMs: 90_000 })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- results.json, read loosely
  const results = JSON.parse(readFileSync(join(store, 'latest', 'results.json'), 'utf8')) as any
  return { ...result, results, lastLine: result.stdout.trim().split('\n').pop() ?? '' }
}

describe.concurrent('fixture nodes through the CLI', () => {
  it('echo: correct passes; a wrong in_reply_to fails because no echo succeeds', async () => {
    const good = await dsgradeTest('echo', 'echo.js')
    expect(good.code).toBe(0)
    const bad = await dsgradeTest('echo', 'echo-wrong-reply.js', ['--time-limit', '8'])
    expect(bad.code).toBe(1)
    expect(bad.lastLine).toMatch(/No echo operation succeeded/)
    expect(bad.results.lint.findings.map((f: { code: string }) => f.code)).toContain(
      'PROTO_REPLY_UNMATCHED',
    )
    expect(bad.stdout).toMatch(/Replay: npx github:dsgrade\/dsgrade#v1 test -w echo/)
  }, 120_000)

  it('unique-ids: correct passes; ids without the node id are duplicated', async () => {
    expect((await dsgradeTest('unique-ids', 'unique-ids.js')).code).toBe(0)
    const bad = await dsgradeTest('unique-ids', 'unique-ids-duplicate.js')
    expect(bad.code).toBe(1)
    expect(bad.lastLine).toMatch(/The id \d+ was returned \d+ times/)
  }, 120_000)

  it('broadcast: gossip with retries passes with partitions and reports the figures', async () => {
    const good = await dsgradeTest('broadcast', 'broadcast.js', [
      '--latency',
      '10',
      '--nemesis',
      'partition',
      '--nemesis-interval',
      '2',
    ])
    expect(good.code).toBe(0)
    expect(good.results.workload.stableLatencies['0.5']).toBeTypeOf('number')
    expect(good.results.workload.lostCount).toBe(0)
    expect(good.results.net.servers.msgsPerOp).toBeGreaterThan(0)
    expect(good.results.faults.length).toBeGreaterThan(0)
  }, 120_000)

  it('g-set and pn-counter CRDTs pass; a counter that only counts locally fails', async () => {
    expect((await dsgradeTest('g-set', 'g-set.js')).code).toBe(0)
    expect((await dsgradeTest('pn-counter', 'counter.js')).code).toBe(0)
    const bad = await dsgradeTest('g-counter', 'counter-local-only.js')
    expect(bad.code).toBe(1)
    expect(bad.lastLine).toMatch(/read \d+ after recovery .* acknowledged adds sum to \d+/)
  }, 120_000)

  it('a node that never answers init: exit 255 naming the node', async () => {
    const bad = await dsgradeTest('echo', 'no-init.js', ['--node-count', '1'])
    expect(bad.code).toBe(255)
    expect(bad.lastLine).toMatch(/n0 did not answer init within 10 s/)
  }, 120_000)
})
