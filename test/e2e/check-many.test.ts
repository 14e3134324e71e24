// `dsgrade check FILE…` (interfaces.md §5): many files in one process, a line per file, a
// summary, exit = the worst verdict; nothing to check is unknown (exit 2); an --extra key
// the checker does not declare is refused with exit 254, naming the accepted keys.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, runCli } from '../helpers/cli.js'

const txn = (name: string): string => join(repoRoot, 'test', 'fixtures', 'histories', 'txn', name)
const dir = mkdtempSync(join(tmpdir(), 'check-many-'))
const empty = join(dir, 'empty.jsonl')
writeFileSync(empty, '')

describe('dsgrade check with many files', () => {
  it('one line per file, a summary, and the worst verdict as the exit code', async () => {
    const files = [txn('rw-lww-1.jsonl'), txn('rw-lww-2.jsonl'), empty]
    const result = await runCli([
      'check',
      ...files,
      '--checker',
      'rw-register',
      '--consistency-models',
      'read-committed',
    ])
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^valid +\d+\.\d ms +\S+rw-lww-1\.jsonl$/)
    expect(lines[2]).toMatch(/^unknown .*empty\.jsonl +— could not decide: empty-transaction-graph/)
    expect(lines[3]).toMatch(/^3 files: 2 valid, 0 invalid, 1 unknown in [\d.]+ s; worst: unknown$/)
    expect(result.code).toBe(2)
  })

  it('an invalid file makes the exit 1; the line names the first anomaly', async () => {
    const files = [txn('rw-lww-1.jsonl'), txn('la-no-isolation-1.jsonl'), empty]
    const result = await runCli([
      'check',
      ...files,
      '--checker',
      'list-append',
      '--consistency-models',
      'read-uncommitted',
    ])
    expect(result.stdout).toMatch(/\ninvalid .*la-no-isolation-1\.jsonl +— G0 \(write cycle/)
    expect(result.code).toBe(1)
  })

  it('an unreadable file is reported on its line and makes the exit 254', async () => {
    const result = await runCli([
      'check',
      txn('rw-lww-1.jsonl'),
      join(dir, 'missing.jsonl'),
      '--checker',
      'rw-register',
    ])
    expect(result.stdout).toMatch(/\nerror .*missing\.jsonl +— Cannot read the history/)
    expect(result.code).toBe(254)
  })
})

describe('dsgrade check: nothing to check, declared extras', () => {
  it('an empty history is unknown (exit 2) for the linearizable checker, with the reason', async () => {
    const result = await runCli(['check', empty, '--checker', 'linearizable'])
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: 'unknown',
      reason: expect.stringMatching(/no operation to check/),
    })
  })

  it('refuses an undeclared --extra key with 254, listing the accepted ones', async () => {
    const result = await runCli([
      'check',
      empty,
      '--checker',
      'rw-register',
      '--extra',
      'sequential_keys=false',
    ])
    expect(result.code).toBe(254)
    const said = result.stdout + result.stderr
    expect(said).toMatch(
      /--extra sequential_keys: the rw-register checker does not accept this key/,
    )
    expect(said).toMatch(/sequential-keys, sequentialKeys — a boolean/)
  })

  it('honours a declared one: sequential-keys=true is applied and recorded as an assumption', async () => {
    const result = await runCli([
      'check',
      txn('rw-no-isolation-1.jsonl'),
      '--checker',
      'rw-register',
      '--consistency-models',
      'read-committed',
      '--extra',
      'sequential-keys=true',
    ])
    const parsed = JSON.parse(result.stdout) as { assumedRules: string[]; inferenceRules: string[] }
    expect(parsed.inferenceRules).toContain('sequential-keys')
    expect(parsed.assumedRules).toEqual(['sequential-keys'])
  })
})
