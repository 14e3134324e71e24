/**
 * The figures each checker puts into its result, as paths relative to that result (the
 * workload's checker result lands under `workload.`, an extra checker's under
 * `checkers.<name>.`). Declared here, next to the checkers, and collected by
 * metrics/registry.ts. Add a line when a checker gains a figure that criteria may use.
 */
import { quantileMetrics, type MetricSpec } from '../metrics/contract.js'

const VALID: MetricSpec = {
  path: 'valid',
  type: 'validity',
  unit: '',
  meaning: "the checker's verdict: true, false or unknown",
  timeBased: false,
}

function count(path: string, meaning: string): MetricSpec {
  return { path, type: 'integer', unit: 'count', meaning, timeBased: false }
}

export const ECHO_METRICS: readonly MetricSpec[] = [
  VALID,
  count('okCount', 'echo requests answered with the same echo'),
  count('errorCount', 'echo requests answered wrongly'),
]

export const UNIQUE_IDS_METRICS: readonly MetricSpec[] = [
  VALID,
  count('attemptedCount', 'generate requests sent'),
  count('acknowledgedCount', 'generate requests answered with an id'),
  count('duplicatedCount', 'ids handed out more than once'),
]

export const SET_FULL_METRICS: readonly MetricSpec[] = [
  VALID,
  count('attemptCount', 'elements added (acknowledged or not)'),
  count('stableCount', 'elements every later read contained'),
  count('lostCount', 'acknowledged elements a later read was missing for good'),
  count('neverReadCount', 'elements no read ever contained'),
  count('staleCount', 'elements that took a while to reach every read'),
  count('duplicatedCount', 'elements a read returned twice'),
  ...quantileMetrics(
    'stableLatencies',
    'time from an add to the moment every read contained it',
    'ms',
    true,
  ),
  ...quantileMetrics('lostLatencies', 'time from an add to its loss', 'ms', true),
]

export const COUNTER_METRICS: readonly MetricSpec[] = [
  VALID,
  {
    path: 'definite',
    type: 'integer',
    unit: '',
    meaning: 'the sum of the acknowledged adds',
    timeBased: false,
    range: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  },
]

export const EXACTLY_ONCE_METRICS: readonly MetricSpec[] = [
  VALID,
  count('attemptedCount', 'appends sent'),
  count('acknowledgedCount', 'appends acknowledged'),
  count('infoCount', 'appends with an unknown outcome'),
  count('failCount', 'appends that definitely failed'),
  count('readCount', 'reads of the lists'),
  count('finalReadCount', 'final reads after recovery'),
  count('duplicatedCount', 'appended elements a read returned more than once'),
  count('lostCount', 'acknowledged appends missing from the final reads'),
]

export const KAFKA_METRICS: readonly MetricSpec[] = [
  VALID,
  count('keyCount', 'logs (keys) written'),
  count('sendCount', 'send requests'),
  count('ackedSendCount', 'sends acknowledged with an offset'),
  count('pollCount', 'poll requests'),
  count(
    'unseenCount',
    'acknowledged sends no poll ever returned, though the final polls read past them',
  ),
  count('unreachedCount', 'acknowledged sends never polled, beyond where the final polls got'),
  count(
    'lostCommitCount',
    'list_committed_offsets answers below a commit acknowledged before they were asked',
  ),
]

export const LINEARIZABLE_METRICS: readonly MetricSpec[] = [
  VALID,
  count('keyCount', 'keys checked'),
  count('steps', 'search steps the checker took'),
  count('ignoredOps', 'operations the checker ignored'),
  count('droppedOps', 'operations the checker dropped'),
]

export const ELLE_METRICS: readonly MetricSpec[] = [
  VALID,
  count('txnCount', 'transactions checked'),
  count('edgeCount', 'dependency edges between transactions'),
]

/** The load-balance checker (issue 16): execution-log figures and client latencies. */
export const LOAD_BALANCE_METRICS: readonly MetricSpec[] = [
  VALID,
  count('fabricatedCount', 'work_ok answers naming a backend that did not finish that job'),
  {
    path: 'deadBackendRequests',
    type: 'integer',
    unit: 'count',
    meaning: 'work requests that reached a crashed backend more than 1 s after its crash',
    timeBased: true,
  },
  {
    path: 'maxOverMeanLoad',
    type: 'number',
    unit: 'ratio',
    meaning: 'jobs executed by the busiest backend over the mean of all backends',
    timeBased: false,
    range: [1, Number.POSITIVE_INFINITY],
  },
  count('refusedCount', 'requests backends refused at capacity (error 11)'),
  ...quantileMetrics('latencyMs', 'time from a client work request to its work_ok', 'ms', true),
]

