// The stats checker: every f needs an ok, except ops that never succeed by design (kafka's
// crash), and a failure names the most common error so a stub's "not-supported" shows.
import { describe, expect, it } from 'vitest'
import { checkStats } from '../../src/checkers/basic/stats.js'
import type { Op } from '../../src/history/types.js'

function op(index: number, process: number, type: Op['type'], f: string, error?: unknown): Op {
  return { index, time: index * 1000, process, type, f, ...(error === undefined ? {} : { error }) }
}

describe('checkStats', () => {
  it('exempts kafka crash ops from "every f needs an ok"', () => {
    const history = [
      op(0, 0, 'invoke', 'send'),
      op(1, 0, 'ok', 'send'),
      op(2, 1, 'invoke', 'crash'),
      op(3, 1, 'info', 'crash'),
    ]
    expect(checkStats(history).valid).toBe(true)
  })

  it('names the most common error when an f never succeeds', () => {
    const history = [
      op(0, 0, 'invoke', 'echo'),
      op(1, 0, 'fail', 'echo', [10, 'not-supported', 'echo is not implemented yet']),
      op(2, 1, 'invoke', 'echo'),
      op(3, 1, 'fail', 'echo', [10, 'not-supported', 'echo is not implemented yet']),
      op(4, 2, 'invoke', 'echo'),
      op(5, 2, 'info', 'echo', [0, 'net-timeout']),
    ]
    const result = checkStats(history)
    expect(result.valid).toBe(false)
    expect(result.anomalies[0]?.message).toContain(
      'Most common outcome: error 10 not-supported: "echo is not implemented yet" (2 times)',
    )
  })
})

describe('checkAvailability', () => {
  it('never prints a fraction below the threshold as equal to it', async () => {
    const { checkAvailability } = await import('../../src/checkers/basic/availability.js')
    const history: Op[] = []
    for (let i = 0; i < 10_000; i++) {
      history.push(
        op(2 * i, i, 'invoke', 'generate'),
        op(2 * i + 1, i, i === 0 ? 'info' : 'ok', 'generate'),
      )
    }
    const result = checkAvailability(history, 'total')
    expect(result.valid).toBe(false)
    expect(result.anomalies[0]?.message).toContain(
      'Only 99.99% of operations succeeded (9999 of 10000; 1 did not), below the required 100%',
    )
  })
})
