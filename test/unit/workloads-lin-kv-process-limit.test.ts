// lin-kv's process limit per key (`--extra processesPerKey`, default 20): the Figure 8 steer's
// seeds raise it (grading/swarm.ts) so that the clients keep a key through a steered episode.
import { describe, expect, it } from 'vitest'
import { linKv, linKvGenerator } from '../../src/workloads/lin-kv.js'
import { Random } from '../../src/network/index.js'
import { testOptions } from '../helpers/run-options.js'

/** The keys worker 0 uses as it goes through processes 100, 101, … (one op each). */
function keysOverProcesses(extra: Record<string, unknown>, count: number): number[] {
  const options = testOptions({ nodeIds: ['n0', 'n1'], concurrency: 4, extra })
  const gen = linKvGenerator({
    random: new Random(3, 'gen'),
    options,
    nodeIds: options.nodeIds,
    concurrency: 4,
  })
  return Array.from({ length: count }, (_, i) => {
    const op = gen.next(0, 100 + i, 0)
    return op !== null && 'f' in op ? (op.key as number) : -1
  })
}

describe('lin-kv process limit per key', () => {
  it('moves a group to a fresh key after 20 distinct processes, or after processesPerKey', () => {
    const plain = keysOverProcesses({}, 45)
    expect(plain.indexOf(1)).toBe(20)
    const raised = keysOverProcesses({ processesPerKey: 40 }, 45)
    expect(raised.indexOf(1)).toBe(40)
    expect(new Set(raised.slice(0, 40))).toEqual(new Set([0]))
  })

  it('refuses a limit that is not a positive integer, in one sentence', () => {
    const options = testOptions({ nodeIds: ['n0', 'n1'], concurrency: 4 })
    expect(linKv.validateOptions?.({ ...options, extra: { processesPerKey: 0 } })).toBe(
      '--extra processesPerKey must be an integer of at least 1 (got 0)',
    )
    expect(linKv.validateOptions?.({ ...options, extra: { processesPerKey: 60 } })).toBeNull()
  })
})
