// The kafka checker on hand-built histories, one per anomaly of checkers.md §4.4, plus a
// valid one and the sparse-offset hazard (Maelstrom #51): offsets near 2^52 cost nothing.
import { describe, expect, it } from 'vitest'
import { checkKafka } from '../../src/checkers/kafka/index.js'
import { findChecker } from '../../src/checkers/registry.js'
import type { Op } from '../../src/history/types.js'

type Raw = Omit<Op, 'index' | 'time'>

function history(raw: Raw[]): Op[] {
  return raw.map((op, index) => ({ ...op, index, time: (index + 1) * 1e7 }))
}

function send(
  process: number,
  key: string,
  msg: number,
  offset: number | undefined,
  type: 'ok' | 'fail' | 'info' = 'ok',
): Raw[] {
  return [
    { process, type: 'invoke', f: 'send', key, value: msg },
    type === 'ok'
      ? { process, type: 'ok', f: 'send', key, value: [offset, msg] }
      : { process, type, f: 'send', key, value: msg, error: [11, 'temporarily-unavailable'] },
  ]
}

function poll(process: number, msgs: Record<string, Array<[number, number]>>): Raw[] {
  return [
    { process, type: 'invoke', f: 'poll' },
    { process, type: 'ok', f: 'poll', value: msgs },
  ]
}

function assign(process: number, keys: string[]): Raw[] {
  return [
    { process, type: 'invoke', f: 'assign', value: keys },
    { process, type: 'ok', f: 'assign', value: keys },
  ]
}

const types = (ops: Raw[]) => checkKafka(history(ops)).anomalies.map((a) => a.type)

