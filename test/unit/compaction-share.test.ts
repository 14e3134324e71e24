// The figures behind raft-persistence/compaction: lin-kv's `valueBytes` values (exact length,
// five distinct strings, integers without it, bad values refused) and `writtenValueBytes`, the
// bytes of the state-changing operations the nodes ran, on generated histories with known
// answers (ok and error 20 / 22 count; error 11, timeouts, reads and unanswered ops do not).
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/types.js'
import { writtenValueBytes } from '../../src/run/results.js'
import { linKv, linKvValue } from '../../src/workloads/lin-kv.js'
import type { TestOptions } from '../../src/options/index.js'

let index = 0
function op(process: number, type: Op['type'], f: string, extra: Partial<Op> = {}): Op {
  return { index: index++, time: index * 1e6, process, type, f, ...extra }
}

describe('lin-kv valueBytes', () => {
  it('makes five distinct strings of exactly N characters, integers without it', () => {
    const values = [0, 1, 2, 3, 4].map((v) => linKvValue(v, 1024))
    expect(values.map((v) => (v as string).length)).toEqual([1024, 1024, 1024, 1024, 1024])
    expect(new Set(values).size).toBe(5)
    expect(values.map((v) => (v as string).slice(0, 2))).toEqual(['0:', '1:', '2:', '3:', '4:'])
    expect(linKvValue(3, 1024)).toBe(values[3])
    expect(linKvValue(3, 0)).toBe(3)
  })
  it('refuses a size that is not 0 or an integer from 2 to 65536', () => {
    const options = (valueBytes: unknown): TestOptions =>
      ({ nodeIds: ['n0', 'n1', 'n2'], concurrency: 12, extra: { valueBytes } }) as never
    const validate = linKv.validateOptions as (o: TestOptions) => string | null
    expect(validate(options(1024))).toBeNull()
    expect(validate(options(0))).toBeNull()
    expect(validate(options(1))).toMatch(/valueBytes must be 0 or an integer from 2 to 65536/)
    expect(validate(options(70_000))).toMatch(/valueBytes/)
    expect(validate(options(2.5))).toMatch(/valueBytes/)
  })
})

describe('writtenValueBytes', () => {
  it('counts the values of writes and cas answered ok or with error 20 / 22', () => {
    const big = 'x'.repeat(98) // JSON text "xxx…" is 100 bytes
    const history: Op[] = [
      op(0, 'invoke', 'write', { key: 1, value: big }),
      op(0, 'ok', 'write', { key: 1, value: big }), // 100
      op(1, 'invoke', 'cas', { key: 1, value: [big, big] }),
      op(1, 'fail', 'cas', { key: 1, value: [big, big], error: [22, 'precondition-failed'] }), // 203
      op(2, 'invoke', 'cas', { key: 2, value: [1, 2] }),
      op(2, 'fail', 'cas', { key: 2, value: [1, 2], error: [20, 'key-does-not-exist'] }), // 5
      op(3, 'invoke', 'write', { key: 1, value: big }),
      op(3, 'fail', 'write', { key: 1, value: big, error: [11, 'temporarily-unavailable'] }),
      op(4, 'invoke', 'write', { key: 1, value: big }),
      op(4, 'info', 'write', { key: 1, value: big, error: 'timeout' }),
      op(5, 'invoke', 'read', { key: 1 }),
      op(5, 'ok', 'read', { key: 1, value: big }),
      op(6, 'invoke', 'write', { key: 1, value: big }), // never completed
    ]
    expect(writtenValueBytes(history)).toBe(100 + 203 + 5)
    expect(writtenValueBytes([])).toBe(0)
  })
})
