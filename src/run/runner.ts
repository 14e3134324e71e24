/**
 * One test run, start to finish (style.md §3.2): run dir, network, nodes, `init`, setup,
 * main phase with the nemesis, heal → recovery (until the workload's probe says the nodes
 * agree, capped at 10 s) → final phase, then every node stopped, the checks, results.json,
 * history.jsonl, journal.jsonl, node logs and report.html.
 *
 * Every wait goes through the injected Clock and every random choice through a Random forked
 * from the seed, so with in-process nodes on the VirtualClock a run replays bit for bit and
 * a 60 s test takes a fraction of a second.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RealClock, VirtualClock, type Clock } from '../network/index.js'
import type { Network } from '../network/index.js'
import { Random } from '../network/index.js'
import { Simulator } from '../network/index.js'
import {
  BackendPool,
  ComputeService,
  ServiceBan,
  createServices,
  isServiceName,
  SERVICE_NAMES,
} from '../services/index.js'
import { buildNodeEnvironment, SimTime, type SimFallbackCause } from '../process/index.js'
import { startNodeProcess } from '../process/index.js'
import { startSimNode } from '../sim/index.js'
import { renderReportHtml } from '../report/index.js'
import { faultWindows } from '../history/index.js'
import { runResultsSchema, type RunResults } from '../results/index.js'
import { KeyHolds, RunError, UsageError } from '../shared/index.js'
import type { JournalTap, WorkloadDefinition } from '../workloads/index.js'
import { findWorkload } from '../workloads/index.js'
import { ClientIds } from './client.js'
import { Cluster, type NodeStarter } from './cluster.js'
import { REPORT_JOURNAL_EVENTS, RunJournal } from './journal.js'
import { HealthMonitor, type HarnessHealth } from './health.js'
import { ReplyChecker } from './replies.js'
import { FindingLog } from './lint.js'
import { runPhases, type PhaseWorld } from './phases.js'
import { HistoryRecorder } from './recorder.js'
import { replayCommand } from './replay.js'
import { buildResults, checkWorkload, historyFigures } from './results.js'
import { linkLatest, makeRunDir, writeHistory } from './store.js'
import type { RunOutcome, RunRequest } from './types.js'
import { yieldTurn } from './yield.js'
import { releaseHistory, renderOffThread, shareHistory } from './check-pool.js'

export const PROBE_PREFIX = 'cprobe-'

/** The clusters of runs in progress, so an interrupted dsgrade can stop their nodes. */
const activeClusters = new Set<Cluster>()

/** Stop the nodes of every run in progress (Ctrl-C, SIGTERM): no process is left behind. */
export async function stopActiveRuns(): Promise<void> {
  await Promise.allSettled([...activeClusters].map((cluster) => cluster.stopAll()))
}

function resolveWorkload(request: RunRequest): WorkloadDefinition {
  const workload = findWorkload(request.options.workload)
  if (workload === undefined) {
    throw new UsageError(`Unknown workload ${JSON.stringify(request.options.workload)}.`)
  }
  const problem = workload.validateOptions?.(request.options) ?? null
  if (problem !== null) {
    throw new UsageError(problem)
  }
  if (request.clock === 'virtual' && request.nodes?.kind !== 'in-process') {
    throw new UsageError(
      'The virtual clock needs in-process nodes: real processes run in real time.',
    )
  }
  return workload
}

function nodeStarter(
  request: RunRequest,
  runDir: string,
  clock: Clock,
  network: Network,
  sim: SimTime | undefined,
): NodeStarter {
  const nodes = request.nodes ?? { kind: 'process' }
  if (nodes.kind === 'in-process') {
    return (nodeId, callbacks) =>
      startSimNode({ nodeId, factory: nodes.factory, network, clock, callbacks })
  }
  const [file, ...args] = request.options.command
  const command = { file: file ?? '', args, display: request.options.command.join(' ') }
  return (id, callbacks) => {
    const dirs = {
      homeDir: join(runDir, 'home', id),
      tmpDir: join(runDir, 'tmp', id),
      dataDir: join(runDir, 'data', id),
    }
    Object.values(dirs).forEach((dir) => mkdirSync(dir, { recursive: true }))
    const env = buildNodeEnvironment({
      ...dirs,
      base: request.env ?? missingEnvironment(),
      nodeId: id,
      seed: request.options.seed,
      sim: sim !== undefined,
    })
    return startNodeProcess({
      ...(sim === undefined ? {} : { simTime: sim.port(id) }),
      nodeId: id,
      command,
      cwd: request.options.cwd,
      env,
      logFile: join(runDir, 'node-logs', `${id}.log`),
      callbacks,
      clock,
    })
  }
}

