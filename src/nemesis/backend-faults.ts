/**
 * Faults of the harness backends (issue 16; tracks 9–11): `backend-crash` and `backend-loss`.
 *
 * - `backend-crash`: one backend at a time crashes (stops answering; the work it was doing is
 *   lost without a reply) and comes back later with an empty queue. The first crash comes
 *   U[0.5, 1.5) × interval after the start, each crash lasts 2 s + U[0, 1) × interval, and
 *   the next one follows U[0.5, 1.5) × interval after the return. The 2 s floor does not
 *   shrink with the time scale: a stage's "no traffic 1 s after a death" criterion needs a
 *   death longer than a second to mean anything. Never more than one backend down.
 *   Recorded as `start-backend-crash` / `stop-backend-crash` naming the backend.
 * - `backend-loss`: every message to or from a backend is dropped with probability
 *   `extra.backendLossRatio` (default 0.1) for the whole main phase (the network's endpoint
 *   loss, journaled as `loss` drops). Recorded as `start-backend-loss` / `stop-backend-loss`.
 *
 * Every delay and choice comes from the package's seeded stream. Without backends (a
 * workload that declares none) both packages record nothing and do nothing.
 */
import type { Random, TimerHandle } from '../network/index.js'
import type { NemesisPackage, NemesisWorld } from './contract.js'
import { DEFAULT_FAULT_RATIO } from './link-faults.js'
import { intervalMs, recordFault } from './schedule.js'

/** A crashed backend stays down at least this long (not scaled: see the header). */
export const BACKEND_DOWN_MS_MIN = 2000

export const backendCrash: NemesisPackage = {
  name: 'backend-crash',
  doc: 'crash one harness backend at a time (work in progress lost, no replies) and bring it back after 2 s or more',
  start(world: NemesisWorld, random: Random) {
    const backends = world.backends
    let stopped = false
    let timer: TimerHandle | undefined
    let victim: string | undefined
    let busy: Promise<void> = Promise.resolve()
    const meanMs = intervalMs(world)
    const schedule = (delayMs: number, step: () => Promise<void>): void => {
      timer = world.clock.setTimer(Math.max(1, delayMs), () => {
        timer = undefined
        if (!stopped) {
          busy = step()
        }
      })
    }
    const recover = async (): Promise<void> => {
      const id = victim
      if (backends === undefined || id === undefined) {
        return
      }
      victim = undefined
      const value = {
        kind: 'backend-crash',
        nodes: [id],
        description: `${id} came back (empty queue)`,
      }
      await recordFault(world, 'stop-backend-crash', value, () => backends.recover(id))
    }
    const crash = async (): Promise<void> => {
      if (backends === undefined || backends.ids.length === 0) {
        return
      }
      const id = random.pick(backends.ids)
      victim = id
      const value = {
        kind: 'backend-crash',
        nodes: [id],
        description: `${id} crashed: it answered nothing and lost the work in progress`,
      }
      await recordFault(world, 'start-backend-crash', value, () => backends.crash(id))
      schedule(BACKEND_DOWN_MS_MIN + random.float() * meanMs, async () => {
        await recover()
        schedule((0.5 + random.float()) * meanMs, crash)
      })
    }
    schedule((0.5 + random.float()) * meanMs, crash)
    return {
      async stop() {
        stopped = true
        if (timer !== undefined) {
          world.clock.clearTimer(timer)
        }
        await busy
        await recover()
      },
    }
  },
}

export const backendLoss: NemesisPackage = {
  name: 'backend-loss',
  doc: 'drop messages to and from the harness backends with probability extra.backendLossRatio (default 0.1)',
  start(world: NemesisWorld) {
    const backends = world.backends
    const given = world.options.extra.backendLossRatio
    const ratio = typeof given === 'number' && given > 0 && given <= 1 ? given : DEFAULT_FAULT_RATIO
    if (backends === undefined) {
      return { stop: () => Promise.resolve() }
    }
    const nodes = [...backends.ids]
    const percent = `${Math.round(ratio * 1000) / 10}%`
    const started = recordFault(
      world,
      'start-backend-loss',
      {
        kind: 'backend-loss',
        nodes,
        ratio,
        description: `${percent} of messages to and from the backends were dropped at random`,
      },
      () => nodes.forEach((id) => world.network.setEndpointLoss?.(id, ratio)),
    )
    return {
      async stop() {
        await started
        const value = { kind: 'backend-loss', nodes, ratio: 0, description: 'backend links healed' }
        await recordFault(world, 'stop-backend-loss', value, () =>
          nodes.forEach((id) => world.network.setEndpointLoss?.(id, 0)),
        )
      },
    }
  },
}
