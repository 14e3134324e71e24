/**
 * Connectivity epochs (the election checker's, and since stop 22 lin-kv's seconds with
 * service: workloads/lin-kv.ts): the stretches of a run in which the fault
 * state is constant, and in each the *clean majority* — the up nodes (neither killed nor
 * paused) that all reach each other in both directions and are cut off, in both directions,
 * from every other up node — when it has more than half of the cluster.
 *
 * Read from the nemesis operations of the history (our values: `start-partition` carries its
 * `grudge`, dest → dropped sources; `kill` / `start` / `pause` / `resume` carry `nodes`). A
 * fault's operation is an interval (invoke … info): the epoch before it ends at the invoke and
 * the next begins at the completion, so an epoch never includes a moment whose state is in
 * doubt. A fault this module does not understand (loss, reorder, …) makes the epochs it spans
 * unassessable rather than guessed. A non-transitive partition (majorities-ring) has no clean
 * majority: Raft makes no liveness promise there, so the checker does not judge it.
 */
import type { Op } from './types.js'

export interface Epoch {
  startNs: number
  endNs: number
  /** The clean majority, sorted; absent when there is none (or the state is unknown). */
  majority?: string[]
  /** Nodes down (killed or paused) during the epoch. */
  down: string[]
  /** What made the epoch begin, for messages ("the network healed…"). */
  cause: string
}

export interface FaultState {
  grudge: Map<string, Set<string>>
  down: Set<string>
  /** Active faults this module does not model. */
  unknown: number
}

const OPENERS = new Set(['kill', 'pause'])
const CLOSERS = new Set(['start', 'resume'])

function nodesOf(op: Op): string[] {
  const value = op.value as { nodes?: unknown } | undefined
  return Array.isArray(value?.nodes) ? value.nodes.filter((n) => typeof n === 'string') : []
}

function describe(op: Op): string {
  const value = op.value as { description?: unknown } | undefined
  return typeof value?.description === 'string' ? value.description : op.f
}

function apply(state: FaultState, op: Op): void {
  const f = op.f
  if (f === 'start-partition') {
    const grudge = (op.value as { grudge?: Record<string, unknown> } | undefined)?.grudge
    state.grudge = new Map()
    for (const [dest, sources] of Object.entries(grudge ?? {})) {
      state.grudge.set(dest, new Set(Array.isArray(sources) ? (sources as string[]) : []))
    }
  } else if (f === 'stop-partition') {
    state.grudge = new Map()
  } else if (OPENERS.has(f)) {
    nodesOf(op).forEach((n) => state.down.add(n))
  } else if (CLOSERS.has(f)) {
    nodesOf(op).forEach((n) => state.down.delete(n))
  } else if (f.startsWith('start-')) {
    state.unknown++
  } else if (f.startsWith('stop-')) {
    state.unknown = Math.max(0, state.unknown - 1)
  }
}

function hears(state: FaultState, dest: string, source: string): boolean {
  return !(state.grudge.get(dest)?.has(source) ?? false)
}

/** The clean majority of `state`, or undefined. */
export function cleanMajority(state: FaultState, nodeIds: readonly string[]): string[] | undefined {
  if (state.unknown > 0) {
    return undefined
  }
  const up = nodeIds.filter((n) => !state.down.has(n))
  const linked = (a: string, b: string): boolean => hears(state, a, b) && hears(state, b, a)
  for (const seed of up) {
    const group = up.filter((n) => n === seed || linked(seed, n))
    if (group.length * 2 <= nodeIds.length) {
      continue
    }
    const clique = group.every((a) => group.every((b) => a === b || linked(a, b)))
    const isolated = group.every((a) =>
      up.every((x) => group.includes(x) || (!hears(state, a, x) && !hears(state, x, a))),
    )
    if (clique && isolated) {
      return [...group].sort()
    }
  }
  return undefined
}

/**
 * Epochs from `startNs` (the first client invocation) to `endNs` (the history's end). The
 * first epoch's cause is "the test started".
 */
export function connectivityEpochs(
  history: readonly Op[],
  nodeIds: readonly string[],
  startNs: number,
  endNs: number,
): Epoch[] {
  const state: FaultState = { grudge: new Map(), down: new Set(), unknown: 0 }
  const epochs: Epoch[] = []
  let openStart: number | undefined = startNs
  let cause = 'the test started'
  const close = (atNs: number): void => {
    if (openStart !== undefined && atNs > openStart) {
      const majority = cleanMajority(state, nodeIds)
      epochs.push({
        startNs: openStart,
        endNs: atNs,
        ...(majority === undefined ? {} : { majority }),
        down: [...state.down].sort(),
        cause,
      })
    }
    openStart = undefined
  }
  let pending = 0
  for (const op of history) {
    if (op.process !== 'nemesis') {
      continue
    }
    if (op.type === 'invoke') {
      close(Math.max(op.time, startNs))
      pending++
      continue
    }
    apply(state, op)
    pending = Math.max(0, pending - 1)
    if (pending === 0) {
      openStart = Math.max(op.time, startNs)
      cause = describe(op)
    }
  }
  close(endNs)
  return epochs
}
