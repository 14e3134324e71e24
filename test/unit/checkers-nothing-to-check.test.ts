// "Nothing to check is unknown": every checker of the registry answers 'unknown' with a
// reason when the history holds no checkable operation (empty, every op ignored, a single
// indeterminate op); ratios with no client operation are null (not measured), never 0 or 1.
// Also the linearizable checker's garbage reads (a value no write produced).
import { describe, expect, it } from 'vitest'
import { checkAvailability } from '../../src/checkers/basic/availability.js'
import { netStats } from '../../src/checkers/basic/net.js'
import { checkLinearizable } from '../../src/checkers/linearizable/index.js'
import { CHECKERS, checkerNames } from '../../src/checkers/registry.js'
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

const optionsFor = (name: string) =>
  name === 'linearizable' ? { model: 'kv', extra: {} } : { extra: {} }

describe('nothing to check is unknown', () => {
  it.each(checkerNames())('%s: an empty history is unknown, with the reason', (name) => {
    const result = CHECKERS[name]?.check([], optionsFor(name), {})
    expect(result?.valid).toBe('unknown')
    expect(String(result?.reason ?? '')).not.toBe('')
  })

  it.each(checkerNames())('%s: a history of only unknown functions is unknown', (name) => {
    const h = history([0, 'invoke', 'frobnicate', 1], [0, 'ok', 'frobnicate', 1])
    const result = CHECKERS[name]?.check(h, optionsFor(name), {})
    expect(result?.valid).toBe('unknown')
  })

  it('unique-ids: a single info generate is unknown', () => {
    const h = history([0, 'invoke', 'generate'], [0, 'info', 'generate'])
    const result = CHECKERS['unique-ids']?.check(h, {}, {})
    expect(result?.valid).toBe('unknown')
    expect(result?.reason).toMatch(/none of the 1 generate operations completed ok/)
  })

  it('echo: only failed echoes are unknown', () => {
    const h = history([0, 'invoke', 'echo', 'x'], [0, 'fail', 'echo'])
    expect(CHECKERS.echo?.check(h, {}, {}).valid).toBe('unknown')
  })

  it('linearizable: only failed writes (they constrain nothing) is unknown, saying why', () => {
    const h = history([0, 'invoke', 'write', 1], [0, 'fail', 'write', 1])
    const result = checkLinearizable(h, {}, {})
    expect(result.valid).toBe('unknown')
    expect(result.reason).toMatch(/no operation to check .*dropped/)
  })

  it('one real op is enough to decide', () => {
    const h = history([0, 'invoke', 'generate'], [0, 'ok', 'generate', 7])
    expect(CHECKERS['unique-ids']?.check(h, {}, {}).valid).toBe(true)
  })

  it('net: messages per op is null with no client op', () => {
    const events: JournalEvent[] = [
      { type: 'send', time: 0, message: { src: 'n0', dest: 'n1', body: { type: 'x' } } },
    ] as JournalEvent[]
    const stats = netStats(events, 0)
    expect(stats.all.msgsPerOp).toBeNull()
    expect(stats.servers.msgsPerOp).toBeNull()
    expect(stats.all.msgCount).toBe(1)
    expect(netStats(events, 2).all.msgsPerOp).toBe(0.5)
  })

  it('availability: no invocation is not measured (null, unknown), even with --availability total', () => {
    const result = checkAvailability([], 'total')
    expect(result.okFraction).toBeNull()
    expect(result.valid).toBe('unknown')
  })
})

describe('linearizable garbage reads', () => {
  it('a read of 0 for a key nobody wrote is named, with the read and the key', () => {
    const h = history(
      [0, 'invoke', 'write', 3, { key: 'a' }],
      [0, 'ok', 'write', 3, { key: 'a' }],
      [1, 'invoke', 'read', null, { key: 'b' }],
      [1, 'ok', 'read', 0, { key: 'b' }],
    )
    const result = checkLinearizable(h, { model: 'kv' }, {})
    expect(result.valid).toBe(false)
    const garbage = result.anomalies.find((a) => a.type === 'garbage-read')
    expect(garbage?.message).toMatch(
      /^read of key "b" returned 0 at .*, but no operation ever wrote 0/,
    )
    expect(garbage?.evidence).toEqual({ key: 'b', read: 0, op: 3 })
  })

  it('a value written only by a write that failed is garbage too; one that may have happened is not', () => {
    const failed = history(
      [0, 'invoke', 'write', 5],
      [0, 'fail', 'write', 5],
      [1, 'invoke', 'read', null],
      [1, 'ok', 'read', 5],
    )
    expect(checkLinearizable(failed, {}, {}).anomalies[0]?.type).toBe('garbage-read')
    const info = history(
      [0, 'invoke', 'write', 5],
      [0, 'info', 'write', 5],
      [1, 'invoke', 'read', null],
      [1, 'ok', 'read', 5],
    )
    const result = checkLinearizable(info, {}, {})
    expect(result.valid).toBe(true)
    expect(result.anomalies).toEqual([])
  })
})
