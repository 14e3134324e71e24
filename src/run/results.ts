/**
 * results.json (interfaces.md §1.2) from a finished run: the workload checker's result and
 * Maelstrom's stats / availability / net checkers, merged with false > unknown > true;
 * crashes make a run invalid; every anomaly carries the faults active at its evidence time.
 * Also the one plain sentence that says why.
 */
import {
  budgetFromSeconds,
  mergeValidity,
  type CheckResult,
  type Validity,
} from '../checkers/index.js'
import { checkAvailability } from '../checkers/index.js'
import { splitByFaults, type FaultSplit } from '../checkers/index.js'
import type { NetCounter } from '../checkers/index.js'
import { checkStats } from '../checkers/index.js'
import type { BackendsSummary, RunResults } from '../results/index.js'
import type { BackendLog, Op } from '../history/index.js'
import { faultWindows, overlappingFaults, pairOps, type FaultWindow } from '../history/index.js'
import type { Anomaly, LoggedComputeCall } from '../checkers/index.js'
import type { JournalTap, WorkloadDefinition } from '../workloads/index.js'
import type { ServiceBan } from '../services/index.js'
import type { TestOptions } from '../options/index.js'
import type { Crash } from './cluster.js'
import type { FindingLog } from './lint.js'
import { checkOffThread, historyArg, type SharedHistory } from './check-pool.js'
import { replayCommand } from './replay.js'
import { resumption } from './resumption.js'
import type { RunExitCode } from './types.js'
import { yieldTurn } from './yield.js'

/** The checker's search budget (seconds). */
export const CHECK_BUDGET_S = 60

export interface ResultsInput {
  options: TestOptions
  workload: WorkloadDefinition
  history: readonly Op[]
  net: NetCounter
  crashes: readonly Crash[]
  lint: FindingLog
  durationMs: number
  deliveryLatenessMs: Record<string, number> | undefined
  /** The backends' execution log, when the workload runs harness backends. */
  backends?: BackendLog
  /** The compute service's call log, when the workload runs it (track 15). */
  compute?: readonly LoggedComputeCall[]
  /** Bytes in each node's data directory after every node stopped (process nodes only). */
  dataDirBytes?: Record<string, number>
  /** The stage's service bans (absent when none is forbidden). */
  serviceBans?: ServiceBan
  /** The workload's journal tap, handed to its checker. */
  journalTap?: JournalTap | undefined
  /** `history`, already held by the check worker (check-pool.ts, shareHistory). */
  sharedHistory?: SharedHistory | undefined
}

export interface Verdict {
  valid: Validity
  exitCode: RunExitCode
  reason: string
  results: RunResults
}

function runCheck(input: ResultsInput): CheckResult {
  try {
    return input.workload.check(
      input.history,
      {
        options: input.options,
        nodeIds: input.options.nodeIds,
        ...(input.journalTap === undefined ? {} : { journalTap: input.journalTap }),
        ...(input.backends === undefined ? {} : { backends: input.backends }),
        ...(input.compute === undefined ? {} : { compute: input.compute }),
      },
      budgetFromSeconds(CHECK_BUDGET_S),
    )
  } catch (error) {
    return {
      valid: 'unknown',
      reason: `The ${input.workload.name} checker failed: ${error instanceof Error ? error.message : String(error)} (this is a dsgrade bug; please report it).`,
      anomalies: [],
    }
  }
}

/**
 * The workload's check, on the check worker when it can run there (a history-only check: no
 * journal tap, backends or compute log, which live on this thread), else on this thread.
 */
export async function checkWorkload(input: ResultsInput): Promise<CheckResult> {
  if (
    input.journalTap === undefined &&
    input.backends === undefined &&
    input.compute === undefined
  ) {
    const result = await checkOffThread({
      kind: 'workload',
      name: input.workload.name,
      history: historyArg(input.history, input.sharedHistory),
      context: { options: input.options, nodeIds: input.options.nodeIds },
      budgetMs: CHECK_BUDGET_S * 1000,
    })
    if (result !== undefined) {
      return result
    }
  }
  return runCheck(input)
}

/** The figures of a history that results.json needs besides the workload check. */
export interface HistoryFigures {
  stats: ReturnType<typeof checkStats>
  availability: ReturnType<typeof checkAvailability>
  windows: ReturnType<typeof faultWindows>
  split: FaultSplit
  recovery: ReturnType<typeof resumption>
  /** writtenValueBytes, when the run has data directories. */
  written: number | undefined
}

