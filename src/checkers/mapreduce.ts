/**
 * Track 15's checks (the `mapreduce` workload): a job's output must equal the sequential
 * result exactly, and a job must finish soon after its parallel bound.
 *
 * - Output: the evidence for a wrong output is the first differing key (in sorted order) with
 *   the expected and the received value. A job never answered is not judged here (the
 *   completion figure does that); with no answered job the verdict is unknown, never valid.
 * - Completion: each job's parallel bound is the compute time it needs at the least (every
 *   document mapped once, every key reduced once: `jobWorkUnits` × ms per unit) over the nodes
 *   available while it ran — the node count less the node-time that pauses and kills (the
 *   nemesis's windows) took from the job's span: a node paused for all of it leaves four of
 *   five — re-executed and backup tasks do not raise it. `completionOverBound` is the worst
 *   job's completion time over its bound; a job never answered counts with the time its
 *   client waited (a lower bound of its completion, so a hung job always fails the target).
 *   Time-based: grading vouches for it (a starved harness makes it inconclusive, never a fail).
 * - Waiting for a paused worker: when the worst job had a stretch of at least WAIT_GAP_MS in
 *   which no node was computing anything, covered by one worker's pause and ended by its
 *   resume, the reason names it (the job waited for the paused worker's tasks). Evidence
 *   only: it changes no figure and no verdict.
 * - Spread: `maxNodeShare` is the busiest node's share of the compute service time executed.
 * - Stuck: a job never answered whose compute went silent for the second half of its client's
 *   wait (mapreduce-stuck.ts) makes the run invalid with a one-sentence reason naming the
 *   part never computed (and the worker killed while running it): not a timing verdict, so it
 *   fails whatever the machine's load. `jobsStuck` counts them.
 */
import { faultWindows, pairOps, type FaultWindow, type Op } from '../history/index.js'
import { firstDifference, jobWorkUnits, parseFn, sequentialResult } from '../shared/index.js'
import type { JobOutput } from '../shared/index.js'
import type { Anomaly, CheckResult } from './contract.js'
import { stuckJobs, type StuckCall } from './mapreduce-stuck.js'

export interface AnsweredJob {
  id: string
  /** The node that answered (the master). */
  node: string
  fn: string
  inputs: Readonly<Record<string, string>>
  /** The `output` of its `job_ok`. */
  output: unknown
}

export function checkJobOutputs(jobs: readonly AnsweredJob[]): CheckResult {
  if (jobs.length === 0) {
    return {
      valid: 'unknown',
      reason: 'No job was answered, so no output could be checked.',
      anomalies: [],
      outputMatches: 'unknown',
    }
  }
  const anomalies: Anomaly[] = []
  for (const job of jobs) {
    const fn = parseFn(job.fn)
    if (typeof fn === 'string') {
      continue
    }
    const expected = sequentialResult(fn, job.inputs)
    if (typeof job.output !== 'object' || job.output === null || Array.isArray(job.output)) {
      anomalies.push({
        type: 'malformed-output',
        message: `${job.node} answered job ${job.id} (${job.fn}) with output ${JSON.stringify(job.output)}, not an object from key to value.`,
        nodes: [job.node],
      })
      continue
    }
    const difference = firstDifference(expected, job.output as JobOutput)
    if (difference !== null) {
      const show = (v: unknown): string => (v === undefined ? 'no entry' : JSON.stringify(v))
      anomalies.push({
        type: 'wrong-output',
        message: `${job.node} answered job ${job.id} (${job.fn}) with ${show(difference.got)} for key "${difference.key}", where running the job sequentially gives ${show(difference.expected)}: a map task counted twice or not at all, or a key reduced by two reducers, changes the output.`,
        nodes: [job.node],
        evidence: { job: job.id, ...difference },
      })
    }
  }
  const valid = anomalies.length === 0
  return { valid, anomalies, outputMatches: valid }
}

/** What the completion figure needs of one logged compute call (services/compute.ts). */
export interface LoggedComputeCall extends StuckCall {
  src: string
  outcome: string
  serviceMs: number
}

export interface CompletionFigures {
  /** Total service time of executed calls over the node count, ms: the parallel bound. */
  parallelBoundMs: number
  /** Job completion time over the parallel bound; null when nothing was computed. */
  completionOverBound: number | null
  /** The largest share of the executed service time that one node called, 0–1. */
  maxNodeShare: number | null
}

/**
 * Completion against the parallel bound. Time-based: a stage criterion on it must go through
 * the harness's vouching rule (a starved machine makes it inconclusive, never a failure).
 */
