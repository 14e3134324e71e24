// Hostile histories: random micro-ops with wrong shapes, odd keys and values, duplicate
// values, missing completions and garbage replies. The checkers must never throw on a
// learner's history and must never answer `valid` when values are not unique.
import { describe, expect, test } from 'vitest'
import { checkListAppend, checkRwRegister } from '../../src/checkers/elle/index.js'
import type { Op } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'

const KEYS: unknown[] = [0, 1, '1', 'x', null, [1], { a: 1 }, 1.5]
const VALUES: unknown[] = [1, 2, 3, '3', null, [], [1, 2], [2, 1], [1, 1], { v: 1 }, true]

function garbage(random: Random): unknown {
  const roll = random.int(10)
  if (roll === 0) {
    return random.pick([null, 'txn', 42, {}, [[]], [['r']], [[1, 2, 3]]])
  }
  return Array.from({ length: random.int(5) }, () => [
    random.pick(['r', 'append', 'w', 'cas', 'r']),
    random.pick(KEYS),
    random.pick(VALUES),
  ])
}

function hostileHistory(seed: number): Op[] {
  const random = new Random(seed, 'fuzz')
  const ops: Op[] = []
  const open = new Set<number>()
  for (let i = 0; i < 300; i++) {
    const process = random.int(6)
    const index = ops.length
    if (!open.has(process) || random.chance(0.1)) {
      open.add(process)
      ops.push({
        index,
        time: index,
        process,
        type: 'invoke',
        f: random.chance(0.9) ? 'txn' : 'read',
        value: garbage(random),
      })
    } else {
      open.delete(process)
      const type = random.pick(['ok', 'ok', 'ok', 'fail', 'info'] as const)
      ops.push({ index, time: index, process, type, f: 'txn', value: garbage(random) })
    }
  }
  return ops
}

describe('hostile histories', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'seed %i: no exception, never valid on duplicates',
    (seed) => {
      const ops = hostileHistory(seed)
      for (const check of [checkListAppend, checkRwRegister]) {
        for (const models of [
          ['read-uncommitted'],
          ['strict-serializable'],
          ['strong-session-serializable'],
        ]) {
          const result = check(
            ops,
            { consistencyModels: models },
            { deadlineMs: performance.now() + 2000 },
          )
          expect([true, false, 'unknown']).toContain(result.valid)
          if ((result.anomalyTypes as string[]).includes('duplicate-writes')) {
            expect(result.valid).not.toBe(true)
          }
          for (const anomaly of result.anomalies) {
            expect(typeof anomaly.message).toBe('string')
            expect(anomaly.message.length).toBeGreaterThan(10)
          }
        }
      }
    },
  )
})
