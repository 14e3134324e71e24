/**
 * The public surface of src/checkers/: what other folders may import (style.md §3.1).
 */
export { checkAvailability } from './basic/availability.js'
export { checkCounter } from './basic/counter.js'
export { checkEcho } from './basic/echo.js'
export { splitByFaults } from './basic/fault-split.js'
export type { FaultSplit } from './basic/fault-split.js'
export { NetCounter } from './basic/net.js'
export { checkSetFull } from './basic/set-full.js'
export { checkStats } from './basic/stats.js'
export { checkUniqueIds } from './basic/unique-ids.js'
export { budgetFromSeconds, mergeValidity } from './contract.js'
export type { Anomaly, Budget, CheckResult, Validity } from './contract.js'
export { checkListAppend, checkRwRegister } from './elle/index.js'
export { checkExactlyOnce } from './exactly-once.js'
export { KAFKA_DURABLE_COMMITS, checkKafka } from './kafka/index.js'
export { checkLoadBalance } from './load-balance.js'
export { checkProxy, TAIL_BOUND_FACTOR, TAIL_BOUND_SLACK_MS } from './proxy.js'
export { checkMapReduce } from './mapreduce.js'
export type { LoggedComputeCall } from './mapreduce.js'
export { checkBoundedStaleness } from './bounded-staleness.js'
export { quantiles } from './basic/set-full.js'
export { checkLinearizable } from './linearizable/index.js'
export {
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
} from './metrics.js'
export { ELECTION_METRICS } from './election/metrics.js'
export { checkElection } from './election/index.js'
export { VoteJournal } from './election/votes.js'
export { checkerNames, findChecker } from './registry.js'
export type { CheckCommandOptions, RegisteredChecker } from './contract.js'
export { EXACTLY_ONCE_LINEARIZABLE } from './exactly-once.js'
export { RW_REGISTER_EXTRAS, rwRegisterExtras } from './elle/registered.js'
