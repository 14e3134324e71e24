/**
 * The public surface of src/history/: what other folders may import (style.md §3.1).
 */
export { HISTORY_FORMATS, readHistoryFile } from './formats/index.js'
export type { HistoryFormat } from './formats/index.js'
export { writeHistoryJsonl } from './jsonl.js'
export { NEMESIS, pairOps } from './types.js'
export type { Op, OpPair, ProcessId } from './types.js'
export { faultWindows, overlappingFaults } from './windows.js'
export { cleanMajority, connectivityEpochs } from './connectivity.js'
export type { Epoch, FaultState } from './connectivity.js'
export type { FaultWindow } from './windows.js'
export type {
  BackendLog,
  BackendSpec,
  DownWindow,
  Execution,
  ExecutionBody,
  ExecutionOutcome,
  ServiceTimeDist,
} from './executions.js'
