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
      const chase = swarm.leaderChase === undefined ? [] : ['leader-chase']
      // a steered seed leaves the scheduled faults out (the steer needs the links to itself)
      const kept = swarm.leaderChase?.steer === true ? ['loss'] : plain.nemesis
      expect(options.nemesis).toEqual([...kept, ...chase])
      expect(options.nemesisIntervalS).toBe(swarm.nemesisIntervalS)
      expect(options.extra.partitionShapes).toEqual(swarm.partitionShapes)
    }
  })
})

describe('the leader chase on swarmed seeds (issue 18, Figure 8)', () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i + 1)

  it('joins about half the swarmed seeds of a Raft stage, killing only where the stage kills', () => {
    const chased = seeds.filter((seed) => swarmFor(stage, plain, seed).leaderChase !== undefined)
    expect(chased.length).toBeGreaterThan(150)
    expect(chased.length).toBeLessThan(250)
    const swarm = swarmFor(stage, plain, chased[0]!)
    expect(swarm.leaderChase?.kills).toBe(true)
    const options = applySwarm(plain, swarm)
    expect(options.nemesis).toContain('leader-chase')
    expect(options.extra.chaseKills).toBe(true)
    expect(options.extra.chaseFireRatio).toBe(swarm.leaderChase?.fireRatio)
    const partitionsOnly = { ...stage, faults: [{ kind: 'partition' }] } as unknown as StageSpec
    const cutOnly = seeds
      .map((seed) => swarmFor(partitionsOnly, plain, seed).leaderChase)
      .filter((c) => c !== undefined)
    expect(cutOnly.length).toBeGreaterThan(150)
    expect(cutOnly.every((c) => !c.kills)).toBe(true)
  })

  it('steers Figure 8 on most chased seeds of a stage that kills, without its scheduled faults', () => {
    const chased = seeds.map((seed) => swarmFor(stage, plain, seed)).filter((s) => s.leaderChase)
    const steered = chased.filter((s) => s.leaderChase?.steer === true)
    expect(steered.length).toBeGreaterThan(chased.length * 0.6)
    expect(steered.length).toBeLessThan(chased.length * 0.9)
    const options = applySwarm(plain, steered[0]!)
    expect(options.extra.chaseSteer).toBe(true)
    expect(options.nemesis).toContain('leader-chase')
    for (const scheduled of ['partition', 'kill', 'full-restart', 'pause']) {
      expect(options.nemesis).not.toContain(scheduled)
    }
    expect(plain.nemesis.some((n) => n === 'kill' || n === 'partition')).toBe(true)
    // the clients keep a key longer on a steered seed (lin-kv's process limit, drawn), never
    // on a seed that does not steer
    const limits = new Set(steered.map((s) => s.leaderChase?.processesPerKey))
    expect(limits).toEqual(new Set([40, 60]))
    expect(options.extra.processesPerKey).toBe(steered[0]!.leaderChase?.processesPerKey)
    for (const s of chased.filter((c) => c.leaderChase?.steer !== true)) {
      expect(s.leaderChase?.processesPerKey).toBeUndefined()
      expect(applySwarm(plain, s).extra.processesPerKey).toBeUndefined()
    }
    // a chased seed that does not steer keeps the stage's faults, and draws its chase as before
    const chase = chased.find((s) => s.leaderChase?.steer !== true)!
    expect(applySwarm(plain, chase).nemesis).toEqual([...plain.nemesis, 'leader-chase'])
    const partitionsOnly = { ...stage, faults: [{ kind: 'partition' }] } as unknown as StageSpec
    for (const seed of seeds) {
      expect(swarmFor(partitionsOnly, plain, seed).leaderChase?.steer).toBeUndefined()
    }
  })

  it('never joins a stage that is not Raft, nor one without kills or partitions', () => {
    const broadcast = { ...stage, workload: 'broadcast' } as unknown as StageSpec
    const lossOnly = { ...stage, faults: [{ kind: 'loss', ratio: 0.1 }] } as unknown as StageSpec
    for (const seed of seeds) {
      expect(swarmFor(broadcast, plain, seed).leaderChase).toBeUndefined()
      expect(swarmFor(lossOnly, plain, seed).leaderChase).toBeUndefined()
    }
  })

  it('leaves every other parameter of a seed as it was drawn before the chase existed', () => {
    const broadcast = { ...stage, workload: 'broadcast' } as unknown as StageSpec
    for (const seed of seeds.slice(0, 50)) {
      const { leaderChase: _chase, ...rest } = swarmFor(stage, plain, seed)
      expect(rest).toEqual(swarmFor(broadcast, plain, seed))
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
