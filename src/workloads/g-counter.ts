/**
 * The g-counter workload (maelstrom-protocol.md §2.6): pn-counter's RPCs and checker with the
 * negative adds filtered out. Defined in pn-counter.ts; this file names it for the registry.
 */
export { gCounter } from './pn-counter.js'
