/**
 * The phases of a run (maelstrom-protocol.md §2): start nodes → `init` (10 s each; a failure
 * ends the run with one sentence) → workload setup → main phase (paced ops, nemesis running,
 * link faults from the options) → heal → recovery (the workload's probe, ~100 ms apart, until
 * the nodes agree, capped at 10 s × time scale) → final phase → every client closed, every
 * node stopped. Returns null, or the sentence saying why the test could not run.
 */
import type { Network, LinkFaults } from '../network/index.js'
import type { Clock, JournalEvent, TimerHandle } from '../network/index.js'
import type { Random } from '../network/index.js'
import type { BackendControl, NemesisRun } from '../nemesis/index.js'
import type { BackendPool } from '../services/index.js'
import { composeNemeses } from '../nemesis/index.js'
import { findNemesis } from '../nemesis/index.js'
import type { Body } from '../protocol/index.js'
import type { KeyHolds } from '../shared/index.js'
import type { GeneratorContext, WorkloadDefinition } from '../workloads/index.js'
import { RunClient, type ClientIds } from './client.js'
import type { Cluster } from './cluster.js'
import type { HealthMonitor } from './health.js'
import type { FindingLog } from './lint.js'
import type { HistoryRecorder } from './recorder.js'
import type { RunRequest } from './types.js'
import { Workers } from './workers.js'

export const RECOVERY_CAP_MS = 10_000
export const PROBE_INTERVAL_MS = 100
export const FINAL_PHASE_CAP_MS = 60_000

export interface PhaseWorld {
  request: RunRequest
  workload: WorkloadDefinition
  clock: Clock
  random: Random
  network: Network
  cluster: Cluster
  clientIds: ClientIds
  recorder: HistoryRecorder
  lint: FindingLog
  /** The workload's harness backends, if it declares any. */
  backends?: BackendPool
  health: HealthMonitor
  /** Every network event as the journal writes it (for `leader-chase`); "stop watching". */
  watchMessages?: (listener: (event: JournalEvent) => void) => () => void
  /**
   * The run's key holds, shared by the nemesis (which holds keys: the Figure 8 steer) and the
   * workload's generators (which send no write of a held key).
   */
  keyHolds?: KeyHolds
}

export async function runPhases(world: PhaseWorld): Promise<string | null> {
  const { cluster, request } = world
  const setupClients: RunClient[] = []
  const workers = makeWorkers(world)
  try {
    const notStarted = await cluster.startAll()
    if (notStarted !== null) {
      return notStarted
    }
    const failures = await Promise.all(request.options.nodeIds.map((id) => cluster.init(id)))
    const failure = failures.find((f) => f !== null)
    if (failure !== undefined && failure !== null) {
      return failure
    }
    await setup(world, setupClients)
    await mainAndFinal(world, workers)
    return null
  } finally {
    workers.closeAll()
    setupClients.forEach((client) => client.close())
    await cluster.stopAll()
  }
}

function generatorContext(world: PhaseWorld): GeneratorContext {
  const options = world.request.options
  return {
    random: world.random.fork('workload'),
    options,
    nodeIds: options.nodeIds,
    concurrency: options.concurrency,
    ...(world.keyHolds === undefined ? {} : { keyHolds: world.keyHolds }),
  }
}

function makeWorkers(world: PhaseWorld): Workers {
  const options = world.request.options
  return new Workers({
    workload: world.workload,
    context: generatorContext(world),
    network: world.network,
    clock: world.clock,
    clientIds: world.clientIds,
    recorder: world.recorder,
    lint: world.lint,
    resendOnTimeout:
      options.clientLossRatio > 0 ||
      options.clientDuplicateRatio > 0 ||
      options.nemesis.includes('client-loss') ||
      options.nemesis.includes('client-duplicate'),
    onUnmatched: (message) => world.cluster.unmatchedReply(message),
    onPacing: (latenessMs) => world.health.recordPacing(latenessMs),
  })
}

async function setup(world: PhaseWorld, clients: RunClient[]): Promise<void> {
  const { workload, request } = world
  if (workload.setup === undefined) {
    return
  }
  const byNode = new Map<string, RunClient>()
  for (const id of request.options.nodeIds) {
    const client = new RunClient(world.clientIds.take(), id, world.network, world.clock)
    byNode.set(id, client)
    clients.push(client)
  }
  await workload.setup({
    options: request.options,
    nodeIds: request.options.nodeIds,
    random: world.random.fork('setup'),
    call: (nodeId: string, body: Omit<Body, 'msg_id'>) =>
      (byNode.get(nodeId) as RunClient).call(body),
  })
}

