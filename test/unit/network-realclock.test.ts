// The simulator on the real clock (the mode used with learner processes): real timers,
// delivery not before the deadline, order kept, lateness measured, close() cancels.
import { describe, expect, it } from 'vitest'
import { RealClock } from '../../src/network/clock.js'
import type { Endpoint } from '../../src/network/contract.js'
import { MemoryJournal } from '../../src/network/journal.js'
import { Random } from '../../src/network/random.js'
import { Simulator } from '../../src/network/simulator.js'
import type { Envelope } from '../../src/protocol/types.js'

function setup(latencyMs: number) {
  const clock = new RealClock()
  const journal = new MemoryJournal()
  const network = new Simulator({
    latencyMs,
    latencyDist: 'constant',
    random: new Random(1),
    clock,
    journal,
  })
  const received: { atMs: number; message: Envelope }[] = []
  const sink = (id: string): Endpoint => ({
    id,
    deliver: (message) => received.push({ atMs: clock.now(), message }),
  })
  network.register(sink('n1'), 'server')
  network.register(sink('n2'), 'server')
  network.register(sink('c0'), 'client')
  return { clock, journal, network, received }
}

describe('simulator on the real clock', () => {
  it('delivers no earlier than the deadline, in order, and measures lateness', async () => {
    const { clock, network, received } = setup(20)
    const sentAtMs = clock.now()
    for (let i = 0; i < 50; i++) {
      network.send({ src: 'n1', dest: 'n2', body: { type: 'm', i } })
    }
    network.send({ src: 'c0', dest: 'n1', body: { type: 'fast' } })
    // Wait for every delivery (bounded): the machine may be busy.
    for (let waitedMs = 0; received.length < 51 && waitedMs < 2000; waitedMs += 10) {
      await clock.sleep(10)
    }
    const toN2 = received.filter((r) => r.message.dest === 'n2')
    expect(toN2.map((r) => r.message.body.i)).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(Math.min(...toN2.map((r) => r.atMs - sentAtMs))).toBeGreaterThanOrEqual(20)
    const fast = received.find((r) => r.message.body.type === 'fast')
    expect((fast?.atMs ?? 1e9) - sentAtMs).toBeLessThan(20)
    const lateness = network.deliveryLateness()
    expect(lateness.count).toBe(51)
    expect(lateness.p50Ms).toBeGreaterThanOrEqual(0)
    expect(lateness.maxMs).toBeGreaterThanOrEqual(lateness.p99Ms)
    expect(lateness.maxMs).toBeLessThan(2000)
    network.close()
    clock.clearAll()
  })

  it('close() cancels pending deliveries and refuses new sends', async () => {
    const { clock, network, received, journal } = setup(30)
    network.send({ src: 'n1', dest: 'n2', body: { type: 'm' } })
    network.close()
    expect(network.send({ src: 'n1', dest: 'n2', body: { type: 'late' } })).toHaveProperty(
      'dropped',
    )
    await clock.sleep(60)
    expect(received).toEqual([])
    expect(journal.events.map((e) => e.type)).toEqual(['send'])
    clock.clearAll()
  })
})
