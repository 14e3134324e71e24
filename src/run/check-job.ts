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

export type CheckJob =
  | {
      kind: 'workload'
      name: string
      history: readonly Op[]
      context: Pick<CheckContext, 'options' | 'nodeIds'>
      budgetMs: number
    }
  | {
      kind: 'checker'
      name: string
      history: readonly Op[]
      options: CheckCommandOptions
      budgetMs: number
    }

/** report.html of a finished run. */
export interface ReportJob {
  kind: 'report'
  input: ReportInput
}

export type WorkerJob = CheckJob | ReportJob

/** What the worker answers: the result, or why it could not do the job (the harness then does). */
export type WorkerReply =
  { id: number; result: CheckResult | string } | { id: number; error: string }

/** Run a job on this thread; undefined when its workload or checker is not registered here. */
export function runWorkerJob(job: WorkerJob): CheckResult | string | undefined {
  return job.kind === 'report' ? renderReportHtml(job.input) : runCheckJob(job)
}

/** Run a check on this thread; undefined when its workload or checker is not registered here. */
export function runCheckJob(job: CheckJob): CheckResult | undefined {
  const budget = { deadlineMs: performance.now() + job.budgetMs }
  if (job.kind === 'workload') {
    return findWorkload(job.name)?.check(job.history, job.context, budget)
  }
  return findChecker(job.name)?.check(job.history, job.options, budget)
}
