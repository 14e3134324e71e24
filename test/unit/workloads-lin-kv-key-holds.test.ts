// Key holds (shared/key-holds.ts, issue 18 stop 23): while the run's key holds hold a key,
// lin-kv's writers of that key read it instead of writing or cas-ing it, and the workload's
// random stream is the same as without the hold (the write's values are still drawn).
import { describe, expect, it } from 'vitest'
import { linKvGenerator } from '../../src/workloads/lin-kv.js'
import { Random } from '../../src/network/index.js'
import { KeyHolds } from '../../src/shared/index.js'
import type { Invocation } from '../../src/workloads/index.js'
import { testOptions } from '../helpers/run-options.js'

/** 2 nodes, 8 workers: groups of 4 (workers 0–3 on key 0, 4–7 on key 1); 2, 3, 6, 7 write. */
function ops(holds: KeyHolds | undefined, rounds: number, during?: (round: number) => void) {
  const options = testOptions({ nodeIds: ['n0', 'n1'], concurrency: 8 })
  const gen = linKvGenerator({
    random: new Random(5, 'gen'),
    options,
    nodeIds: options.nodeIds,
    concurrency: 8,
    ...(holds === undefined ? {} : { keyHolds: holds }),
  })
  const out: Invocation[] = []
  for (let round = 0; round < rounds; round++) {
    during?.(round)
    for (let worker = 0; worker < 8; worker++) {
      const op = gen.next(worker, worker, 0)
      if (op !== null && 'f' in op) {
        out.push(op)
      }
    }
  }
  return out
}

describe('lin-kv with key holds', () => {
  it('gives no write or cas of a held key; its writers read it; other keys are written', () => {
    const holds = new KeyHolds()
    holds.hold(0, 'test')
    const held = ops(holds, 20)
    const key0 = held.filter((op) => op.key === 0)
    expect(key0.length).toBe(80)
    expect(key0.every((op) => op.f === 'read')).toBe(true)
    const key1 = held.filter((op) => op.key === 1)
    expect(key1.some((op) => op.f === 'write' || op.f === 'cas')).toBe(true)
  })

  it('draws the same stream: after the release, the ops are those of a run without holds', () => {
    const plain = ops(undefined, 20)
    const holds = new KeyHolds()
    const held = ops(holds, 20, (round) => {
      if (round === 5) {
        holds.hold('0', 'test') // the steer's keys are strings: "0" is key 0
      } else if (round === 10) {
        expect(holds.release(0)).toBe(true)
      }
    })
    const differ = plain
      .map((op, n) => (JSON.stringify(op) === JSON.stringify(held[n]) ? -1 : n))
      .filter((n) => n >= 0)
    // only the writes of key 0 in rounds 5–9 (workers 2 and 3: ops 8r + 2, 8r + 3) differ
    expect(differ.length).toBeGreaterThan(0)
    expect(differ.every((n) => n >= 40 && n < 80 && (n % 8 === 2 || n % 8 === 3))).toBe(true)
    expect(differ.every((n) => held[n]?.f === 'read' && held[n]?.key === 0)).toBe(true)
  })

  it('holds by key as a string, and tells why', () => {
    const holds = new KeyHolds()
    holds.hold(3, 'entry 17 left it')
    expect(holds.isHeld('3')).toBe(true)
    expect(holds.reason(3)).toBe('entry 17 left it')
    expect(holds.held()).toEqual(['3'])
    expect(holds.release('3')).toBe(true)
    expect(holds.release('3')).toBe(false)
    expect(holds.isHeld(3)).toBe(false)
  })
})
