/**
 * `dsgrade check HISTORY… --checker NAME [--model M] [--consistency-models M]
 * [--time-budget S] [--format F] [--extra K=V]` (interfaces.md §1.3, §5): reads recorded
 * histories, runs one checker of the registry, exits 0 / 1 / 2 for valid / invalid / unknown
 * (254 for bad arguments or an unreadable history). One file: the result as JSON on stdout.
 * Several: a line per file and a summary, in one process; exit = the worst verdict. An
 * `--extra` key the checker does not declare is refused (254), naming the accepted ones.
 */
import type { CheckResult, Validity } from '../../checkers/index.js'
import { budgetFromSeconds, mergeValidity } from '../../checkers/index.js'
import type { CheckCommandOptions } from '../../checkers/index.js'
import { checkerNames, findChecker } from '../../checkers/index.js'
import type { Op } from '../../history/index.js'
import { HISTORY_FORMATS, readHistoryFile, type HistoryFormat } from '../../history/index.js'
import { isDsgradeError, UsageError } from '../../shared/index.js'
import { describeExtras, validateExtras } from '../../shared/index.js'
import { safeJson, safeOneLine } from '../../shared/index.js'
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
    help: 'an option the checker declares (repeatable), e.g. --extra sequential-keys=false; an undeclared key is refused',
  },
  { name: 'help', alias: 'h', help: 'this help' },
]

export function checkHelp(): string {
  return `Usage: dsgrade check HISTORY… --checker NAME [--model M] [--consistency-models M] [--time-budget S] [--format F] [--extra KEY=VALUE]

Checks a recorded history offline and prints the result as JSON. With several files: one
line per file (verdict, time, file, first anomaly or reason), a summary, and the worst
verdict as the exit code.
Checkers: ${checkerNames().join(', ')}

Options:
${optionsHelp(CHECK_OPTIONS)}

Extras each checker accepts (--extra KEY=VALUE; any other key is refused):
${checkerNames()
  .map((n) => `${n}:\n${describeExtras(findChecker(n)?.extras ?? [])}`)
  .join('\n')}

Exit codes: 0 valid, 1 invalid, 2 unknown, 254 bad arguments or an unreadable history.`
}

export async function checkCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, CHECK_OPTIONS, 'check')
  if (parsed.flags.has('help')) {
    ctx.logger.info(checkHelp())
    return 0
  }
  const files = parsed.positionals
  if (files.length === 0) {
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
  const models = lastValue(parsed, 'consistency-models')
  const model = lastValue(parsed, 'model')
  const options: CheckCommandOptions = {
    ...(model === undefined ? {} : { model }),
    ...(models === undefined
      ? {}
      : { consistencyModels: models.split(/[\s,]+/).filter((s) => s !== '') }),
    extra: validateExtras(extraOption(parsed), checker.extras ?? [], `the ${checker.name} checker`),
  }
  const budgetS = numberOption(parsed, 'time-budget', 60, { min: 0 })
  const read = (file: string): Op[] => readHistory(file, format as HistoryFormat | undefined)
  const run = (history: Op[]): CheckResult =>
    checker.check(history, options, budgetFromSeconds(budgetS))
  if (files.length === 1) {
    const result = run(read(files[0] as string))
    process.stdout.write(safeJson(result) + '\n')
    return exitCode(result.valid)
  }
  return checkMany(files, read, run)
}

function readHistory(file: string, format: HistoryFormat | undefined): Op[] {
  try {
    return readHistoryFile(file, format)
  } catch (error) {
    if (isDsgradeError(error) || (error as NodeJS.ErrnoException).code !== undefined) {
      throw new UsageError(`Cannot read the history ${file}: ${(error as Error).message}`)
    }
    throw error
  }
}

function exitCode(valid: Validity): number {
  return valid === true ? 0 : valid === false ? 1 : 2
}

/** What one line says after the verdict: the first anomaly if invalid, the reason if unknown. */
function lineDetail(result: CheckResult): string {
  if (result.valid === 'unknown') {
    return result.reason ?? 'unknown'
  }
  const first = result.valid === false ? result.anomalies[0] : undefined
  return first === undefined ? '' : (first.message.split('\n')[0] ?? '')
}

/**
 * Many files in one process (interfaces.md §5): one line per file (verdict, time, file, the
 * first anomaly or the reason), then a summary. Exit = the worst verdict (invalid > unknown >
 * valid); a file that cannot be read is reported on its line and makes the exit 254.
 */
function checkMany(
  files: readonly string[],
  read: (file: string) => Op[],
  run: (history: Op[]) => CheckResult,
): number {
  const counts = { valid: 0, invalid: 0, unknown: 0, unreadable: 0 }
  const verdicts: Validity[] = []
  const started = performance.now()
  for (const file of files) {
    const t0 = performance.now()
    let history: Op[]
    try {
      history = read(file)
    } catch (error) {
      if (!isDsgradeError(error)) {
        throw error
      }
      counts.unreadable++
      process.stdout.write(
        `${'error'.padEnd(8)} ${''.padStart(11)}  ${file}  — ${(error as Error).message}\n`,
      )
      continue
    }
    const result = run(history)
    verdicts.push(result.valid)
    const word = result.valid === true ? 'valid' : result.valid === false ? 'invalid' : 'unknown'
    counts[word]++
    const ms = (performance.now() - t0).toFixed(1)
    process.stdout.write(
      `${word.padEnd(8)} ${ms.padStart(8)} ms  ${file}${detail(lineDetail(result))}\n`,
    )
  }
  const worst = mergeValidity(verdicts)
  const worstWord =
    counts.unreadable > 0
      ? 'unreadable'
      : worst === true
        ? 'valid'
        : worst === false
          ? 'invalid'
          : 'unknown'
  const totalS = ((performance.now() - started) / 1000).toFixed(2)
  process.stdout.write(
    `${files.length} files: ${counts.valid} valid, ${counts.invalid} invalid, ${counts.unknown} unknown` +
      `${counts.unreadable > 0 ? `, ${counts.unreadable} unreadable` : ''} in ${totalS} s; worst: ${worstWord}\n`,
  )
  return counts.unreadable > 0 ? 254 : exitCode(worst)
}

function detail(text: string): string {
  if (text === '') {
    return ''
  }
  const line = safeOneLine(text)
  return `  — ${line.length > 160 ? `${line.slice(0, 157)}…` : line}`
}
