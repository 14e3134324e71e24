// The harness side of simulated time (src/process/sim-time.ts) on a VirtualClock, with the
// node ends played by the test: inputs due at one time go out as one batch stamped with the
// virtual time (all of a node's inputs in one write, up to MAX_NODE_WRITE_BYTES), outputs are
// released round by round in FIFO order whatever order the nodes answered in,
// node timers become clock timers, time waits for every node's idle, and both ways of not
// taking part set the fallback sentence. The real processes are covered by e2e/sim-time.
import { describe, expect, it } from 'vitest'
import { VirtualClock } from '../../src/network/index.js'
import { MAX_NODE_WRITE_BYTES, SimTime, parseControl } from '../../src/process/index.js'
import type { SimTimePort } from '../../src/process/index.js'
import { onGrid } from '../../src/process/sim-time.js'
import { Random } from '../../src/network/index.js'

interface FakeNode {
  port: SimTimePort
  stdin: string[]
}

function world(idleBudgetMs = 2000): {
  clock: VirtualClock
  sim: SimTime
  released: string[]
  node: (id: string) => FakeNode
} {
  const holder: { sim?: SimTime } = {}
  const clock = new VirtualClock({ gate: () => holder.sim?.quiet() })
  const sim = new SimTime({ clock, idleBudgetMs })
  holder.sim = sim
  const released: string[] = []
  const node = (id: string): FakeNode => {
    const port = sim.port(id)
    const stdin: string[] = []
    port.started(
      (line) => stdin.push(line),
      (line) => released.push(`${id} ${line}`),
    )
    return { port, stdin }
  }
  return { clock, sim, released, node }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  expect(condition()).toBe(true)
}

const envelope = (dest: string, type: string) => ({ src: 'c1', dest, body: { type, msg_id: 1 } })
const IDLE = '{"dsgrade":"idle"}'