export function completionFigures(
  calls: readonly LoggedComputeCall[],
  nodeCount: number,
  completionMs: number,
): CompletionFigures {
  const perNode = new Map<string, number>()
  let total = 0
  for (const call of calls) {
    if (call.outcome !== 'ok') {
      continue
    }
    total += call.serviceMs
    perNode.set(call.src, (perNode.get(call.src) ?? 0) + call.serviceMs)
  }
  if (total <= 0 || nodeCount <= 0) {
    return { parallelBoundMs: 0, completionOverBound: null, maxNodeShare: null }
  }
  const parallelBoundMs = total / nodeCount
  return {
    parallelBoundMs,
    completionOverBound: completionMs / parallelBoundMs,
    maxNodeShare: Math.max(...perNode.values()) / total,
  }
}

/** What the run-level check needs besides the history. */
export interface MapReduceCheckInput {
  /** The compute service's call log; undefined when the run had none. */
  calls: readonly LoggedComputeCall[] | undefined
  nodeCount: number
  /** The compute service's ms per unit of input in this run (time scale applied). */
  msPerUnit: number
}

interface JobRun {
  id: string
  fn: string
  inputs: Record<string, string>
  node: string
  invokeMs: number
  waitedMs: number
  answered: boolean
  output: unknown
  boundMs: number
  /** Nodes not paused or down, on average, while the job ran. */
  availableNodes: number
}

/** Faults that take a node's compute away while they last. */
const UNAVAILABLE_KINDS = new Set(['pause', 'kill'])

/**
 * The mean number of nodes not paused or down over [startNs, endNs]: the node count less the
 * node-time of the overlapping pause and kill windows over the span (at least 1).
 */
export function availableNodes(
  windows: readonly FaultWindow[],
  startNs: number,
  endNs: number,
  nodeCount: number,
): number {
  const span = endNs - startNs
  if (span <= 0) {
    return Math.max(1, nodeCount)
  }
  let lostNs = 0
  for (const w of windows) {
    if (!UNAVAILABLE_KINDS.has(w.kind)) {
      continue
    }
    const overlap = Math.min(endNs, w.endNs) - Math.max(startNs, w.startNs)
    if (overlap > 0) {
      lostNs += overlap * Math.max(1, w.nodes.length)
    }
  }
  return Math.max(1, Math.min(nodeCount, nodeCount - lostNs / span))
}

function jobRuns(history: readonly Op[], input: MapReduceCheckInput): JobRun[] {
  const windows = faultWindows(history)
  const runs: JobRun[] = []
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f !== 'job' || complete === undefined) {
      continue
    }
    const job = invoke.value as { id: string; fn: string; inputs: Record<string, string> }
    const fn = parseFn(job.fn)
    const units = typeof fn === 'string' ? 0 : jobWorkUnits(fn, job.inputs)
    const answered = complete.type === 'ok'
    const available = availableNodes(windows, invoke.time, complete.time, input.nodeCount)
    runs.push({
      id: job.id,
      fn: job.fn,
      inputs: job.inputs,
      node: invoke.node ?? '?',
      invokeMs: invoke.time / 1e6,
      waitedMs: (complete.time - invoke.time) / 1e6,
      answered,
      output: answered ? (complete.value as { output?: unknown } | undefined)?.output : undefined,
      boundMs: (units * input.msPerUnit) / available,
      availableNodes: available,
    })
  }
  return runs
}

/** The shortest compute-idle stretch of a job that names a pause it waited for. */
export const WAIT_GAP_MS = 500
/** The stretch ends at most this long after the pause's resume (the worker's answer). */
const RESUME_SLACK_MS = 250

/**
 * The sentence naming a pause the job waited for: the longest stretch of the job's span in
 * which no node had a compute call running, when it lasted at least WAIT_GAP_MS, began while
 * one worker was paused and ended within RESUME_SLACK_MS of that worker's resume — the job
 * was not done, yet nothing was computed until the paused worker could answer. Undefined when
 * no stretch fits.
 */
