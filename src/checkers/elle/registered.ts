/**
 * The `list-append` and `rw-register` entries of the checker registry: adapt the command
 * line (`--consistency-models`, the declared extras `wfr-keys`, `sequential-keys`,
 * `linearizable-keys` as booleans) to the Elle checker options. The txn-rw-register workload
 * uses the same declarations and parser, so `dsgrade test` and `dsgrade check` agree.
 */
import type { ExtraSpec } from '../../shared/index.js'
import { extraFlag } from '../../shared/index.js'
import type { RegisteredChecker } from '../contract.js'
import type { RwRegisterOptions } from './rw-register.js'
import { checkListAppend, checkRwRegister } from './index.js'

const BY_MODEL = 'on exactly when sound for every model checked (docs/checkers-rules.md)'

/** The rw-register inference switches, shared by `dsgrade check` and the workload. */
export const RW_REGISTER_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'wfr-keys',
    aliases: ['wfrKeys'],
    type: 'boolean',
    default: BY_MODEL,
    meaning: 'writes-follow-reads: true assumes it (recorded in assumedRules), false turns it off',
  },
  {
    name: 'sequential-keys',
    aliases: ['sequentialKeys'],
    type: 'boolean',
    default: BY_MODEL,
    meaning:
      "per-client order of a key's versions: true assumes it (recorded in assumedRules), false turns it off",
  },
  {
    name: 'linearizable-keys',
    aliases: ['linearizableKeys'],
    type: 'boolean',
    default: BY_MODEL,
    meaning:
      "real-time order of a key's versions: true assumes it (recorded in assumedRules), false turns it off",
  },
]

/** The rw-register options an `--extra` map asks for (absent keys left to the models). */
export function rwRegisterExtras(extra: Record<string, unknown> | undefined): RwRegisterOptions {
  const [wfr, sequential, linearizable] = RW_REGISTER_EXTRAS.map((spec) => extraFlag(extra, spec))
  return {
    ...(wfr === undefined ? {} : { wfrKeys: wfr }),
    ...(sequential === undefined ? {} : { sequentialKeys: sequential }),
    ...(linearizable === undefined ? {} : { linearizableKeys: linearizable }),
  }
}

export const listAppendChecker: RegisteredChecker = {
  name: 'list-append',
  doc: 'Elle list-append transactions: dependency cycles (G0…G2), G1a/G1b, internal, lost updates (--consistency-models)',
  check: (history, options, budget) =>
    checkListAppend(history, { consistencyModels: options.consistencyModels ?? [] }, budget),
}

export const rwRegisterChecker: RegisteredChecker = {
  name: 'rw-register',
  doc: 'Elle rw-register transactions: version orders only from the rules the model grants (docs/checkers-rules.md), cycles G0…G2, garbage reads (--consistency-models)',
  extras: RW_REGISTER_EXTRAS,
  check: (history, options, budget) =>
    checkRwRegister(
      history,
      { consistencyModels: options.consistencyModels ?? [], ...rwRegisterExtras(options.extra) },
      budget,
    ),
}
