// The linearizable pre-pass (src/checkers/linearizable/prepass.ts): an ok read of another
// value is a barrier like an ok write — a read of null that begins after a read of 0 completed
// has no linearization (nothing writes null back) and is refuted in one pass, however many
// crashed writes keep the search space huge. Seen with Raft's Figure 8 (docs/simulation.md):
// a node that applied an overwritten first write of a key answers it, then a node that never
// applied it answers null.
import { describe, expect, it } from 'vitest'
import { budgetFromSeconds } from '../../src/checkers/contract.js'
import { checkLinearizable } from '../../src/checkers/linearizable/index.js'
import { prepareHistory } from '../../src/checkers/linearizable/prepare.js'
import { impossibleRead } from '../../src/checkers/linearizable/prepass.js'
import type { Op } from '../../src/history/types.js'

type Raw = Omit<Op, 'index' | 'time'>

function history(raw: Raw[]): Op[] {
  return raw.map((op, index) => ({ time: (index + 1) * 1e8, ...op, index }))
}

/** `crashed` writes and cas of key 0 (their outcome unknown), then the two reads. */
function figure8Reads(nullReadBeginsAfter: boolean, crashed: number): Op[] {
  const raw: Raw[] = []
  for (let p = 10; p < 10 + crashed; p++) {
    raw.push(
      p % 3 === 0
        ? { process: p, type: 'invoke', f: 'write', key: 0, value: p % 5 }
        : { process: p, type: 'invoke', f: 'cas', key: 0, value: [p % 5, (p + 1) % 5] },
    )
  }
  raw.push({ process: 1, type: 'invoke', f: 'read', key: 0 })
  if (!nullReadBeginsAfter) {
    raw.push({ process: 2, type: 'invoke', f: 'read', key: 0 })
  }
  raw.push({ process: 1, type: 'ok', f: 'read', key: 0, value: 0 })
  if (nullReadBeginsAfter) {
    raw.push({ process: 2, type: 'invoke', f: 'read', key: 0 })
  }
  raw.push({ process: 2, type: 'ok', f: 'read', key: 0, value: null })
  return history(raw)
}

describe('linearizable pre-pass: reads as barriers', () => {
  it('refutes a read of null that began after a read of 0 completed, at once', () => {
    const ops = figure8Reads(true, 60)
    const [key] = prepareHistory(ops).keys
    const refuted = impossibleRead(key!)
    expect(refuted).toBeDefined()
    const started = performance.now()
    const result = checkLinearizable(ops, { model: 'cas-register' }, budgetFromSeconds(20))
    expect(result.valid).toBe(false)
    expect(performance.now() - started).toBeLessThan(10_000)
  })

  it('does not refute it when the two reads overlap (null may come first)', () => {
    // (8 crashed ops: with 60 the search alone does not decide within 20 s — why the pre-pass)
    const ops = figure8Reads(false, 8)
    const [key] = prepareHistory(ops).keys
    expect(impossibleRead(key!)).toBeUndefined()
    expect(checkLinearizable(ops, { model: 'cas-register' }, budgetFromSeconds(20)).valid).toBe(
      true,
    )
  })
})

describe('linearizable evidence: the read that came before', () => {
  it('names the earlier read of a value in the sentence of a read of null', () => {
    const result = checkLinearizable(
      figure8Reads(true, 60),
      { model: 'cas-register' },
      budgetFromSeconds(20),
    )
    const text = JSON.stringify(result.anomalies)
    expect(text).toContain(
      'read of key 0 returned null at 6.40 s, but a read of key 0 returned 0 at 6.20 s, before this read began; nothing writes null back: a read of null after a read of a value is a violation.',
    )
  })
})
