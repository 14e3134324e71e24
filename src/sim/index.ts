/**
 * The public surface of src/sim/: what other folders may import (style.md §3.1).
 */
export type { SimNodeFactory } from './contract.js'
export { startSimNode } from './host.js'
