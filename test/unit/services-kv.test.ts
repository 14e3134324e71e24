// The built-in services over the real simulated network: lin-kv, seq-kv, lww-kv, lin-tso
// (maelstrom-protocol.md §3), their error codes and texts, and our code-10 reply plus
// finding for an unknown request type.
import { describe, expect, it } from 'vitest'
import type { Body } from '../../src/protocol/types.js'
import { createServices } from '../../src/services/services.js'
import { UsageError } from '../../src/shared/errors.js'
import { scenario } from '../helpers/scenario.js'
import type { Scenario } from '../helpers/scenario.js'

/** Send `requests` from `node` to `service`, one per millisecond; return the replies in order. */
async function ask(
  s: Scenario,
  node: string,
  service: string,
  requests: Body[],
  startMs = 0,
): Promise<Body[]> {
  const before = s.deliveries(service, node).length
  requests.forEach((body, i) => s.at(startMs + i).send(node, service, body))
  await s.runUntil(startMs + requests.length + 1)
  return s
    .deliveries(service, node)
    .slice(before)
    .map((m) => m.body)
}

describe('lin-kv', () => {
  it('reads, writes and compares-and-sets atomically with Maelstrom’s error codes and texts', async () => {
    const s = scenario({ services: ['lin-kv'] })
    const replies = await ask(s, 'n1', 'lin-kv', [
      { type: 'read', key: 'x', msg_id: 1 },
      { type: 'write', key: 'x', value: 1, msg_id: 2 },
      { type: 'read', key: 'x', msg_id: 3 },
      { type: 'cas', key: 'x', from: 1, to: 2, msg_id: 4 },
      { type: 'cas', key: 'x', from: 1, to: 3, msg_id: 5 },
      { type: 'cas', key: 'y', from: 1, to: 3, msg_id: 6 },
      { type: 'cas', key: 'y', from: 1, to: 3, create_if_not_exists: true, msg_id: 7 },
      { type: 'read', key: 'y', msg_id: 8 },
    ])
    expect(replies).toEqual([
      { type: 'error', code: 20, text: 'key does not exist', in_reply_to: 1 },
      { type: 'write_ok', in_reply_to: 2 },
      { type: 'read_ok', value: 1, in_reply_to: 3 },
      { type: 'cas_ok', in_reply_to: 4 },
      { type: 'error', code: 22, text: 'current value 2 is not 1', in_reply_to: 5 },
      { type: 'error', code: 20, text: 'key does not exist', in_reply_to: 6 },
      { type: 'cas_ok', in_reply_to: 7 },
      { type: 'read_ok', value: 3, in_reply_to: 8 },
    ])
  })

  it('keys and values are JSON values: 3 and "3" are different keys, objects compare deeply', async () => {
    const s = scenario({ services: ['lin-kv'] })
    const replies = await ask(s, 'n1', 'lin-kv', [
      { type: 'write', key: 3, value: { a: [1, 2], b: null }, msg_id: 1 },
      { type: 'read', key: '3', msg_id: 2 },
      { type: 'cas', key: 3, from: { b: null, a: [1, 2] }, to: 'ok', msg_id: 3 },
      { type: 'read', key: 3, msg_id: 4 },
    ])
    expect(replies.map((r) => r.type)).toEqual(['write_ok', 'error', 'cas_ok', 'read_ok'])
    expect(replies[3]?.value).toBe('ok')
  })

  it('replies carry no msg_id, and in_reply_to is null for a request without one', async () => {
    const s = scenario({ services: ['lin-kv'] })
    const [reply] = await ask(s, 'n1', 'lin-kv', [{ type: 'write', key: 1, value: 1 }])
    expect(reply).toEqual({ type: 'write_ok', in_reply_to: null })
  })

  it('answers an unknown request type with error 10 and reports a finding that names the node', async () => {
    const s = scenario({ services: ['lin-kv', 'lin-tso'] })
    s.at(7).send('n2', 'lin-kv', { type: 'get', key: 1, msg_id: 5 })
    s.at(8).send('n3', 'lin-tso', { type: 'read', msg_id: 6 })
    await s.runUntil(20)
    expect(s.deliveries('lin-kv', 'n2')[0]?.body).toMatchObject({
      type: 'error',
      code: 10,
      in_reply_to: 5,
    })
    expect(s.deliveries('lin-tso', 'n3')[0]?.body).toMatchObject({ type: 'error', code: 10 })
    expect(s.findings.map((f) => [f.code, f.node, f.atMs])).toEqual([
      ['PROTO_UNKNOWN_SERVICE_TYPE', 'n2', 7],
      ['PROTO_UNKNOWN_SERVICE_TYPE', 'n3', 8],
    ])
    expect(s.findings[0]?.message).toContain('"get"')
    expect(s.findings[0]?.fix).toContain('read, write, cas')
  })

  it('does not answer a reply sent to it (no error ping-pong), but still reports it', async () => {
    const s = scenario({ services: ['lin-kv'] })
    s.at(1).send('n1', 'lin-kv', { type: 'error', code: 10, in_reply_to: 4 })
    s.at(2).send('n1', 'lin-kv', { type: 'thanks', in_reply_to: 5 })
    await s.runUntil(10)
    expect(s.deliveries('lin-kv', 'n1')).toEqual([])
    expect(s.findings.map((f) => f.code)).toEqual([
      'PROTO_UNKNOWN_SERVICE_TYPE',
      'PROTO_UNKNOWN_SERVICE_TYPE',
    ])
    expect(s.findings[0]?.message).toBe(
      'n1 sent the lin-kv service a reply of type "error", but services never send requests.',
    )
  })

  it('answers a request missing its key or value with error 12', async () => {
    const s = scenario({ services: ['lin-kv'] })
    const replies = await ask(s, 'n1', 'lin-kv', [
      { type: 'read', msg_id: 1 },
      { type: 'write', key: 1, msg_id: 2 },
      { type: 'cas', key: 1, to: 2, msg_id: 3 },
    ])
    expect(replies.map((r) => [r.code, r.text])).toEqual([
      [12, 'a read request needs the field key'],
      [12, 'a write request needs the field value'],
      [12, 'a cas request needs the field from'],
    ])
  })
})

