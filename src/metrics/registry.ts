/**
 * Every metric, by producer (a literal map, like the other registries): the harness, each
 * workload (figures under `workload.`) and each checker a stage may add (figures under
 * `checkers.<name>.`). Producers declare their metrics next to their code; add one line here
 * per workload or checker. The track loader, `dsgrade tracks --check`, grading (time-based
 * metrics) and the stage pages (meanings) read this.
 *
 * Guarantees: a path is declared at most once per producer; `metricsForStage` gives exactly the
 * metrics a stage of that workload and those extra checkers can measure.
 */
import {
  BOUNDED_STALENESS_METRICS,
  ELLE_METRICS,
  EXACTLY_ONCE_METRICS,
  KAFKA_METRICS,
  LINEARIZABLE_METRICS,
  SET_FULL_METRICS,
  COUNTER_METRICS,
  ECHO_METRICS,
  UNIQUE_IDS_METRICS,
  ELECTION_METRICS,
} from '../checkers/index.js'
import { HARNESS_METRICS } from '../run/index.js'
import {
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
} from '../workloads/index.js'
import { prefixMetrics, type MetricSpec } from './contract.js'

/** Figures every run has. */
export const HARNESS = 'harness'

/** Figures under `workload.`, by workload name (keep alphabetical). */
export const WORKLOAD_METRICS: Record<string, readonly MetricSpec[]> = {
  broadcast: SET_WORKLOAD_METRICS,
  cache: CACHE_WORKLOAD_METRICS,
  echo: ECHO_WORKLOAD_METRICS,
  'echo-errors': ECHO_ERRORS_WORKLOAD_METRICS,
  election: prefixMetrics('workload.', ELECTION_METRICS),
  'exactly-once': EXACTLY_ONCE_WORKLOAD_METRICS,
  'g-counter': COUNTER_WORKLOAD_METRICS,
  'g-set': SET_WORKLOAD_METRICS,
  kafka: KAFKA_WORKLOAD_METRICS,
  'lin-kv': LIN_KV_WORKLOAD_METRICS,
  'load-balance': LOAD_BALANCE_WORKLOAD_METRICS,
  mapreduce: MAPREDUCE_WORKLOAD_METRICS,
  'pn-counter': COUNTER_WORKLOAD_METRICS,
  proxy: PROXY_WORKLOAD_METRICS,
  'shard-kv': SHARD_KV_WORKLOAD_METRICS,
  'txn-list-append': TXN_WORKLOAD_METRICS,
  'txn-rw-register': TXN_WORKLOAD_METRICS,
  'unique-ids': UNIQUE_IDS_WORKLOAD_METRICS,
}

/** Figures of an extra checker (a stage's `checkers:` entry), relative to its result. */
export const CHECKER_METRICS: Record<string, readonly MetricSpec[]> = {
  'bounded-staleness': BOUNDED_STALENESS_METRICS,
  counter: COUNTER_METRICS,
  echo: ECHO_METRICS,
  'exactly-once': EXACTLY_ONCE_METRICS,
  kafka: KAFKA_METRICS,
  linearizable: LINEARIZABLE_METRICS,
  'list-append': ELLE_METRICS,
  'rw-register': ELLE_METRICS,
  'set-full': SET_FULL_METRICS,
  'unique-ids': UNIQUE_IDS_METRICS,
}

/** What a stage runs: its workload and the names of its extra checkers. */
export interface MetricScope {
  workload: string
  checkers: readonly string[]
}

/** Every metric a stage of this workload with these extra checkers can measure, by path. */
export function metricsForStage(scope: MetricScope): Map<string, MetricSpec> {
  const found = new Map<string, MetricSpec>()
  const add = (specs: readonly MetricSpec[]): void => {
    for (const spec of specs) {
      found.set(spec.path, spec)
    }
  }
  add(HARNESS_METRICS)
  add(lookup(WORKLOAD_METRICS, scope.workload) ?? [])
  for (const checker of scope.checkers) {
    add(prefixMetrics(`checkers.${checker}.`, lookup(CHECKER_METRICS, checker) ?? []))
  }
  return found
}

/** The declaration of one metric in a stage's scope, or undefined. */
export function findMetric(scope: MetricScope, path: string): MetricSpec | undefined {
  return metricsForStage(scope).get(path)
}

/** Every declared metric of every producer (for docs and `dsgrade tracks`). */
export function allMetrics(): { producer: string; spec: MetricSpec }[] {
  const out: { producer: string; spec: MetricSpec }[] = []
  HARNESS_METRICS.forEach((spec) => out.push({ producer: HARNESS, spec }))
  for (const [name, specs] of Object.entries(WORKLOAD_METRICS)) {
    specs.forEach((spec) => out.push({ producer: `workload:${name}`, spec }))
  }
  for (const [name, specs] of Object.entries(CHECKER_METRICS)) {
    prefixMetrics(`checkers.${name}.`, specs).forEach((spec) =>
      out.push({ producer: `checker:${name}`, spec }),
    )
  }
  return out
}

/** Whether a failure on this metric can be the harness's fault when the harness was slow. */
export function isTimeBased(scope: MetricScope, path: string): boolean {
  return findMetric(scope, path)?.timeBased ?? false
}

/** The window length in seconds (before the time scale) of a window-counting metric. */
export function metricWindowS(scope: MetricScope, path: string): number | undefined {
  return findMetric(scope, path)?.windowS
}

function lookup<T>(map: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(map, name) ? map[name] : undefined
}
