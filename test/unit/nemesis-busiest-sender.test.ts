// The busiest sender (nemesis/busiest-sender.ts) and the partition target it drives
// (extra.partitionTarget: busiest): a split always cuts off the node that sent to the most
// others in the last second, with the same draws as an untargeted plan.
import { describe, expect, it } from 'vitest'
import { BusiestSender } from '../../src/nemesis/busiest-sender.js'
import { planPartition } from '../../src/nemesis/partition.js'
import type { PartitionShape } from '../../src/nemesis/partition.js'
import type { JournalEvent } from '../../src/network/contract.js'
import { Random } from '../../src/network/random.js'

const FIVE = ['n0', 'n1', 'n2', 'n3', 'n4']
const MS = 1_000_000

let seq = 0
function send(
  timeMs: number,
  src: string,
  dest: string,
  type: JournalEvent['type'] = 'send',
): JournalEvent {
  return {
    seq: seq++,
    time: timeMs * MS,
    type,
    message: { id: seq, src, dest, body: { type: 'x' } },
  }
}

/** `leader` heartbeats every follower each 100 ms from `fromMs`, and each follower answers. */
function heartbeats(watch: BusiestSender, leader: string, fromMs: number, toMs: number): void {
  for (let t = fromMs; t < toMs; t += 100) {
    for (const peer of FIVE.filter((n) => n !== leader)) {
      watch.observe(send(t, leader, peer))
      watch.observe(send(t + 1, peer, leader))
    }
  }
}

describe('BusiestSender', () => {
  it('names the node that sends to every other node, not those that answer it', () => {
    const watch = new BusiestSender(new Set(FIVE))
    expect(watch.busiest()).toBeUndefined()
    heartbeats(watch, 'n3', 0, 2000)
    expect(watch.busiest()).toBe('n3')
  })

  it('forgets sends older than a second: a new leader takes over within one', () => {
    const watch = new BusiestSender(new Set(FIVE))
    heartbeats(watch, 'n3', 0, 5000)
    heartbeats(watch, 'n1', 5000, 5500)
    // Within the last second both reached four nodes; n3 sent more (ten rounds to n1's five).
    expect(watch.busiest()).toBe('n3')
    heartbeats(watch, 'n1', 5500, 6100)
    // From 5.1 s on, n3 only answered n1.
    expect(watch.busiest()).toBe('n1')
  })

  it('counts only sends between servers: clients, services, deliveries and drops are ignored', () => {
    const watch = new BusiestSender(new Set(FIVE))
    for (let t = 0; t < 500; t += 10) {
      watch.observe(send(t, 'n2', 'c1'))
      watch.observe(send(t, 'n2', 'lin-kv'))
      watch.observe(send(t, 'n4', 'n0', 'deliver'))
      watch.observe(send(t, 'n4', 'n1', 'drop'))
      watch.observe(send(t, 'n4', 'n2', 'duplicate'))
    }
    expect(watch.busiest()).toBeUndefined()
    watch.observe(send(600, 'n1', 'n0'))
    expect(watch.busiest()).toBe('n1')
  })

  it('breaks ties by message count, then by the lower id (n2 before n10)', () => {
    const nodes = ['n2', 'n10', 'n3']
    const watch = new BusiestSender(new Set(nodes))
    watch.observe(send(0, 'n10', 'n3'))
    watch.observe(send(1, 'n2', 'n3'))
    expect(watch.busiest()).toBe('n2')
    watch.observe(send(2, 'n10', 'n3'))
    expect(watch.busiest()).toBe('n10')
  })

  it('keeps one window of memory over a long run', () => {
    const watch = new BusiestSender(new Set(FIVE))
    heartbeats(watch, 'n0', 0, 120_000)
    expect(watch.busiest()).toBe('n0')
    expect((watch as unknown as { sends: unknown[] }).sends.length).toBeLessThan(20_000)
  })
})

describe('planPartition with a target', () => {
  const SPLITS: PartitionShape[] = ['one', 'majority', 'minority-third']

  it.each(SPLITS)('%s always cuts the target off, on the smaller side', (shape) => {
    for (let seed = 0; seed < 200; seed++) {
      for (const target of FIVE) {
        const plan = planPartition(shape, FIVE, new Random(seed), target)
        const cutOff = plan.grudge.get(target)
        expect(cutOff, `${shape} seed ${seed} target ${target}`).toBeDefined()
        // The target's side is the smaller one: it hears from the majority of nothing.
        expect(cutOff?.size).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('draws exactly what an untargeted plan draws (the random stream is not disturbed)', () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const shape of [...SPLITS, 'majorities-ring'] as PartitionShape[]) {
        const a = new Random(seed)
        const b = new Random(seed)
        const plain = planPartition(shape, FIVE, a)
        const aimed = planPartition(shape, FIVE, b, 'n2')
        expect(a.float()).toBe(b.float())
        if (shape === 'majorities-ring') {
          expect(aimed).toEqual(plain)
        } else if (plain.grudge.has('n2') && (plain.grudge.get('n2')?.size ?? 0) >= 3) {
          // The untargeted plan already cut n2 off: the same plan, unless n2 was not first.
          expect(aimed.grudge.get('n2')).toBeDefined()
        }
      }
    }
  })

  it('an unknown target leaves the plan as it was', () => {
    const plain = planPartition('one', FIVE, new Random(7))
    expect(planPartition('one', FIVE, new Random(7), 'n9')).toEqual(plain)
  })
})
