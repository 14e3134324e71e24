/**
 * The txn-rw-register workload (maelstrom-protocol.md §2.9): transactions of reads
 * `["r", k, null]` and writes `["w", k, v]` over integer keys (Elle's generator defaults,
 * values unique per key). Reply `txn_ok` with reads filled in (null if absent). Client
 * reusable, nothing idempotent. Checked by Elle's rw-register inference using only the
 * inference rules sound for the requested models (src/checkers/elle/rw-register.ts,
 * docs/checkers-rules.md): under read-uncommitted no register history can show G0, so a
 * stage that must expose G0 uses txn-list-append.
 */
import { RW_REGISTER_EXTRAS, checkRwRegister, rwRegisterExtras } from '../checkers/index.js'
import type { WorkloadDefinition } from './contract.js'
import { txnClient } from './txn/client.js'
import { txnWorkloadBase } from './txn/workload.js'

export const txnRwRegister: WorkloadDefinition = {
  ...txnWorkloadBase('w'),
  name: 'txn-rw-register',
  doc: 'A transactional key-value store of registers: clients send transactions of reads and writes; the node must execute them with the requested isolation (read-uncommitted, read-committed, … strict-serializable) and return what it read.',
  extras: RW_REGISTER_EXTRAS,
  createClient: () => txnClient(),
  check: (history, context, budget) =>
    checkRwRegister(
      history,
      {
        consistencyModels: context.options.consistencyModels,
        ...rwRegisterExtras(context.options.extra),
      },
      budget,
    ),
}
