// RpcCorrelator: matching replies to outstanding requests, and telling apart late replies,
// replies to closed clients, bogus in_reply_to and messages that are not replies.
import { describe, expect, it } from 'vitest'
import { RpcCorrelator } from '../../src/protocol/rpc.js'
import type { Envelope } from '../../src/protocol/types.js'

function reply(dest: string, inReplyTo: unknown): Envelope {
  return { src: 'n1', dest, body: { type: 'echo_ok', in_reply_to: inReplyTo as number } }
}

describe('RpcCorrelator', () => {
  it('matches a reply once, returning the context', () => {
    const rpc = new RpcCorrelator<string>()
    rpc.register({
      client: 'c1',
      msgId: 1,
      dest: 'n1',
      sentAtMs: 0,
      deadlineMs: 5000,
      context: 'op-a',
    })
    rpc.register({
      client: 'c2',
      msgId: 1,
      dest: 'n1',
      sentAtMs: 0,
      deadlineMs: 5000,
      context: 'op-b',
    })
    const first = rpc.settle(reply('c2', 1), 10)
    expect(first).toMatchObject({ matched: true, request: { client: 'c2', context: 'op-b' } })
    expect(rpc.settle(reply('c2', 1), 11)).toEqual({ matched: false, reason: 'unknown-msg-id' })
    expect(rpc.size).toBe(1)
  })

  it('classifies unmatched replies', () => {
    const rpc = new RpcCorrelator()
    rpc.register({ client: 'c1', msgId: 1, sentAtMs: 0, deadlineMs: 100 })
    expect(rpc.settle(reply('c1', undefined))).toEqual({ matched: false, reason: 'no-in-reply-to' })
    expect(rpc.settle(reply('c1', 1.5))).toEqual({ matched: false, reason: 'no-in-reply-to' })
    expect(rpc.settle(reply('c1', 99))).toEqual({ matched: false, reason: 'unknown-msg-id' })
    expect(rpc.settle(reply('c9', 1))).toEqual({ matched: false, reason: 'unknown-client' })
    expect(rpc.settle(reply('c1', 1), 150)).toEqual({ matched: false, reason: 'expired' })
    expect(rpc.settle(reply('c1', 1), 160)).toEqual({ matched: false, reason: 'expired' })
  })

  it('expires by the time passed in, earliest deadline first', () => {
    const rpc = new RpcCorrelator()
    rpc.register({ client: 'c1', msgId: 2, sentAtMs: 0, deadlineMs: 300 })
    rpc.register({ client: 'c1', msgId: 1, sentAtMs: 0, deadlineMs: 200 })
    rpc.register({ client: 'c2', msgId: 1, sentAtMs: 0, deadlineMs: 900 })
    expect(rpc.nextDeadlineMs()).toBe(200)
    expect(rpc.expire(100)).toEqual([])
    expect(rpc.expire(500).map((r) => r.msgId)).toEqual([1, 2])
    expect(rpc.nextDeadlineMs()).toBe(900)
    expect(rpc.settle(reply('c1', 2))).toEqual({ matched: false, reason: 'expired' })
  })

  it('a closed client gives back its requests and later replies are gone-client', () => {
    const rpc = new RpcCorrelator()
    rpc.register({ client: 'c3', msgId: 1, sentAtMs: 0, deadlineMs: 100 })
    expect(rpc.closeClient('c3')).toHaveLength(1)
    expect(rpc.settle(reply('c3', 1))).toEqual({ matched: false, reason: 'gone-client' })
    expect(rpc.size).toBe(0)
  })

  it('a retry with the same msg_id refreshes the deadline and keeps the first send time', () => {
    const rpc = new RpcCorrelator()
    rpc.register({ client: 'c1', msgId: 4, sentAtMs: 10, deadlineMs: 100 })
    rpc.register({ client: 'c1', msgId: 4, sentAtMs: 100, deadlineMs: 200 })
    expect(rpc.size).toBe(1)
    const result = rpc.settle(reply('c1', 4), 150)
    expect(result).toMatchObject({ matched: true, request: { sentAtMs: 10, deadlineMs: 200 } })
  })

  it('cancel forgets a request', () => {
    const rpc = new RpcCorrelator()
    rpc.register({ client: 'c1', msgId: 1, sentAtMs: 0, deadlineMs: 100 })
    expect(rpc.cancel('c1', 1)?.msgId).toBe(1)
    expect(rpc.isOutstanding('c1', 1)).toBe(false)
  })

  it('remembers a bounded number of expired requests', () => {
    const rpc = new RpcCorrelator(5)
    for (let id = 1; id <= 20; id++) {
      rpc.register({ client: 'c1', msgId: id, sentAtMs: 0, deadlineMs: 1 })
    }
    expect(rpc.expire(2)).toHaveLength(20)
    expect(rpc.settle(reply('c1', 20)).matched).toBe(false)
    expect(rpc.settle(reply('c1', 20))).toEqual({ matched: false, reason: 'expired' })
    expect(rpc.settle(reply('c1', 1))).toEqual({ matched: false, reason: 'unknown-msg-id' })
  })
})
