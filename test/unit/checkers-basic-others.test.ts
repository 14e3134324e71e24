// The other basic checkers on histories with known verdicts: counter (exact acceptable set,
// final reads only), unique-ids (JSON-value equality), echo, stats, availability, net.
import { describe, expect, it } from 'vitest'
import { checkAvailability } from '../../src/checkers/basic/availability.js'
import { acceptableSums, checkCounter } from '../../src/checkers/basic/counter.js'
import { checkEcho } from '../../src/checkers/basic/echo.js'
import { netStats } from '../../src/checkers/basic/net.js'
import { checkStats } from '../../src/checkers/basic/stats.js'
import { checkUniqueIds } from '../../src/checkers/basic/unique-ids.js'
import type { Op, OpType } from '../../src/history/types.js'
import type { JournalEvent } from '../../src/network/contract.js'

function history(...steps: [number, OpType, string, unknown?, Partial<Op>?][]): Op[] {
  return steps.map(([process, type, f, value, extra], index) => {
    const op: Op = { index, time: index * 1000, process, type, f, ...extra }
    if (value !== undefined) {
      op.value = value
    }
    return op
  })
}

describe('counter', () => {
  it('accepts a final read equal to the sum of ok adds', () => {
    const h = history(
      [0, 'invoke', 'add', 3],
      [0, 'ok', 'add', 3],
      [1, 'invoke', 'add', -1],
      [1, 'ok', 'add', -1],
      [0, 'invoke', 'read', undefined, { final: true }],
      [0, 'ok', 'read', 2, { final: true }],
    )
    expect(checkCounter(h).valid).toBe(true)
  })

  it('rejects a final read that misses an acknowledged add, with the evidence', () => {
    const h = history(
      [0, 'invoke', 'add', 3],
      [0, 'ok', 'add', 3],
      [1, 'invoke', 'read', undefined, { final: true }],
      [1, 'ok', 'read', 0, { final: true, node: 'n2' }],
    )
    const result = checkCounter(h)
    expect(result.valid).toBe(false)
    expect(result.anomalies[0]?.message).toMatch(/n2 read 0 .* sum to 3/)
  })

  it('accepts any subset of indeterminate adds, and ignores failed adds and non-final reads', () => {
    const h = history(
      [0, 'invoke', 'add', 4],
      [0, 'info', 'add', 4],
      [1, 'invoke', 'add', 2],
      [1, 'fail', 'add', 2],
      [2, 'invoke', 'read'],
      [2, 'ok', 'read', 99],
      [3, 'invoke', 'read', undefined, { final: true }],
      [3, 'ok', 'read', 4, { final: true }],
    )
    expect(checkCounter(h).valid).toBe(true)
    expect(acceptableSums(0, [4, 1])).toEqual([
      [0, 1],
      [4, 5],
    ])
    expect(acceptableSums(10, [1, 1, -1])).toEqual([[9, 12]])
  })

  it('is unknown without any final read', () => {
    expect(checkCounter(history([0, 'invoke', 'add', 1], [0, 'ok', 'add', 1])).valid).toBe(
      'unknown',
    )
  })
})

describe('unique-ids', () => {
  it('treats 3 and "3" as different ids and 1 and 1.0 as the same', () => {
    const distinct = history(
      [0, 'invoke', 'generate'],
      [0, 'ok', 'generate', 3],
      [1, 'invoke', 'generate'],
      [1, 'ok', 'generate', '3'],
    )
    expect(checkUniqueIds(distinct).valid).toBe(true)
    const same = history(
      [0, 'invoke', 'generate'],
      [0, 'ok', 'generate', 1],
      [1, 'invoke', 'generate'],
      [1, 'ok', 'generate', 1.0],
    )
    expect(checkUniqueIds(same).valid).toBe(false)
  })

  it('reports duplicates with the nodes that returned them', () => {
    const h = history(
      [0, 'invoke', 'generate'],
      [0, 'ok', 'generate', { a: 1, b: 2 }, { node: 'n1' }],
      [1, 'invoke', 'generate'],
      [1, 'ok', 'generate', { b: 2, a: 1 }, { node: 'n2' }],
      [2, 'invoke', 'generate'],
      [2, 'info', 'generate'],
    )
    const result = checkUniqueIds(h)
    expect(result.valid).toBe(false)
    expect(result.attemptedCount).toBe(3)
    expect(result.acknowledgedCount).toBe(2)
    expect(result.anomalies[0]?.nodes).toEqual(['n1', 'n2'])
  })
})

describe('echo, stats, availability, net', () => {
  it('echo: a reply with a different value is invalid', () => {
    const ok = history(
      [0, 'invoke', 'echo', 'hi'],
      [0, 'ok', 'echo', { type: 'echo_ok', echo: 'hi' }],
    )
    const bad = history(
      [0, 'invoke', 'echo', 'hi'],
      [0, 'ok', 'echo', { type: 'echo_ok', echo: 'ho' }],
    )
    expect(checkEcho(ok).valid).toBe(true)
    expect(checkEcho(bad).valid).toBe(false)
  })

  it('stats: every f needs at least one ok; a missing completion counts as info', () => {
    const h = history(
      [0, 'invoke', 'read'],
      [0, 'ok', 'read', []],
      [1, 'invoke', 'broadcast', 1],
      [1, 'info', 'broadcast', 1],
      [2, 'invoke', 'broadcast', 2],
    )
    const result = checkStats(h)
    expect(result.valid).toBe(false)
    expect(result.byF.broadcast).toEqual({ count: 2, okCount: 0, failCount: 0, infoCount: 2 })
    expect(result.anomalies[0]?.message).toMatch(/No broadcast operation succeeded/)
  })

  it('availability: below the required fraction is invalid', () => {
    const h = history(
      [0, 'invoke', 'read'],
      [0, 'ok', 'read'],
      [1, 'invoke', 'read'],
      [1, 'fail', 'read'],
    )
    expect(checkAvailability(h, undefined)).toMatchObject({ valid: true, okFraction: 0.5 })
    expect(checkAvailability(h, 'total').valid).toBe(false)
    expect(checkAvailability(h, 0.5).valid).toBe(true)
  })

  it('net: counts client and server messages separately and skips ignored ids', () => {
    const event = (
      seq: number,
      type: JournalEvent['type'],
      src: string,
      dest: string,
    ): JournalEvent => ({ seq, time: seq, type, message: { src, dest, body: { type: 'x' } } })
    const journal = [
      event(0, 'send', 'c1', 'n1'),
      event(1, 'deliver', 'c1', 'n1'),
      event(2, 'send', 'n1', 'n2'),
      event(3, 'drop', 'n1', 'n2'),
      event(4, 'send', 'cprobe-n1', 'n1'),
    ]
    const stats = netStats(journal, 2, (id) => id.startsWith('cprobe-'))
    expect(stats.all).toEqual({ sendCount: 2, recvCount: 1, msgCount: 2, msgsPerOp: 1 })
    expect(stats.servers.msgCount).toBe(1)
    expect(stats.clients.recvCount).toBe(1)
  })
})
