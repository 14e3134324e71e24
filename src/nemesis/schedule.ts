/**
 * The machinery every fault package shares: the alternating schedule (Maelstrom's partition
 * nemesis: start, then stop, each after a uniform random delay in [0, 2×interval)), the
 * recording of each fault as a nemesis invoke + info pair, and plain-English lists of nodes.
 *
 * The interval is `nemesisIntervalS × timeScale` (timeScale shortens the project's own
 * tests; thresholds never change). Every delay is drawn from the Random given to the package,
 * so the same seed replays the same schedule. The schedule runs on `world.clock`: virtual in
 * the simulation mode and in tests, real otherwise.
 */
import type { TimerHandle } from '../network/index.js'
import type { Random } from '../network/index.js'
import type { NemesisRun, NemesisWorld } from './contract.js'

/** What a package records in `value` of its nemesis operations. */
export interface FaultValue {
  kind: string
  nodes: string[]
  description: string
  grudge?: Record<string, string[]>
  [extra: string]: unknown
}

/** One start/stop pair of a package: each resolves once the fault is applied or undone. */
export interface FaultSteps {
  start(): Promise<void>
  stop(): Promise<void>
}

const STEP_MS_MIN = 1

export function intervalMs(world: NemesisWorld): number {
  return world.options.nemesisIntervalS * 1000 * world.options.timeScale
}

/** Record an invoke, perform the action, record the info completion. */
export async function recordFault(
  world: NemesisWorld,
  f: string,
  value: FaultValue,
  action: () => void | Promise<void>,
): Promise<void> {
  world.record({ type: 'invoke', f, value })
  await action()
  world.record({ type: 'info', f, value })
}

/**
 * Alternate `start` and `stop`, each after uniform [0, 2×interval) — the `stop` after uniform
 * [0, 2×activeMeanMs) instead when that is given (a package's own fault length, e.g. pause's
 * `extra.pauseS`). `stop()` on the returned run cancels the schedule, waits for a step in
 * progress, and undoes an active fault. The first error a step raised is rethrown by `stop()`
 * after the fault has been undone.
 */
export function alternate(
  world: NemesisWorld,
  random: Random,
  steps: FaultSteps,
  activeMeanMs?: number,
): NemesisRun {
  const gapMeanMs = intervalMs(world)
  let active = false
  let stopped = false
  let timer: TimerHandle | undefined
  let busy: Promise<void> = Promise.resolve()
  let failure: unknown

  const step = async (): Promise<void> => {
    try {
      if (active) {
        active = false
        await steps.stop()
      } else {
        active = true
        await steps.start()
      }
    } catch (error) {
      failure ??= error
    }
  }
  const scheduleNext = (): void => {
    if (stopped) {
      return
    }
    // At least a millisecond apart, so a zero interval cannot spin the virtual clock.
    const meanMs = active ? (activeMeanMs ?? gapMeanMs) : gapMeanMs
    const delayMs = Math.max(STEP_MS_MIN, random.float() * 2 * meanMs)
    timer = world.clock.setTimer(delayMs, () => {
      timer = undefined
      if (!stopped) {
        busy = step().then(scheduleNext)
      }
    })
  }
  scheduleNext()
  return {
    async stop() {
      stopped = true
      if (timer !== undefined) {
        world.clock.clearTimer(timer)
        timer = undefined
      }
      await busy
      if (active) {
        await step()
      }
      if (failure !== undefined) {
        throw failure
      }
    },
  }
}

/** "n1", "n1 and n2", "n1, n2 and n3". */
export function listNodes(nodes: readonly string[]): string {
  if (nodes.length <= 1) {
    return nodes[0] ?? 'no node'
  }
  return `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]}`
}

export function wasWere(nodes: readonly string[]): string {
  return nodes.length === 1 ? 'was' : 'were'
}

/** Sort node ids the way people read them: n2 before n10. */
export function sortNodes(nodes: Iterable<string>): string[] {
  return [...nodes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** How many nodes a target spec names, of `count` (Jepsen's node specs). */
export type TargetSpec = 'one' | 'minority' | 'majority' | 'all'

export function pickTargets(
  spec: TargetSpec,
  nodeIds: readonly string[],
  random: Random,
): string[] {
  const count = nodeIds.length
  const size = {
    one: 1,
    minority: Math.max(1, Math.floor((count - 1) / 2)),
    majority: Math.floor(count / 2) + 1,
    all: count,
  }[spec]
  return sortNodes(random.shuffle(nodeIds).slice(0, Math.min(size, count)))
}

/** Target specs from `options.extra[key]` when given as a list of known specs. */
export function targetSpecs(
  world: NemesisWorld,
  key: string,
  fallback: TargetSpec[],
): TargetSpec[] {
  const known: TargetSpec[] = ['one', 'minority', 'majority', 'all']
  const given = world.options.extra[key]
  if (Array.isArray(given)) {
    const specs = given.filter((s): s is TargetSpec => known.includes(s as TargetSpec))
    if (specs.length > 0) {
      return specs
    }
  }
  return fallback
}
