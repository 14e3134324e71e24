// Scenario tests of the simulated network: latency distributions, partitions, link faults,
// down nodes, capacity, statistics and determinism, with exact times on the virtual clock.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileJournal, parseJournal } from '../../src/network/journal.js'
import { scenario } from '../helpers/scenario.js'

const ping = { type: 'ping' }

describe('latency', () => {
  it('constant latency delivers node→node messages exactly latencyMs later, in send order', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(0).send('n1', 'n2', { type: 'a' }).send('n1', 'n2', { type: 'b' })
    s.at(3).send('n1', 'n2', { type: 'c' })
    await s.runUntil(100)
    expect(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.body.type])).toEqual([
      [10, 'a'],
      [10, 'b'],
      [13, 'c'],
    ])
  })

  it('client↔node traffic is instantaneous whatever the latency', async () => {
    const s = scenario({ latencyMs: 100 })
    s.respond('n1', () => ({ type: 'pong' }))
    s.at(5).send('c0', 'n1', ping)
    await s.runUntil(500)
    expect(s.deliveryTimes('c0', 'n1')).toEqual([5])
    expect(s.deliveryTimes('n1', 'c0')).toEqual([5])
  })

  it('node↔service traffic pays the latency both ways', async () => {
    const s = scenario({ latencyMs: 10, services: ['lin-kv'] })
    s.at(0).send('n1', 'lin-kv', { type: 'read', key: 'k', msg_id: 1 })
    await s.runUntil(100)
    const replies = s.deliveries('lin-kv', 'n1')
    expect(replies.map((m) => m.atMs)).toEqual([20])
    expect(replies[0]?.body).toEqual({
      type: 'error',
      code: 20,
      text: 'key does not exist',
      in_reply_to: 1,
    })
  })

  it('uniform latency draws integers in [0, 2×mean) and reorders messages', async () => {
    const s = scenario({ latencyMs: 50, latencyDist: 'uniform', seed: 7 })
    for (let i = 0; i < 2000; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(5000)
    const delays = s.deliveries('n1', 'n2').map((m) => m.atMs - (m.body.i as number))
    expect(delays).toHaveLength(2000)
    expect(delays.every((d) => Number.isInteger(d) && d >= 0 && d < 100)).toBe(true)
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length
    expect(mean).toBeGreaterThan(45)
    expect(mean).toBeLessThan(55)
    const order = s.deliveries('n1', 'n2').map((m) => m.body.i as number)
    expect(order).not.toEqual([...order].sort((a, b) => a - b))
  })

  it('exponential latency has the given mean, integer delays and a long tail', async () => {
    const s = scenario({ latencyMs: 20, latencyDist: 'exponential', seed: 3 })
    for (let i = 0; i < 4000; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(10_000)
    const delays = s.deliveries('n1', 'n2').map((m) => m.atMs - (m.body.i as number))
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length
    // Truncation to whole milliseconds lowers the mean by about half a millisecond.
    expect(mean).toBeGreaterThan(17)
    expect(mean).toBeLessThan(22)
    expect(delays.every((d) => Number.isInteger(d))).toBe(true)
    expect(Math.max(...delays)).toBeGreaterThan(80)
  })

  it('exponential latency with mean 0 is instantaneous (Maelstrom divides by zero)', async () => {
    const s = scenario({ latencyMs: 0, latencyDist: 'exponential' })
    s.at(1).send('n1', 'n2', ping)
    await s.runUntil(10)
    expect(s.deliveryTimes('n1', 'n2')).toEqual([1])
  })
})

