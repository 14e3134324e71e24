// The basic workloads: Maelstrom's topologies exactly (maelstrom-protocol.md §2.3), the
// generators' op mixes and values, final phases, and the registry entries.
import { describe, expect, it } from 'vitest'
import { buildTopology } from '../../src/workloads/broadcast/topology.js'
import { findWorkload } from '../../src/workloads/registry.js'
import { Random } from '../../src/network/random.js'
import type { GeneratorContext, Invocation } from '../../src/workloads/contract.js'
import { testOptions } from '../helpers/run-options.js'

const five = ['n1', 'n2', 'n3', 'n4', 'n5']

function context(seed = 1): GeneratorContext {
  const options = testOptions()
  return { random: new Random(seed), options, nodeIds: options.nodeIds, concurrency: 5 }
}

function take(name: string, count: number, seed = 1): Invocation[] {
  const generator = findWorkload(name)?.generator(context(seed))
  const ops: Invocation[] = []
  for (let i = 0; i < count; i++) {
    ops.push(generator?.next(i % 5, i % 5, 0) as Invocation)
  }
  return ops
}

describe('broadcast topologies', () => {
  it('grid matches Maelstrom on n1…n5', () => {
    expect(buildTopology('grid', five)).toEqual({
      n1: ['n4', 'n2'],
      n2: ['n5', 'n3', 'n1'],
      n3: ['n2'],
      n4: ['n1', 'n5'],
      n5: ['n2', 'n4'],
    })
  })

  it('line, trees and total', () => {
    expect(buildTopology('line', five)).toEqual({
      n1: ['n2'],
      n2: ['n1', 'n3'],
      n3: ['n2', 'n4'],
      n4: ['n3', 'n5'],
      n5: ['n4'],
    })
    expect(buildTopology('line', ['n1'])).toEqual({})
    expect(buildTopology('tree2', five)).toEqual({
      n1: ['n2', 'n3'],
      n2: ['n1', 'n4', 'n5'],
      n3: ['n1'],
      n4: ['n2'],
      n5: ['n2'],
    })
    expect(buildTopology('tree', five)).toEqual(buildTopology('tree2', five))
    expect(buildTopology('tree4', five)).toEqual({
      n1: ['n2', 'n3', 'n4', 'n5'],
      n2: ['n1'],
      n3: ['n1'],
      n4: ['n1'],
      n5: ['n1'],
    })
    expect(buildTopology('total', ['a', 'b', 'c'])).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c'],
      c: ['a', 'b'],
    })
    expect(buildTopology('ring', five)).toBeUndefined()
  })

  it('an unknown topology is an option error', () => {
    expect(findWorkload('broadcast')?.validateOptions?.(testOptions({ topology: 'ring' }))).toMatch(
      /Unknown topology/,
    )
  })
})

describe('generators', () => {
  it('echo sends "Please echo <0..127>"', () => {
    for (const op of take('echo', 50)) {
      expect(op.value).toMatch(/^Please echo (\d|[1-9]\d|1[01]\d|12[0-7])$/)
    }
  })

  it('broadcast mixes unique increasing values and reads about 50/50', () => {
    const ops = take('broadcast', 1000)
    const values = ops.filter((op) => op.f === 'broadcast').map((op) => op.value as number)
    expect(values).toEqual(values.map((_, i) => i))
    expect(values.length).toBeGreaterThan(400)
    expect(values.length).toBeLessThan(600)
  })

  it('pn-counter deltas are in [-5, 4]; g-counter never adds a negative delta', () => {
    const pn = take('pn-counter', 2000)
      .filter((op) => op.f === 'add')
      .map((op) => op.value as number)
    expect(Math.min(...pn)).toBe(-5)
    expect(Math.max(...pn)).toBe(4)
    const g = take('g-counter', 2000)
      .filter((op) => op.f === 'add')
      .map((op) => op.value as number)
    expect(Math.min(...g)).toBe(0)
    expect(g.length / 2000).toBeLessThan(0.4)
  })

  it('the same seed gives the same ops', () => {
    expect(take('g-set', 100, 9)).toEqual(take('g-set', 100, 9))
    expect(take('g-set', 100, 9)).not.toEqual(take('g-set', 100, 10))
  })

  it('final phases: one read per worker, flagged final for broadcast and the counters', () => {
    for (const [name, final] of [
      ['broadcast', true],
      ['pn-counter', true],
      ['g-counter', true],
      ['g-set', false],
    ] as const) {
      const phase = findWorkload(name)?.finalGenerator?.(context())
      expect(phase?.generator.next(0, 0, 0)).toEqual(
        final ? { f: 'read', final: true } : { f: 'read' },
      )
      expect(phase?.generator.next(0, 0, 0)).toBeNull()
      expect(phase?.generator.next(1, 1, 0)).not.toBeNull()
    }
  })

  it('registry entries keep Maelstrom reusability and idempotent sets', () => {
    expect(findWorkload('unique-ids')?.reusableClient).toBe(true)
    expect(findWorkload('echo')?.reusableClient).toBe(false)
    expect(findWorkload('broadcast')?.idempotent).toEqual(['read'])
    expect(findWorkload('g-set')?.errorsAreIndeterminate).toBe(true)
  })

  it('counter probes wait for the same sum to hold a second; set probes do not', () => {
    // A sum is a projection of the state: three nodes read -481 by coincidence 10 ms after a
    // heal while a -3 was still in flight, and the final reads failed a correct node.
    for (const name of ['pn-counter', 'g-counter']) {
      const found = findWorkload(name)?.recoveryProbe
      const probe = typeof found === 'function' ? undefined : found
      expect(probe?.settleMs).toBe(1_000)
    }
    const set = findWorkload('g-set')?.recoveryProbe
    expect(typeof set === 'function' ? undefined : set?.settleMs ?? 0).toBe(0)
  })

  it('recovery probes converge only when every node reads the same', () => {
    const found = findWorkload('broadcast')?.recoveryProbe
    const probe = typeof found === 'function' ? undefined : found
    expect(probe).toBeDefined()
    expect(
      probe?.converged([
        { type: 'read_ok', messages: [1, 2] },
        { type: 'read_ok', messages: [2, 1] },
      ]),
    ).toBe(true)
    expect(
      probe?.converged([
        { type: 'read_ok', messages: [1] },
        { type: 'read_ok', messages: [1, 2] },
      ]),
    ).toBe(false)
  })
})
