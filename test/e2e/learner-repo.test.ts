// `dsgrade` in a learner repository (issue 19): a copy of the Python template with its echo
// stub filled is built and graded from dsgrade.yml by the same code the Action runs, offline;
// `dsgrade validate` names a mistyped key with did-you-mean.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'
import { filledTemplate } from '../helpers/template.js'

describe('dsgrade in a learner repository', () => {
  it('grades the tracks of dsgrade.yml as the Action does', async () => {
    const dir = filledTemplate()
    const result = await runCli(['--seed', '11', '--time-scale', '0.2'], {
      cwd: dir,
      timeoutMs: 150_000,
    })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/Messenger \(messenger\): 3\/3 stages passed/)
    expect(result.stdout).toMatch(/1\.1 {3}messenger\/echo +pass/)
    expect(result.stdout).toContain('dsgrade: 3/3 stages passed (dsgrade.yml).')
  }, 180_000)

  it('a failing stub: the table, the hint and a replay line with run: as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learner-repo-stub-'))
    cpSync(join(repoRoot, 'templates', 'python'), dir, { recursive: true })
    const result = await runCli(['--seed', '3', '--time-scale', '0.2'], {
      cwd: dir,
      timeoutMs: 150_000,
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/1\.1 {3}messenger\/echo +FAIL/)
    expect(result.stdout).toContain(
      "Replay this seed: npx github:dsgrade/dsgrade#v1 test --track messenger --stage messenger/echo --bin 'python3 nodes/messenger.py' --seed 3",
    )
  }, 180_000)

  it('validate names a mistyped key with did-you-mean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'learner-repo-bad-'))
    writeFileSync(join(dir, 'dsgrade.yml'), 'version: 1\ntrakcs:\n  messenger:\n    run: ./n\n')
    const bad = await runCli(['validate'], { cwd: dir })
    expect(bad.code).toBe(254)
    expect(bad.stdout).toContain('unexpected key "trakcs"')
    expect(bad.stdout).toContain('Did you mean "tracks"?')
    writeFileSync(join(dir, 'dsgrade.yml'), 'version: 1\ntracks:\n  messenger:\n    run: ./n\n')
    const good = await runCli(['validate'], { cwd: dir })
    expect(good.code).toBe(0)
    expect(good.stdout).toContain('dsgrade.yml is valid: 1 track(s): messenger (run: ./n).')
  })
})