/** A run of process nodes without `env` is a programming error at the edge that called it. */
function missingEnvironment(): never {
  throw new Error('RunRequest.env is required for process nodes (the edge passes process.env)')
}

/** The simulated network with its journal and the built-in services. */
function makeNetwork(
  request: RunRequest,
  runDir: string,
  clock: Clock,
  random: Random,
  lint: FindingLog,
  replies: ReplyChecker | undefined,
  tap: JournalTap | undefined,
): { journal: RunJournal; network: Simulator; ban: ServiceBan } {
  const options = request.options
  const journal = new RunJournal(
    runDir,
    (id) => id.startsWith(PROBE_PREFIX),
    { send: options.logNetSend, recv: options.logNetRecv, logger: request.logger },
    replies,
  )
  const forbidden = options.forbidServices ?? []
  const ban = new ServiceBan(forbidden, isServiceName)
  const network = new Simulator({
    latencyMs: options.latencyMs,
    latencyDist: options.latencyDist,
    random: random.fork('net'),
    clock,
    journal:
      ban.active || tap !== undefined
        ? {
            write: (event) => {
              journal.write(event)
              ban.observe(event)
              tap?.observe(event)
            },
            close: () => journal.close(),
          }
        : journal,
  })
  createServices(SERVICE_NAMES, {
    network,
    random,
    clock,
    onFinding: (f) => lint.add(f),
    forbidden,
  })
  return { journal, network, ban }
}

/** The workload's harness backends (issue 16), registered on the network; none if it has none. */
function makeBackends(
  workload: WorkloadDefinition,
  request: RunRequest,
  network: Network,
  clock: Clock,
  random: Random,
): BackendPool | undefined {
  const spec = workload.backends?.(request.options, random.fork('backends'))
  return spec === undefined ? undefined : new BackendPool(spec, network, clock, random)
}

/** The workload's `compute` service (track 15), registered on the network; none if it has none. */
function makeCompute(
  workload: WorkloadDefinition,
  request: RunRequest,
  network: Network,
  clock: Clock,
  random: Random,
): ComputeService | undefined {
  const spec = workload.compute?.(request.options)
  if (spec === undefined) {
    return undefined
  }
  const service = new ComputeService(network, clock, random, spec)
  network.register(service, 'service')
  return service
}

/** `compute.jsonl`: the compute service's call log, one call per line. */
function writeComputeLog(runDir: string, compute: ComputeService): void {
  const lines = compute.calls.map((call) => JSON.stringify(call))
  writeFileSync(join(runDir, 'compute.jsonl'), lines.join('\n') + (lines.length > 0 ? '\n' : ''))
}

/** `executions.jsonl`: the backends' execution log, one request per line. */
function writeExecutions(runDir: string, backends: BackendPool): void {
  const log = backends.result()
  const lines = log.executions.map((e) => JSON.stringify(e))
  writeFileSync(join(runDir, 'executions.jsonl'), lines.join('\n') + (lines.length > 0 ? '\n' : ''))
}

/** Drive the virtual clock until `work` settles (a stuck run is our bug). */
async function driveVirtual<T>(clock: VirtualClock, work: Promise<T>): Promise<T> {
  let finished = false
  const tracked = work.finally(() => (finished = true))
  let idleRounds = 0
  while (!finished) {
    await clock.runWhile(() => !finished)
    if (!finished) {
      await new Promise((resolve) => setImmediate(resolve))
      idleRounds = clock.pendingCount === 0 ? idleRounds + 1 : 0
      if (idleRounds > 1000) {
        throw new Error('virtual-clock run is stuck: nothing left to wait for')
      }
    }
  }
  return tracked
}

