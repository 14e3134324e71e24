/**
 * Checkers by name, for `dsgrade check HISTORY --checker NAME` (interfaces.md §1.3) and for
 * tracks. Each entry adapts the command-line options to the checker's own options.
 * Add one entry per checker (keep alphabetical). The entry type lives in contract.ts, so the
 * checker folders never import this file (no registry ↔ checker cycle).
 */
import type { RegisteredChecker } from './contract.js'
import { counterChecker, echoChecker, setFullChecker, uniqueIdsChecker } from './basic/index.js'
import { EXACTLY_ONCE_LINEARIZABLE, checkExactlyOnce } from './exactly-once.js'
import { extraFlag } from '../shared/index.js'
import { kafkaChecker } from './kafka/index.js'
import { linearizableChecker } from './linearizable/index.js'
import { listAppendChecker, rwRegisterChecker } from './elle/registered.js'

export const CHECKERS: Record<string, RegisteredChecker> = {
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
