// The kafka workload's generators and client against a scripted ClientIO: the first op of a
// process is an assign; sends carry unique messages per key; the client's poll advances its
// offsets and commits; a final-phase assign seeks to 0 without an RPC; the final generator
// crashes, assigns every key and polls until it has read up to the highest known offset.
import { describe, expect, it } from 'vitest'
import { Random } from '../../src/network/random.js'
import type { Body } from '../../src/protocol/types.js'
import type { ClientIO, Invocation, RpcReply } from '../../src/workloads/contract.js'
import {
  kafkaClient,
  kafkaFinalGenerator,
  kafkaGenerator,
  kafkaProbe,
} from '../../src/workloads/kafka.js'
import { testOptions } from '../helpers/run-options.js'

function scriptedIO(
  replies: (body: Omit<Body, 'msg_id'>) => RpcReply,
  sent: Array<Omit<Body, 'msg_id'>>,
): ClientIO {
  return {
    clientId: 'c1',
    nodeId: 'n0',
    call: (body) => {
      sent.push(body)
      return Promise.resolve(replies(body))
    },
  }
}

describe('kafka workload', () => {
  it('generates an assign first, then sends with unique messages per key and polls', () => {
    const options = testOptions({ workload: 'kafka', nodeIds: ['n0'], concurrency: 2, rate: 1000 })
    const gen = kafkaGenerator({
      random: new Random(1, 'kafka'),
      options,
      nodeIds: options.nodeIds,
      concurrency: 2,
    })
    const first = gen.next(0, 0, 0) as Invocation
    expect(first.f).toBe('assign')
    const seen = new Set<string>()
    const fs = new Set<string>()
    for (let i = 0; i < 500; i++) {
      const op = gen.next(0, 0, i) as Invocation
      fs.add(op.f)
      if (op.f === 'send') {
        expect(typeof op.key).toBe('string')
        const id = `${String(op.key)}/${String(op.value)}`
        expect(seen.has(id)).toBe(false)
        seen.add(id)
      }
    }
    expect([...fs].sort()).toEqual(expect.arrayContaining(['poll', 'send']))
  })

  it('the client polls from its offsets, advances them and commits what it read', async () => {
    const sent: Array<Omit<Body, 'msg_id'>> = []
    const io = scriptedIO((body) => {
      if (body.type === 'list_committed_offsets') {
        return { kind: 'ok', body: { type: 'list_committed_offsets_ok', offsets: { a: 3 } } }
      }
      if (body.type === 'poll') {
        return {
          kind: 'ok',
          body: {
            type: 'poll_ok',
            msgs: {
              a: [
                [3, 30],
                [4, 40],
              ],
            },
          },
        }
      }
      if (body.type === 'send') {
        return { kind: 'ok', body: { type: 'send_ok', offset: 7 } }
      }
      return { kind: 'ok', body: { type: `${String(body.type)}_ok` } }
    }, sent)
    const client = kafkaClient()
    expect(await client.invoke({ f: 'assign', value: ['a', 'b'] }, io)).toEqual({
      type: 'ok',
      value: { keys: ['a', 'b'], committed: { a: 3, b: null } },
    })
    const polled = await client.invoke({ f: 'poll' }, io)
    expect(polled).toEqual({
      type: 'ok',
      value: {
        a: [
          [3, 30],
          [4, 40],
        ],
      },
    })
    await client.invoke({ f: 'poll' }, io)
    expect(await client.invoke({ f: 'send', key: 'a', value: 9 }, io)).toEqual({
      type: 'ok',
      value: [7, 9],
    })
    const types = sent.map((b) => b.type)
    expect(types).toEqual([
      'list_committed_offsets',
      'poll',
      'commit_offsets',
      'poll',
      'commit_offsets',
      'send',
    ])
    expect(sent[1]).toEqual({ type: 'poll', offsets: { a: 3, b: 0 } })
    expect(sent[2]).toEqual({ type: 'commit_offsets', offsets: { a: 4 } })
    expect(sent[3]).toEqual({ type: 'poll', offsets: { a: 5, b: 0 } })
    // a final-phase assign seeks every key to 0 with no RPC; a crash is info with no RPC
    const before = sent.length
    await client.invoke({ f: 'assign', value: ['a'], final: true }, io)
    await client.invoke({ f: 'poll' }, io)
    expect(sent[before]).toEqual({ type: 'poll', offsets: { a: 0 } })
    expect((await client.invoke({ f: 'crash' }, io)).type).toBe('info')
  })

  it('a poll whose commit is not acknowledged is info (outside the final phase)', async () => {
    const io = scriptedIO((body) => {
      if (body.type === 'poll') {
        return { kind: 'ok', body: { type: 'poll_ok', msgs: { a: [[0, 5]] } } }
      }
      if (body.type === 'commit_offsets') {
        return { kind: 'timeout' }
      }
      return { kind: 'ok', body: { type: 'list_committed_offsets_ok', offsets: {} } }
    }, [])
    const client = kafkaClient()
    expect(await client.invoke({ f: 'assign', value: ['a'] }, io)).toEqual({
      type: 'ok',
      value: { keys: ['a'], committed: { a: null } },
    })
    expect(await client.invoke({ f: 'poll' }, io)).toMatchObject({
      type: 'info',
      value: { a: [[0, 5]] },
    })
    await client.invoke({ f: 'assign', value: ['a'], final: true }, io)
    expect(await client.invoke({ f: 'poll', final: true }, io)).toMatchObject({ type: 'ok' })
  })

  it('the final generator crashes, assigns every key and polls until caught up', () => {
    const options = testOptions({ workload: 'kafka', nodeIds: ['n0'], concurrency: 1 })
    const context = {
      random: new Random(2, 'kafka'),
      options,
      nodeIds: options.nodeIds,
      concurrency: 1,
    }
    const main = kafkaGenerator(context)
    main.complete?.(0, {
      invocation: { f: 'send', key: 'a', value: 1 },
      type: 'ok',
      value: [5, 1],
      process: 0,
    })
    const final = kafkaFinalGenerator(context)
    expect(final.pacingMs).toBe(0)
    const g = final.generator
    expect((g.next(0, 1, 0) as Invocation).f).toBe('crash')
    const assign = g.next(0, 2, 0) as Invocation
    expect(assign).toMatchObject({ f: 'assign', final: true })
    expect(assign.value).toContain('a')
    expect((g.next(0, 2, 10) as Invocation).f).toBe('poll')
    // A poll that brought nothing new: the next one waits 200 ms, then polls.
    expect(g.next(0, 2, 20)).toEqual({ waitMs: 200 })
    expect((g.next(0, 2, 220) as Invocation).f).toBe('poll')
    // A poll that brought new offsets is followed at once (a paging node is read back-to-back).
    g.complete?.(0, {
      invocation: { f: 'poll', final: true },
      type: 'ok',
      value: { a: [[4, 9]] },
      process: 2,
    })
    expect((g.next(0, 2, 230) as Invocation).f).toBe('poll')
    g.complete?.(0, {
      invocation: { f: 'poll', final: true },
      type: 'ok',
      value: { a: [[5, 1]] },
      process: 2,
    })
    expect(g.next(0, 2, 30)).toBeNull()
  })

  it('the recovery probe agrees once every node serves the highest acknowledged offsets', () => {
    const options = testOptions({ workload: 'kafka', nodeIds: ['n0', 'n1'], concurrency: 1 })
    const context = {
      random: new Random(3, 'kafka'),
      options,
      nodeIds: options.nodeIds,
      concurrency: 1,
    }
    expect(kafkaProbe(options).converged([{ type: 'poll_ok', msgs: {} }])).toBe(true)
    const main = kafkaGenerator(context)
    main.complete?.(0, {
      invocation: { f: 'send', key: 'a', value: 1 },
      type: 'ok',
      value: [5, 1],
      process: 0,
    })
    main.complete?.(0, {
      invocation: { f: 'send', key: 'b', value: 2 },
      type: 'ok',
      value: [2, 2],
      process: 0,
    })
    const probe = kafkaProbe(options)
    expect(probe.body).toEqual({ type: 'poll', offsets: { a: 5, b: 2 } })
    const full = { type: 'poll_ok', msgs: { a: [[5, 1]], b: [[2, 2]] } }
    const behind = { type: 'poll_ok', msgs: { a: [[5, 1]] } }
    expect(probe.converged([full, full])).toBe(true)
    expect(probe.converged([full, behind])).toBe(false)
    expect(probe.converged([{ type: 'poll_ok', msgs: { a: [[4, 9]], b: [[2, 2]] } }])).toBe(false)
  })
})