describe('kafka checker', () => {
  it('accepts a correct log', () => {
    const result = checkKafka(
      history([
        ...send(0, 'a', 1, 0),
        ...send(0, 'a', 2, 1),
        ...send(1, 'b', 1, 0),
        ...assign(2, ['a', 'b']),
        ...poll(2, { a: [[0, 1]], b: [[0, 1]] }),
        ...poll(2, { a: [[1, 2]] }),
        { process: 3, type: 'invoke', f: 'crash' },
        { process: 3, type: 'info', f: 'crash' },
      ]),
    )
    expect(result.anomalies).toEqual([])
    expect(result.valid).toBe(true)
    expect(findChecker('kafka')?.check(history(send(0, 'a', 1, 0)), {}, {}).valid).toBe(false)
  })

  it('lost-commit: a later assign lists less than an acknowledged commit (durableCommits only)', () => {
    const listed = (process: number, committed: Record<string, number | null>): Raw[] => [
      { process, type: 'invoke', f: 'assign', value: Object.keys(committed) },
      {
        process,
        type: 'ok',
        f: 'assign',
        value: { keys: Object.keys(committed), committed },
        node: 'n1',
      },
    ]
    const ops = [
      ...send(0, 'a', 1, 0),
      ...send(0, 'a', 2, 1),
      ...listed(2, { a: null }),
      ...poll(2, {
        a: [
          [0, 1],
          [1, 2],
        ],
      }),
      // concurrent with nothing: commit of offset 1 acknowledged before this assign began
      ...listed(3, { a: 1 }),
      ...listed(4, { a: 0 }),
      ...listed(5, { a: null }),
    ]
    const lenient = checkKafka(history(ops))
    expect(lenient.valid).toBe(true)
    expect(lenient.lostCommitCount).toBe(2)
    const strict = checkKafka(history(ops), { durableCommits: true })
    expect(strict.valid).toBe(false)
    const lost = strict.anomalies.filter((a) => a.type === 'lost-commit')
    expect(lost.map((a) => (a.evidence as { listed: unknown }).listed)).toEqual([0, null])
    expect(lost[1]?.message).toMatch(
      /^lost-commit: process 2 committed offset 1 of key "a" \(acknowledged at 0\.\d+ s\), but at 0\.\d+ s list_committed_offsets via n1 returned no committed offset at all/,
    )
    const registered = findChecker('kafka')?.check(
      history(ops),
      { extra: { durableCommits: true } },
      {},
    )
    expect(registered?.valid).toBe(false)
    // an assign invoked before the commit was acknowledged may list the older offset
    const racing: Raw[] = [
      ...send(0, 'a', 1, 0),
      { process: 3, type: 'invoke', f: 'assign', value: ['a'] },
      ...poll(2, { a: [[0, 1]] }),
      { process: 3, type: 'ok', f: 'assign', value: { keys: ['a'], committed: { a: null } } },
    ]
    expect(checkKafka(history(racing), { durableCommits: true }).valid).toBe(true)
  })

  it('inconsistent-offsets: two messages at one offset', () => {
    const result = checkKafka(
      history([...send(0, 'a', 1, 0), ...send(1, 'a', 2, 0), ...poll(2, { a: [[0, 1]] })]),
    )
    expect(result.valid).toBe(false)
    const anomaly = result.anomalies.find((a) => a.type === 'inconsistent-offsets')
    expect(anomaly?.message).toBe(
      'inconsistent-offsets: offset 0 of key "a" holds different messages: 1 (send acknowledged to process 0 at 0.02 s) and 2 (send acknowledged to process 1 at 0.04 s). A log gives each offset exactly one message, forever, whichever node is asked.',
    )
    expect(anomaly?.ops).toEqual([1, 3])
  })

  it('duplicate: one message at two offsets', () => {
    expect(
      types([
        ...send(0, 'a', 1, 0),
        ...poll(1, {
          a: [
            [0, 1],
            [1, 1],
          ],
        }),
      ]),
    ).toContain('duplicate')
  })

  it('lost-write: an acknowledged send below what polls read was never read', () => {
    const ops = [
      ...send(0, 'a', 1, 0),
      ...send(0, 'a', 2, 1),
      ...send(0, 'a', 3, 2),
      ...poll(1, {
        a: [
          [0, 1],
          [2, 3],
        ],
      }),
    ]
    const result = checkKafka(history(ops))
    expect(result.anomalies.map((a) => a.type)).toEqual(
      expect.arrayContaining(['lost-write', 'int-poll-skip', 'unseen']),
    )
    expect(result.anomalies.find((a) => a.type === 'lost-write')?.message).toMatch(
      /^lost-write: the send of 2 to key "a" was acknowledged at offset 1 at 0\.04 s/,
    )
  })

  it('unseen: an acknowledged send nobody polled', () => {
    expect(
      types([...send(0, 'a', 1, 0), ...send(0, 'a', 2, 1), ...poll(1, { a: [[0, 1]] })]),
    ).toEqual(['unseen'])
  })

  it('G1a: a poll returned a failed send', () => {
    expect(
      types([
        ...send(0, 'a', 1, 0),
        ...send(0, 'a', 9, undefined, 'fail'),
        ...poll(1, {
          a: [
            [0, 1],
            [1, 9],
          ],
        }),
      ]),
    ).toContain('G1a')
  })

  it('poll-skip and nonmonotonic-poll across polls, reset by assign', () => {
    const base = [...send(0, 'a', 1, 0), ...send(0, 'a', 2, 1), ...send(0, 'a', 3, 2)]
    expect(
      types([
        ...base,
        ...poll(1, { a: [[0, 1]] }),
        ...poll(1, { a: [[2, 3]] }),
        ...poll(2, { a: [[1, 2]] }),
      ]),
    ).toEqual(['poll-skip'])
    expect(
      types([
        ...base,
        ...poll(1, {
          a: [
            [0, 1],
            [1, 2],
          ],
        }),
        ...poll(1, { a: [[0, 1]] }),
        ...poll(2, { a: [[2, 3]] }),
      ]),
    ).toEqual(['nonmonotonic-poll'])
    expect(
      types([
        ...base,
        ...poll(1, {
          a: [
            [0, 1],
            [1, 2],
          ],
        }),
        ...assign(1, ['a']),
        ...poll(1, {
          a: [
            [0, 1],
            [1, 2],
            [2, 3],
          ],
        }),
      ]),
    ).toEqual([])
    expect(
      types([
        ...base,
        ...poll(1, {
          a: [
            [1, 2],
            [0, 1],
            [2, 3],
          ],
        }),
      ]),
    ).toContain('int-nonmonotonic-poll')
  })

  it('nonmonotonic-send: one process sends land out of order', () => {
    expect(
      types([
        ...send(0, 'a', 1, 1),
        ...send(0, 'a', 2, 0),
        ...poll(1, {
          a: [
            [0, 2],
            [1, 1],
          ],
        }),
      ]),
    ).toEqual(['nonmonotonic-send'])
  })

  it('indexes offsets sparsely: huge offsets are cheap and gaps are not skips', () => {
    const big = 2 ** 52
    const ops = [
      ...send(0, 'a', 1, big),
      ...send(0, 'a', 2, big + 1000),
      ...poll(1, {
        a: [
          [big, 1],
          [big + 1000, 2],
        ],
      }),
    ]
    const start = performance.now()
    const result = checkKafka(history(ops))
    expect(performance.now() - start).toBeLessThan(50)
    expect(result.valid).toBe(true)
  })
})