describe('seq-kv', () => {
  it('lets other nodes read stale values, but each node’s view only moves forward', async () => {
    const s = scenario({ services: ['seq-kv'], seed: 4 })
    const requests: Body[] = []
    for (let i = 0; i < 100; i++) {
      requests.push({ type: 'write', key: 'k', value: i, msg_id: i })
    }
    await ask(s, 'n1', 'seq-kv', requests)
    const reads = await ask(
      s,
      'n2',
      'seq-kv',
      Array.from({ length: 60 }, (_, i) => ({ type: 'read', key: 'k', msg_id: i })),
      200,
    )
    const values = reads.map((r) => r.value as number)
    expect(values.some((v) => v < 99)).toBe(true)
    // Only the last 32 states are kept.
    expect(Math.min(...values)).toBeGreaterThanOrEqual(99 - 31)
    for (let i = 1; i < values.length; i++) {
      expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number)
    }
  })

  it('gives the writer its own writes', async () => {
    const s = scenario({ services: ['seq-kv'], seed: 8 })
    const requests: Body[] = []
    for (let i = 0; i < 50; i++) {
      requests.push({ type: 'write', key: 'k', value: i })
      requests.push({ type: 'read', key: 'k' })
    }
    const replies = await ask(s, 'n1', 'seq-kv', requests)
    const reads = replies.filter((r) => r.type === 'read_ok').map((r) => r.value)
    expect(reads).toEqual(Array.from({ length: 50 }, (_, i) => i))
  })

  it('can fail a cas from a stale state, and a unique write forces freshness', async () => {
    const s = scenario({ services: ['seq-kv'], seed: 1 })
    const writes: Body[] = Array.from({ length: 20 }, (_, i) => ({
      type: 'write',
      key: 'k',
      value: i,
    }))
    await ask(s, 'n1', 'seq-kv', writes)
    const cas: Body[] = Array.from({ length: 20 }, () => ({
      type: 'cas',
      key: 'k',
      from: 19,
      to: 19,
    }))
    const stale = await ask(s, 'n2', 'seq-kv', cas, 100)
    expect(stale.some((r) => r.type === 'error' && r.code === 22)).toBe(true)
    const fresh = await ask(
      s,
      'n3',
      'seq-kv',
      [
        { type: 'write', key: 'n3-marker', value: 1 },
        { type: 'read', key: 'k' },
      ],
      200,
    )
    expect(fresh[1]).toMatchObject({ type: 'read_ok', value: 19 })
  })

  it('honours create_if_not_exists', async () => {
    const s = scenario({ services: ['seq-kv'] })
    const replies = await ask(s, 'n1', 'seq-kv', [
      { type: 'cas', key: 'c', from: 0, to: 5, create_if_not_exists: true },
      { type: 'read', key: 'c' },
    ])
    expect(replies.map((r) => r.type)).toEqual(['cas_ok', 'read_ok'])
    expect(replies[1]?.value).toBe(5)
  })
})

describe('lww-kv', () => {
  it('never merges its two replicas: a written key is missing on about half the reads', async () => {
    const s = scenario({ services: ['lww-kv'], seed: 3 })
    await ask(s, 'n1', 'lww-kv', [{ type: 'write', key: 'k', value: 1 }])
    const reads = await ask(
      s,
      'n1',
      'lww-kv',
      Array.from({ length: 100 }, () => ({ type: 'read', key: 'k' })),
      10,
    )
    const found = reads.filter((r) => r.type === 'read_ok').length
    expect(found).toBeGreaterThan(30)
    expect(found).toBeLessThan(70)
    expect(reads.filter((r) => r.code === 20).length).toBe(100 - found)
  })

  it('ignores create_if_not_exists', async () => {
    const s = scenario({ services: ['lww-kv'] })
    const replies = await ask(s, 'n1', 'lww-kv', [
      { type: 'cas', key: 'c', from: 0, to: 5, create_if_not_exists: true },
    ])
    expect(replies[0]).toMatchObject({ type: 'error', code: 20 })
  })
})

describe('lin-tso', () => {
  it('hands out strictly increasing timestamps from 0', async () => {
    const s = scenario({ services: ['lin-tso'] })
    const replies = await ask(s, 'n1', 'lin-tso', [
      { type: 'ts', msg_id: 1 },
      { type: 'ts', msg_id: 2 },
    ])
    const more = await ask(s, 'n2', 'lin-tso', [{ type: 'ts', msg_id: 1 }], 10)
    expect([...replies, ...more]).toEqual([
      { type: 'ts_ok', ts: 0, in_reply_to: 1 },
      { type: 'ts_ok', ts: 1, in_reply_to: 2 },
      { type: 'ts_ok', ts: 2, in_reply_to: 1 },
    ])
  })
})

describe('createServices', () => {
  it('registers services with role service and refuses unknown names', () => {
    const s = scenario()
    const services = createServices(['lin-kv', 'lin-tso'], {
      network: s.network,
      random: s.random,
      clock: s.clock,
    })
    expect(services.map((x) => x.id)).toEqual(['lin-kv', 'lin-tso'])
    expect(s.network.roleOf('lin-kv')).toBe('service')
    expect(() =>
      createServices(['kv'], { network: s.network, random: s.random, clock: s.clock }),
    ).toThrow(UsageError)
  })
})
