// The example in-process nodes as whole clusters on the virtual clock: broadcast with and
// without retries under a partition, a g-counter over seq-kv, a lin-kv proxy, and bit-for-bit
// replay of a whole simulated run from its seed.
import { describe, expect, it } from 'vitest'
import { composeNemeses } from '../../src/nemesis/compose.js'
import { Random } from '../../src/network/random.js'
import { broadcastNode } from '../fixtures/sim-nodes/broadcast.js'
import { gCounterNode } from '../fixtures/sim-nodes/g-counter.js'
import { linKvProxyNode } from '../fixtures/sim-nodes/lin-kv-proxy.js'
import { scenario } from '../helpers/scenario.js'
import type { Scenario } from '../helpers/scenario.js'

const nodes = ['n1', 'n2', 'n3', 'n4', 'n5']

/** Broadcast 0..9 to n1 during a partition isolating n1, heal at 3 s, read everyone at 6 s. */
async function partitionedBroadcast(retries: boolean): Promise<Scenario> {
  const s = scenario({ simNode: broadcastNode({ retries }), nodes, latencyMs: 20 })
  s.init()
  s.at(100).partition(['n1'], ['n2', 'n3', 'n4', 'n5'])
  for (let i = 0; i < 10; i++) {
    s.at(200 + i * 10).send('c0', 'n1', { type: 'broadcast', message: i, msg_id: i + 1 })
  }
  s.at(3000).heal()
  nodes.forEach((id, i) => s.at(6000).send('c0', id, { type: 'read', msg_id: 100 + i }))
  await s.runUntil(6100)
  return s
}

function readSets(s: Scenario): number[][] {
  return nodes.map((id) => {
    const read = s.deliveries(id, 'c0').find((m) => m.body.type === 'read_ok')
    return ((read?.body.messages as number[] | undefined) ?? []).slice().sort((a, b) => a - b)
  })
}

describe('broadcast', () => {
  const all = Array.from({ length: 10 }, (_, i) => i)

  it('without retries loses what was gossiped during a partition', async () => {
    const s = await partitionedBroadcast(false)
    expect(readSets(s)).toEqual([all, [], [], [], []])
    expect(s.drops({ reason: 'partition' }).length).toBe(40)
  })

  it('with retries converges on every node after the heal', async () => {
    const s = await partitionedBroadcast(true)
    expect(readSets(s)).toEqual([all, all, all, all, all])
  })
})

describe('g-counter over seq-kv', () => {
  it('sums every node’s adds once the adds have settled', async () => {
    const s = scenario({ simNode: gCounterNode, latencyMs: 5, services: ['seq-kv'], seed: 6 })
    s.init()
    const deltas = [3, 5, 7, 11, 13, 17]
    deltas.forEach((delta, i) =>
      s.at(10 + i * 7).send('c0', `n${(i % 3) + 1}`, { type: 'add', delta, msg_id: i + 1 }),
    )
    s.at(1000).send('c0', 'n2', { type: 'read', msg_id: 50 })
    await s.runUntil(1200)
    const read = s.deliveries('n2', 'c0').find((m) => m.body.in_reply_to === 50)
    expect(read?.body).toEqual({ type: 'read_ok', value: 56, in_reply_to: 50 })
    expect(s.deliveries('n1', 'c0').filter((m) => m.body.type === 'add_ok')).toHaveLength(2)
  })
})

describe('lin-kv proxy', () => {
  it('relays writes, reads and cas errors through the lin-kv service with its latency', async () => {
    const s = scenario({ simNode: linKvProxyNode, latencyMs: 10, services: ['lin-kv'] })
    s.init()
    s.at(100).send('c0', 'n1', { type: 'write', key: 'x', value: 4, msg_id: 1 })
    s.at(200).send('c0', 'n2', { type: 'read', key: 'x', msg_id: 2 })
    s.at(300).send('c0', 'n3', { type: 'cas', key: 'x', from: 5, to: 6, msg_id: 3 })
    await s.runUntil(400)
    const replies = nodes
      .slice(0, 3)
      .flatMap((id) => s.deliveries(id, 'c0').filter((m) => m.body.type !== 'init_ok'))
      .map((m) => [m.atMs, m.body])
    expect(replies).toEqual([
      [120, { type: 'write_ok', in_reply_to: 1 }],
      [220, { type: 'read_ok', value: 4, in_reply_to: 2 }],
      [320, { type: 'error', code: 22, text: 'current value 4 is not 5', in_reply_to: 3 }],
    ])
  })
})

describe('replay', () => {
  async function run(seed: number): Promise<string> {
    const s = scenario({
      seed,
      simNode: broadcastNode({ retries: true, retryMs: 50 }),
      nodes,
      latencyMs: 15,
      latencyDist: 'exponential',
      faults: { lossRatio: 0.2, duplicateRatio: 0.1, reorderRatio: 0.1 },
    })
    s.init()
    for (let i = 0; i < 20; i++) {
      s.at(10 + i * 13).send('c0', nodes[i % 5] as string, {
        type: 'broadcast',
        message: i,
        msg_id: i + 1,
      })
    }
    await s.runUntil(2000)
    return s.journalText()
  }

  it('a whole simulated run replays bit for bit from its seed, and differs with another', async () => {
    const first = await run(21)
    expect(first.length).toBeGreaterThan(10_000)
    expect(await run(21)).toBe(first)
    expect(await run(22)).not.toBe(first)
  })
})

describe('a whole faulty simulation', () => {
  async function faulty(seed: number): Promise<{ sets: number[][]; journal: string; ops: string }> {
    const s = scenario({
      seed,
      simNode: broadcastNode({ retries: true, retryMs: 100 }),
      nodes,
      latencyMs: 10,
      latencyDist: 'uniform',
    })
    s.init()
    const world = s.nemesisWorld({ nemesisIntervalS: 0.5 })
    const names = ['partition', 'partition-oneway', 'loss', 'duplicate', 'reorder', 'pause']
    const run = composeNemeses(names).start(world, new Random(seed).fork('nemesis'))
    for (let i = 0; i < 40; i++) {
      s.at(50 + i * 50).send('c0', nodes[i % 5] as string, {
        type: 'broadcast',
        message: i,
        msg_id: 1000 + i,
      })
    }
    s.at(3000).do(() => void run.stop())
    nodes.forEach((id, i) => s.at(6000).send('c0', id, { type: 'read', msg_id: 5000 + i }))
    await s.runUntil(6100)
    const ops = JSON.stringify(s.nemesisOps)
    return { sets: readSets(s), journal: s.journalText(), ops }
  }

  it('converges after the faults stop, and replays bit for bit', async () => {
    const all = Array.from({ length: 40 }, (_, i) => i)
    const first = await faulty(5)
    expect(first.sets).toEqual([all, all, all, all, all])
    expect(first.ops).toContain('start-partition')
    const again = await faulty(5)
    expect(again.journal).toBe(first.journal)
    expect(again.ops).toBe(first.ops)
  })
})
