// Command lines in the shape of Maelstrom's docs (maelstrom-protocol.md §7) run unchanged,
// with Python nodes written against a Maelstrom-style library (the tracks area's reference
// nodes): relative --bin, --node-count, --log-stderr, --nemesis partition, -- ARGS.
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compat-'))
  cpSync(join(repoRoot, 'test', 'fixtures', 'nodes', 'python'), join(dir, 'demo'), {
    recursive: true,
  })
  return dir
}

describe.concurrent('Maelstrom command lines', () => {
  it('./maelstrom test -w echo --bin demo/echo.py --node-count 3 --time-limit 2', async () => {
    const result = await runCli(
      'test -w echo --bin demo/echo.py --node-count 3 --time-limit 2'.split(' '),
      { cwd: workdir() },
    )
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toMatch(/on 3 nodes/)
  }, 60_000)

  it('./maelstrom test -w broadcast --bin demo/broadcast.py --time-limit 3 --nemesis partition --log-stderr', async () => {
    const args =
      'test -w broadcast --bin demo/broadcast.py --time-limit 3 --nemesis partition --log-stderr --time-scale 0.5'
    const result = await runCli(args.split(' '), { cwd: workdir() })
    expect(result.code, result.stdout).toBe(0)
  }, 60_000)

  it('a quoted command line as --bin and stray arguments after --', async () => {
    const result = await runCli(
      [
        'test',
        '-w',
        'echo',
        '--bin',
        'python3 demo/echo.py',
        '--time-limit',
        '1',
        '--',
        '--unused-flag',
      ],
      { cwd: workdir() },
    )
    expect(result.code, result.stdout).toBe(0)
  }, 60_000)
})
