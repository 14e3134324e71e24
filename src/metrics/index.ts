/**
 * The metric registry's public surface: declarations (`MetricSpec`), the per-producer maps and
 * the lookups the track loader, grading and the report use.
 */
export type { MetricSpec, MetricType } from './contract.js'
export { QUANTILE_KEYS, metricRange, prefixMetrics, quantileMetrics } from './contract.js'
export type { MetricScope } from './registry.js'
export {
  CHECKER_METRICS,
  HARNESS,
  WORKLOAD_METRICS,
  allMetrics,
  findMetric,
  isTimeBased,
  metricsForStage,
  metricWindowS,
} from './registry.js'
export { HARNESS_METRICS } from '../run/index.js'
