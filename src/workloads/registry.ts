/**
 * Every workload by name (Maelstrom's `workloads` map). The CLI, tracks and the runner
 * resolve names here; an unknown name is a UsageError / TrackError at the edge.
 * Add one line per workload (keep alphabetical).
 */
import type { WorkloadDefinition } from './contract.js'
import { broadcast } from './broadcast.js'
import { cache } from './cache.js'
import { echo } from './echo.js'
import { echoErrors } from './echo-errors.js'
import { election } from './election.js'
import { exactlyOnceWorkload } from './exactly-once.js'
import { gCounter } from './g-counter.js'
import { gSet } from './g-set.js'
import { kafka } from './kafka.js'
import { linKv } from './lin-kv.js'
import { loadBalance } from './load-balance.js'
import { mapreduce } from './mapreduce.js'
import { pnCounter } from './pn-counter.js'
import { proxy } from './proxy.js'
import { shardKv } from './shard-kv.js'
import { txnListAppend } from './txn-list-append.js'
import { txnRwRegister } from './txn-rw-register.js'
import { uniqueIds } from './unique-ids.js'

export const WORKLOADS: Record<string, WorkloadDefinition> = {
  broadcast,
  cache,
  echo,
  'echo-errors': echoErrors,
  election,
  'exactly-once': exactlyOnceWorkload,
  'g-counter': gCounter,
  'g-set': gSet,
  kafka,
  'lin-kv': linKv,
  'load-balance': loadBalance,
  mapreduce,
  'pn-counter': pnCounter,
  proxy,
  'shard-kv': shardKv,
  'txn-list-append': txnListAppend,
  'txn-rw-register': txnRwRegister,
  'unique-ids': uniqueIds,
}

export function workloadNames(): string[] {
  return Object.keys(WORKLOADS).sort()
}

export function findWorkload(name: string): WorkloadDefinition | undefined {
  return Object.hasOwn(WORKLOADS, name) ? WORKLOADS[name] : undefined
}