describe('partitions', () => {
  it('at 2 s partition {n1} | {n2,n3}: nothing n1→n2 until heal at 5 s, then delivery', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(2000).partition(['n1'], ['n2', 'n3'])
    s.at(2500).send('n1', 'n2', { type: 'during' }).send('n2', 'n1', { type: 'back' })
    s.at(2500).send('n2', 'n3', { type: 'same-side' })
    s.at(5000).heal()
    s.at(5500).send('n1', 'n2', { type: 'after' })
    await s.runUntil(6000)
    expect(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.body.type])).toEqual([[5510, 'after']])
    expect(s.deliveries('n2', 'n1')).toEqual([])
    expect(s.deliveryTimes('n2', 'n3')).toEqual([2510])
    expect(s.drops({ reason: 'partition' }).map((d) => [d.atMs, d.src, d.dest])).toEqual([
      [2510, 'n1', 'n2'],
      [2510, 'n2', 'n1'],
    ])
  })

  it('is applied at delivery time: a message in flight when the partition starts is lost', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(1995).send('n1', 'n2', ping)
    s.at(2000).partition(['n1'], ['n2', 'n3'])
    await s.runUntil(3000)
    expect(s.deliveries('n1', 'n2')).toEqual([])
    expect(s.drops()).toMatchObject([{ atMs: 2005, reason: 'partition' }])
  })

  it('and a message sent during a partition arrives if the heal comes first', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(0).partition(['n1'], ['n2', 'n3'])
    s.at(95).send('n1', 'n2', ping)
    s.at(100).heal()
    await s.runUntil(200)
    expect(s.deliveryTimes('n1', 'n2')).toEqual([105])
  })

  it('never cuts off clients or services', async () => {
    const s = scenario({ latencyMs: 10, services: ['lin-kv'] })
    s.at(0).grudge({ n1: ['n2', 'n3', 'c0', 'lin-kv'], 'lin-kv': ['n1'], c0: ['n1'] })
    s.at(1).send('c0', 'n1', ping).send('n1', 'c0', ping)
    s.at(1).send('n1', 'lin-kv', { type: 'write', key: 1, value: 2, msg_id: 9 })
    s.at(1).send('n2', 'n1', ping)
    await s.runUntil(100)
    expect(s.deliveryTimes('c0', 'n1')).toEqual([1])
    expect(s.deliveryTimes('n1', 'c0')).toEqual([1])
    expect(s.deliveries('lin-kv', 'n1').map((m) => [m.atMs, m.body.type])).toEqual([
      [21, 'write_ok'],
    ])
    expect(s.deliveries('n2', 'n1')).toEqual([])
  })

  it('one-way grudges drop one direction only', async () => {
    const s = scenario({ latencyMs: 1 })
    s.at(0).grudge({ n2: ['n1'] })
    s.at(1).send('n1', 'n2', ping).send('n2', 'n1', ping)
    await s.runUntil(10)
    expect(s.deliveries('n1', 'n2')).toEqual([])
    expect(s.deliveryTimes('n2', 'n1')).toEqual([2])
  })
})

describe('routing', () => {
  it('accepts any registered id as src: a node may forward a client request', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(0).partition(['n1'], ['n2', 'n3'])
    s.at(1).send('c0', 'n2', { type: 'forwarded', msg_id: 4 })
    await s.runUntil(50)
    // The client end makes the path instantaneous and exempt from partitions.
    expect(s.deliveryTimes('c0', 'n2')).toEqual([1])
  })

  it('refuses unknown ids, journals the drop and tells the sender', () => {
    const s = scenario()
    expect(s.send('n1', 'n9', ping)).toEqual({ dropped: 'unknown-dest' })
    expect(s.send('x', 'n1', ping)).toEqual({ dropped: 'unknown-src' })
    expect(s.drops().map((d) => d.reason)).toEqual(['unknown-dest', 'unknown-src'])
    expect(s.network.stats(1).all.sendCount).toBe(0)
  })

  it('assigns dense message ids from 0', async () => {
    const s = scenario()
    expect(s.send('n1', 'n2', ping)).toEqual({ id: 0 })
    expect(s.send('n2', 'n1', ping)).toEqual({ id: 1 })
    await s.runUntil(1)
    expect(s.deliveries('n1', 'n2')[0]?.id).toBe(0)
  })

  it('a zero-latency message loop advances one batch per timer instead of spinning', async () => {
    const s = scenario()
    let count = 0
    s.endpoint('n1').handler = (m) => {
      if (++count < 1000) {
        s.network.send({ src: 'n1', dest: 'n1', body: m.body })
      }
    }
    s.at(0).send('n1', 'n1', ping)
    await s.runUntil(1)
    expect(count).toBe(1000)
  })
})

