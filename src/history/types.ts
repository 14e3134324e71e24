/**
 * Operations of a history (interfaces.md §1.4). One JSON object per line in
 * `history.jsonl`; **line order is the order of events**, `time` is informational.
 *
 * - `invoke`: a client (or the nemesis) began an operation;
 * - `ok`: it completed and took effect;
 * - `fail`: it certainly took no effect;
 * - `info`: it may or may not have taken effect (a crash, a timeout, an indefinite error).
 *   An invocation with no completion line is treated like `info`.
 *
 * Client processes are integers (Jepsen's process ids: a worker gets a new process id after
 * each `info`). Faults are operations of process "nemesis" (checkers ignore them except to
 * explain evidence).
 */

export type OpType = 'invoke' | 'ok' | 'fail' | 'info'

export type ProcessId = number | 'nemesis'

export interface Op {
  /** Position in the history, from 0, dense. */
  index: number
  /** Nanoseconds since the test started. */
  time: number
  process: ProcessId
  type: OpType
  f: string
  /** Present for keyed workloads. */
  key?: unknown
  /** The per-key value: a cas is `[from, to]`, a transaction its list of micro-ops. */
  value?: unknown
  /** Set on fail/info completions: `[code, name]`, `[code, name, text]` or a string. */
  error?: unknown
  /** Set on final-phase reads (after heal and recovery). */
  final?: boolean
  /** Informational: the node the client talked to. */
  node?: string
  /** Informational: the client network id (c0, c1, …). */
  client?: string
}

/** An invocation paired with its completion (if any). */
export interface OpPair {
  invoke: Op
  /** Undefined when the history ended before a completion (treat as `info`). */
  complete: Op | undefined
}

export const NEMESIS: ProcessId = 'nemesis'

/** Pair each client invocation with its completion, in invocation order. */
export function pairOps(history: readonly Op[]): OpPair[] {
  const open = new Map<ProcessId, OpPair>()
  const pairs: OpPair[] = []
  for (const op of history) {
    if (op.process === NEMESIS) {
      continue
    }
    if (op.type === 'invoke') {
      const pair: OpPair = { invoke: op, complete: undefined }
      open.set(op.process, pair)
      pairs.push(pair)
    } else {
      const pair = open.get(op.process)
      if (pair !== undefined) {
        pair.complete = op
        open.delete(op.process)
      }
    }
  }
  return pairs
}
