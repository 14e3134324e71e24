// Track 15's compute service over the simulated network on the virtual clock: one call per
// calling node at a time (error 11), service time from input size, malformed calls (error
// 12), and the call log.
import { describe, expect, it } from 'vitest'
import { ComputeService } from '../../src/services/compute.js'
import { scenario } from '../helpers/scenario.js'

const chunk = 'apple river apple stone'

describe('compute service', () => {
  it('runs one call per node at a time; another node runs in parallel', async () => {
    const s = scenario({ nodes: ['n0', 'n1'] })
    const compute = new ComputeService(s.network, s.clock, s.random, { msPerUnit: 10 })
    s.network.register(compute, 'service')
    const map = { type: 'compute', fn: 'word-count', phase: 'map', input: { doc: 'd', chunk } }
    s.send('n0', 'compute', { ...map, msg_id: 1 })
    s.send('n0', 'compute', { ...map, msg_id: 2 })
    s.send('n1', 'compute', { ...map, msg_id: 3 })
    await s.runUntil(1)
    expect(s.deliveries('compute', 'n0').map((m) => m.body)).toMatchObject([
      { type: 'error', code: 11, in_reply_to: 2 },
    ])
    await s.runUntil(35)
    expect(s.deliveries('compute', 'n0')).toHaveLength(1)
    await s.runUntil(50)
    expect(s.deliveries('compute', 'n0').map((m) => m.body)[1]).toEqual({
      type: 'compute_ok',
      result: [
        ['apple', 1],
        ['river', 1],
        ['apple', 1],
        ['stone', 1],
      ],
      in_reply_to: 1,
    })
    expect(s.deliveries('compute', 'n1')).toHaveLength(1)
    const ok = compute.calls.filter((c) => c.outcome === 'ok')
    expect(ok.map((c) => c.src)).toEqual(['n0', 'n1'])
    for (const call of ok) {
      expect(call.serviceMs).toBeGreaterThanOrEqual(36)
      expect(call.serviceMs).toBeLessThan(44)
    }
    expect(compute.calls.map((c) => c.outcome)).toEqual(['ok', 'refused', 'ok'])
  })

  it('reduces a key’s values and answers malformed calls with error 12', async () => {
    const s = scenario({ nodes: ['n0'] })
    const compute = new ComputeService(s.network, s.clock, s.random, { msPerUnit: 1 })
    s.network.register(compute, 'service')
    s.send('n0', 'compute', { type: 'compute', fn: 'sort', phase: 'map', input: {}, msg_id: 1 })
    s.send('n0', 'compute', {
      type: 'compute',
      fn: 'inverted-index',
      phase: 'reduce',
      input: { key: 'apple', values: ['b', 'a', 'b'] },
      msg_id: 2,
    })
    await s.runUntil(10)
    expect(s.deliveries('compute', 'n0').map((m) => m.body)).toMatchObject([
      { type: 'error', code: 12, text: expect.stringMatching(/unknown job function "sort"/) },
      { type: 'compute_ok', result: ['a', 'b'], in_reply_to: 2 },
    ])
  })
})
