/**
 * One check, as a message between the harness and the check worker (check-worker.ts): a
 * workload's checker or a registered checker (a stage's extra checker) by name, the history,
 * its options, and the search budget in milliseconds (performance.now() differs between
 * threads, so an absolute deadline cannot cross). Structured-cloneable by construction.
 */
import type { CheckCommandOptions, CheckResult } from '../checkers/index.js'
import { findChecker } from '../checkers/index.js'
import type { Op } from '../history/index.js'
import type { CheckContext } from '../workloads/index.js'
import { findWorkload } from '../workloads/index.js'

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

/** What the worker answers: the result, or why it could not check (the harness then checks). */
export type CheckReply = { id: number; result: CheckResult } | { id: number; error: string }

/** Run a job on this thread; undefined when its workload or checker is not registered here. */
export function runCheckJob(job: CheckJob): CheckResult | undefined {
  const budget = { deadlineMs: performance.now() + job.budgetMs }
  if (job.kind === 'workload') {
    return findWorkload(job.name)?.check(job.history, job.context, budget)
  }
  return findChecker(job.name)?.check(job.history, job.options, budget)
}