describe('SimTime', () => {
  it('batches same-time inputs, stamps them, and releases outputs in FIFO order', async () => {
    const { clock, sim, released, node } = world()
    const a = node('n1')
    const b = node('n2')
    clock.setTimer(5, () => {
      a.port.deliver(envelope('n1', 'echo'))
      b.port.deliver(envelope('n2', 'echo'))
    })
    const running = clock.runUntil(100)
    await until(() => a.stdin.length === 1 && b.stdin.length === 1)
    expect(JSON.parse(a.stdin[0]!)).toMatchObject({ dest: 'n1', dsgrade_time_ms: 5 })
    expect(clock.now()).toBe(5)
    // n2 answers first; n1 also asks for a timer 30 ms later
    b.port.takeLine('{"src":"n2","dest":"c1","body":{"type":"echo_ok"}}')
    b.port.takeLine(IDLE)
    expect(released).toEqual([])
    expect(clock.now()).toBe(5)
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"echo_ok"}}')
    a.port.takeLine('{"dsgrade":"timer","timer":1,"delay_ms":30}')
    a.port.takeLine(IDLE)
    await until(() => a.stdin.length === 2)
    expect(released.map((l) => l.slice(0, 2))).toEqual(['n1', 'n2'])
    expect(JSON.parse(a.stdin[1]!)).toEqual({ dsgrade: 'timer', timer: 1, dsgrade_time_ms: 35 })
    expect(clock.now()).toBe(35)
    a.port.takeLine(IDLE)
    await running
    expect(clock.now()).toBe(100)
    expect(sim.fallback).toBeUndefined()
    expect(sim.batchCount).toBe(2)
    expect(sim.inputCount).toBe(3)
  })

  it('writes every same-time input of a node in one go and releases round by round in queue order', async () => {
    const { clock, sim, released, node } = world()
    const a = node('n1')
    const b = node('n2')
    clock.setTimer(1, () => {
      a.port.deliver(envelope('n1', 'first'))
      b.port.deliver(envelope('n2', 'only'))
      a.port.deliver(envelope('n1', 'second'))
    })
    const running = clock.runUntil(50)
    await until(() => a.stdin.length === 1 && b.stdin.length === 1)
    // one write for n1 holding both inputs, one line each, in queue order
    const lines = a.stdin[0]!.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.slice(0, 2).map((l) => JSON.parse(l).body.type)).toEqual(['first', 'second'])
    expect(lines[2]).toBe('')
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"first_ok"}}')
    a.port.takeLine(IDLE)
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"second_ok"}}')
    a.port.takeLine('{"dsgrade":"timer","timer":7,"delay_ms":10}')
    a.port.takeLine('{"dsgrade":"cancel","timer":7}')
    // n1 is done, n2 is not: nothing is released and time stands still
    await new Promise((resolve) => setImmediate(resolve))
    a.port.takeLine(IDLE)
    expect(released).toEqual([])
    expect(clock.now()).toBe(1)
    b.port.takeLine('{"src":"n2","dest":"c1","body":{"type":"only_ok"}}')
    b.port.takeLine(IDLE)
    await running
    // round 1 (the first input of each node, queue order), then round 2
    expect(released.map((l) => `${l.slice(0, 2)} ${JSON.parse(l.slice(3)).body.type}`)).toEqual([
      'n1 first_ok',
      'n2 only_ok',
      'n1 second_ok',
    ])
    expect(a.stdin).toHaveLength(1) // timer 7 was cancelled
    expect(sim.fallback).toBeUndefined()
    expect(sim.batchCount).toBe(1)
    expect(sim.inputCount).toBe(3)
    expect(sim.roundCount).toBe(2)
  })

  it('writes at most MAX_NODE_WRITE_BYTES to a node at once; the rest waits, in order', async () => {
    const { clock, sim, node } = world()
    const a = node('n1')
    const big = (n: number) => ({
      src: 'c1',
      dest: 'n1',
      body: { type: `big${n}`, msg_id: n, pad: 'x'.repeat(MAX_NODE_WRITE_BYTES / 2 - 200) },
    })
    clock.setTimer(1, () => [1, 2, 3].forEach((n) => a.port.deliver(big(n))))
    const running = clock.runUntil(10)
    await until(() => a.stdin.length === 1)
    expect(Buffer.byteLength(a.stdin[0]!)).toBeLessThanOrEqual(MAX_NODE_WRITE_BYTES)
    const types = (write: string) =>
      write
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l).body.type)
    expect(types(a.stdin[0]!)).toEqual(['big1', 'big2'])
    a.port.takeLine(IDLE)
    a.port.takeLine(IDLE)
    await until(() => a.stdin.length === 2)
    expect(types(a.stdin[1]!)).toEqual(['big3'])
    expect(clock.now()).toBe(1)
    a.port.takeLine(IDLE)
    await running
    expect(sim.batchCount).toBe(2)
    expect(sim.fallback).toBeUndefined()
  })

  it('gives each input of a multi-input write the whole idle budget', async () => {
    const { clock, sim, node } = world(300)
    const a = node('n1')
    clock.setTimer(1, () => {
      a.port.deliver(envelope('n1', 'first'))
      a.port.deliver(envelope('n1', 'second'))
    })
    const running = clock.runUntil(10)
    await until(() => a.stdin.length === 1)
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    await sleep(200)
    a.port.takeLine(IDLE)
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"second_ok"}}')
    await sleep(200) // 400 ms after the write, 200 ms after the node could start the second
    expect(sim.fallback).toBeUndefined()
    a.port.takeLine(IDLE)
    await running
    expect(sim.fallback).toBeUndefined()
  })

  it('a node that exits mid-batch: what it printed is released, its other inputs dropped', async () => {
    const { clock, sim, released, node } = world()
    const a = node('n1')
    clock.setTimer(1, () => {
      a.port.deliver(envelope('n1', 'first'))
      a.port.deliver(envelope('n1', 'second'))
    })
    const running = clock.runUntil(10)
    await until(() => a.stdin.length === 1)
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"first_ok"}}')
    a.port.takeLine(IDLE)
    a.port.takeLine('{"src":"n1","dest":"c1","body":{"type":"half"}}')
    a.port.exited()
    await running
    expect(released.map((l) => JSON.parse(l.slice(3)).body.type)).toEqual(['first_ok', 'half'])
    expect(clock.now()).toBe(10)
    expect(sim.fallback).toBeUndefined()
  })

  it('a line printed while idle makes the run fall back, with the sentence', async () => {
    const { clock, sim, node } = world()
    const a = node('n1')
    clock.setTimer(1, () => a.port.deliver(envelope('n1', 'init')))
    const running = clock.runUntil(10)
    await until(() => a.stdin.length === 1)
    a.port.takeLine(IDLE)
    await running
    a.port.takeLine('{"src":"n1","dest":"n2","body":{"type":"gossip"}}')
    expect(sim.fallback).toBe(
      'Node n1 does not take part in simulated time: it printed a message while it was idle (a thread or timer of its own), so this test runs in real time instead.',
    )
  })

  it('no idle within the real-time budget makes the run fall back, with the sentence', async () => {
    const { clock, sim, node } = world(50)
    const a = node('n1')
    clock.setTimer(1, () => a.port.deliver(envelope('n1', 'init')))
    await clock.runUntil(10)
    // A node that printed nothing for its input is given SILENT_BUDGETS budgets (a slow start
    // is not a node outside the protocol): 6 × 0.05 s here.
    expect(sim.fallback).toBe(
      'Node n1 does not take part in simulated time: it did not say it was idle within 0.3 s of real time after a message of type "init" (its library does not speak the time protocol of docs/simulation.md), so this test runs in real time instead.',
    )
  })

  it('timers aimed at one instant from different times, a few ulps apart, fire in one batch', async () => {
    const { clock, sim, node } = world()
    const a = node('n1')
    const b = node('n2')
    clock.setTimer(1.3, () => a.port.deliver(envelope('n1', 'x')))
    clock.setTimer(7.1, () => b.port.deliver(envelope('n2', 'y')))
    const running = clock.runUntil(100)
    await until(() => a.stdin.length === 1)
    // both aim at 50 ms, as a library whose clock is 1.7e12 + now computes it
    const aim = (now: number) => 1.7e12 + 50 - (1.7e12 + now)
    expect(1.3 + aim(1.3)).not.toBe(7.1 + aim(7.1))
    a.port.takeLine(`{"dsgrade":"timer","timer":1,"delay_ms":${aim(1.3)}}`)
    a.port.takeLine(IDLE)
    await until(() => b.stdin.length === 1)
    b.port.takeLine(`{"dsgrade":"timer","timer":1,"delay_ms":${aim(7.1)}}`)
    b.port.takeLine(IDLE)
    await until(() => a.stdin.length === 2 && b.stdin.length === 2)
    expect(JSON.parse(a.stdin[1]!).dsgrade_time_ms).toBe(50)
    expect(JSON.parse(b.stdin[1]!).dsgrade_time_ms).toBe(50)
    expect(sim.batchCount).toBe(3)
    a.port.takeLine(IDLE)
    b.port.takeLine(IDLE)
    await running
  })

  it('puts a timer exactly on the microsecond grid, never before now', () => {
    const random = new Random(7, 'grid')
    for (let i = 0; i < 10_000; i++) {
      const now = random.float() * 10 ** (1 + Math.floor(random.float() * 6))
      const delay = random.float() < 0.1 ? 0 : random.float() * 2000
      const d = onGrid(now, delay)
      expect(d).toBeGreaterThanOrEqual(0)
      if (delay === 0) {
        expect(d).toBe(0)
      }
      const at = now + d
      expect(at === now || at === Math.round((now + delay) * 1000) / 1000).toBe(true)
      expect(Math.abs(at - (now + delay))).toBeLessThanOrEqual(0.0005 + 1e-9)
    }
  })

  it('reads only time-protocol lines as control lines', () => {
    expect(parseControl(IDLE)).toEqual({ kind: 'idle' })
    expect(parseControl('{"dsgrade": "idle"}')).toEqual({ kind: 'idle' }) // Python's json.dumps
    expect(parseControl('{"dsgrade":"idle","note":1}')).toEqual({ kind: 'idle' })
    expect(parseControl('{"dsgrade":"idler"}')).toEqual({ kind: 'unknown' })
    expect(parseControl('{"dsgrade":"timer","timer":3,"delay_ms":-5}')).toEqual({
      kind: 'timer',
      timer: 3,
      delayMs: 0,
    })
    expect(parseControl('{"src":"n1","dest":"c1","body":{"type":"x","dsgrade":"idle"}}')).toBe(
      undefined,
    )
    expect(parseControl('{"src":"n1","dsgrade":"idle"}')).toBe(undefined)
    expect(parseControl('not json "dsgrade"')).toBe(undefined)
  })
})
