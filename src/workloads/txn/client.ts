/**
 * The client of both transactional workloads: sends `{"type":"txn","txn":[[f,k,v],…]}` and
 * expects `txn_ok` with the same micro-ops, reads filled in (maelstrom-protocol.md §2.8–2.9).
 * Not idempotent: an indefinite error or a timeout is `info`, a definite error `fail`; the
 * completion keeps the requested micro-ops so the checker knows what a failed or
 * indeterminate transaction tried to write.
 *
 * The reply's micro-ops are recorded as they are: the checker compares them with the
 * request and reports a reply that changed them (Maelstrom issue #14) as `txn-mismatch`.
 */
import { failureFromReply } from '../completion.js'
import type { Completion, Invocation, WorkloadClient } from '../contract.js'

export function txnClient(): WorkloadClient {
  return {
    async invoke(invocation: Invocation, io): Promise<Completion> {
      const request = invocation.value as unknown[]
      const reply = await io.call({ type: 'txn', txn: request })
      if (reply.kind !== 'ok') {
        return { ...failureFromReply(reply, false), value: request }
      }
      return { type: 'ok', value: reply.body.txn ?? null }
    },
  }
}