describe('link faults', () => {
  it('loss drops node↔node messages at the given ratio and leaves client traffic alone', async () => {
    const s = scenario({ faults: { lossRatio: 0.3 }, seed: 11 })
    for (let i = 0; i < 5000; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i }).send('c0', 'n3', { type: 'm', i })
    }
    await s.runUntil(6000)
    const lost = s.drops({ reason: 'loss' })
    expect(lost.length).toBeGreaterThan(1350)
    expect(lost.length).toBeLessThan(1650)
    expect(lost.every((d) => d.src === 'n1')).toBe(true)
    expect(s.deliveries('n1', 'n2').length + lost.length).toBe(5000)
    expect(s.deliveries('c0', 'n3')).toHaveLength(5000)
  })

  it('client-loss drops client↔node messages only', async () => {
    const s = scenario({ faults: { clientLossRatio: 0.5 }, seed: 5 })
    for (let i = 0; i < 1000; i++) {
      s.at(i).send('c0', 'n1', ping).send('n1', 'n2', ping)
    }
    await s.runUntil(2000)
    const lost = s.drops({ reason: 'client-loss' })
    expect(lost.length).toBeGreaterThan(420)
    expect(lost.length).toBeLessThan(580)
    expect(s.deliveries('n1', 'n2')).toHaveLength(1000)
  })

  it('duplicate delivers the same message id twice and journals the duplicate', async () => {
    const s = scenario({ latencyMs: 5, faults: { duplicateRatio: 1 } })
    s.at(0).send('n1', 'n2', ping)
    await s.runUntil(50)
    expect(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.id])).toEqual([
      [5, 0],
      [5, 0],
    ])
    expect(s.events().map((e) => e.type)).toEqual(['send', 'duplicate', 'deliver', 'deliver'])
    expect(s.network.stats(1).servers).toMatchObject({ sendCount: 1, recvCount: 2, msgCount: 1 })
  })

  it('client-duplicate duplicates client traffic only', async () => {
    const s = scenario({ faults: { clientDuplicateRatio: 1 } })
    s.at(0).send('c0', 'n1', ping).send('n1', 'n2', ping)
    await s.runUntil(5)
    expect(s.deliveries('c0', 'n1')).toHaveLength(2)
    expect(s.deliveries('n1', 'n2')).toHaveLength(1)
  })

  it('reorder gives a fraction a heavy-tailed extra delay, so later messages overtake', async () => {
    const s = scenario({ latencyMs: 10, faults: { reorderRatio: 0.2 }, seed: 2 })
    for (let i = 0; i < 1000; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(10_000)
    const delays = s.deliveries('n1', 'n2').map((m) => m.atMs - (m.body.i as number))
    const delayed = delays.filter((d) => d > 10)
    expect(delays.filter((d) => d === 10).length + delayed.length).toBe(1000)
    expect(delayed.length).toBeGreaterThan(150)
    expect(delayed.length).toBeLessThan(250)
    expect(Math.min(...delayed)).toBeGreaterThanOrEqual(20)
    expect(Math.max(...delayed)).toBeGreaterThan(100)
    expect(Math.max(...delayed)).toBeLessThanOrEqual(10 + 1000)
  })

  it('turning loss on does not change the latencies of the messages that survive', async () => {
    const run = async (lossRatio: number): Promise<Map<number, number>> => {
      const s = scenario({ latencyMs: 30, latencyDist: 'uniform', faults: { lossRatio } })
      for (let i = 0; i < 300; i++) {
        s.at(i).send('n1', 'n2', { type: 'm', i })
      }
      await s.runUntil(1000)
      return new Map(s.deliveries('n1', 'n2').map((m) => [m.body.i as number, m.atMs]))
    }
    const clean = await run(0)
    const lossy = await run(0.4)
    expect(lossy.size).toBeLessThan(250)
    for (const [i, atMs] of lossy) {
      expect(clean.get(i)).toBe(atMs)
    }
  })
})

