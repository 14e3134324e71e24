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

/**
 * A message body as the log keeps it: structurally the protocol's `Body` (history imports
 * nothing but shared/, so the shape is restated here; the two are mutually assignable).
 */
export interface ExecutionBody {
  type: string
  msg_id?: number
  in_reply_to?: number
  [field: string]: unknown
}

export type ExecutionOutcome = 'ok' | 'refused' | 'down' | 'crashed'

export type ServiceTimeDist = 'constant' | 'exponential' | 'pareto'

export interface Execution {
  /** Dense number from 0, in arrival order. */
  seq: number
  backend: string
  src: string
  msgId: number | null
  type: string
  body: ExecutionBody
  arrivedMs: number
  /** When the execution ended (reply computed), or the crash that cut it. */
  endMs?: number
  outcome: ExecutionOutcome
  reply?: Omit<ExecutionBody, 'in_reply_to'>
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

/**
 * Harness backends a workload declares (issue 16): `count` instances `backend-0 …`, each
 * refusing requests beyond `capacity` with error 11, executing for a service time drawn from
 * `serviceTimeDist` (mean `serviceTimeMs` × cost × the slow factor on the slow instance),
 * replying `serviceLatencyMs` later. Declared by a workload (`WorkloadDefinition.backends`),
 * implemented by services/backends.ts; it lives here, beside the log it produces, because
 * both of those folders may import history/ and neither may import the other.
 */
export interface BackendSpec {
  count: number
  capacity: number
  serviceTimeMs: number
  serviceTimeDist: ServiceTimeDist
  /** @default 0 */
  serviceLatencyMs?: number
  slow?: { index: number; factor: number }
  /** Request types the backends execute (anything else but `health` gets error 10). */
  requestTypes: readonly string[]
  /** Cost units of a request (service-time multiplier). @default 1 */
  costOf?(body: ExecutionBody): number
  /** The reply to an executed request, computed when its service time has passed. */
  handle(
    backend: string,
    body: ExecutionBody,
    arrivedMs: number,
  ): Omit<ExecutionBody, 'in_reply_to'>
}
