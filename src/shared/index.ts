/**
 * The public surface of src/shared/: what other folders may import (style.md §3.1).
 */
export { assert } from './assert.js'
export {
  ConfigError,
  HistoryFormatError,
  RunError,
  TrackError,
  UsageError,
  isDsgradeError,
} from './errors.js'
export { heapPop, heapPush } from './heap.js'
export { KeyHolds } from './key-holds.js'
export type { KeyHoldsView } from './key-holds.js'
export { canonicalJson, jsonEquals, truncate } from './json.js'
export type { Logger } from './logger.js'
export { packageRoot, packageVersion, tracksDir } from './paths.js'
export type { ExtraSpec } from './extras.js'
export { describeExtras, extraFlag, validateExtras } from './extras.js'
export {
  LINE_BREAK,
  SAFE_PREFIX,
  isRisky,
  safeJson,
  safeLabelledText,
  safeLines,
  safeOneLine,
  stripControls,
} from './sanitize.js'
export { closestName, didYouMean, editDistance } from './suggest.js'
export {
  conceptLink,
  DSGRADE_DOCS_BASE,
  docsBaseFrom,
  DSGRADE_INVOCATION,
  DSGRADE_REGISTRY_INVOCATION,
} from './invocation.js'
export {
  JOB_FNS,
  firstDifference,
  generateInputs,
  jobWorkUnits,
  mapPhase,
  pickWord,
  parseFn,
  reducePhase,
  sequentialResult,
  words,
} from './mapreduce-fns.js'
export type { JobOutput, OutputDifference, Pair, ParsedFn, Picker } from './mapreduce-fns.js'