describe('down nodes and capacity', () => {
  it('drops messages to a killed node, including those already queued, until it is up', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(0).send('n1', 'n2', { type: 'queued' })
    s.at(5).down('n2')
    s.at(6).send('n1', 'n2', { type: 'while-down' })
    s.at(20).down('n2', false)
    s.at(21).send('n1', 'n2', { type: 'after' })
    await s.runUntil(100)
    expect(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.body.type])).toEqual([[31, 'after']])
    expect(s.drops({ reason: 'dest-down' }).map((d) => [d.atMs, d.type])).toEqual([
      [5, 'queued'],
      [6, 'while-down'],
    ])
  })

  it('gives a restarted node its init before anything else: other messages are dropped until it answered', async () => {
    // stop 24's demo: a peer's list_committed_offsets, sent while the restarted process was
    // still starting, was delivered 0 ms before its init and crashed a correct reference.
    const s = scenario({ latencyMs: 10 })
    s.at(0).send('n1', 'n2', { type: 'in-flight' })
    s.at(4).do(() => s.network.setAwaitingInit('n2', true))
    s.at(5).send('n1', 'n2', { type: 'early' })
    s.at(8).send('c0', 'n2', { type: 'init', node_id: 'n2', node_ids: ['n1', 'n2'], msg_id: 1 })
    s.at(9).send('c0', 'n2', { type: 'read', msg_id: 2 })
    s.at(12).do(() => s.network.setAwaitingInit('n2', false))
    s.at(13).send('n1', 'n2', { type: 'after' })
    await s.runUntil(100)
    expect(s.deliveries('c0', 'n2').map((m) => [m.atMs, m.body.type])).toEqual([[8, 'init']])
    expect(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.body.type])).toEqual([[23, 'after']])
    expect(s.drops({ reason: 'dest-down' }).map((d) => [d.atMs, d.type])).toEqual([
      [5, 'early'],
      [9, 'read'],
      [10, 'in-flight'],
    ])
  })

  it('bounds each destination queue and drops the excess with reason capacity', async () => {
    const s = scenario({ latencyMs: 10, queueCapacityMax: 3 })
    for (let i = 0; i < 5; i++) {
      s.send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(20)
    expect(s.deliveries('n1', 'n2')).toHaveLength(3)
    expect(s.drops({ reason: 'capacity' })).toHaveLength(2)
  })

  it('unregistering a client drops its late replies as unknown-dest', async () => {
    const s = scenario({ latencyMs: 10 })
    s.at(0).send('n1', 'c0', { type: 'late' })
    s.at(0).do(() => s.network.unregister('c0'))
    s.at(1).send('n1', 'c0', { type: 'later' })
    await s.runUntil(20)
    expect(s.drops({ reason: 'unknown-dest' }).map((d) => d.type)).toEqual(['late', 'later'])
  })
})