/** The figures, one pass over the history at a time (a step between each). */
function* figureSteps(input: ResultsInput): Generator<void, HistoryFigures> {
  const stats = checkStats(input.history)
  yield
  const availability = checkAvailability(input.history, input.options.availability)
  yield
  const windows = faultWindows(input.history)
  yield
  const split = splitByFaults(input.history, windows)
  yield
  const recovery = resumption(input.history)
  yield
  const written = input.dataDirBytes === undefined ? undefined : writtenValueBytes(input.history)
  return { stats, availability, windows, split, recovery, written }
}

/** The figures at once (tests, small runs). */
export function historyFiguresNow(input: ResultsInput): HistoryFigures {
  const steps = figureSteps(input)
  for (;;) {
    const step = steps.next()
    if (step.done === true) {
      return step.value
    }
  }
}

/**
 * The figures with a turn of the event loop between passes: on a 24,000-operation history
 * each pass is tens of milliseconds of the harness thread (more on a busy machine), and the
 * runs beside this one must not wait for all of them at once.
 */
export async function historyFigures(input: ResultsInput): Promise<HistoryFigures> {
  const steps = figureSteps(input)
  for (;;) {
    const step = steps.next()
    if (step.done === true) {
      return step.value
    }
    await yieldTurn()
  }
}

/** results.json from a finished run; `workload` is the workload check's result when already known. */
export function buildResults(
  input: ResultsInput,
  workload: CheckResult = runCheck(input),
  figures: HistoryFigures = historyFiguresNow(input),
): Verdict {
  const { stats, availability, windows, split } = figures
  const clientOps = stats.count
  const net = {
    ...input.net.result(clientOps),
    deliveryLatenessMs: input.deliveryLatenessMs,
  }
  const valid = mergeValidity([
    workload.valid,
    stats.valid,
    availability.valid,
    input.crashes.length > 0 ? false : true,
    input.serviceBans?.result().valid ?? true,
  ])
  const reason = verdictReason(valid, input, workload, stats, availability)
  const results: RunResults = {
    valid,
    reason,
    seed: input.options.seed,
    workload: { ...workload, anomalies: explainAnomalies(workload.anomalies, windows) },
    stats,
    availability: { ...availability, ...availabilitySplit(split) },
    latencyMs: {
      all: split.all.latencyMs,
      duringFaults: split.duringFaults.latencyMs,
      outsideFaults: split.outsideFaults.latencyMs,
    },
    net,
    lint: input.lint.summary(),
    ...(input.serviceBans === undefined ? {} : { serviceBans: input.serviceBans.result() }),
    crashes: [...input.crashes],
    faults: windows,
    ...(input.backends === undefined ? {} : { backends: backendSummary(input.backends) }),
    options: { ...input.options },
    replay: replayCommand(input.options),
    durationMs: Math.round(input.durationMs),
  }
  const recovery = figures.recovery
  if (recovery !== undefined) {
    results.recovery = recovery
  }
  if (input.dataDirBytes !== undefined) {
    const sizes = Object.values(input.dataDirBytes)
    const maxDataDirBytes = sizes.length === 0 ? null : Math.max(...sizes)
    const written = figures.written ?? writtenValueBytes(input.history)
    results.nodes = {
      dataDirBytes: input.dataDirBytes,
      maxDataDirBytes,
      writtenValueBytes: written,
      maxDataDirShare:
        maxDataDirBytes === null || written < MIN_WRITTEN_BYTES_FOR_SHARE
          ? null
          : Math.round((maxDataDirBytes / written) * 10_000) / 10_000,
    }
  }
  const exitCode: RunExitCode = valid === true ? 0 : valid === false ? 1 : 2
  return { valid, exitCode, reason, results }
}

/**
 * Below this many written bytes `nodes.maxDataDirShare` is absent (its criterion unknown, never
 * a pass nor a fail): before its first snapshot a compacting node holds every write too, so a
 * run that wrote little (a machine too busy, nodes down for long) cannot tell one from a log
 * that is never compacted. 256 KiB leaves a snapshot plus a log tail of 128 KiB under 0.5.
 */
export const MIN_WRITTEN_BYTES_FOR_SHARE = 256 * 1024

/** Maelstrom's error codes that say the operation ran: key does not exist, precondition failed. */
const EXECUTED_ERROR_CODES = new Set([20, 22])

