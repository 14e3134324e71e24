/**
 * Process faults (curriculum.md §3): `kill` and `pause`, alternating with their undo.
 *
 * - `kill`: SIGKILL one or more nodes (one, a minority, a majority or all, chosen at random;
 *   `options.extra.killTargets` may restrict the choice), marking them down on the network so
 *   messages to them are dropped; later restart them in the same data directory (the
 *   runner's `restart()` sends `init` again). Recorded as `kill` then `start`.
 * - `pause`: SIGSTOP one node or a minority (`options.extra.pauseTargets`), SIGCONT later.
 *   A paused node receives nothing and sends nothing; what was sent to it waits in its input.
 *   Recorded as `pause` then `resume`. Each pause lasts uniform [0, 2 × `extra.pauseS`) s
 *   (× time scale) when that is given, else like every gap: [0, 2 × the nemesis interval).
 *
 * - `full-restart`: twice per run (at about 1/3 and 2/3 of the main phase; the second at
 *   least max(a quarter of the main phase, `extra.fullRestartGapS` = 5 s) after the first
 *   restart ended, and not at all once the main phase is over), SIGKILL every node
 *   at once, keep them all down for `options.extra.fullRestartDownS` (default 1 s, scaled),
 *   then restart every one in its own data directory. Recorded as `start-full-restart` then
 *   `stop-full-restart` (kind `full-restart`), so fault windows and the resumption figure
 *   (`recovery.maxResumeS`) see each one.
 *
 * `options.extra.faultSpare` lists nodes kill and pause never choose (mapreduce: the node the
 * jobs are sent to, whose loss would lose the job itself); target sizes count the others.
 *
 * The network is marked up again *before* `restart()`, so the runner's `init` gets through.
 * A node held by one process fault (killed, or paused) is not taken by the other until
 * released: the packages of one run share that state through `world.nodes`.
 */
import type { Random, TimerHandle } from '../network/index.js'
import type { NemesisPackage, NemesisRun, NemesisWorld, NodeControl } from './contract.js'
import { alternate, listNodes, pickTargets, recordFault, targetSpecs, wasWere } from './schedule.js'

export function controls(world: NemesisWorld, nodes: readonly string[]): NodeControl[] {
  return nodes.flatMap((id) => {
    const control = world.nodes.get(id)
    return control === undefined ? [] : [control]
  })
}

/**
 * Restart `nodes`. On the real clock one spawn per turn of the event loop: a spawn holds the
 * harness thread until the child has exec'd, and several in one turn stall every run beside
 * this one (Cluster.startAll). On the virtual clock all at once, as the seed's schedule says.
 */
