// The exactly-once checker on literal histories with known verdicts, generated ones, and
// adversarial ones (duplicates after retries, reordering, stale reads, phantoms).
import { describe, expect, it } from 'vitest'
import { checkExactlyOnce } from '../../src/checkers/exactly-once.js'
import type { Op } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'

type Step = [
  process: number,
  type: Op['type'],
  f: string,
  key: number,
  value?: unknown,
  final?: boolean,
]

function history(steps: Step[]): Op[] {
  return steps.map(([process, type, f, key, value, final], index) => ({
    index,
    time: index * 1_000_000,
    process,
    type,
    f,
    key,
    node: 'n0',
    ...(value === undefined ? {} : { value }),
    ...(final ? { final: true } : {}),
  }))
}

const good: Step[] = [
  [0, 'invoke', 'append', 1, 10],
  [0, 'ok', 'append', 1, 10],
  [1, 'invoke', 'append', 1, 11],
  [1, 'info', 'append', 1, 11],
  [0, 'invoke', 'read', 1],
  [0, 'ok', 'read', 1, [10]],
  [0, 'invoke', 'append', 1, 12],
  [0, 'ok', 'append', 1, 12],
  [2, 'invoke', 'read', 1, undefined, true],
  [2, 'ok', 'read', 1, [10, 11, 12], true],
]

describe('exactly-once checker', () => {
  it('accepts a history where every acknowledged element is present once, info at most once', () => {
    const result = checkExactlyOnce(history(good), { linearizable: true })
    expect(result.valid).toBe(true)
    expect(result).toMatchObject({
      acknowledgedCount: 2,
      infoCount: 1,
      lostCount: 0,
      duplicatedCount: 0,
      finalReadCount: 1,
    })
  })

  it('names a duplicated element, where it appears and which op appended it', () => {
    const steps = good.map((s): Step =>
      s[1] === 'ok' && s[2] === 'read' && s[5] ? [2, 'ok', 'read', 1, [10, 11, 11, 12], true] : s,
    )
    const result = checkExactlyOnce(history(steps))
    expect(result.valid).toBe(false)
    expect(result.duplicated).toEqual(['11'])
    expect(result.anomalies[0]?.type).toBe('duplicate')
    expect(result.anomalies[0]?.message).toMatch(
      /^Element 11 appears twice in key 1: read op 9 .* positions 1 and 2\. It was appended by op 2 .* of unknown outcome/,
    )
    expect(result.anomalies[0]?.message).toContain('(src, msg_id)')
  })

  it('finds an acknowledged element missing from a final read (lost)', () => {
    const steps = good.map((s): Step =>
      s[1] === 'ok' && s[2] === 'read' && s[5] ? [2, 'ok', 'read', 1, [10, 11], true] : s,
    )
    const result = checkExactlyOnce(history(steps))
    expect(result.valid).toBe(false)
    expect(result.lostCount).toBe(1)
    expect(result.anomalies[0]?.message).toMatch(
      /Element 12 was acknowledged .* does not contain it/,
    )
  })

  it('finds reads that are not prefixes of each other', () => {
    const steps = good.map((s): Step =>
      s[1] === 'ok' && s[2] === 'read' && s[5] ? [2, 'ok', 'read', 1, [11, 10, 12], true] : s,
    )
    const result = checkExactlyOnce(history(steps))
    expect(result.anomalyTypes).toEqual(['not-prefix'])
  })

  it('finds phantoms, elements in the wrong key and definitely failed appends that appear', () => {
    const steps: Step[] = [
      [0, 'invoke', 'append', 1, 1],
      [0, 'fail', 'append', 1, 1],
      [0, 'invoke', 'append', 2, 2],
      [0, 'ok', 'append', 2, 2],
      [1, 'invoke', 'read', 1, undefined, true],
      [1, 'ok', 'read', 1, [1, 2, 99], true],
      [1, 'invoke', 'read', 2, undefined, true],
      [1, 'ok', 'read', 2, [2], true],
    ]
    expect(checkExactlyOnce(history(steps)).anomalyTypes).toEqual([
      'failed-present',
      'phantom',
      'wrong-key',
    ])
  })

  it('checks real-time order only when asked (linearizable)', () => {
    const steps: Step[] = [
      [0, 'invoke', 'append', 1, 1],
      [0, 'ok', 'append', 1, 1],
      [1, 'invoke', 'read', 1],
      [1, 'ok', 'read', 1, []],
      [1, 'invoke', 'read', 1, undefined, true],
      [1, 'ok', 'read', 1, [1], true],
    ]
    expect(checkExactlyOnce(history(steps)).valid).toBe(true)
    const strict = checkExactlyOnce(history(steps), { linearizable: true })
    expect(strict.anomalyTypes).toEqual(['stale-read'])
    const shrinking: Step[] = [
      ...steps.slice(0, 2),
      [1, 'invoke', 'read', 1],
      [1, 'ok', 'read', 1, [1]],
      [2, 'invoke', 'read', 1],
      [2, 'ok', 'read', 1, []],
      [2, 'invoke', 'read', 1, undefined, true],
      [2, 'ok', 'read', 1, [1], true],
    ]
    expect(checkExactlyOnce(history(shrinking), { linearizable: true }).anomalyTypes).toContain(
      'non-monotonic',
    )
  })

  it('is unknown, never valid, without a final read', () => {
    const result = checkExactlyOnce(history(good.slice(0, 8)))
    expect(result.valid).toBe('unknown')
    expect(result.reason).toMatch(/no final read/)
  })

  it('agrees with a generated model: a correct service is valid, one duplicate is caught', () => {
    const random = new Random(7)
    for (let round = 0; round < 20; round++) {
      const lists = new Map<number, number[]>()
      const steps: Step[] = []
      let element = 0
      for (let i = 0; i < 200; i++) {
        const key = random.int(3)
        if (random.chance(0.7)) {
          const e = element++
          steps.push([0, 'invoke', 'append', key, e])
          const outcome = random.chance(0.1) ? 'info' : 'ok'
          if (outcome === 'ok' || random.chance(0.5)) {
            lists.set(key, [...(lists.get(key) ?? []), e])
          }
          steps.push([0, outcome, 'append', key, e])
        } else {
          steps.push(
            [0, 'invoke', 'read', key],
            [0, 'ok', 'read', key, [...(lists.get(key) ?? [])]],
          )
        }
      }
      for (const key of [0, 1, 2]) {
        steps.push(
          [1, 'invoke', 'read', key, undefined, true],
          [1, 'ok', 'read', key, [...(lists.get(key) ?? [])], true],
        )
      }
      expect(checkExactlyOnce(history(steps), { linearizable: true }).valid).toBe(true)
      const last = steps.length - 1
      const final = steps[last] as Step
      const elements = final[4] as number[]
      if (elements.length > 0) {
        steps[last] = [1, 'ok', 'read', final[3], [...elements, elements[0] as number], true]
        expect(checkExactlyOnce(history(steps)).anomalyTypes).toContain('duplicate')
      }
    }
  })
})
