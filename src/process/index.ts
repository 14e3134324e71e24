/**
 * The public surface of src/process/: what other folders may import (style.md §3.1).
 */
export { runBuildCommand } from './build.js'
export { resolveNodeCommand, splitCommandLine } from './command.js'
export type { NodeCallbacks, NodeExit, NodeHandle } from './contract.js'
export { buildBaseEnvironment, buildNodeEnvironment } from './environment.js'
export { startNodeProcess } from './node-process.js'
export {
  CHECK_NICE_STEPS,
  HARNESS_FIRST,
  NODE_NICE_STEPS,
  SAME_PRIORITY,
  lowerPriority,
  priorities,
  setPriorities,
} from './priority.js'
export type { Priorities } from './priority.js'
export {
  TICKS_PER_S,
  readMachineTicks,
  readTreeRunnableNs,
  readTreeSchedstats,
  type ThreadSchedstat,
  readTreeTicks,
  startLoopDelayMonitor,
} from './cpu.js'
export type { LoopDelayMonitor, MachineTicks } from './cpu.js'
export {
  DEFAULT_SIM_IDLE_BUDGET_MS,
  MAX_NODE_WRITE_BYTES,
  SimTime,
  parseControl,
} from './sim-time.js'
export type { SimFallbackCause, SimTimePort } from './sim-time.js'