describe('statistics and journal', () => {
  it('counts sends (with drops), deliveries and distinct ids per Maelstrom §5.2', async () => {
    const s = scenario({ latencyMs: 1, services: ['lin-tso'] })
    s.respond('n1', (m) => (m.src === 'c0' ? { type: 'echo_ok', in_reply_to: 1 } : undefined))
    s.at(0).send('c0', 'n1', { type: 'echo', msg_id: 1 })
    s.at(0).send('n1', 'n2', ping).send('n2', 'lin-tso', { type: 'ts', msg_id: 1 })
    s.at(0).partition(['n1'], ['n2', 'n3'])
    s.at(0).send('n3', 'n1', ping)
    await s.runUntil(10)
    const stats = s.network.stats(2)
    expect(stats.clients).toEqual({ sendCount: 2, recvCount: 2, msgCount: 2 })
    expect(stats.servers).toEqual({ sendCount: 4, recvCount: 2, msgCount: 4, msgsPerOp: 2 })
    expect(stats.all).toEqual({ sendCount: 6, recvCount: 4, msgCount: 6, msgsPerOp: 3 })
  })

  it('journals dense sequence numbers and nanosecond times', async () => {
    const s = scenario({ latencyMs: 1.5 })
    s.at(1).send('n1', 'n2', ping)
    await s.runUntil(10)
    expect(s.events().map((e) => [e.seq, e.time, e.type])).toEqual([
      [0, 1_000_000, 'send'],
      [1, 2_500_000, 'deliver'],
    ])
  })

  it('delivery lateness is zero on the virtual clock', async () => {
    const s = scenario({ latencyMs: 3, latencyDist: 'uniform' })
    for (let i = 0; i < 50; i++) {
      s.at(i).send('n1', 'n2', ping)
    }
    await s.runUntil(200)
    expect(s.network.deliveryLateness()).toEqual({ p50Ms: 0, p99Ms: 0, maxMs: 0, count: 50 })
  })

  it('FileJournal writes one JSON event per line and reads back identically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'network-journal-'))
    const path = join(dir, 'journal.jsonl')
    const s = scenario({ latencyMs: 2, faults: { duplicateRatio: 0.5 } })
    for (let i = 0; i < 200; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(500)
    const file = new FileJournal(path, 1000)
    for (const event of s.journal.events) {
      file.write(event)
    }
    expect(file.count).toBe(s.journal.events.length)
    file.close()
    file.write(s.journal.events[0]!)
    expect(parseJournal(readFileSync(path, 'utf8'))).toEqual(s.journal.events)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('determinism', () => {
  const busy = async (seed: number, extraPath = false): Promise<string> => {
    const s = scenario({
      seed,
      latencyMs: 20,
      latencyDist: 'exponential',
      faults: { lossRatio: 0.2, duplicateRatio: 0.2, reorderRatio: 0.2 },
    })
    for (let i = 0; i < 200; i++) {
      s.at(i).send('n1', 'n2', { type: 'm', i })
      if (extraPath) {
        s.at(i).send('n1', 'n3', { type: 'x', i })
      }
    }
    await s.runUntil(5000)
    return JSON.stringify(s.deliveries('n1', 'n2').map((m) => [m.atMs, m.body.i]))
  }

  it('the same seed gives an identical journal', async () => {
    const journal = async (seed: number): Promise<string> => {
      const s = scenario({
        seed,
        latencyMs: 20,
        latencyDist: 'uniform',
        faults: { lossRatio: 0.3 },
      })
      for (let i = 0; i < 100; i++) {
        s.at(i).send('n1', 'n2', { type: 'm', i }).send('n2', 'n3', { type: 'm', i })
      }
      await s.runUntil(1000)
      return s.journalText()
    }
    expect(await journal(42)).toBe(await journal(42))
    expect(await journal(42)).not.toBe(await journal(43))
  })

  it('a different seed gives different fates', async () => {
    expect(await busy(1)).toBe(await busy(1))
    expect(await busy(1)).not.toBe(await busy(2))
  })

  it('pins the exact fates of seed 1, so a change of draw order cannot slip in unnoticed', async () => {
    // If this changes, every recorded seed replays differently: change it only on purpose.
    const s = scenario({
      seed: 1,
      latencyMs: 10,
      latencyDist: 'uniform',
      faults: { lossRatio: 0.3, duplicateRatio: 0.2 },
    })
    for (let i = 0; i < 12; i++) {
      s.at(i * 100).send('n1', 'n2', { type: 'm', i })
    }
    await s.runUntil(2000)
    const fates = s
      .events()
      .filter((e) => e.type !== 'send')
      .map((e) => [e.type, e.message.body.i, e.time / 1e6])
    expect(fates).toEqual([
      ['deliver', 0, 8],
      ['deliver', 1, 104],
      ['deliver', 2, 210],
      ['deliver', 3, 305],
      ['duplicate', 4, 400],
      ['deliver', 4, 404],
      ['deliver', 4, 415],
      ['deliver', 5, 501],
      ['duplicate', 6, 600],
      ['deliver', 6, 609],
      ['deliver', 6, 612],
      ['drop', 7, 700],
      ['deliver', 8, 816],
      ['deliver', 9, 911],
      ['deliver', 10, 1017],
      ['duplicate', 11, 1100],
      ['deliver', 11, 1103],
      ['deliver', 11, 1110],
    ])
  })

  it('traffic on another path does not reshuffle this path’s fates', async () => {
    expect(await busy(9, true)).toBe(await busy(9, false))
  })
})
