/**
 * The public surface of src/workloads/: what other folders may import (style.md §3.1).
 */
export type {
  CheckContext,
  ControllerContext,
  ControllerRun,
  BackendSpec,
  ClientIO,
  Completion,
  GeneratorContext,
  Invocation,
  JournalTap,
  OpGenerator,
  RpcReply,
  TapEvent,
  Wait,
  WorkloadClient,
  WorkloadDefinition,
} from './contract.js'
export {
  COUNTER_WORKLOAD_METRICS,
  ECHO_ERRORS_WORKLOAD_METRICS,
  ECHO_WORKLOAD_METRICS,
  EXACTLY_ONCE_WORKLOAD_METRICS,
  KAFKA_WORKLOAD_METRICS,
  LIN_KV_WORKLOAD_METRICS,
  LOAD_BALANCE_WORKLOAD_METRICS,
  MAPREDUCE_WORKLOAD_METRICS,
  CACHE_WORKLOAD_METRICS,
  PROXY_WORKLOAD_METRICS,
  SET_WORKLOAD_METRICS,
  SHARD_KV_WORKLOAD_METRICS,
  TXN_WORKLOAD_METRICS,
  UNIQUE_IDS_WORKLOAD_METRICS,
} from './metrics.js'
export { findWorkload, workloadNames } from './registry.js'
