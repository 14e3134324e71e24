/**
 * The `list-append` and `rw-register` entries of the checker registry: adapt the command
 * line (`--consistency-models`, extras `wfr-keys`, `sequential-keys`, `linearizable-keys`
 * as booleans) to the Elle checker options. Nothing else.
 */
import type { RegisteredChecker } from '../contract.js'
import { checkListAppend, checkRwRegister } from './index.js'

function flag(extra: Record<string, unknown> | undefined, ...names: string[]): boolean | undefined {
  for (const name of names) {
    const value = extra?.[name]
    if (value !== undefined) {
      return value !== false && value !== 'false'
    }
  }
  return undefined
}

export const listAppendChecker: RegisteredChecker = {
  name: 'list-append',
  doc: 'Elle list-append transactions: dependency cycles (G0…G2), G1a/G1b, internal, lost updates (--consistency-models)',
  check: (history, options, budget) =>
    checkListAppend(history, { consistencyModels: options.consistencyModels ?? [] }, budget),
}

export const rwRegisterChecker: RegisteredChecker = {
  name: 'rw-register',
  doc: 'Elle rw-register transactions: version orders from writes-follow-reads and sessions, cycles G0…G2 (--consistency-models)',
  check: (history, options, budget) => {
    const wfrKeys = flag(options.extra, 'wfr-keys', 'wfrKeys')
    const sequentialKeys = flag(options.extra, 'sequential-keys', 'sequentialKeys')
    const linearizableKeys = flag(options.extra, 'linearizable-keys', 'linearizableKeys')
    return checkRwRegister(
      history,
      {
        consistencyModels: options.consistencyModels ?? [],
        ...(wfrKeys === undefined ? {} : { wfrKeys }),
        ...(sequentialKeys === undefined ? {} : { sequentialKeys }),
        ...(linearizableKeys === undefined ? {} : { linearizableKeys }),
      },
      budget,
    )
  },
}
