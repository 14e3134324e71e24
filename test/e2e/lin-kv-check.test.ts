// `dsgrade check` with the linearizable and kafka checkers, through the real CLI (the
// committed bundle, or DSGRADE_CLI): exit codes 0 / 1 / 2 / 254, JSON on stdout, Jepsen logs,
// EDN and our history.jsonl.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { CORPUS } from '../helpers/corpus.js'

function jsonl(ops: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lin-kv-check-'))
  const file = join(dir, 'history.jsonl')
  writeFileSync(
    file,
    ops.map((op, index) => JSON.stringify({ index, time: index * 1e8, ...op })).join('\n') + '\n',
  )
  return file
}

describe('dsgrade check --checker linearizable', () => {
  it('a non-linearizable etcd log exits 1 with evidence', async () => {
    const result = await runCli([
      'check',
      join(CORPUS, 'etcd', 'etcd_000.log'),
      '--checker',
      'linearizable',
    ])
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout)
    expect(json.valid).toBe(false)
    expect(json.anomalies[0].type).toBe('not-linearizable')
    expect(json.anomalies[0].evidence.partial.length).toBeGreaterThan(0)
  }, 30_000)

  it('a linearizable etcd log exits 0; with no time budget it exits 2 (unknown, never true)', async () => {
    const ok = await runCli([
      'check',
      join(CORPUS, 'etcd', 'etcd_002.log'),
      '--checker',
      'linearizable',
      '--format',
      'jepsen-log',
    ])
    expect(ok.code).toBe(0)
    const unknown = await runCli([
      'check',
      join(CORPUS, 'etcd', 'etcd_002.log'),
      '--checker',
      'linearizable',
      '--time-budget',
      '0',
    ])
    expect(unknown.code).toBe(2)
    expect(JSON.parse(unknown.stdout).reason).toMatch(/time budget/)
  }, 30_000)

  it('the kv corpus with --model kv', async () => {
    const result = await runCli([
      'check',
      join(CORPUS, 'kv', 'c10-bad.txt'),
      '--checker',
      'linearizable',
      '--model',
      'kv',
    ])
    expect(result.code).toBe(1)
    const bogus = await runCli([
      'check',
      join(CORPUS, 'kv', 'c10-ok.txt'),
      '--checker',
      'linearizable',
      '--model',
      'queue',
    ])
    expect(bogus.code).toBe(254)
    expect(bogus.stdout + bogus.stderr).toContain('cas-register, register, kv')
  }, 30_000)

  it('our history.jsonl: a stale read', async () => {
    const file = jsonl([
      { process: 0, type: 'invoke', f: 'write', key: 3, value: 4 },
      { process: 0, type: 'ok', f: 'write', key: 3, value: 4 },
      { process: 1, type: 'invoke', f: 'read', key: 3 },
      { process: 1, type: 'ok', f: 'read', key: 3, value: null },
    ])
    const result = await runCli(['check', file, '--checker', 'linearizable'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).anomalies[0].message).toContain(
      'a read of null after a write is a violation',
    )
  }, 30_000)
})

describe('dsgrade check --checker kafka', () => {
  it('reports inconsistent offsets', async () => {
    const file = jsonl([
      { process: 0, type: 'invoke', f: 'send', key: 'a', value: 1 },
      { process: 0, type: 'ok', f: 'send', key: 'a', value: [0, 1] },
      { process: 1, type: 'invoke', f: 'send', key: 'a', value: 2 },
      { process: 1, type: 'ok', f: 'send', key: 'a', value: [0, 2] },
    ])
    const result = await runCli(['check', file, '--checker', 'kafka'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('inconsistent-offsets')
  }, 30_000)
})