/** The result of driveSim when a node did not take part (sim.fallback says why). */
const FELL_BACK = Symbol('fell back to real time')

/**
 * Drive the virtual clock for real processes in simulated time: like driveVirtual, but waiting
 * on the SimTime gate (nodes busy, processes starting or stopping) instead of counting idle
 * rounds, and stopping as soon as a node does not take part.
 */
async function driveSim<T>(
  clock: VirtualClock,
  sim: SimTime,
  work: Promise<T>,
): Promise<T | typeof FELL_BACK> {
  let finished = false
  const tracked = work.finally(() => (finished = true))
  const going = (): boolean => !finished && sim.fallback === undefined
  let idleRounds = 0
  while (going()) {
    await clock.runWhile(going)
    if (!going()) {
      break
    }
    const wait = sim.quiet()
    if (wait !== undefined) {
      await wait
      idleRounds = 0
      continue
    }
    await new Promise((resolve) => setImmediate(resolve))
    idleRounds = clock.pendingCount === 0 ? idleRounds + 1 : 0
    if (idleRounds > 1000) {
      throw new Error('simulated-time run is stuck: nothing left to wait for')
    }
  }
  return sim.fallback === undefined ? tracked : FELL_BACK
}

/** `harness.sim` of results.json: whether simulated time was asked for and used. */
function simHarness(request: RunRequest, sim: SimTime | undefined): Record<string, unknown> {
  if (request.simFallback !== undefined) {
    return { sim: { requested: true, used: false, fallback: request.simFallback } }
  }
  return sim === undefined
    ? {}
    : {
        sim: {
          requested: true,
          used: true,
          inputs: sim.inputCount,
          batches: sim.batchCount,
          rounds: sim.roundCount,
        },
      }
}

/**
 * Thrown by a `simStrict` run (`dsgrade explore`) when a node does not take part in simulated
 * time: the attempt was stopped at once and nothing of it is kept; there is no real-time rerun.
 * `cause` names the node and what it did; the message is the plain-run fallback sentence.
 */
export class SimNotTakingPartError extends RunError {
  constructor(
    readonly simCause: SimFallbackCause,
    sentence: string,
  ) {
    super(sentence, simCause.node)
  }
}

/**
 * A node did not take part in simulated time: stop everything of the attempt, remove its run
 * directory, say why in one sentence, and run the same test again in real time (or, for a
 * `simStrict` run, throw SimNotTakingPartError instead of the rerun).
 */
async function fallBackToRealTime(
  request: RunRequest,
  sentence: string,
  cause: SimFallbackCause | undefined,
  attempt: { cluster: Cluster; network: Network; journal: RunJournal; runDir: string },
): Promise<RunOutcome> {
  if (request.simStrict !== true) {
    request.logger.warn(sentence)
  }
  await attempt.cluster.stopAll()
  activeClusters.delete(attempt.cluster)
  attempt.network.close()
  attempt.journal.close()
  rmSync(attempt.runDir, { recursive: true, force: true })
  if (request.simStrict === true) {
    throw new SimNotTakingPartError(cause ?? { node: '?', did: sentence }, sentence)
  }
  return runOnce({ ...request, options: { ...request.options, sim: false }, simFallback: sentence })
}

