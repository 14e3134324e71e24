// shard-kv's join-leave mode (src/workloads/shard-kv-join-leave.ts): the controller's shard
// moves (a leaving node's shards all go, to the least loaded; a joining node gets its share from
// the most loaded) and the moveAvailability figure on histories with known figures: operations
// before the first reconfiguration, final reads and operations sent to a stopped node are not
// counted; error 20 / 22 are answers, error 11 and time-outs are not; no reconfiguration ⇒
// nothing measured (the figure is absent, so the criterion cannot pass).
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/index.js'
import { initialShardMap } from '../../src/workloads/shard-kv.js'
import { joinMoves, leaveMoves, moveAvailability } from '../../src/workloads/shard-kv-join-leave.js'

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4']

function counts(shards: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {}
  Object.values(shards).forEach((id) => (out[id] = (out[id] ?? 0) + 1))
  return out
}

describe('join-leave moves', () => {
  it('a leaving node gives every shard away, to the least loaded members', () => {
    const shards = initialShardMap(16, NODES)
    const moves = leaveMoves(shards, 'n0', NODES)
    expect(moves.map((m) => m.from)).toEqual(['n0', 'n0', 'n0', 'n0'])
    expect(Object.values(shards)).not.toContain('n0')
    const c = Object.values(counts(shards))
    expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1)
  })
  it('a joining node gets ⌊shards / nodes⌋ shards, taken from the most loaded', () => {
    const shards = initialShardMap(16, NODES)
    leaveMoves(shards, 'n2', NODES)
    const members = NODES.filter((id) => id !== 'n2')
    const moves = joinMoves(shards, 'n2', members)
    expect(moves).toHaveLength(3)
    expect(moves.every((m) => m.to === 'n2' && m.from !== 'n2')).toBe(true)
    const c = Object.values(counts(shards))
    expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1)
    expect(Object.keys(shards)).toHaveLength(16)
  })
})

/** A history builder: ops get dense indexes in the order they are added. */
class H {
  readonly ops: Op[] = []
  add(op: Omit<Op, 'index'>): this {
    this.ops.push({ ...op, index: this.ops.length })
    return this
  }
  nemesis(timeNs: number, type: 'invoke' | 'info', f: string, value: unknown): this {
    return this.add({ process: 'nemesis', time: timeNs, type, f, value })
  }
  /** A read on `node` from invokeNs to doneNs, completed as `done`. */
  read(
    process: number,
    node: string,
    invokeNs: number,
    doneNs: number,
    done: Partial<Op> & { type: Op['type'] },
    final = false,
  ): this {
    this.add({ process, time: invokeNs, type: 'invoke', f: 'read', key: 1, node, final })
    return this.add({ process, time: doneNs, f: 'read', key: 1, ...done })
  }
}

const leave = (node: string) => ({ kind: 'leave', nodes: [node], description: `${node} left` })

describe('moveAvailability', () => {
  it('is absent when no reconfiguration happened (nothing measured)', () => {
    const h = new H().read(1, 'n0', 10, 20, { type: 'ok', value: 1 })
    expect(moveAvailability(h.ops)).toEqual({})
  })

  it('counts answers from the first reconfiguration on, sent to running nodes only', () => {
    const h = new H()
      .read(1, 'n0', 10, 20, { type: 'info', error: 'timeout' }) // before any move: not counted
      .nemesis(100, 'invoke', 'reconfigure', { kind: 'reconfigure', version: 2, moves: [] })
      .nemesis(110, 'info', 'reconfigure', { kind: 'reconfigure', version: 2, moves: [] })
      .nemesis(120, 'invoke', 'start-leave', leave('n1'))
      .nemesis(130, 'info', 'start-leave', leave('n1'))
      .read(2, 'n0', 140, 150, { type: 'ok', value: 1 }) // answered
      .read(3, 'n0', 160, 170, { type: 'fail', error: [20, 'no key'] }) // answered
      .read(4, 'n0', 180, 190, { type: 'fail', error: [11, 'in flight'] }) // not answered
      .read(5, 'n1', 200, 300, { type: 'fail', error: 'timeout' }) // n1 stopped: not counted
      .nemesis(400, 'invoke', 'stop-leave', leave('n1'))
      .nemesis(420, 'info', 'stop-leave', leave('n1'))
      .read(6, 'n1', 500, 510, { type: 'ok', value: 1 }) // n1 running again: answered
      .read(7, 'n0', 600, 700, { type: 'fail', error: 'timeout' }, true) // final: not counted
    expect(moveAvailability(h.ops)).toEqual({ moveAvailability: 3 / 4, moveOps: 4 })
  })

  it('leaves out an op that was in flight when its node was stopped', () => {
    const h = new H()
      .nemesis(100, 'invoke', 'reconfigure', { kind: 'reconfigure', version: 2, moves: [] })
      .nemesis(110, 'info', 'reconfigure', { kind: 'reconfigure', version: 2, moves: [] })
      .read(1, 'n1', 115, 1115, { type: 'fail', error: 'timeout' })
      .nemesis(120, 'invoke', 'start-leave', leave('n1'))
      .nemesis(130, 'info', 'start-leave', leave('n1'))
      .read(2, 'n0', 140, 150, { type: 'ok', value: 1 })
    expect(moveAvailability(h.ops)).toEqual({ moveAvailability: 1, moveOps: 1 })
  })
})