describe('kafka checker: unseen sends and the final phase', () => {
  const finalPoll = (process: number, msgs: Record<string, Array<[number, number]>>): Raw[] => [
    { process, type: 'invoke', f: 'poll', final: true },
    { process, type: 'ok', f: 'poll', value: msgs, final: true },
  ]
  const finalAssign = (process: number, keys: string[]): Raw[] => [
    { process, type: 'invoke', f: 'assign', value: keys, final: true },
    { process, type: 'ok', f: 'assign', value: keys, final: true },
  ]
  const sends = [...send(0, 'a', 1, 0), ...send(0, 'a', 2, 1), ...send(0, 'a', 3, 2)]

  it('final polls that ended before an offset (a paging node, a capped phase): unknown, not invalid', () => {
    const result = checkKafka(history([...sends, ...finalAssign(1, ['a']), ...finalPoll(1, { a: [[0, 1]] })]))
    expect(result.anomalies).toEqual([])
    expect(result.valid).toBe('unknown')
    expect(result.reason).toMatch(/final polls ended .* before they read 2 acknowledged sends \(e\.g\. 2 at offset 1 of key "a"\)/)
    expect(result.unseenCount).toBe(0)
    expect(result.unreachedCount).toBe(2)
  })

  it('a final poll that returned nothing while sends were unread: unseen, invalid', () => {
    const result = checkKafka(
      history([...sends, ...finalAssign(1, ['a']), ...finalPoll(1, { a: [[0, 1]] }), ...finalPoll(1, {})]),
    )
    expect(result.valid).toBe(false)
    expect(result.anomalies.map((a) => a.type)).toEqual(['unseen'])
    expect(result.unseenCount).toBe(2)
  })

  it('final polls that read past an unseen send: lost-write and unseen, invalid', () => {
    const result = checkKafka(
      history([...sends, ...finalAssign(1, ['a']), ...finalPoll(1, { a: [[0, 1], [2, 3]] })]),
    )
    expect(result.valid).toBe(false)
    expect(result.anomalies.map((a) => a.type)).toEqual(
      expect.arrayContaining(['lost-write', 'unseen']),
    )
    expect(result.unseenCount).toBe(1)
    expect(result.unreachedCount).toBe(0)
  })

  it('every send read in the final phase: valid', () => {
    const result = checkKafka(
      history([...sends, ...finalAssign(1, ['a']), ...finalPoll(1, { a: [[0, 1], [1, 2], [2, 3]] })]),
    )
    expect(result.valid).toBe(true)
  })
})
