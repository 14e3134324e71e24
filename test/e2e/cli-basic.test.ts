// The dsgrade command line as a user meets it: --help on every command, --version, exit
// codes with one plain sentence (254 bad arguments, 255 cannot run), the seed on the first
// and last lines, a Maelstrom command line unchanged, and `dsgrade check` on a recorded run.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'

const js = (name: string): string => join(repoRoot, 'test', 'fixtures', 'nodes', 'js', name)
const store = (): string => mkdtempSync(join(tmpdir(), 'cli-basic-'))

describe.concurrent('dsgrade CLI basics', () => {
  it('prints help for every command and the version', async () => {
    for (const command of [
      ['--help'],
      ['test', '--help'],
      ['check', '--help'],
      ['tracks', '--help'],
      ['demo', '--help'],
    ]) {
      const result = await runCli(command)
      expect(result.code, command.join(' ')).toBe(0)
      expect(result.stdout).toMatch(/Usage/)
    }
    expect((await runCli(['test', '--help'])).stdout).toMatch(/--time-scale/)
    expect((await runCli(['--version'])).stdout).toMatch(/^dsgrade \d+\.\d+\.\d+/)
  })

  it('exits 254 with one sentence for bad arguments', async () => {
    const cases: [string[], RegExp][] = [
      [['test', '-w', 'echo'], /Expected a --bin/],
      [['test', '-w', 'nope', '--bin', js('echo.js')], /Unknown workload "nope"/],
      [['test', '-w', 'echo', '--bin', js('echo.js'), '--rate', 'x'], /--rate must be a number/],
      [['test', '--bogus'], /unknown option --bogus/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['check', '/nonexistent/history.jsonl', '--checker', 'set-full'], /Cannot read the history/],
      [['check', 'x.jsonl', '--checker', 'nope'], /Unknown checker "nope"/],
    ]
    for (const [args, message] of cases) {
      const result = await runCli(args)
      expect(result.code, args.join(' ')).toBe(254)
      expect(result.stdout + result.stderr).toMatch(message)
    }
  })

  it('exits 255 naming the binary when it cannot start', async () => {
    const result = await runCli([
      'test',
      '-w',
      'echo',
      '--bin',
      '/nonexistent/node',
      '--store',
      store(),
    ])
    expect(result.code).toBe(255)
    expect(result.stdout).toMatch(/could not run.*nonexistent/)
  })

  it('runs a Maelstrom command line unchanged, seed on the first and last lines', async () => {
    const dir = store()
    const result = await runCli(
      ['test', '-w', 'echo', '--bin', js('echo.js'), '--time-limit', '2', '--seed', '77'],
      { cwd: dir },
    )
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/seed 77/)
    expect(lines[lines.length - 1]).toMatch(/^seed 77 · valid \(exit 0\)/)
  }, 60_000)

  it("checks a recorded history offline with the run's verdict", async () => {
    const dir = store()
    const run = await runCli([
      'test',
      '-w',
      'g-set',
      '--bin',
      js('g-set.js'),
      '--time-limit',
      '2',
      '--rate',
      '20',
      '--time-scale',
      '0.5',
      '--store',
      dir,
    ])
    expect(run.code).toBe(0)
    const good = await runCli([
      'check',
      join(dir, 'latest', 'history.jsonl'),
      '--checker',
      'set-full',
    ])
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout).valid).toBe(true)
    const lost = join(dir, 'lost.jsonl')
    writeFileSync(
      lost,
      [
        { index: 0, time: 0, process: 0, type: 'invoke', f: 'add', value: 1 },
        { index: 1, time: 1, process: 0, type: 'ok', f: 'add', value: 1 },
        { index: 2, time: 2, process: 1, type: 'invoke', f: 'read' },
        { index: 3, time: 3, process: 1, type: 'ok', f: 'read', value: [] },
      ]
        .map((op) => JSON.stringify(op))
        .join('\n') + '\n',
    )
    const bad = await runCli(['check', lost, '--checker', 'set-full'])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).anomalies[0].type).toBe('lost')
  }, 60_000)
})
