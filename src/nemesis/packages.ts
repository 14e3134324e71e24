/**
 * Every fault package of curriculum.md §3, for the registry.
 */
export { partition, partitionOneway } from './partition.js'
export { fullRestart, kill, pause } from './process-faults.js'
export { clientDuplicate, clientLoss, duplicate, loss, reorder } from './link-faults.js'
export { backendCrash, backendLoss } from './backend-faults.js'
export { leaderChase } from './leader-chase.js'
