/**
 * Swarm testing (FoundationDB-style) for `dsgrade explore` and `dsgrade test --swarm`: each
 * seed draws its own fault parameters from the seed — a shorter or longer fault interval, a
 * lower loss / duplicate / reorder ratio, a random non-empty subset of the partition shapes
 * and of the kill and pause targets the stage allows, extra network latency — so that many
 * seeds reach schedules one fixed configuration rarely does (a ring partition again and
 * again, kills of a majority only, …).
 *
 * Guarantees: pure; the same stage and seed give the same parameters (a replay with
 * `--swarm` reproduces them); a stage's fault kinds never change (no fault is added), ratios
 * never exceed the stage's, and only shapes and targets the stage allows are chosen. Safety
 * does not depend on any of these parameters, but the stage's time-based thresholds were set
 * for its own parameters: grading marks time-based figures of a swarmed seed `inconclusive`
 * (vouch kind `swarm`), so a swarmed seed fails only on what timing cannot excuse.
 */
import { NEMESIS_EXTRAS } from '../nemesis/index.js'
import { Random } from '../network/index.js'
import type { TestOptions } from '../options/index.js'
import type { StageSpec } from '../tracks/index.js'

/** The parameters one seed uses; recorded in results.json (`stage.swarm`). */
export interface Swarm {
  nemesisIntervalS?: number
  latencyMs?: number
  latencyDist?: TestOptions['latencyDist']
  lossRatio?: number
  duplicateRatio?: number
  reorderRatio?: number
  clientLossRatio?: number
  clientDuplicateRatio?: number
  partitionShapes?: string[]
  killTargets?: string[]
  pauseTargets?: string[]
}

const INTERVAL_FACTORS = [0.25, 0.5, 1, 2]
const RATIO_FACTORS = [0.25, 0.5, 1]
const EXTRA_LATENCY_MS = [0, 0, 1, 5, 20]
const LATENCY_FACTORS = [0.5, 1, 2]
const DISTRIBUTIONS: TestOptions['latencyDist'][] = ['constant', 'uniform', 'exponential']
const RATIO_FIELDS = [
  'lossRatio',
  'duplicateRatio',
  'reorderRatio',
  'clientLossRatio',
  'clientDuplicateRatio',
] as const
/** Faults on a timed schedule (the others are per-message ratios). */
const SCHEDULED = new Set(['partition', 'partition-oneway', 'kill', 'full-restart', 'pause'])

function pick<T>(random: Random, values: readonly T[]): T {
  return values[random.int(values.length)] as T
}

/** A random non-empty subset of `values`, in their order. */
function subset(random: Random, values: readonly string[]): string[] {
  const chosen = values.filter(() => random.chance(0.5))
  return chosen.length > 0 ? chosen : [pick(random, values)]
}

function allowed(options: TestOptions, key: string): string[] {
  const given = options.extra[key]
  if (Array.isArray(given) && given.length > 0) {
    return given.map(String)
  }
  const spec = NEMESIS_EXTRAS.find((e) => e.name === key)
  if (key === 'pauseTargets') {
    return ['one', 'minority']
  }
  return [...(spec?.values ?? [])]
}

/** The fault parameters of `seed` for a stage whose plain options are `options`. */
export function swarmFor(
  stage: Pick<StageSpec, 'faults'>,
  options: TestOptions,
  seed: number,
): Swarm {
  const random = new Random(seed, 'swarm')
  const kinds = new Set(stage.faults.map((f) => f.kind))
  const swarm: Swarm = {}
  if ([...kinds].some((k) => SCHEDULED.has(k))) {
    swarm.nemesisIntervalS = options.nemesisIntervalS * pick(random, INTERVAL_FACTORS)
  }
  for (const field of RATIO_FIELDS) {
    if (options[field] > 0) {
      swarm[field] = options[field] * pick(random, RATIO_FACTORS)
    }
  }
  if (kinds.has('partition')) {
    swarm.partitionShapes = subset(random, allowed(options, 'partitionShapes'))
  }
  if (kinds.has('kill')) {
    swarm.killTargets = subset(random, allowed(options, 'killTargets'))
  }
  if (kinds.has('pause')) {
    swarm.pauseTargets = subset(random, allowed(options, 'pauseTargets'))
  }
  swarm.latencyMs =
    options.latencyMs > 0
      ? options.latencyMs * pick(random, LATENCY_FACTORS)
      : pick(random, EXTRA_LATENCY_MS)
  swarm.latencyDist = swarm.latencyMs > 0 ? pick(random, DISTRIBUTIONS) : options.latencyDist
  return swarm
}

/** The options of a swarmed seed: `options` with the swarm's parameters on top. */
export function applySwarm(options: TestOptions, swarm: Swarm): TestOptions {
  const { partitionShapes, killTargets, pauseTargets, ...scalars } = swarm
  const extra = { ...options.extra }
  if (partitionShapes !== undefined) {
    extra.partitionShapes = partitionShapes
  }
  if (killTargets !== undefined) {
    extra.killTargets = killTargets
  }
  if (pauseTargets !== undefined) {
    extra.pauseTargets = pauseTargets
  }
  const defined = Object.fromEntries(Object.entries(scalars).filter((e) => e[1] !== undefined))
  return { ...options, ...defined, extra }
}

/** The vouch sentence of a swarmed seed whose harness was on time. */
export const SWARM_SENTENCE =
  'fault parameters swarmed from the seed (dsgrade explore): time-based figures are not graded against the thresholds of this stage'
