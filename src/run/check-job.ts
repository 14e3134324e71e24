/**
 * One job for the check worker (check-worker.ts), as a message: a check — a workload's checker
 * or a registered checker (a stage's extra checker) by name, the history, its options, and the
 * search budget in milliseconds (performance.now() differs between threads, so an absolute
 * deadline cannot cross) — or the rendering of a run's report.html. Structured-cloneable by
 * construction.
 */
import type { CheckCommandOptions, CheckResult } from '../checkers/index.js'
import { findChecker } from '../checkers/index.js'
import type { Op } from '../history/index.js'
import type { CheckContext } from '../workloads/index.js'
import { findWorkload } from '../workloads/index.js'
import { renderReportHtml, type ReportInput } from '../report/index.js'

/**
 * A history as a job carries it: the operations themselves, or a reference to a history the
 * worker already holds (CheckPool.share sent it in chunks, so no single copy stalls the harness).
 */
export type HistoryArg = readonly Op[] | { ref: number }

export type CheckJob =
  | {
      kind: 'workload'
      name: string
      history: HistoryArg
      context: Pick<CheckContext, 'options' | 'nodeIds'>
      budgetMs: number
    }
  | {
      kind: 'checker'
      name: string
      history: HistoryArg
      options: CheckCommandOptions
      budgetMs: number
    }

/** report.html of a finished run. */
export interface ReportJob {
  kind: 'report'
  input: Omit<ReportInput, 'history'> & { history: HistoryArg }
}

export type WorkerJob = CheckJob | ReportJob

/** What the check worker is started with (`workerData`). */
export interface CheckWorkerData {
  /** Nice steps below the harness for the worker's thread (process/priority.ts). */
  niceSteps: number
}

/** What the harness posts to the worker: a job, a chunk of a shared history, or its release. */
export type WorkerMessage =
  { id: number; job: WorkerJob } | { share: number; ops: Op[] } | { release: number }

/**
 * Histories a worker holds at most: a run that never wrote its results (an error on the way)
 * never releases its history, so the oldest is forgotten past this many; a job that still
 * refers to it then runs on the harness thread.
 */
export const MAX_HELD_HISTORIES = 64

/** The histories a worker holds, by reference (check-worker.ts). */
export class HeldHistories {
  private readonly held = new Map<number, Op[]>()

  /** Append a chunk (the first chunk of a reference creates it, even when empty). */
  append(ref: number, ops: readonly Op[]): void {
    if (!this.held.has(ref) && this.held.size >= MAX_HELD_HISTORIES) {
      const oldest = this.held.keys().next().value
      if (oldest !== undefined) {
        this.held.delete(oldest)
      }
    }
    const history = this.held.get(ref) ?? []
    for (const op of ops) {
      history.push(op)
    }
    this.held.set(ref, history)
  }

  release(ref: number): void {
    this.held.delete(ref)
  }

  /** The operations of `arg`; undefined for a reference not held. */
  resolve(arg: HistoryArg): readonly Op[] | undefined {
    return 'ref' in arg ? this.held.get(arg.ref) : arg
  }

  get size(): number {
    return this.held.size
  }
}

/** What the worker answers: the result, or why it could not do the job (the harness then does). */
export type WorkerReply =
  { id: number; result: CheckResult | string } | { id: number; error: string }

/**
 * Run a job on this thread; undefined when its workload or checker is not registered here.
 * Throws when the job names a history `held` does not hold.
 */
export function runWorkerJob(
  job: WorkerJob,
  held: HeldHistories = new HeldHistories(),
): CheckResult | string | undefined {
  const history = held.resolve(job.kind === 'report' ? job.input.history : job.history)
  if (history === undefined) {
    throw new Error('the history this job refers to is not held by the check worker')
  }
  if (job.kind === 'report') {
    return renderReportHtml({ ...job.input, history })
  }
  const budget = { deadlineMs: performance.now() + job.budgetMs }
  if (job.kind === 'workload') {
    return findWorkload(job.name)?.check(history, job.context, budget)
  }
  return findChecker(job.name)?.check(history, job.options, budget)
}

/** Run a check on this thread; undefined when its workload or checker is not registered here. */
export function runCheckJob(job: CheckJob): CheckResult | undefined {
  return runWorkerJob(job) as CheckResult | undefined
}
