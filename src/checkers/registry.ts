/**
 * Checkers by name, for `dsgrade check HISTORY --checker NAME` (interfaces.md §1.3) and for
 * tracks. Each entry adapts the command-line options to the checker's own options.
 * Add one entry per checker (keep alphabetical).
 */
import type { Op } from '../history/types.js'
import type { ExtraSpec } from '../shared/extras.js'
import type { Budget, CheckResult } from './contract.js'
import { counterChecker, echoChecker, setFullChecker, uniqueIdsChecker } from './basic/index.js'
import { EXACTLY_ONCE_LINEARIZABLE, checkExactlyOnce } from './exactly-once.js'
import { extraFlag } from '../shared/extras.js'
import { kafkaChecker } from './kafka/index.js'
import { linearizableChecker } from './linearizable/index.js'
import { listAppendChecker, rwRegisterChecker } from './elle/registered.js'

export interface CheckCommandOptions {
  /** `--model` (linearizable: cas-register, register, kv). */
  model?: string
  /** `--consistency-models` (list-append, rw-register). */
  consistencyModels?: string[]
  /** Anything else a checker accepts from the command line. */
  extra?: Record<string, unknown>
}

export interface RegisteredChecker {
  name: string
  /** One line for `dsgrade check --help`. */
  doc: string
  /** The `--extra` keys this checker reads; any other key is refused (exit 254). */
  extras?: readonly ExtraSpec[]
  check(history: readonly Op[], options: CheckCommandOptions, budget: Budget): CheckResult
}

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
