/**
 * Track 15's output check (planned; not registered yet): a job's output must equal the
 * sequential result exactly. The evidence for a wrong output is the first differing key (in
 * sorted order) with the expected and the received value. A job never answered is not
 * judged here (the workload's completion criterion does that); with no answered job the
 * verdict is unknown, never valid.
 */
import { firstDifference, parseFn, sequentialResult } from '../shared/index.js'
import type { JobOutput } from '../shared/index.js'
import type { Anomaly, CheckResult } from './contract.js'

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
export interface LoggedComputeCall {
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
