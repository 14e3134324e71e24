/**
 * The options of one test: built by the edges (cli/, action/ through grading/), read by run/,
 * workloads/ and nemesis/. Public surface of src/options/.
 */
export type { LatencyDistribution, TestOptions } from './test-options.js'
