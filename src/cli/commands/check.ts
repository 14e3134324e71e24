/**
 * `dsgrade check HISTORY --checker NAME [--model M] [--consistency-models M]
 * [--time-budget S] [--format F]` (interfaces.md §1.3): reads a recorded history, runs one
 * checker of the registry, prints the result as JSON on stdout, exits 0 / 1 / 2 for
 * valid / invalid / unknown (254 for bad arguments or an unreadable history).
 */
import { budgetFromSeconds } from '../../checkers/contract.js'
import { checkerNames, findChecker } from '../../checkers/registry.js'
import {
  HISTORY_FORMATS,
  readHistoryFile,
  type HistoryFormat,
} from '../../history/formats/index.js'
import { isDsgradeError, UsageError } from '../../shared/errors.js'
import { safeJson } from '../../shared/sanitize.js'
import {
  extraOption,
  lastValue,
  numberOption,
  optionsHelp,
  parseArgs,
  type OptionSpec,
} from '../args.js'
import type { CommandContext } from './test.js'

const CHECK_OPTIONS: OptionSpec[] = [
  { name: 'checker', value: true, arg: 'NAME', help: 'the checker to run' },
  { name: 'model', value: true, arg: 'M', help: 'linearizable: cas-register, register or kv' },
  {
    name: 'consistency-models',
    value: true,
    arg: 'M',
    help: 'list-append / rw-register: Elle models',
  },
  {
    name: 'time-budget',
    value: true,
    arg: 'S',
    help: 'search budget in seconds (default 60); out of budget ⇒ "unknown"',
  },
  {
    name: 'format',
    value: true,
    arg: 'F',
    help: `history format: ${HISTORY_FORMATS.join(', ')} (default: from the file)`,
  },
  {
    name: 'extra',
    value: true,
    repeat: true,
    arg: 'KEY=VALUE',
    help: 'a checker-specific option (repeatable), e.g. --extra linearizable',
  },
  { name: 'help', alias: 'h', help: 'this help' },
]

export function checkHelp(): string {
  return `Usage: dsgrade check HISTORY --checker NAME [--model M] [--consistency-models M] [--time-budget S] [--format F]

Checks a recorded history offline and prints the result as JSON.
Checkers: ${checkerNames().join(', ')}

Options:
${optionsHelp(CHECK_OPTIONS)}

Exit codes: 0 valid, 1 invalid, 2 unknown, 254 bad arguments or an unreadable history.`
}

export async function checkCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, CHECK_OPTIONS, 'check')
  if (parsed.flags.has('help')) {
    ctx.logger.info(checkHelp())
    return 0
  }
  const file = parsed.positionals[0]
  if (file === undefined) {
    throw new UsageError('dsgrade check needs a HISTORY file (history.jsonl, EDN or a Jepsen log).')
  }
  const name = lastValue(parsed, 'checker')
  const checker = name === undefined ? undefined : findChecker(name)
  if (checker === undefined) {
    throw new UsageError(
      `${name === undefined ? 'Missing --checker' : `Unknown checker ${JSON.stringify(name)}`}: use one of ${checkerNames().join(', ')}.`,
    )
  }
  const format = lastValue(parsed, 'format')
  if (format !== undefined && !HISTORY_FORMATS.includes(format as HistoryFormat)) {
    throw new UsageError(
      `--format must be one of ${HISTORY_FORMATS.join(', ')}; got ${JSON.stringify(format)}.`,
    )
  }
  let history
  try {
    history = readHistoryFile(file, format as HistoryFormat | undefined)
  } catch (error) {
    if (isDsgradeError(error) || (error as NodeJS.ErrnoException).code !== undefined) {
      throw new UsageError(`Cannot read the history: ${(error as Error).message}`)
    }
    throw error
  }
  const models = lastValue(parsed, 'consistency-models')
  const model = lastValue(parsed, 'model')
  const result = checker.check(
    history,
    {
      ...(model === undefined ? {} : { model }),
      ...(models === undefined
        ? {}
        : { consistencyModels: models.split(/[\s,]+/).filter((s) => s !== '') }),
      extra: extraOption(parsed),
    },
    budgetFromSeconds(numberOption(parsed, 'time-budget', 60, { min: 0 })),
  )
  process.stdout.write(safeJson(result) + '\n')
  return result.valid === true ? 0 : result.valid === false ? 1 : 2
}
