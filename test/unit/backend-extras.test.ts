// backendExtras (workloads/load-balance.ts): the one helper the proxy and load-balance
// workloads share for the harness backends' --extra keys. Each workload keeps its own
// defaults and lower bound; the checks and the spec are the same code.
import { describe, expect, it } from 'vitest'
import { Random } from '../../src/network/random.js'
import { backendExtras } from '../../src/workloads/load-balance.js'
import { WORKLOADS } from '../../src/workloads/registry.js'
import { testOptions } from '../helpers/run-options.js'

const PROXY = { backends: 3, minBackends: 2, capacity: 8, serviceTimeMs: 10 }

describe('backendExtras', () => {
  it('declares the keys with the workload’s defaults', () => {
    const extras = backendExtras(PROXY).extras
    const defaults = Object.fromEntries(extras.map((e) => [e.name, e.default]))
    expect(defaults).toMatchObject({ backends: '3', capacity: '8', serviceTimeMs: '10' })
    expect(WORKLOADS['load-balance']?.extras?.find((e) => e.name === 'capacity')?.default).toBe('2')
    expect(WORKLOADS.proxy?.extras?.find((e) => e.name === 'capacity')?.default).toBe('8')
  })

  it('checks the backend count against the workload’s lower bound', () => {
    const proxy = backendExtras(PROXY)
    const one = testOptions({ extra: { backends: 1 } })
    expect(proxy.validate(one)).toMatch(
      /--extra backends must be an integer from 2 to 64 \(got 1\)/,
    )
    expect(backendExtras({ ...PROXY, minBackends: 1 }).validate(one)).toBeNull()
    expect(proxy.validate(testOptions({ extra: { capacity: 0 } }))).toMatch(/capacity/)
    expect(proxy.validate(testOptions({ extra: { serviceTimeDist: 'zipf' } }))).toMatch(
      /serviceTimeDist must be one of constant, exponential, pareto/,
    )
  })

  it('builds the spec from the options, with a seeded slow backend only when asked', () => {
    const proxy = backendExtras(PROXY)
    const plain = proxy.spec(testOptions({ extra: {} }), new Random(1))
    expect(plain).toEqual({
      count: 3,
      capacity: 8,
      serviceTimeMs: 10,
      serviceTimeDist: 'exponential',
      serviceLatencyMs: 0,
    })
    const slow = proxy.spec(testOptions({ extra: { slowFactor: 8, backends: 4 } }), new Random(7))
    expect(slow.slow?.factor).toBe(8)
    expect(slow.slow?.index).toBeGreaterThanOrEqual(0)
    expect(slow.slow?.index).toBeLessThan(4)
  })
})