export async function runOnce(request: RunRequest): Promise<RunOutcome> {
  const options = request.options
  const workload = resolveWorkload(request)
  const simulate = options.sim === true && request.nodes?.kind !== 'in-process'
  let sim: SimTime | undefined
  const clock: Clock = simulate
    ? new VirtualClock({ gate: () => sim?.quiet() })
    : request.clock === 'virtual'
      ? new VirtualClock(request.clockLagMs === undefined ? {} : { lagMs: request.clockLagMs })
      : new RealClock()
  if (simulate) {
    sim = new SimTime({
      clock,
      ...(request.simIdleBudgetMs === undefined ? {} : { idleBudgetMs: request.simIdleBudgetMs }),
    })
  }
  const runDir = makeRunDir(request.storeDir, workload.name, new Date())
  const random = new Random(options.seed)
  const lint = new FindingLog()
  const tap = workload.createJournalTap?.({ options, nodeIds: options.nodeIds })
  const replies =
    request.validateReply === undefined ? undefined : new ReplyChecker(request.validateReply)
  const { journal, network, ban } = makeNetwork(request, runDir, clock, random, lint, replies, tap)
  const backends = makeBackends(workload, request, network, clock, random)
  const compute = makeCompute(workload, request, network, clock, random)
  const clientIds = new ClientIds()
  const recorder = new HistoryRecorder(clock)
  const cluster = new Cluster({
    nodeIds: options.nodeIds,
    network,
    clock,
    clientIds,
    lint,
    logger: request.logger,
    logStderr: options.logStderr,
    start: nodeStarter(request, runDir, clock, network, sim),
  })
  const health = new HealthMonitor({
    clock,
    takeDeliveryMaxMs: () => network.takeLatenessMaxMs(),
    deliveryLateness: () => latenessFigures(network),
    gradedDeliveryLateness: () => latenessFigures(network, 'window'),
    startDeliveryWindow: () => network.startLatenessWindow(),
    nodePids: () => nodePids(cluster),
  })
  const world: PhaseWorld = {
    request,
    workload,
    clock,
    random,
    network,
    cluster,
    clientIds,
    recorder,
    lint,
    ...(backends === undefined ? {} : { backends }),
    health,
    watchMessages: (listener) => journal.watch(listener),
    keyHolds: new KeyHolds(),
  }
  request.logger.info(
    `Running ${workload.name} on ${options.nodeIds.length} nodes, seed ${options.seed}; run directory ${runDir}`,
  )
  activeClusters.add(cluster)
  const phases = runPhases(world).finally(() => activeClusters.delete(cluster))
  const driven =
    sim !== undefined && clock instanceof VirtualClock
      ? await driveSim(clock, sim, phases)
      : clock instanceof VirtualClock
        ? await driveVirtual(clock, phases)
        : await phases
  if (driven === FELL_BACK) {
    return fallBackToRealTime(
      request,
      sim?.fallback ?? 'simulated time stopped',
      sim?.fallbackCause,
      {
        cluster,
        network,
        journal,
        runDir,
      },
    )
  }
  const failure = driven
  const durationMs = clock.now()
  const harness = { ...health.finish(faultWindows(recorder.ops)), ...simHarness(request, sim) }
  if (clock instanceof RealClock) {
    clock.clearAll()
  }
  network.close()
  journal.close()
  if (failure !== null) {
    return couldNotRun(request, runDir, failure, recorder.ops, durationMs, {
      ...harness,
      ...(cluster.starvedInit === undefined ? {} : { starvedInit: cluster.starvedInit }),
    })
  }
  const banFinding = ban.finding()
  if (banFinding !== undefined) {
    lint.add(banFinding)
  }
  await yieldTurn()
  const sharedHistory = await shareHistory(recorder.ops)
  const resultsInput = {
    sharedHistory,
    serviceBans: ban.active ? ban : undefined,
    journalTap: tap,
    options,
    workload,
    history: recorder.ops,
    net: journal.net,
    crashes: cluster.crashes,
    lint,
    durationMs,
    deliveryLatenessMs: latenessFigures(network),
    ...(backends === undefined ? {} : { backends: backends.result() }),
    ...(compute === undefined ? {} : { compute: compute.calls }),
    ...(request.nodes?.kind === 'in-process'
      ? {}
      : { dataDirBytes: dataDirSizes(runDir, options.nodeIds) }),
  }
  // The workload check runs on the check worker while this thread computes the other figures.
  const [checked, figures] = await Promise.all([
    checkWorkload(resultsInput),
    historyFigures(resultsInput),
  ])
  const verdict = buildResults(resultsInput, checked, figures)
  verdict.results.harness = harness
  await yieldTurn()
  if (backends !== undefined) {
    writeExecutions(runDir, backends)
  }
  if (compute !== undefined) {
    writeComputeLog(runDir, compute)
  }
  const outcome: RunOutcome = {
    ...verdict,
    runDir,
    history: recorder.ops,
    journalHead: journal.head,
    writeReport: request.writeReport !== false,
    ...(replies === undefined ? {} : { replies: replies.result() }),
    ...(sharedHistory === undefined ? {} : { sharedHistory }),
  }
  return finishRun(request, outcome)
}

