// The track commands through the real CLI (dist/cli/index.js, or DSGRADE_CLI): `dsgrade
// tracks` lists every track and stage; `dsgrade test --track … --stage …` prints the
// per-stage table and exits 0 / 1; results.json carries the `stage` field.
import { readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { cliPath, runCli } from '../helpers/cli.js'
import { FIXTURES, STAGE_TIME_SCALE } from './stages-support.js'

describe('dsgrade tracks', () => {
  it('lists all 15 tracks with numbered stages, every one ready', async () => {
    const result = await runCli(['tracks'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('1. messenger')
    expect(result.stdout).toContain('15. mapreduce')
    expect(result.stdout).toMatch(/4\.4\s+broadcast\/efficient-1\s+Efficient broadcast, part I/)
    expect(result.stdout).toMatch(/8\.4\s+raft-persistence\/chaos\s+Chaos\n/)
    // planned stages are marked (learner-messages.test.ts tests one in a course's own tracks)
    expect(result.stdout).not.toContain('not available yet')
    expect(result.stdout.match(/^ +\d+\.\d+ +[a-z-]+\/[a-z0-9-]+ /gm)).toHaveLength(59)
    expect(result.stdout).toMatch(/15\.4\s+mapreduce\/stragglers\s+Stragglers\n/)
    expect(result.stdout).toMatch(/13\.4\s+sharding\/replicated\s+Replicated shards\n/)
    expect(result.stdout).toMatch(/10\.4\s+proxy\/tail\s+Tail latency\n/)
    expect(result.stdout).toMatch(/6\.1\s+leader-election\/stable\s+A stable leader\n/)
  })

  it('piped into a reader that stops early (dsgrade tracks | head -2): no EPIPE crash', async () => {
    const child = spawn(process.execPath, [cliPath(), 'tracks'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // read the first chunk, then close our end as head does
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
    expect(stderr).not.toMatch(/EPIPE|Unhandled/)
    expect(code).toBe(0)
  })
})

describe('dsgrade test --track', () => {
  it('passes a stage named by number and writes the stage criteria into results.json', async () => {
    const store = mkdtempSync(join(tmpdir(), 'tracks-cli-'))
    const bin = `python3 ${join(FIXTURES, 'python', 'echo.py')}`
    const result = await runCli([
      'test',
      '--track',
      'messenger',
      '--stage',
      '1.2',
      '--bin',
      bin,
      '--seed',
      '3',
      '--store',
      store,
      '--time-scale',
      String(STAGE_TIME_SCALE),
    ])
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/1\.2\s+messenger\/cluster\s+pass/)
    expect(result.stdout).toContain('protocol lint findings 0 (= 0) ✓')
    const results = JSON.parse(readFileSync(join(store, 'latest', 'results.json'), 'utf8')) as {
      stage: { stage: string; status: string; criteria: { id: string; pass: unknown }[] }
    }
    expect(results.stage.stage).toBe('messenger/cluster')
    expect(results.stage.status).toBe('pass')
    expect(results.stage.criteria.map((c) => c.id)).toEqual([
      'valid',
      'lint.findingCount',
      'rpc.mismatchCount',
    ])
  })

  it('fails a known-bad node with the table, the reason, the first hint and the replay command', async () => {
    const store = mkdtempSync(join(tmpdir(), 'tracks-cli-'))
    const bin = `python3 ${join(FIXTURES, 'tracks', 'rpc', 'bad_no_dedup.py')}`
    const result = await runCli([
      'test',
      '--track',
      'rpc',
      '--stage',
      'lossy',
      '--bin',
      bin,
      '--seed',
      '5',
      '--seeds',
      '1',
      '--store',
      store,
      '--time-scale',
      String(STAGE_TIME_SCALE),
    ])
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(result.stdout).toMatch(/2\.2\s+rpc\/lossy\s+FAIL/)
    expect(result.stdout).toMatch(/Element \d+ appears twice in key \d+/)
    expect(result.stdout).toContain('Hint: A request can arrive twice')
    expect(result.stdout).toContain('--track rpc --stage rpc/lossy')
    expect(result.stdout).toContain('--seed 5')
  })

  it('rejects an unknown stage with the list of stages (exit 254)', async () => {
    const result = await runCli(['test', '--track', 'broadcast', '--stage', '4.9', '--bin', 'true'])
    expect(result.code).toBe(254)
    expect(result.stdout + result.stderr).toContain('track "broadcast" has no stage "4.9"')
  })
})