/**
 * The bytes of the values of the state-changing operations the nodes answered having run them:
 * the JSON text of the value of every invocation that is not a read (a write's value, a cas's
 * [from, to]) whose completion is ok or a definite error 20 / 22. A node that kept every such
 * operation in its log stores at least this much (metric `nodes.writtenValueBytes`).
 */
export function writtenValueBytes(history: readonly Op[]): number {
  let bytes = 0
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f === 'read' || invoke.value === undefined || invoke.value === null) {
      continue
    }
    const code = Array.isArray(complete?.error) ? (complete.error[0] as unknown) : undefined
    const ran =
      complete?.type === 'ok' ||
      (complete?.type === 'fail' && typeof code === 'number' && EXECUTED_ERROR_CODES.has(code))
    if (ran) {
      bytes += Buffer.byteLength(JSON.stringify(invoke.value))
    }
  }
  return bytes
}

/** okFraction with and without fault windows (op counts included). */
function availabilitySplit(split: FaultSplit): {
  duringFaults: { ops: number; okFraction: number | null }
  outsideFaults: { ops: number; okFraction: number | null }
} {
  const part = (set: FaultSplit['all']) => ({ ops: set.ops, okFraction: set.okFraction })
  return { duringFaults: part(split.duringFaults), outsideFaults: part(split.outsideFaults) }
}

function verdictReason(
  valid: Validity,
  input: ResultsInput,
  workload: CheckResult,
  stats: CheckResult & { count: number },
  availability: CheckResult,
): string {
  const name = input.workload.name
  if (valid === true) {
    return `The ${name} test passed: ${stats.count} operations checked and every check was valid.`
  }
  const banned = input.serviceBans?.sentence()
  if (banned !== undefined) {
    return banned
  }
  if (workload.valid === false) {
    const first = workload.anomalies[0]
    if (first === undefined) {
      return `The ${name} checker found the history invalid.`
    }
    return first.message + faultClause(explainAnomalies([first], faultWindows(input.history))[0])
  }
  const crash = input.crashes[0]
  if (crash !== undefined) {
    return crash.message
  }
  if (stats.valid === false) {
    return stats.anomalies[0]?.message ?? 'Some kind of operation never succeeded.'
  }
  if (availability.valid === false) {
    return availability.anomalies[0]?.message ?? 'Too few operations succeeded.'
  }
  return workload.reason ?? `The ${name} checker could not reach a verdict.`
}

/**
 * " While this happened: n3 was partitioned from n0, n1 (0.10–0.91 s), and 2 more faults." —
 * the faults active during an anomaly's evidence, so the one-sentence verdict says whether a
 * fault was in play. Empty when none was.
 */
function faultClause(anomaly: { activeFaults: FaultWindow[] } | undefined): string {
  const faults = anomaly?.activeFaults ?? []
  const first = faults[0]
  if (first === undefined) {
    return ''
  }
  const span = `${(first.startNs / 1e9).toFixed(2)}–${(first.endNs / 1e9).toFixed(2)} s`
  const more =
    faults.length > 1 ? `, and ${faults.length - 1} more fault${faults.length > 2 ? 's' : ''}` : ''
  return ` While this happened: ${first.description} (${span})${more}.`
}

/** Anomalies with the faults active during their evidence (`activeFaults`). */
export function explainAnomalies(
  anomalies: readonly Anomaly[],
  windows: readonly FaultWindow[],
): (Anomaly & { activeFaults: FaultWindow[] })[] {
  return anomalies.map((anomaly) => ({
    ...anomaly,
    activeFaults:
      anomaly.timeNs === undefined
        ? []
        : overlappingFaults(windows, anomaly.timeNs[0], anomaly.timeNs[1]),
  }))
}

/** Per backend: requests executed, refused (capacity), arrived while down, cut by a crash. */
function backendSummary(log: BackendLog): BackendsSummary {
  const perBackend: BackendsSummary['perBackend'] = {}
  for (const id of log.backends) {
    perBackend[id] = { ok: 0, refused: 0, down: 0, crashed: 0 }
  }
  for (const execution of log.executions) {
    const counts = perBackend[execution.backend]
    if (counts !== undefined) {
      counts[execution.outcome]++
    }
  }
  return { spec: { ...log.spec }, perBackend, downWindows: [...log.downWindows] }
}
