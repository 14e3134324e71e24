/**
 * The txn-list-append workload (maelstrom-protocol.md §2.8): transactions of reads
 * `["r", k, null]` and appends `["append", k, v]` over integer keys, Elle's generator
 * defaults (--max-txn-length 4, --key-count 10 exponential, --max-writes-per-key 16, values
 * unique per key). Reply `txn_ok` with the same micro-ops, reads filled with the list (or
 * null). Client reusable, nothing idempotent. Checked by Elle's list-append inference for
 * --consistency-models (default strict-serializable).
 */
import { checkListAppend } from '../checkers/index.js'
import type { WorkloadDefinition } from './contract.js'
import { txnClient } from './txn/client.js'
import { txnWorkloadBase } from './txn/workload.js'

export const txnListAppend: WorkloadDefinition = {
  ...txnWorkloadBase('append'),
  name: 'txn-list-append',
  doc: 'A transactional key-value store of lists: clients send transactions of reads and appends; the node must execute each one atomically and return what it read. Checked for the requested consistency models (default strict-serializable) by an Elle-style dependency-cycle search.',
  createClient: () => txnClient(),
  check: (history, context, budget) =>
    checkListAppend(history, { consistencyModels: context.options.consistencyModels }, budget),
}
