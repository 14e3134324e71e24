/**
 * The figures each workload puts under `workload.` in results.json: its checker's figures
 * (checkers/metrics.ts) plus any the workload adds itself. Collected by metrics/registry.ts,
 * one line per workload there. A new workload declares its metrics here (or in its own file).
 */
import {
  BOUNDED_STALENESS_METRICS,
  COUNTER_METRICS,
  ECHO_METRICS,
  ELLE_METRICS,
  EXACTLY_ONCE_METRICS,
  KAFKA_METRICS,
  LINEARIZABLE_METRICS,
  LOAD_BALANCE_METRICS,
  MAPREDUCE_METRICS,
  PROXY_METRICS,
  SET_FULL_METRICS,
  UNIQUE_IDS_METRICS,
} from '../checkers/index.js'
import { prefixMetrics, quantileMetrics, type MetricSpec } from '../metrics/contract.js'

const under = (specs: readonly MetricSpec[]): MetricSpec[] => prefixMetrics('workload.', specs)

export const ECHO_WORKLOAD_METRICS = under(ECHO_METRICS)

export const ECHO_ERRORS_WORKLOAD_METRICS = under([
  ...ECHO_METRICS,
  {
    path: 'unknownType.sent',
    type: 'integer',
    unit: 'count',
    meaning: 'requests of an unknown type sent',
    timeBased: false,
  },
  {
    path: 'unknownType.notSupportedCount',
    type: 'integer',
    unit: 'count',
    meaning: 'unknown-type requests answered with error 10 (not-supported)',
    timeBased: false,
  },
  {
    path: 'unknownType.timedOut',
    type: 'integer',
    unit: 'count',
    meaning: 'unknown-type requests that got no reply',
    timeBased: false,
  },
  {
    path: 'unknownType.notSupported',
    type: 'boolean',
    unit: '',
    meaning: 'every unknown-type request was answered with error 10 (not-supported)',
    timeBased: false,
  },
])

export const UNIQUE_IDS_WORKLOAD_METRICS = under(UNIQUE_IDS_METRICS)
export const SET_WORKLOAD_METRICS = under(SET_FULL_METRICS)
export const COUNTER_WORKLOAD_METRICS = under(COUNTER_METRICS)
export const EXACTLY_ONCE_WORKLOAD_METRICS = under(EXACTLY_ONCE_METRICS)
export const KAFKA_WORKLOAD_METRICS = under(KAFKA_METRICS)
/** The window lin-kv's `servedFraction` counts, in seconds × time scale. */
export const SERVED_WINDOW_S = 1

export const LIN_KV_WORKLOAD_METRICS = under([
  ...LINEARIZABLE_METRICS,
  {
    path: 'answeredFraction',
    type: 'number',
    unit: 'fraction',
    meaning:
      'client operations answered (ok, or a definite key-missing / cas-mismatch error) over all operations',
    timeBased: true,
    range: [0, 1],
  },
  {
    path: 'answered',
    type: 'integer',
    unit: 'count',
    meaning: 'client operations answered (ok, or error 20 / 22)',
    timeBased: false,
  },
  {
    path: 'servedFraction',
    type: 'number',
    unit: 'fraction',
    meaning:
      '1-second windows (× time scale) in which at least one client operation was answered, among those in which the partitions left some majority of nodes able to reach each other',
    timeBased: true,
    windowS: SERVED_WINDOW_S,
    range: [0, 1],
  },
])
export const TXN_WORKLOAD_METRICS = under(ELLE_METRICS)
export const LOAD_BALANCE_WORKLOAD_METRICS = under(LOAD_BALANCE_METRICS)
export const MAPREDUCE_WORKLOAD_METRICS = under(MAPREDUCE_METRICS)
export const CACHE_WORKLOAD_METRICS = under([
  ...LINEARIZABLE_METRICS,
  // with --extra stalenessMs the bounded-staleness checker decides `valid` instead
  ...BOUNDED_STALENESS_METRICS.filter((m) => m.path !== 'valid'),
  {
    path: 'backendReadsPerMiss',
    type: 'number',
    unit: 'reads/miss',
    meaning:
      'store reads of the burst keys over the (key, node) pairs that read one at all (1: each node read each cold key once)',
    timeBased: false,
  },
  {
    path: 'burstStoreReads',
    type: 'integer',
    unit: 'count',
    meaning: 'store reads of the burst keys',
    timeBased: false,
  },
  {
    path: 'burstMisses',
    type: 'integer',
    unit: 'count',
    meaning: '(burst key, node) pairs that read the key from the store',
    timeBased: false,
  },
  ...quantileMetrics('readLatencies', 'time from a client read to its read_ok', 'ms', true),
  {
    path: 'backendMsgsPerOp',
    type: 'number',
    unit: 'msgs/op',
    meaning: 'requests that reached the backing store over client operations invoked',
    // Time-based: on a slow machine a write's invalidation window is longer, so more reads of
    // a correct cache reach the store (0.52–0.59 measured under load against 0.12 idle).
    timeBased: true,
  },
  {
    path: 'backendMsgs',
    type: 'integer',
    unit: 'count',
    meaning: 'requests that reached the backing store',
    timeBased: false,
  },
  {
    path: 'okOps',
    type: 'integer',
    unit: 'count',
    meaning: 'client operations answered ok',
    timeBased: false,
  },
  {
    path: 'clientOps',
    type: 'integer',
    unit: 'count',
    meaning: 'client operations invoked',
    timeBased: false,
  },
])
export const PROXY_WORKLOAD_METRICS = under(PROXY_METRICS)
/** shard-kv (track 13): per-key linearizability, lost writes, load per node. */
export const SHARD_KV_WORKLOAD_METRICS = under([
  ...LINEARIZABLE_METRICS,
  {
    path: 'lostWriteCount',
    type: 'integer',
    unit: 'count',
    meaning:
      'acknowledged writes that a later read does not reflect (it returned no value or a strictly older one)',
    timeBased: false,
  },
  {
    path: 'lostWriteExample',
    type: 'string',
    unit: '',
    meaning: 'the first lost write and the read that shows it',
    timeBased: false,
  },
  {
    path: 'maxOverMeanLoad',
    type: 'number',
    unit: 'ratio',
    meaning: 'messages delivered to the busiest node over the mean per node',
    timeBased: false,
    range: [1, Number.POSITIVE_INFINITY],
  },
  {
    path: 'busiestNode',
    type: 'string',
    unit: '',
    meaning:
      'the node that was delivered the most messages (from clients, other nodes, the harness)',
    timeBased: false,
  },
  {
    path: 'moveAvailability',
    type: 'number',
    unit: 'fraction',
    meaning:
      'main-phase client operations invoked once shards had begun to move (from the first reconfiguration on) that were answered (ok, or error 20 / 22), over all such operations sent to running nodes',
    timeBased: true,
    range: [0, 1],
  },
  {
    path: 'moveOps',
    type: 'integer',
    unit: 'count',
    meaning:
      'main-phase client operations invoked from the first reconfiguration on, sent to running nodes',
    timeBased: true,
  },
])
