/**
 * The public surface of src/nemesis/: what other folders may import (style.md §3.1).
 */
export { composeNemeses } from './compose.js'
export type { NemesisEvent, NemesisRun, NodeControl } from './contract.js'
export { findNemesis, nemesisNames } from './registry.js'
export { NEMESIS_EXTRAS } from './registry.js'
