// Track 11's stages on the virtual clock with in-process balancers, over many seeds: the
// stages are fair (a careful balancer passes every criterion) and sharp (round robin fails
// even / heterogeneous / many-balancers on availability; a balancer that never marks a
// backend down fails health on dead traffic) — independently of how loaded the machine is.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateCriteria } from '../../src/grading/criteria.js'
import { stageTestOptions } from '../../src/grading/options.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { runTest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import type { SimNodeFactory } from '../../src/sim/contract.js'
import { findStage, findTrack } from '../../src/tracks/find.js'
import { simBalancer, simRoundRobin } from '../helpers/sim-balancers.js'

/** 3 in the suite; DSGRADE_LB_SEEDS=20 for a fidelity run outside it. */
const SEEDS = Array.from({ length: Number(process.env.DSGRADE_LB_SEEDS ?? '3') }, (_, i) => i + 1)
const track = findTrack(loadTracks(), 'load-balancer')
/** A loaded machine runs a virtual 20 s stage in a few seconds of wall time. */
const TIMEOUT_MS = 30_000 + 15_000 * SEEDS.length

/** Criterion id → how many seeds failed it (a run that did not pass a criterion counts). */
async function grade(stageId: string, factory: SimNodeFactory): Promise<Record<string, number>> {
  const stage = findStage(track, stageId)
  const failures: Record<string, number> = {}
  for (const seed of SEEDS) {
    const options = stageTestOptions(stage, { command: [], cwd: process.cwd(), seed, timeScale: 1 })
    const outcome = await runTest({
      options,
      storeDir: mkdtempSync(join(tmpdir(), 'lb-virtual-')),
      logger: silentLogger,
      nodes: { kind: 'in-process', factory },
      clock: 'virtual',
      writeReport: false,
    })
    for (const c of evaluateCriteria(outcome.results, stage.criteria)) {
      failures[c.id] = (failures[c.id] ?? 0) + (c.pass === true ? 0 : 1)
    }
  }
  return failures
}

describe('load-balancer stages on the virtual clock', () => {
  it.each(['even', 'heterogeneous', 'health', 'many-balancers'])(
    'a careful balancer passes %s on every seed',
    async (stage) => {
      const failures = await grade(stage, simBalancer)
      expect(
        Object.values(failures).every((n) => n === 0),
        JSON.stringify(failures),
      ).toBe(true)
    },
    TIMEOUT_MS,
  )

  it.each([
    ['even', 'availability.okFraction'],
    ['heterogeneous', 'availability.okFraction'],
    ['many-balancers', 'availability.okFraction'],
  ])(
    'round robin fails %s on %s on every seed',
    async (stage, criterion) => {
      const failures = await grade(stage, simRoundRobin(0))
      expect(failures[criterion], JSON.stringify(failures)).toBe(SEEDS.length)
    },
    TIMEOUT_MS,
  )

  it(
    'a balancer that never marks a backend down fails health on dead traffic on every seed',
    async () => {
      const failures = await grade('health', simRoundRobin(3))
      expect(failures['workload.deadBackendRequests'], JSON.stringify(failures)).toBe(SEEDS.length)
    },
    TIMEOUT_MS,
  )
})
