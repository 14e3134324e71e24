/**
 * The checker contract: a checker is a pure function of a history and options that returns
 * a verdict with evidence. It never throws because the learner's history is wrong (only on
 * our own bugs, through assert), and a search that runs out of budget answers 'unknown'
 * with the reason — never `true`.
 *
 * Validity merges with Jepsen's ranking: false > 'unknown' > true.
 */
import type { Op } from '../history/index.js'
import type { ExtraSpec } from '../shared/index.js'

export type Validity = true | false | 'unknown'

/**
 * One thing that went wrong, as data plus one plain sentence. `message` is written for a
 * learner at midnight: it names the anomaly, the minimal evidence (ops, nodes, times) and
 * the concept. Renderers (report/) may add more, but `message` must stand alone.
 */
export interface Anomaly {
  /** Stable name: `lost`, `duplicate-id`, `G1c`, `not-linearizable`, … */
  type: string
  message: string
  /** History indices of the ops that prove it (invocations or completions). */
  ops?: number[]
  /** Nodes involved, if known. */
  nodes?: string[]
  /** [start, end] in nanoseconds since the test started, if known. */
  timeNs?: [number, number]
  /** Anything else a renderer may show (a cycle, a partial linearization, …). */
  evidence?: unknown
}

export interface CheckResult {
  valid: Validity
  /** Why the verdict is 'unknown' (budget exhausted, too little data). */
  reason?: string
  anomalies: Anomaly[]
  /** Figures a criterion or a report may use (counts, quantiles, …). */
  [field: string]: unknown
}

/** Limits for a checker's search. Either may be absent. */
export interface Budget {
  /** Absolute deadline on performance.now() (ms). */
  deadlineMs?: number
  /** Maximum search steps (checker-defined unit). */
  maxSteps?: number
}

export type Checker<Options = Record<string, unknown>> = (
  history: readonly Op[],
  options: Options,
  budget: Budget,
) => CheckResult

export function mergeValidity(values: readonly Validity[]): Validity {
  if (values.includes(false)) {
    return false
  }
  if (values.includes('unknown')) {
    return 'unknown'
  }
  return true
}

export function budgetExpired(budget: Budget, nowMs: number = performance.now()): boolean {
  return budget.deadlineMs !== undefined && nowMs >= budget.deadlineMs
}

/** A budget that ends `seconds` from now. */
export function budgetFromSeconds(seconds: number): Budget {
  return { deadlineMs: performance.now() + seconds * 1000 }
}

export interface CheckCommandOptions {
  /** `--model` (linearizable: cas-register, register, kv). */
  model?: string
  /** `--consistency-models` (list-append, rw-register). */
  consistencyModels?: string[]
  /** Anything else a checker accepts from the command line. */
  extra?: Record<string, unknown>
}

export interface RegisteredChecker {
  name: string
  /** One line for `dsgrade check --help`. */
  doc: string
  /** The `--extra` keys this checker reads; any other key is refused (exit 254). */
  extras?: readonly ExtraSpec[]
  check(history: readonly Op[], options: CheckCommandOptions, budget: Budget): CheckResult
}