/** The proxy checker (issue 16, track 10). */
export const PROXY_METRICS: readonly MetricSpec[] = [
  VALID,
  count('fabricatedCount', 'request_ok answers that no backend produced as given'),
  count('misroutedCount', 'requests executed on a backend outside their route'),
  count('postDuplicateCount', 'POST requests executed more than once'),
  count('falseDefiniteCount', 'POSTs failed with a definite error although executed'),
  {
    path: 'getAvailability',
    type: 'number',
    unit: 'fraction',
    meaning: 'GET requests answered request_ok over GET requests sent',
    timeBased: true,
    range: [0, 1],
  },
  {
    path: 'postAvailability',
    type: 'number',
    unit: 'fraction',
    meaning: 'POST requests answered request_ok over POST requests sent',
    timeBased: true,
    range: [0, 1],
  },
  ...quantileMetrics('getLatencyMs', 'time from a client GET to its request_ok', 'ms', true),
  {
    path: 'backendMedianMs',
    type: 'number',
    unit: 'ms',
    meaning: 'median service time of the requests the healthy (not slow) backends executed',
    timeBased: true,
  },
  {
    path: 'getP99BoundMs',
    type: 'number',
    unit: 'ms',
    meaning: 'the slow-backend bound on GET p99: 2 × backendMedianMs + 50 ms',
    timeBased: true,
  },
  {
    path: 'getP99OverBound',
    type: 'number',
    unit: 'ratio',
    meaning: 'GET p99 latency over getP99BoundMs (at most 1 is within the bound)',
    timeBased: true,
    range: [0, Number.POSITIVE_INFINITY],
  },
]

/** The bounded-staleness checker (issue 16): reads checked and how stale they were. */
export const BOUNDED_STALENESS_METRICS: readonly MetricSpec[] = [
  VALID,
  count('readCount', 'reads checked'),
  count('staleCount', 'reads whose value had been replaced more than Δ before they began'),
  {
    path: 'deltaMs',
    type: 'number',
    unit: 'ms',
    meaning: 'Δ, the staleness a read is allowed',
    timeBased: false,
  },
  ...quantileMetrics(
    'stalenessMs',
    'how long before a read began its value had certainly been replaced',
    'ms',
    true,
  ),
]

/** The mapreduce checker (track 15): output, completion against the parallel bound, spread. */
export const MAPREDUCE_METRICS: readonly MetricSpec[] = [
  VALID,
  {
    path: 'outputMatches',
    type: 'validity',
    unit: '',
    meaning: 'every answered job_ok output equals the sequential result (unknown: none answered)',
    timeBased: false,
  },
  count('jobs', 'jobs submitted that completed or timed out'),
  count('jobsAnswered', 'jobs answered job_ok'),
  count(
    'jobsStuck',
    'jobs never answered whose compute went silent for the second half of the client’s wait (a part never computed is named)',
  ),
  {
    path: 'completionOverBound',
    type: 'number',
    unit: 'ratio',
    meaning:
      "the worst job's completion time over its parallel bound (its compute work / nodes); an unanswered job counts with the time its client waited",
    timeBased: true,
  },
  {
    path: 'parallelBoundMs',
    type: 'number',
    unit: 'ms',
    meaning:
      "that job's parallel bound: the compute time it needs at the least, over the node count",
    timeBased: true,
  },
  {
    path: 'completionMs',
    type: 'number',
    unit: 'ms',
    meaning: "that job's completion time (or how long its client waited)",
    timeBased: true,
  },
  {
    path: 'maxNodeShare',
    type: 'number',
    unit: 'fraction',
    meaning: 'the busiest node’s share of the compute service time executed',
    timeBased: false,
    range: [0, 1],
  },
  count('computeCalls', 'compute calls executed'),
  count('computeRefused', 'compute calls refused (error 11: the node already had one running)'),
]
