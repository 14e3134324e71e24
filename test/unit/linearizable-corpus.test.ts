// The linearizable checker on recorded histories nobody on this project wrote: all 102
// Porcupine/Jepsen etcd verdicts (cas-register) and the 6 kv files (kv model, per key).
// Read from /work/shared/data/histories (README there lists the expected verdicts).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { budgetFromSeconds } from '../../src/checkers/contract.js'
import type { LinearizabilityEvidence } from '../../src/checkers/linearizable/index.js'
import { checkLinearizable } from '../../src/checkers/linearizable/index.js'
import { findChecker } from '../../src/checkers/registry.js'
import { readHistoryFile } from '../../src/history/formats/index.js'
import { CORPUS } from '../helpers/corpus.js'

const LINEARIZABLE = new Set(
  '002 005 007 018 025 031 038 045 048 049 051 053 056 067 075 076 080 087 092 098 100 101 102'.split(
    ' ',
  ),
)

const etcdFiles = readdirSync(join(CORPUS, 'etcd'))
  .filter((name) => /^etcd_\d{3}\.log$/.test(name) && name !== 'etcd_095.log')
  .sort()

describe('etcd corpus (102 Jepsen histories, cas-register)', () => {
  it('has all 102 files', () => {
    expect(etcdFiles).toHaveLength(102)
  })

  it.each(etcdFiles)('%s', (name) => {
    const history = readHistoryFile(join(CORPUS, 'etcd', name))
    const result = checkLinearizable(history, { model: 'cas-register' }, budgetFromSeconds(20))
    expect(result.valid).toBe(LINEARIZABLE.has(name.slice(5, 8)))
    if (result.valid === false) {
      const anomaly = result.anomalies[0]
      expect(anomaly?.type).toBe('not-linearizable')
      expect(anomaly?.message).toMatch(/the register/)
      const evidence = anomaly?.evidence as LinearizabilityEvidence
      expect(evidence.states).toHaveLength(evidence.partial.length)
      expect(evidence.ops.some((op) => op.id === evidence.blocking)).toBe(true)
    }
  })
})

describe('kv corpus (get/put/append, per key)', () => {
  it.each([
    ['c01-ok', true],
    ['c01-bad', false],
    ['c10-ok', true],
    ['c10-bad', false],
    ['c50-ok', true],
    ['c50-bad', false],
  ] as const)('%s → %s', (name, expected) => {
    const history = readHistoryFile(join(CORPUS, 'kv', `${name}.txt`))
    const checker = findChecker('linearizable')
    expect(checker).toBeDefined()
    const result = checker!.check(history, { model: 'kv' }, budgetFromSeconds(30))
    expect(result.valid).toBe(expected)
    expect(result.keyCount).toBeGreaterThan(0)
    if (name === 'c50-bad') {
      // keys 0, 5, 7 and 9 are intractable alone (> 3·10^7 steps); round-robin scheduling
      // finds an easy failing key first
      expect(result.steps).toBeLessThan(2_000_000)
    }
  })
})