export async function restartNodes(world: NemesisWorld, nodes: readonly string[]): Promise<void> {
  const list = controls(world, nodes)
  if (world.clock.virtual) {
    await Promise.all(list.map((c) => c.restart()))
    return
  }
  const restarting: Promise<void>[] = []
  for (const control of list) {
    const restart = control.restart()
    restart.catch(() => {}) // settled below; no unhandled rejection while the rest start
    restarting.push(restart)
    await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(restarting)
}

/** The nodes kill and pause may choose: every node not listed in `extra.faultSpare`. */
export function eligible(world: NemesisWorld): string[] {
  const spare = world.options.extra.faultSpare
  const spared = Array.isArray(spare) ? spare : []
  return world.nodeIds.filter((id) => !spared.includes(id))
}

/** node → the fault holding it, per run (keyed by the run's NodeControl map). */
const heldByRun = new WeakMap<object, Map<string, string>>()

function held(world: NemesisWorld): Map<string, string> {
  let nodes = heldByRun.get(world.nodes)
  if (nodes === undefined) {
    nodes = new Map()
    heldByRun.set(world.nodes, nodes)
  }
  return nodes
}

/** Take the free nodes among `chosen` for `fault`. */
export function take(world: NemesisWorld, chosen: string[], fault: string): string[] {
  const nodes = held(world)
  const free = chosen.filter((id) => !nodes.has(id))
  free.forEach((id) => nodes.set(id, fault))
  return free
}

export function release(world: NemesisWorld, released: readonly string[]): void {
  const nodes = held(world)
  released.forEach((id) => nodes.delete(id))
}

function sentence(nodes: readonly string[], what: string, none: string): string {
  return nodes.length === 0 ? none : `${listNodes(nodes)} ${wasWere(nodes)} ${what}`
}

export const kill: NemesisPackage = {
  name: 'kill',
  doc: 'SIGKILL one or more nodes, restart them after a pause with the same data directory and a fresh init',
  start(world: NemesisWorld, random: Random) {
    let victims: string[] = []
    return alternate(world, random, {
      start: async () => {
        const spec = random.pick(
          targetSpecs(world, 'killTargets', ['one', 'minority', 'majority', 'all']),
        )
        victims = take(world, pickTargets(spec, eligible(world), random), 'kill')
        const value = {
          kind: 'kill',
          targets: spec,
          nodes: victims,
          description: sentence(
            victims,
            'killed (SIGKILL): lost everything not in the data directory',
            'no node was killed: the nodes chosen were paused',
          ),
        }
        await recordFault(world, 'kill', value, async () => {
          for (const id of victims) {
            world.network.setDown(id, true)
          }
          await Promise.all(controls(world, victims).map((c) => c.kill()))
        })
      },
      stop: async () => {
        const nodes = victims
        const value = {
          kind: 'kill',
          nodes,
          description: sentence(
            nodes,
            'restarted with the same data directory and a fresh init',
            'no node to restart',
          ),
        }
        await recordFault(world, 'start', value, async () => {
          for (const id of nodes) {
            world.network.setDown(id, false)
          }
          await restartNodes(world, nodes)
        })
        release(world, nodes)
      },
    })
  },
}

/** `extra.pauseS` (mean pause length, s, × time scale) in ms; undefined when not given. */
function pauseMeanMs(world: NemesisWorld): number | undefined {
  const given = world.options.extra.pauseS
  return typeof given === 'number' && given >= 0
    ? given * 1000 * world.options.timeScale
    : undefined
}

export const pause: NemesisPackage = {
  name: 'pause',
  doc: 'SIGSTOP a node (a slow or frozen process), SIGCONT it later',
  start(world: NemesisWorld, random: Random) {
    let paused: string[] = []
    const steps = {
      start: async () => {
        const spec = random.pick(targetSpecs(world, 'pauseTargets', ['one', 'minority']))
        paused = take(world, pickTargets(spec, eligible(world), random), 'pause')
        const value = {
          kind: 'pause',
          targets: spec,
          nodes: paused,
          description: sentence(
            paused,
            'paused (SIGSTOP): received and sent nothing until resumed',
            'no node was paused: the nodes chosen were down',
          ),
        }
        await recordFault(world, 'pause', value, () => {
          for (const control of controls(world, paused)) {
            control.pause()
          }
        })
      },
      stop: async () => {
        const nodes = paused
        const value = {
          kind: 'pause',
          nodes,
          description: sentence(
            nodes,
            'resumed (SIGCONT) and read what had queued up',
            'no node to resume',
          ),
        }
        await recordFault(world, 'resume', value, () => {
          for (const control of controls(world, nodes)) {
            control.resume()
          }
        })
        release(world, nodes)
      },
    }
    return alternate(world, random, steps, pauseMeanMs(world))
  },
}

/** Main-phase fractions at which every node is killed at once. */
const FULL_RESTART_AT = [1 / 3, 2 / 3]
const FULL_RESTART_JITTER = 0.05
const FULL_RESTART_DOWN_S = 1
/**
 * A full restart starts at least this share of the main phase after the previous one ended,
 * and at least `extra.fullRestartGapS` seconds (default FULL_RESTART_GAP_S, not scaled: the
 * stage's resumption threshold is not scaled either), so the service's resumption can be
 * measured in between. A CI run on a loaded machine took 3.2 s to restart round 1 and round 2
 * began 16 ms after it. A round that no longer fits in the main phase is not run (at
 * --time-scale 0.25 the 7.5 s main phase holds one).
 */
const FULL_RESTART_MIN_GAP = 0.25
const FULL_RESTART_GAP_S = 5

function fullRestartGapMs(world: NemesisWorld, mainMs: number): number {
  const given = world.options.extra.fullRestartGapS
  const gapS = typeof given === 'number' && given >= 0 ? given : FULL_RESTART_GAP_S
  return Math.max(FULL_RESTART_MIN_GAP * mainMs, gapS * 1000)
}

function fullRestartDownMs(world: NemesisWorld): number {
  const given = world.options.extra.fullRestartDownS
  const downS = typeof given === 'number' && given >= 0 ? given : FULL_RESTART_DOWN_S
  return downS * 1000 * world.options.timeScale
}

/** Kill every free node at once; resolves to the nodes killed. */
async function killAll(world: NemesisWorld, round: number): Promise<string[]> {
  const victims = take(world, [...world.nodeIds], 'full-restart')
  const value = {
    kind: 'full-restart',
    round,
    nodes: victims,
    description: sentence(
      victims,
      `all killed at once (full restart ${round}): lost everything not in their data directories`,
      'no node was killed: every node was already down or paused',
    ),
  }
  await recordFault(world, 'start-full-restart', value, async () => {
    victims.forEach((id) => world.network.setDown(id, true))
    await Promise.all(controls(world, victims).map((c) => c.kill()))
  })
  return victims
}

async function restartAll(world: NemesisWorld, round: number, nodes: string[]): Promise<void> {
  const value = {
    kind: 'full-restart',
    round,
    nodes,
    description: sentence(
      nodes,
      `restarted together in the same data directories (full restart ${round})`,
      'no node to restart',
    ),
  }
  await recordFault(world, 'stop-full-restart', value, async () => {
    nodes.forEach((id) => world.network.setDown(id, false))
    await restartNodes(world, nodes)
  })
  release(world, nodes)
}

export const fullRestart: NemesisPackage = {
  name: 'full-restart',
  doc: 'twice per run, SIGKILL every node at once, then restart them all in the same data directories',
  start(world: NemesisWorld, random: Random): NemesisRun {
    const mainMs = world.options.timeLimitS * 1000 * world.options.timeScale
    const downMs = fullRestartDownMs(world)
    const timers: TimerHandle[] = []
    let busy: Promise<void> = Promise.resolve()
    let down: { round: number; nodes: string[] } | undefined
    let lastRestartMs: number | undefined
    let stopped = false
    let failure: unknown
    const guard = (work: () => Promise<void>) => {
      busy = busy.then(work).catch((error: unknown) => {
        failure ??= error
      })
    }
    const restart = async () => {
      if (down !== undefined) {
        const { round, nodes } = down
        down = undefined
        await restartAll(world, round, nodes)
        lastRestartMs = world.clock.now()
      }
    }
    const killRound = async (round: number): Promise<void> => {
      if (stopped) {
        return
      }
      const waitMs =
        lastRestartMs === undefined
          ? 0
          : lastRestartMs + fullRestartGapMs(world, mainMs) - world.clock.now()
      if (waitMs > 0) {
        // Too soon after the previous restart: try again once the gap has passed.
        timers.push(world.clock.setTimer(waitMs, () => guard(() => killRound(round))))
        return
      }
      down = { round, nodes: await killAll(world, round) }
      timers.push(world.clock.setTimer(Math.max(1, downMs), () => guard(restart)))
    }
    FULL_RESTART_AT.forEach((fraction, i) => {
      const jitter = (random.float() * 2 - 1) * FULL_RESTART_JITTER
      const atMs = Math.max(1, mainMs * (fraction + jitter))
      timers.push(world.clock.setTimer(atMs, () => guard(() => killRound(i + 1))))
    })
    return {
      async stop() {
        stopped = true
        timers.forEach((timer) => world.clock.clearTimer(timer))
        await busy
        await restart()
        if (failure !== undefined) {
          throw failure
        }
      },
    }
  },
}