async function mainAndFinal(world: PhaseWorld, workers: Workers): Promise<void> {
  const { request, workload, clock, logger } = { ...world, logger: world.request.logger }
  const options = request.options
  const scale = options.timeScale
  const progress = startProgress(world, workers, options.timeLimitS * scale)
  const stopFaults = startFaults(world)
  const stopController = startController(world)
  logger.info(
    `Main phase: ${options.timeLimitS * scale} s at ${options.rate} ops/s, concurrency ${options.concurrency}${options.nemesis.length > 0 ? `, faults: ${options.nemesis.join(', ')}` : ''}.`,
  )
  world.health.startMain()
  await workers.runMain(
    workload.generator(generatorContext(world)),
    options.timeLimitS * 1000 * scale,
    world.random.fork('pacing'),
  )
  world.health.endMain()
  await stopController()
  progress.phase = 'heal'
  await stopFaults()
  const final = workload.finalGenerator?.(generatorContext(world)) ?? null
  if (final !== null) {
    progress.phase = 'recovery'
    const waitedMs = await recover(world, RECOVERY_CAP_MS * scale)
    logger.info(
      `Recovery: the nodes ${waitedMs.converged ? 'agreed' : 'did not agree'} after ${(waitedMs.ms / 1000).toFixed(1)} s; final phase.`,
    )
    progress.phase = 'final'
    await workers.runFinal(final.generator, final.pacingMs, FINAL_PHASE_CAP_MS * scale)
  }
  world.health.endGraded()
  progress.stop()
  logger.info(`Done: ${workers.opsDone} operations in ${(clock.now() / 1000).toFixed(1)} s.`)
}

/**
 * Start the workload's controller, if it has one (shard-kv: the shard controller), with one
 * client per node; returns "stop": wakes its sleeps, waits for its work in progress, closes
 * its clients.
 */
function startController(world: PhaseWorld): () => Promise<void> {
  const { workload, request, clock, network } = world
  const options = request.options
  let stopped = false
  const sleeping = new Map<TimerHandle, () => void>()
  const byNode = new Map<string, RunClient>()
  const controls = world.cluster.controls()
  const run = workload.controller?.({
    options,
    nodeIds: options.nodeIds,
    random: world.random.fork('controller'),
    stopped: () => stopped,
    sleep: (delayMs) =>
      stopped
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const handle = clock.setTimer(Math.max(0, delayMs), () => {
              sleeping.delete(handle)
              resolve()
            })
            sleeping.set(handle, resolve)
          }),
    call: (nodeId, body) => {
      let client = byNode.get(nodeId)
      if (client === undefined) {
        client = new RunClient(world.clientIds.take(), nodeId, network, clock)
        byNode.set(nodeId, client)
      }
      return client.call(body)
    },
    record: (event) => world.recorder.nemesis(event),
    stopNode: async (nodeId) => controls.get(nodeId)?.kill(),
    startNode: async (nodeId) => controls.get(nodeId)?.restart(),
  })
  return async () => {
    stopped = true
    for (const [handle, resolve] of sleeping) {
      clock.clearTimer(handle)
      resolve()
    }
    sleeping.clear()
    if (run !== undefined && run !== null) {
      await run.done
    }
    byNode.forEach((client) => client.close())
  }
}

/** Start the nemesis packages and the option-driven link faults; returns "heal". */
function startFaults(world: PhaseWorld): () => Promise<void> {
  const { request, network, clock, recorder, cluster } = world
  const options = request.options
  const runs: NemesisRun[] = []
  const nodes = cluster.controls()
  // One composed package, so partitions of several packages are layered (not overwritten)
  // and every fault is undone by one stop().
  const names = options.nemesis.filter((name) => findNemesis(name) !== undefined)
  if (names.length > 0) {
    runs.push(
      composeNemeses(names).start(
        {
          options,
          nodeIds: options.nodeIds,
          clock,
          network,
          nodes,
          ...(world.backends === undefined ? {} : { backends: backendControl(world.backends) }),
          record: (event) => recorder.nemesis(event),
          ...(world.watchMessages === undefined ? {} : { watchMessages: world.watchMessages }),
          ...(world.keyHolds === undefined ? {} : { keyHolds: world.keyHolds }),
        },
        world.random.fork('nemesis'),
      ),
    )
  }
  const linkFaults = optionLinkFaults(options, (name) => findNemesis(name) !== undefined)
  const kinds = Object.keys(linkFaults)
  if (kinds.length > 0) {
    network.setLinkFaults(linkFaults)
    recorder.nemesis({
      type: 'invoke',
      f: 'start-link-faults',
      value: { kind: 'link-faults', ...linkFaults },
    })
    recorder.nemesis({
      type: 'info',
      f: 'start-link-faults',
      value: { kind: 'link-faults', ...linkFaults, description: describeLinkFaults(linkFaults) },
    })
  }
  return async () => {
    const stopped = await Promise.allSettled(runs.map((run) => run.stop()))
    for (const result of stopped) {
      if (result.status === 'rejected') {
        const reason: unknown = result.reason
        request.logger.warn(
          `A fault could not be undone cleanly: ${reason instanceof Error ? reason.message : String(reason)}`,
        )
      }
    }
    network.heal()
    if (kinds.length > 0) {
      const cleared = Object.fromEntries(kinds.map((k) => [k, 0]))
      network.setLinkFaults(cleared)
      recorder.nemesis({ type: 'invoke', f: 'stop-link-faults', value: { kind: 'link-faults' } })
      recorder.nemesis({
        type: 'info',
        f: 'stop-link-faults',
        value: { kind: 'link-faults', description: 'link faults healed' },
      })
    }
  }
}

