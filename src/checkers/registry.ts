/**
 * Checkers by name, for `dsgrade check HISTORY --checker NAME` (interfaces.md §1.3) and for
 * tracks. Each entry adapts the command-line options to the checker's own options.
 * Add one entry per checker (keep alphabetical). The entry type lives in contract.ts, so the
 * checker folders never import this file (no registry ↔ checker cycle).
 */
import type { RegisteredChecker } from './contract.js'
import { checkBoundedStaleness } from './bounded-staleness.js'
import { counterChecker, echoChecker, setFullChecker, uniqueIdsChecker } from './basic/index.js'
import { EXACTLY_ONCE_LINEARIZABLE, checkExactlyOnce } from './exactly-once.js'
import { extraFlag } from '../shared/index.js'
import { kafkaChecker } from './kafka/index.js'
import { linearizableChecker } from './linearizable/index.js'
import { listAppendChecker, rwRegisterChecker } from './elle/registered.js'

export const CHECKERS: Record<string, RegisteredChecker> = {
  'bounded-staleness': {
    name: 'bounded-staleness',
    doc: 'read/write per key, unique values: every read returns a value current at some instant in [invoke − Δ, complete] (--extra deltaMs, default 500)',
    extras: [
      {
        name: 'deltaMs',
        type: 'number',
        default: '500',
        meaning: 'the staleness bound Δ: a read may return any value current in [invoke − Δ, complete]',
      },
    ],
    check: (history, options) =>
      checkBoundedStaleness(history, {
        ...(typeof options.extra?.deltaMs === 'number' ? { deltaMs: options.extra.deltaMs } : {}),
      }),
  },
  counter: counterChecker,
  echo: echoChecker,
  'exactly-once': {
    name: 'exactly-once',
    doc: 'append/read per-key lists: every acknowledged element exactly once, reads are prefixes (--extra linearizable)',
    extras: [EXACTLY_ONCE_LINEARIZABLE],
    check: (history, options, budget) =>
      checkExactlyOnce(
        history,
        { linearizable: extraFlag(options.extra, EXACTLY_ONCE_LINEARIZABLE) === true },
        budget,
      ),
  },
  kafka: kafkaChecker,
  linearizable: linearizableChecker,
  'list-append': listAppendChecker,
  'rw-register': rwRegisterChecker,
  'set-full': setFullChecker,
  'unique-ids': uniqueIdsChecker,
}

export function checkerNames(): string[] {
  return Object.keys(CHECKERS).sort()
}

export function findChecker(name: string): RegisteredChecker | undefined {
  return Object.hasOwn(CHECKERS, name) ? CHECKERS[name] : undefined
}
