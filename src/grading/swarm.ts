/**
 * Swarm testing (FoundationDB-style) for `dsgrade explore` and `dsgrade test --swarm`: each
 * seed draws its own fault parameters from the seed — a shorter or longer fault interval, a
 * lower loss / duplicate / reorder ratio, a random non-empty subset of the partition shapes
 * and of the kill and pause targets the stage allows, extra network latency — so that many
 * seeds reach schedules one fixed configuration rarely does (a ring partition again and
 * again, kills of a majority only, …).
 *
 * On Raft stages (lin-kv with kills or partitions) half the swarmed seeds also run the leader
 * chase (nemesis/leader-chase.ts: cut off, then kill, the leader the moment it takes an
 * entry), the one fault swarming adds: random faults drawn without regard to who leads almost
 * never reach the Raft paper's Figure 8 (docs/simulation.md). It kills only on stages that
 * kill, and only a minority at once.
 *
 * Guarantees: pure; the same stage and seed give the same parameters (a replay with
 * `--swarm` reproduces them); apart from the leader chase a stage's fault kinds never change,
 * ratios never exceed the stage's, and only shapes and targets the stage allows are chosen. Safety
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
  /** The leader chase (nemesis/leader-chase.ts) on this seed: Raft stages only. */
  leaderChase?: LeaderChaseSwarm
}

/** The leader chase's parameters (its `--extra` keys, `chase*`). */
export interface LeaderChaseSwarm {
  fireRatio: number
  killMs: number
  downS: number
  /** Whether it kills the leader (the stage kills nodes) or only cuts it off. */
  kills: boolean
  /**
   * Steer Figure 8 step by step (nemesis/figure-8-steer.ts) instead of chasing at random;
   * the stage's scheduled faults are then left out (the steer needs the links and the
   * processes to itself). Stages that kill only; absent on seeds drawn before it existed.
   */
  steer?: boolean
  /**
   * On a steered seed, lin-kv's process limit per key (`--extra processesPerKey`, default
   * 20): the clients keep a key through a steered episode, whose three kills give up to 30
   * workers a new process. Absent on seeds drawn before it existed.
   */
  processesPerKey?: number
}

/** The share of swarmed seeds of a Raft stage that also run the leader chase. */
export const LEADER_CHASE_SHARE = 0.5
const CHASE_FIRE_RATIOS = [0.5, 0.75, 1]
const CHASE_KILL_MS = [20, 100, 300]
const CHASE_DOWN_S = [0.5, 1.5, 3]
/** The share of chased seeds (of stages that kill) that steer Figure 8. */
export const STEER_SHARE = 0.75
/** lin-kv's process limit per key on a steered seed (drawn from the seed). */
const STEER_PROCESSES_PER_KEY = [40, 60]

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
  stage: Pick<StageSpec, 'faults'> & Partial<Pick<StageSpec, 'workload'>>,
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
  // Drawn last, so every parameter above is the same whether or not a seed chases.
  if (chaseable(stage, kinds) && random.chance(LEADER_CHASE_SHARE)) {
    swarm.leaderChase = {
      fireRatio: pick(random, CHASE_FIRE_RATIOS),
      killMs: pick(random, CHASE_KILL_MS),
      downS: pick(random, CHASE_DOWN_S),
      kills: kinds.has('kill'),
    }
    // drawn after the chase's other parameters, so those are the same whether or not it steers
    if (kinds.has('kill') && random.chance(STEER_SHARE)) {
      swarm.leaderChase.steer = true
      // drawn last of all, so every other parameter is as drawn before it existed
      swarm.leaderChase.processesPerKey = pick(random, STEER_PROCESSES_PER_KEY)
    }
  }
  return swarm
}

/**
 * Stages the leader chase may join: the Raft tracks' (lin-kv built by the learner's nodes,
 * whose docs name the append_entries the chase reads) with kills or partitions — the chase
 * kills only where the stage kills, and cuts off only where it partitions or kills.
 */
function chaseable(
  stage: Partial<Pick<StageSpec, 'workload'>>,
  kinds: ReadonlySet<string>,
): boolean {
  return stage.workload === 'lin-kv' && (kinds.has('kill') || kinds.has('partition'))
}

/** The options of a swarmed seed: `options` with the swarm's parameters on top. */
export function applySwarm(options: TestOptions, swarm: Swarm): TestOptions {
  const { partitionShapes, killTargets, pauseTargets, leaderChase, ...scalars } = swarm
  const extra = { ...options.extra }
  let nemesis = options.nemesis
  if (leaderChase !== undefined) {
    nemesis = [...nemesis.filter((n) => n !== 'leader-chase'), 'leader-chase']
    extra.chaseFireRatio = leaderChase.fireRatio
    extra.chaseKillMs = leaderChase.killMs
    extra.chaseDownS = leaderChase.downS
    extra.chaseKills = leaderChase.kills
    if (leaderChase.steer === true) {
      extra.chaseSteer = true
      nemesis = nemesis.filter((n) => !SCHEDULED.has(n))
      if (leaderChase.processesPerKey !== undefined) {
        extra.processesPerKey = leaderChase.processesPerKey
      }
    }
  }
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
  return { ...options, ...defined, nemesis, extra }
}

/** The vouch sentence of a swarmed seed whose harness was on time. */
export const SWARM_SENTENCE =
  'fault parameters swarmed from the seed (dsgrade explore): time-based figures are not graded against the thresholds of this stage'
