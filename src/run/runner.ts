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
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { JournalEvent } from '../network/contract.js'
import { RealClock, VirtualClock, type Clock } from '../network/clock.js'
import { Random } from '../network/random.js'
import { renderReportHtml } from '../report/html.js'
import { UsageError } from '../shared/errors.js'
import { findWorkload } from '../workloads/registry.js'
import type { WorkloadDefinition } from '../workloads/contract.js'
import { ClientIds } from './client.js'
import { Cluster, type NodeStarter } from './cluster.js'
import { FindingLog } from './lint.js'
import { LocalNetwork } from './local/network.js'
import { ENV_ALLOW_LIST, startProcessNode } from './local/process-node.js'
import { startSimHost } from './local/sim-host.js'
import { runPhases, type PhaseWorld } from './phases.js'
import { HistoryRecorder } from './recorder.js'
import { buildResults } from './results.js'
import { quantiles } from '../checkers/basic/set-full.js'
import { replayCommand } from './replay.js'
import { linkLatest, makeRunDir, writeHistory, writeJournal } from './store.js'
import type { RunOutcome, RunRequest } from './types.js'

export const PROBE_PREFIX = 'cprobe-'

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

function defaultEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of ENV_ALLOW_LIST) {
    const value = process.env[name]
    if (value !== undefined) {
      env[name] = value
    }
  }
  return env
}

function nodeStarter(request: RunRequest, runDir: string, clock: Clock): NodeStarter {
  const nodes = request.nodes ?? { kind: 'process' }
  if (nodes.kind === 'in-process') {
    return (id, callbacks) => startSimHost(id, nodes.factory, clock, callbacks)
  }
  return (id, callbacks) =>
    startProcessNode({
      nodeId: id,
      command: request.options.command,
      cwd: request.options.cwd,
      runDir,
      seed: request.options.seed,
      baseEnv: request.env ?? defaultEnv(),
      nowMs: () => clock.now(),
      callbacks,
    })
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

export async function runOnce(request: RunRequest): Promise<RunOutcome> {
  const options = request.options
  const workload = resolveWorkload(request)
  const clock: Clock = request.clock === 'virtual' ? new VirtualClock() : new RealClock()
  const runDir = makeRunDir(request.storeDir, workload.name, new Date())
  const random = new Random(options.seed)
  const journal: JournalEvent[] = []
  const network = new LocalNetwork(clock, random.fork('net'), {
    latencyMs: options.latencyMs,
    latencyDist: options.latencyDist,
    onJournal: (event) => {
      journal.push(event)
      if (
        (options.logNetSend && event.type === 'send') ||
        (options.logNetRecv && event.type === 'deliver')
      ) {
        request.logger.debug(`net ${event.type}: ${JSON.stringify(event.message)}`)
      }
    },
  })
  const lint = new FindingLog()
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
    start: nodeStarter(request, runDir, clock),
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
  }
  request.logger.info(
    `Running ${workload.name} on ${options.nodeIds.length} nodes, seed ${options.seed}; run directory ${runDir}`,
  )
  const phases = runPhases(world)
  const failure = clock instanceof VirtualClock ? await driveVirtual(clock, phases) : await phases
  const durationMs = clock.now()
  if (clock instanceof RealClock) {
    clock.clearAll()
  }
  network.close()
  if (failure !== null) {
    return couldNotRun(request, runDir, failure, recorder.ops, durationMs)
  }
  const verdict = buildResults({
    options,
    workload,
    history: recorder.ops,
    journal,
    crashes: cluster.crashes,
    lint,
    durationMs,
    deliveryLatenessMs: quantiles(network.latenessMs.map((ms) => Math.round(ms * 1000) / 1000)),
    ignoreIds: (id) => id.startsWith(PROBE_PREFIX),
  })
  await writeRunFiles(request, runDir, verdict.results, recorder.ops, journal)
  return { ...verdict, runDir, history: recorder.ops }
}

async function writeRunFiles(
  request: RunRequest,
  runDir: string,
  results: Record<string, unknown>,
  history: RunOutcome['history'],
  journal: readonly JournalEvent[],
): Promise<void> {
  writeFileSync(join(runDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  await writeHistory(runDir, history)
  await writeJournal(runDir, journal)
  if (request.writeReport !== false) {
    const html = renderReportHtml({
      results,
      history,
      journal: journal.slice(0, 5000),
      nodeIds: request.options.nodeIds,
      title: `dsgrade ${request.options.workload} — seed ${request.options.seed}`,
    })
    writeFileSync(join(runDir, 'report.html'), html)
  }
  linkLatest(request.storeDir, runDir)
}

async function couldNotRun(
  request: RunRequest,
  runDir: string,
  reason: string,
  history: RunOutcome['history'],
  durationMs: number,
): Promise<RunOutcome> {
  const results: Record<string, unknown> = {
    valid: 'unknown',
    reason,
    error: reason,
    seed: request.options.seed,
    options: request.options,
    replay: replayCommand(request.options),
    durationMs: Math.round(durationMs),
  }
  writeFileSync(join(runDir, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  await writeHistory(runDir, history)
  linkLatest(request.storeDir, runDir)
  return { valid: 'unknown', exitCode: 255, reason, results, runDir, history }
}