/** history.jsonl and the `latest` link now; results.json and report.html unless deferred. */
async function finishRun(request: RunRequest, outcome: RunOutcome): Promise<RunOutcome> {
  await writeHistory(outcome.runDir, outcome.history)
  linkLatest(request.storeDir, outcome.runDir)
  await yieldTurn()
  if (request.writeResults !== false) {
    await writeRunResults(outcome)
  }
  return outcome
}

/**
 * The one writer of a run's results.json and report.html, called once per run: by the runner
 * itself, or by grading after it added the stage block. The results are checked against the
 * schema first, so a file that breaks interfaces.md §1.2 is never written.
 */
export async function writeRunResults(outcome: RunOutcome): Promise<void> {
  try {
    await writeResultsAndReport(outcome)
  } finally {
    releaseHistory(outcome.sharedHistory)
  }
}

async function writeResultsAndReport(outcome: RunOutcome): Promise<void> {
  const checked = runResultsSchema.safeParse(outcome.results)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new Error(
      `dsgrade bug: results.json does not match src/results/schema.ts at "${issue?.path.join('.')}": ${issue?.message}`,
    )
  }
  const results = outcome.results
  writeFileSync(join(outcome.runDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  if (outcome.writeReport) {
    await yieldTurn()
    const input = {
      results,
      history: outcome.history,
      journal: outcome.journalHead.slice(0, REPORT_JOURNAL_EVENTS),
      nodeIds: results.options.nodeIds,
      title: `dsgrade ${results.options.workload} — seed ${results.seed}`,
    }
    const html = (await renderOffThread(input, outcome.sharedHistory)) ?? renderReportHtml(input)
    writeFileSync(join(outcome.runDir, 'report.html'), html)
  }
}

/** Bytes under each node's data directory (regular files, recursively; links not followed). */
export function dataDirSizes(runDir: string, nodeIds: readonly string[]): Record<string, number> {
  const sizeOf = (path: string): number => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(path, { withFileTypes: true })
    } catch {
      return 0
    }
    return entries.reduce((sum, entry) => {
      const child = join(path, entry.name)
      if (entry.isDirectory()) {
        return sum + sizeOf(child)
      }
      return entry.isFile() ? sum + statSync(child).size : sum
    }, 0)
  }
  return Object.fromEntries(nodeIds.map((id) => [id, sizeOf(join(runDir, 'data', id))]))
}

function latenessFigures(
  network: Simulator,
  scope: 'run' | 'window' = 'run',
): {
  p50: number
  p99: number
  max: number
  count: number
} {
  const lateness = network.deliveryLateness(scope)
  return { p50: lateness.p50Ms, p99: lateness.p99Ms, max: lateness.maxMs, count: lateness.count }
}

/** The pids of the nodes that run as real processes now. */
function nodePids(cluster: Cluster): Map<string, number> {
  const pids = new Map<string, number>()
  for (const [id, handle] of cluster.nodes) {
    if (handle.pid !== undefined) {
      pids.set(id, handle.pid)
    }
  }
  return pids
}

async function couldNotRun(
  request: RunRequest,
  runDir: string,
  reason: string,
  history: RunOutcome['history'],
  durationMs: number,
  harness: HarnessHealth & { starvedInit?: { node: string; runnableShare: number } },
): Promise<RunOutcome> {
  const results: RunResults = {
    valid: 'unknown',
    reason,
    error: reason,
    seed: request.options.seed,
    options: { ...request.options },
    replay: replayCommand(request.options),
    durationMs: Math.round(durationMs),
    harness,
  }
  const outcome: RunOutcome = {
    valid: 'unknown',
    exitCode: 255,
    reason,
    results,
    runDir,
    history,
    journalHead: [],
    // The page says why the test could not run, with whatever history there is.
    writeReport: request.writeReport !== false,
  }
  return finishRun(request, outcome)
}