export function waitedForPause(
  job: { id: string; invokeMs: number; waitedMs: number },
  calls: readonly LoggedComputeCall[],
  windows: readonly FaultWindow[],
): string | undefined {
  const endMs = job.invokeMs + job.waitedMs
  const spans = calls
    .filter((c) => c.outcome === 'ok' && c.arrivedMs !== undefined && c.endMs !== undefined)
    .map((c) => [c.arrivedMs as number, c.endMs as number] as const)
    .filter(([from, to]) => to > job.invokeMs && from < endMs)
    .sort((a, b) => a[0] - b[0])
  let gap: { fromMs: number; toMs: number } | undefined
  let busyUntil = job.invokeMs
  for (const [from, to] of spans) {
    if (
      from - busyUntil >= WAIT_GAP_MS &&
      (gap === undefined || from - busyUntil > gap.toMs - gap.fromMs)
    ) {
      gap = { fromMs: busyUntil, toMs: from }
    }
    busyUntil = Math.max(busyUntil, to)
  }
  if (gap === undefined) {
    return undefined
  }
  const { fromMs, toMs } = gap
  const pause = windows.find(
    (w) =>
      w.kind === 'pause' &&
      w.startNs / 1e6 <= fromMs &&
      w.endNs / 1e6 <= toMs &&
      toMs - w.endNs / 1e6 <= RESUME_SLACK_MS,
  )
  if (pause === undefined) {
    return undefined
  }
  const who = listWorkers(pause.nodes)
  return `From ${seconds(fromMs)} to ${seconds(toMs)} no node computed anything for job ${job.id}, though it was not done: ${who} ${pause.nodes.length === 1 ? 'was' : 'were'} paused (SIGSTOP) from ${seconds(pause.startNs / 1e6)} holding some of its tasks, and the job went on only when ${who} resumed at ${seconds(pause.endNs / 1e6)}. A paused worker is slow, not dead: run its tasks on another worker (a backup copy) rather than wait for it.`
}

function listWorkers(nodes: readonly string[]): string {
  return nodes.length <= 1
    ? (nodes[0] ?? 'a worker')
    : `${nodes.slice(0, -1).join(', ')} and ${nodes[nodes.length - 1]}`
}

function nodesWord(available: number, nodeCount: number): string {
  return available >= nodeCount
    ? `${nodeCount} nodes`
    : `the ${available.toFixed(1)} of ${nodeCount} nodes not paused or down on average while it ran`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`
}

/** Output, completion against the parallel bound, and spread over nodes, for every job. */
export function checkMapReduce(history: readonly Op[], input: MapReduceCheckInput): CheckResult {
  const runs = jobRuns(history, input)
  const answered = runs.filter((run) => run.answered)
  const outputs = checkJobOutputs(
    answered.map((run) => ({
      id: run.id,
      node: run.node,
      fn: run.fn,
      inputs: run.inputs,
      output: run.output,
    })),
  )
  const stuck = stuckJobs(
    runs.flatMap((run) => {
      const parsed = parseFn(run.fn)
      return run.answered || typeof parsed === 'string'
        ? []
        : [{ ...run, parsed, gaveUpMs: run.invokeMs + run.waitedMs }]
    }),
    input.calls ?? [],
    history,
  )
  const timed = runs.filter((run) => run.boundMs > 0)
  const worst = timed.reduce<JobRun | undefined>(
    (a, b) => (a === undefined || b.waitedMs / b.boundMs > a.waitedMs / a.boundMs ? b : a),
    undefined,
  )
  const spread = completionFigures(input.calls ?? [], input.nodeCount, 0)
  const waited =
    worst === undefined
      ? undefined
      : waitedForPause(worst, input.calls ?? [], faultWindows(history))
  const ratio = worst === undefined ? null : worst.waitedMs / worst.boundMs
  const share = spread.maxNodeShare
  const reasons: string[] = []
  if (worst !== undefined && ratio !== null) {
    const how = worst.answered
      ? 'was answered after'
      : 'was never answered; its client gave up after'
    reasons.push(
      `Job ${worst.id} (${worst.fn}, ${Object.keys(worst.inputs).length} documents) ${how} ${seconds(worst.waitedMs)}, ${ratio.toFixed(2)} × its parallel bound of ${seconds(worst.boundMs)} (its compute work over ${nodesWord(worst.availableNodes, input.nodeCount)}).`,
    )
    if (waited !== undefined) {
      reasons.push(waited)
    }
  }
  if (share !== null) {
    reasons.push(
      `The busiest node made ${(share * 100).toFixed(0)} % of the compute service time (an even spread is ${(100 / Math.max(1, input.nodeCount)).toFixed(0)} %).`,
    )
  }
  const valid = stuck.length > 0 ? false : outputs.valid
  return {
    ...outputs,
    valid,
    anomalies: [...stuck, ...outputs.anomalies],
    reason: [...stuck.map((a) => a.message), outputs.reason, ...reasons]
      .filter((r) => r !== undefined)
      .join(' '),
    jobs: runs.length,
    jobsStuck: stuck.length,
    jobsAnswered: answered.length,
    completionOverBound: ratio,
    parallelBoundMs: worst === undefined ? null : worst.boundMs,
    completionMs: worst === undefined ? null : worst.waitedMs,
    maxNodeShare: share,
    computeCalls: (input.calls ?? []).filter((c) => c.outcome === 'ok').length,
    computeRefused: (input.calls ?? []).filter((c) => c.outcome === 'refused').length,
  }
}
