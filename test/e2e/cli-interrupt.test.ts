// Ctrl-C during a run: dsgrade says so, stops every node and exits 130, leaving no process.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliPath, repoRoot } from '../helpers/cli.js'
import { processesMentioning } from '../helpers/leftovers.js'

describe('interrupting dsgrade test', () => {
  it('SIGINT stops the nodes and exits 130', async () => {
    const store = mkdtempSync(join(tmpdir(), 'interrupt-'))
    const node = join(repoRoot, 'test', 'fixtures', 'nodes', 'js', 'echo.js')
    const child = spawn(
      process.execPath,
      [cliPath(), 'test', '-w', 'echo', '--bin', node, '--time-limit', '60', '--store', store],
      {
        env: { ...process.env, CI: 'true' },
      },
    )
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (stdout.includes('Main phase')) {
        child.kill('SIGINT')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    expect(code).toBe(130)
    expect(stdout).toMatch(/interrupted \(SIGINT\); stopping the nodes/)
    expect(processesMentioning(store)).toEqual([])
  }, 60_000)
})
