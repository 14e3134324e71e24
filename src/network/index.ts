/**
 * The public surface of src/network/: what other folders may import (style.md §3.1).
 */
export { RealClock, VirtualClock } from './clock.js'
export type { Clock, TimerHandle } from './clock.js'
export type {
  Endpoint,
  Grudge,
  JournalEvent,
  LatencyDistribution,
  LinkFaults,
  NetStats,
  NetStatsPart,
  Network,
} from './contract.js'
export { FileJournal, readJournalHead } from './journal.js'
export type { JournalSink } from './journal.js'
export { Random, SEED_MAX, randomSeed } from './random.js'
export { Simulator } from './simulator.js'
