// `dsgrade demo` with several tracks grades each in a harness process of its own under one
// machine budget (cli/commands/demo-harnesses.ts, run/budget-lease.ts): the parent prints
// every table and the summary, and its children never outlive it.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliPath, runCli, repoRoot } from '../helpers/cli.js'

const store = (): string => mkdtempSync(join(tmpdir(), 'cli-demo-'))

/** Processes whose command line mentions `text` (ours, not this test's ps). */
function processesWith(text: string): string[] {
  const ps = spawnSync('ps', ['-ww', '-eo', 'pid,args'], { encoding: 'utf8' })
  return ps.stdout.split('\n').filter((line) => line.includes(text) && !line.includes(' ps -ww'))
}

describe('dsgrade demo in one harness process per track', () => {
  it('grades two tracks in two children and prints both tables and one summary', async () => {
    const dir = store()
    const result = await runCli(
      ['demo', '--track', 'messenger', '--track', 'rpc', '--time-scale', '0.2', '--store', dir],
      { timeoutMs: 240_000 },
    )
    const out = result.stdout + result.stderr
    expect([0, 2], out).toContain(result.code)
    expect(out).toContain('Demo: grading 2 tracks, each in a harness process of its own')
    expect(out).toMatch(/^Messenger \(messenger\): \d\/3 stages passed$/m)
    expect(out).toMatch(/^.* \(rpc\): \d\/\d stages passed$/m)
    expect(out.match(/^Demo: \d+\/\d+ stages passed in /gm)).toHaveLength(1)
    // both children wrote their runs into the one store (by workload: messenger's echo, rpc's)
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['echo', 'exactly-once']))
    expect(processesWith(dir)).toEqual([])
  }, 300_000)

  it('one track, or DSGRADE_DEMO_PROCESSES=1, grades in this process', async () => {
    const dir = store()
    const result = await runCli(
      ['demo', '--track', 'messenger', '--time-scale', '0.2', '--store', dir],
      {
        timeoutMs: 120_000,
      },
    )
    expect([0, 2], result.stdout).toContain(result.code)
    expect(result.stdout).not.toContain('harness process of its own')
    expect(result.stdout).toMatch(/^Demo: \d\/3 stages passed in /m)
    const one = await runCli(
      ['demo', '--track', 'messenger', '--track', 'rpc', '--time-scale', '0.2', '--store', dir],
      { timeoutMs: 240_000, env: { DSGRADE_DEMO_PROCESSES: '1' } },
    )
    expect([0, 2], one.stdout).toContain(one.code)
    expect(one.stdout).not.toContain('harness process of its own')
    expect(one.stdout).toMatch(/^Demo: \d+\/\d+ stages passed in /m)
  }, 300_000)

  it('a child whose parent is SIGKILLed stops its nodes and ends', async () => {
    const dir = store()
    const child = spawn(
      process.execPath,
      [cliPath(), 'demo', '--track', 'messenger', '--track', 'rpc', '--store', dir],
      { cwd: repoRoot, env: { ...process.env, CI: 'true' }, stdio: 'ignore' },
    )
    const exited = new Promise<unknown>((resolve) => child.on('close', resolve))
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && processesWith(dir).length < 3) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(processesWith(dir).length).toBe(3)
    child.kill('SIGKILL')
    await exited
    const gone = Date.now() + 15_000
    while (Date.now() < gone && processesWith(dir).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(processesWith(dir)).toEqual([])
  }, 120_000)

  it('names an unknown track among several', async () => {
    const result = await runCli(['demo', '--track', 'messenger', '--track', 'raft-persistance'])
    expect(result.code).toBe(254)
    expect(result.stdout).toContain('the demo has no track "raft-persistance"')
    expect(result.stdout).toContain('raft-persistence')
  })

  it('SIGTERM to the demo ends every harness process it started', async () => {
    const dir = store()
    const child = spawn(
      process.execPath,
      [cliPath(), 'demo', '--track', 'messenger', '--track', 'rpc', '--store', dir],
      { cwd: repoRoot, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    // wait until both children are grading (their runs are in the store)
    const deadline = Date.now() + 60_000
    while (
      Date.now() < deadline &&
      !(existsSync(join(dir, 'echo')) && existsSync(join(dir, 'exactly-once')))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(processesWith(dir).length, out).toBeGreaterThanOrEqual(3)
    child.kill('SIGTERM')
    expect(await exited).toBe(143)
    const gone = Date.now() + 10_000
    while (Date.now() < gone && processesWith(dir).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(processesWith(dir)).toEqual([])
  }, 120_000)
})
