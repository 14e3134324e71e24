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
  count('unseenCount', 'acknowledged sends no poll ever returned'),
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
