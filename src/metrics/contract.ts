/**
 * What a metric is: one figure a run, a workload's checker, an extra checker or grading puts
 * into results.json, named by the dotted path criteria use (`net.servers.msgsPerOp`,
 * `workload.stableLatencies.0.5`). Declared once, next to the code that produces it, and
 * collected in metrics/registry.ts.
 *
 * This file imports nothing, so any layer may declare metrics with it. It guarantees nothing
 * about values at run time; the track loader uses the declarations to reject criteria that
 * name a metric nobody produces or a threshold the metric can never meet.
 */

/**
 * `integer` / `number`: a figure compared with `<`, `<=`, `=`, `>=`, `>`. `boolean`: true or
 * false. `validity`: true, false or "unknown" (a checker's verdict). `string`: compared with `=`.
 */
export type MetricType = 'integer' | 'number' | 'boolean' | 'validity' | 'string'

export interface MetricSpec {
  /** The dotted path in results.json, as a criterion's `metric` names it. */
  path: string
  type: MetricType
  /** `ms`, `s`, `msgs/op`, `fraction`, `count`, `bytes`, … ('' for booleans and verdicts). */
  unit: string
  /** One line for a person: what the figure measures. */
  meaning: string
  /**
   * True when a slow or overloaded harness can distort the figure (latency quantiles,
   * availability, election and recovery times). Grading treats a failure on such a metric
   * from an unhealthy harness as inconclusive, never as the learner's fault.
   */
  timeBased: boolean
  /**
   * For a figure that counts time windows (a share of 1-second windows with an answer): the
   * window's length in seconds, before the time scale. A harness late by a sizeable share of a
   * window can empty it; grading uses this to tell a failing window count from lateness
   * (grading/vouch.ts).
   */
  windowS?: number
  /** The values the figure can take; numbers default to [0, +∞). */
  range?: readonly [number, number]
}

/** The quantile keys every latency distribution has (`0`, `0.5`, `0.95`, `0.99`, `1`). */
export const QUANTILE_KEYS = ['0', '0.5', '0.95', '0.99', '1'] as const

const QUANTILE_NAMES: Record<(typeof QUANTILE_KEYS)[number], string> = {
  '0': 'minimum',
  '0.5': 'median',
  '0.95': '95th percentile',
  '0.99': '99th percentile',
  '1': 'maximum',
}

/** One metric per quantile key: `<path>.0.5` = "median <what>". */
export function quantileMetrics(
  path: string,
  what: string,
  unit: string,
  timeBased: boolean,
): MetricSpec[] {
  return QUANTILE_KEYS.map((key) => ({
    path: `${path}.${key}`,
    type: 'number',
    unit,
    meaning: `${QUANTILE_NAMES[key]} ${what}`,
    timeBased,
  }))
}

/** The same metrics under a prefix (a checker's figures under `workload.` or `checkers.x.`). */
export function prefixMetrics(prefix: string, specs: readonly MetricSpec[]): MetricSpec[] {
  return specs.map((spec) => ({ ...spec, path: `${prefix}${spec.path}` }))
}

/** The range a numeric metric's values lie in. */
export function metricRange(spec: MetricSpec): readonly [number, number] {
  if (spec.range !== undefined) {
    return spec.range
  }
  return spec.unit === 'fraction' ? [0, 1] : [0, Number.POSITIVE_INFINITY]
}
