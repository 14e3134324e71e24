/**
 * The backends' execution log (issue 16): every request that reached a harness backend,
 * with its times and outcome, and when each backend was down. Recorded by
 * `services/backends.ts`, written to `executions.jsonl` beside the history, read by the
 * checkers of the cache, proxy and load-balance workloads. Plain data, times in ms since
 * the test started (the journal's clock).
 *
 * Outcomes: `ok` executed and answered; `refused` over capacity (error 11, not executed);
 * `down` arrived while the backend was crashed (not executed, never answered); `crashed`
 * was executing when the backend crashed (its effect happened, no answer).
 */
import type { Body } from '../protocol/types.js'

export type ExecutionOutcome = 'ok' | 'refused' | 'down' | 'crashed'

export type ServiceTimeDist = 'constant' | 'exponential' | 'pareto'

export interface Execution {
  /** Dense number from 0, in arrival order. */
  seq: number
  backend: string
  src: string
  msgId: number | null
  type: string
  body: Body
  arrivedMs: number
  /** When the execution ended (reply computed), or the crash that cut it. */
  endMs?: number
  outcome: ExecutionOutcome
  reply?: Omit<Body, 'in_reply_to'>
}

/** When a backend was down: [crashMs, recoverMs) (recoverMs absent: down until the end). */
export interface DownWindow {
  backend: string
  crashMs: number
  recoverMs?: number
}

export interface BackendLog {
  backends: readonly string[]
  spec: {
    capacity: number
    serviceTimeMs: number
    serviceTimeDist: ServiceTimeDist
    /** The slow instance and its factor, if any. */
    slow?: string
    slowFactor?: number
  }
  executions: readonly Execution[]
  downWindows: readonly DownWindow[]
}