function backendControl(pool: BackendPool): BackendControl {
  return {
    ids: pool.ids,
    isDown: (id) => pool.isDown(id),
    crash: (id) => pool.crash(id),
    recover: (id) => pool.recover(id),
  }
}

const LINK_FAULT_NEMESIS: Record<keyof LinkFaults, string> = {
  lossRatio: 'loss',
  duplicateRatio: 'duplicate',
  reorderRatio: 'reorder',
  clientLossRatio: 'client-loss',
  clientDuplicateRatio: 'client-duplicate',
}

/** Ratios from the options that no registered nemesis package applies itself. */
export function optionLinkFaults(
  options: RunRequest['options'],
  packaged: (name: string) => boolean,
): Partial<LinkFaults> {
  const faults: Partial<LinkFaults> = {}
  for (const [field, name] of Object.entries(LINK_FAULT_NEMESIS) as [keyof LinkFaults, string][]) {
    const ratio = options[field]
    if (ratio > 0 && !(options.nemesis.includes(name) && packaged(name))) {
      faults[field] = ratio
    }
  }
  return faults
}

function describeLinkFaults(faults: Partial<LinkFaults>): string {
  return Object.entries(faults)
    .map(([field, ratio]) => `${LINK_FAULT_NEMESIS[field as keyof LinkFaults]} ${ratio}`)
    .join(', ')
}

/** Probe the live nodes until the workload says they agree, or the cap. */
async function recover(
  world: PhaseWorld,
  capMs: number,
): Promise<{ ms: number; converged: boolean }> {
  const { clock, workload, cluster, network } = world
  const startMs = clock.now()
  const probe =
    typeof workload.recoveryProbe === 'function'
      ? workload.recoveryProbe(world.request.options)
      : workload.recoveryProbe
  if (probe === undefined) {
    await clock.sleep(capMs)
    return { ms: capMs, converged: false }
  }
  const crashed = new Set(cluster.crashes.map((c) => c.node))
  const live = world.request.options.nodeIds.filter((id) => !crashed.has(id))
  const clients = live.map((id) => new RunClient(`cprobe-${id}`, id, network, clock))
  const settleMs = probe.settleMs ?? 0
  // The agreed answer and since when it has held (settleMs > 0).
  let agreed: { answer: string; sinceMs: number } | undefined
  try {
    while (clock.now() - startMs < capMs) {
      const timeoutMs = Math.max(1, Math.min(1000, capMs - (clock.now() - startMs)))
      const replies = await Promise.all(
        clients.map((client) => client.call(probe.body, { timeoutMs })),
      )
      const bodies = replies.flatMap((reply) => (reply.kind === 'ok' ? [reply.body] : []))
      if (bodies.length === clients.length && probe.converged(bodies)) {
        const answer = JSON.stringify(
          bodies.map((body) => ({ ...body, in_reply_to: undefined, msg_id: undefined })),
        )
        if (agreed?.answer !== answer) {
          agreed = { answer, sinceMs: clock.now() }
        }
        if (clock.now() - agreed.sinceMs >= settleMs) {
          return { ms: clock.now() - startMs, converged: true }
        }
      } else {
        agreed = undefined
      }
      const left = capMs - (clock.now() - startMs)
      if (left > 0) {
        await clock.sleep(Math.min(PROBE_INTERVAL_MS, left))
      }
    }
    return { ms: clock.now() - startMs, converged: false }
  } finally {
    clients.forEach((client) => client.close())
  }
}

interface Progress {
  phase: string
  stop(): void
}

function startProgress(world: PhaseWorld, workers: Workers, totalS: number): Progress {
  const { clock, request } = world
  const report = request.logger.progress
  const state: Progress = { phase: 'main', stop: () => {} }
  if (report === undefined) {
    return state
  }
  // The main phase's time counts from its own start (init and setup came before it) and
  // never passes its total; the later phases report their own elapsed time.
  const mainStartS = clock.now() / 1000
  let timer = clock.setTimer(1000, tick)
  function tick(): void {
    const elapsedS = clock.now() / 1000 - mainStartS
    report?.({
      phase: state.phase,
      elapsedS: state.phase === 'main' ? Math.min(elapsedS, totalS) : elapsedS - totalS,
      totalS,
      opsDone: workers.opsDone,
    })
    timer = clock.setTimer(1000, tick)
  }
  state.stop = () => clock.clearTimer(timer)
  return state
}
