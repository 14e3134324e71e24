/**
 * Maelstrom's mapping from an RPC outcome to a history completion
 * (maelstrom-protocol.md §1.5, `maelstrom.client/with-errors`):
 * - an error with a known definite code → `fail`; an indefinite or unknown code → `info`,
 *   unless the op is idempotent (then `fail`);
 * - no reply before the timeout → `info` with error `net-timeout` (`fail` if idempotent).
 * `error` is recorded as `[code, name, text?]`.
 */
import { errorName, isDefinite } from '../protocol/index.js'
import type { Completion, RpcReply } from './contract.js'

export function failureFromReply(
  reply: Exclude<RpcReply, { kind: 'ok' }>,
  idempotent: boolean,
): Completion {
  if (reply.kind === 'timeout') {
    return { type: idempotent ? 'fail' : 'info', error: [0, 'net-timeout'] }
  }
  const error =
    reply.text === undefined
      ? [reply.code, errorName(reply.code)]
      : [reply.code, errorName(reply.code), reply.text]
  return { type: isDefinite(reply.code) || idempotent ? 'fail' : 'info', error }
}

/** For workloads whose errors are exceptions in Maelstrom (g-set, counters): always `info`. */
export function indeterminateFromReply(reply: Exclude<RpcReply, { kind: 'ok' }>): Completion {
  if (reply.kind === 'timeout') {
    return { type: 'info', error: 'indeterminate: timed out waiting for a reply' }
  }
  return {
    type: 'info',
    error: `indeterminate: error ${reply.code} (${errorName(reply.code)})${reply.text ? `: ${reply.text}` : ''}`,
  }
}
