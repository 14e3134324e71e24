// Swarm testing (grading/swarm.ts): each seed draws its own fault parameters, the same seed
// always the same ones, never a fault the stage lacks, never a ratio above the stage's, only
// partition shapes and targets the stage allows; and the vouching rule makes a failing
// time-based figure of a swarmed seed inconclusive while a failing safety check stays a fail.
import { describe, expect, it } from 'vitest'
import { applySwarm, swarmFor } from '../../src/grading/swarm.js'
import { stageTestOptions } from '../../src/grading/options.js'
import { applyVouch, vouchFor } from '../../src/grading/vouch.js'
import type { StageSpec } from '../../src/tracks/index.js'

const stage = {
  faults: [{ kind: 'partition', intervalS: 3 }, { kind: 'loss', ratio: 0.2 }, { kind: 'kill' }],
  options: { nodeCount: 5, timeLimitS: 30, extra: { partitionShapes: ['one', 'majority'] } },
  workload: 'lin-kv',
  checkers: [],
} as unknown as StageSpec
const plain = stageTestOptions(stage, { command: ['x'], cwd: '/', seed: 1, timeScale: 1 })

describe('swarmFor', () => {
  it('is a pure function of the seed, and seeds differ', () => {
    expect(swarmFor(stage, plain, 42)).toEqual(swarmFor(stage, plain, 42))
    const distinct = new Set(
      Array.from({ length: 50 }, (_, i) => JSON.stringify(swarmFor(stage, plain, i))),
    )
    expect(distinct.size).toBeGreaterThan(20)
  })

  it('stays inside what the stage allows', () => {
    for (let seed = 0; seed < 200; seed++) {
      const swarm = swarmFor(stage, plain, seed)
      expect(swarm.lossRatio).toBeGreaterThan(0)
      expect(swarm.lossRatio).toBeLessThanOrEqual(0.2)
      expect(swarm.duplicateRatio).toBeUndefined()
      expect(swarm.partitionShapes?.length).toBeGreaterThan(0)
      for (const shape of swarm.partitionShapes ?? []) {
        expect(['one', 'majority']).toContain(shape)
      }
      expect(swarm.killTargets?.length).toBeGreaterThan(0)
      expect(swarm.pauseTargets).toBeUndefined()
      const options = applySwarm(plain, swarm)
      expect(options.nemesis).toEqual(plain.nemesis)
      expect(options.nemesisIntervalS).toBe(swarm.nemesisIntervalS)
      expect(options.extra.partitionShapes).toEqual(swarm.partitionShapes)
    }
  })
})

describe('the vouching rule on a swarmed seed', () => {
  const specs = [
    { id: 'valid', label: 'valid', metric: 'valid', op: '=', value: true },
    { id: 'served', label: 'served', metric: 'served', op: '>=', value: 0.5 },
  ] as never
  const timed = (metric: string): boolean => metric === 'served'
  const health = {
    clock: 'virtual',
    lateness: { p99Ms: 0, maxMs: 0, source: 'delivery' },
    main: { nodesCpu: null, machine: null },
  } as never
  const swarmVouch = { ...vouchFor(health, 0, specs, timed), kind: 'swarm' as const }

  it('a failing time-based figure is inconclusive, a passing one stands', () => {
    const criteria = [
      { id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true },
      { id: 'served', label: 'served', threshold: '>= 0.5', measured: 0.2, pass: false },
    ]
    const out = applyVouch(criteria, specs, swarmVouch, { workload: { valid: true } }, timed)
    expect(out.map((c) => c.pass)).toEqual([true, 'inconclusive'])
    const passing = [criteria[0]!, { ...criteria[1]!, measured: 0.9, pass: true }]
    const kept = applyVouch(passing, specs, swarmVouch, { workload: { valid: true } }, timed)
    expect(kept.map((c) => c.pass)).toEqual([true, true])
  })

  it('a safety failure (the workload checker) stays a fail', () => {
    const criteria = [
      { id: 'valid', label: 'valid', threshold: '= true', measured: false, pass: false },
    ]
    const out = applyVouch(criteria, specs, swarmVouch, { workload: { valid: false } }, timed)
    expect(out[0]?.pass).toBe(false)
  })
})
