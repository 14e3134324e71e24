/**
 * The `dsgrade` command line (interfaces.md §1): argv in, exit code out. Commands: test,
 * check, tracks, demo; `--help` everywhere, `--version`. Errors become exit codes with one
 * plain sentence: UsageError 254, a test that cannot run 255, our own bug 255 ("please
 * report"). This file and action/ are the only places that read process.env.
 */
import { resolve } from 'node:path'
import { isDsgradeError } from '../shared/index.js'
import { packageVersion } from '../shared/index.js'
import { lastValue, numberOption, optionsHelp, parseArgs, type OptionSpec } from './args.js'
import { checkCommand } from './commands/check.js'
import { hasConfig, repoCommand, validateCommand } from './commands/repo.js'
import { testCommand, type CommandContext } from './commands/test.js'
import { exploreCommand } from './commands/explore.js'
import { CliLogger, isInteractive } from './logger.js'

const MAIN_HELP = `Usage: dsgrade <command> [options]

Commands:
  test      run your node as a simulated cluster and check it (Maelstrom-compatible)
  explore   run many seeds of a stage in simulated time and report the failing ones
  check     check a recorded history offline (history.jsonl, EDN, Jepsen log)
  tracks    list the curriculum tracks and their stages
  demo      grade the bundled reference nodes on every track
  validate  check dsgrade.yml (keys, track ids, commands)

In a repository with a dsgrade.yml, dsgrade with no command builds and grades the tracks it
lists, exactly as the GitHub Action does (dsgrade grade --help for its options).

Run dsgrade <command> --help for the options of a command. dsgrade --version prints the version.`

const DEMO_OPTIONS: OptionSpec[] = [
  { name: 'store', value: true, arg: 'DIR', help: 'where runs are stored (default ./store)' },
  { name: 'time-scale', value: true, arg: 'F', help: 'scale every duration (default 1)' },
  {
    name: 'track',
    value: true,
    arg: 'T',
    help: 'only this track; repeat for several (default: all fifteen)',
  },
  { name: 'help', alias: 'h', help: 'this help' },
]

const TRACKS_OPTIONS: OptionSpec[] = [
  {
    name: 'check',
    help: 'validate the tracks (ours, or DIR) and list every problem; exit 1 if any',
  },
  { name: 'tracks-dir', value: true, arg: 'DIR', help: 'list the tracks in DIR instead of ours' },
  { name: 'help', alias: 'h', help: 'this help' },
]

async function tracksCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, TRACKS_OPTIONS, 'tracks')
  if (parsed.flags.has('help')) {
    ctx.logger.info(
      `Usage: dsgrade tracks [--check] [DIR]\n\nLists the curriculum tracks and their stages; with --check, validates a tracks directory (ours by default) and lists every problem.\n\nOptions:\n${optionsHelp(TRACKS_OPTIONS)}`,
    )
    return 0
  }
  const given = parsed.positionals[0] ?? lastValue(parsed, 'tracks-dir')
  const dir = given === undefined ? undefined : resolve(ctx.cwd, given)
  const { checkTrackFiles, listTracks } = await import('./commands/tracks.js')
  return parsed.flags.has('check') ? checkTrackFiles(ctx.logger, dir) : listTracks(ctx.logger, dir)
}

async function demoCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, DEMO_OPTIONS, 'demo')
  if (parsed.flags.has('help')) {
    ctx.logger.info(
      `Usage: dsgrade demo [options]\n\nGrades the bundled reference nodes.\n\nOptions:\n${optionsHelp(DEMO_OPTIONS)}`,
    )
    return 0
  }
  const { runDemo } = await import('./commands/tracks.js')
  const { LEASE_ENV, LEASE_UNITS_ENV, stopWhenOrphaned } =
    await import('./commands/demo-harnesses.js')
  // A demo forked by a demo (one harness process per track) leases its runs' units from the
  // parent's budget; DSGRADE_DEMO_PROCESSES=1 grades every track in this one process.
  const child = ctx.env[LEASE_ENV] === 'ipc' && process.send !== undefined
  if (child) {
    const { machineBudget, leaseFromParent } = await import('../run/index.js')
    stopWhenOrphaned()
    const units = Number(ctx.env[LEASE_UNITS_ENV])
    machineBudget.leaseFrom(
      leaseFromParent(),
      Number.isFinite(units) && units > 0 ? units : machineBudget.capacity,
    )
  }
  const oneProcess = ctx.env.DSGRADE_DEMO_PROCESSES === '1' || process.argv[1] === undefined
  return runDemo({
    ...(child || oneProcess ? {} : { cliPath: process.argv[1] }),
    child,
    storeDir: resolve(ctx.cwd, lastValue(parsed, 'store') ?? 'store'),
    timeScale: numberOption(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
    ...(parsed.values.has('track') ? { tracks: parsed.values.get('track') } : {}),
    env: ctx.env,
    logger: ctx.logger,
  })
}

const COMMANDS: Record<string, (argv: readonly string[], ctx: CommandContext) => Promise<number>> =
  {
    test: testCommand,
    explore: exploreCommand,
    check: checkCommand,
    tracks: tracksCommand,
    demo: demoCommand,
    validate: validateCommand,
    grade: repoCommand,
  }

function failure(error: unknown, logger: CliLogger): number {
  if (isDsgradeError(error)) {
    if (error.code === 'USAGE') {
      // Messages from the argument parser already name the command ("dsgrade test: …").
      logger.info(
        error.message.startsWith('dsgrade ') ? error.message : `dsgrade: ${error.message}`,
      )
      return 254
    }
    if (
      error.code === 'RUN' ||
      error.code === 'TRACK' ||
      error.code === 'CONFIG' ||
      error.code === 'HISTORY_FORMAT'
    ) {
      logger.info(`dsgrade: the test could not run: ${error.message}`)
      return error.code === 'HISTORY_FORMAT' ? 254 : 255
    }
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  logger.info(`dsgrade: internal error (a dsgrade bug, please report it): ${text}`)
  return 255
}

/** Ctrl-C / SIGTERM: stop every node of the runs in progress, then exit 130 / 143. */
function handleInterrupts(logger: CliLogger): void {
  let stopping = false
  const onSignal = (signal: NodeJS.Signals, code: number): void => {
    if (stopping) {
      return
    }
    stopping = true
    logger.info(`dsgrade: interrupted (${signal}); stopping the nodes.`)
    void import('../run/index.js')
      .then(({ stopActiveRuns }) => stopActiveRuns())
      .finally(() => process.exit(code))
  }
  process.on('SIGINT', () => onSignal('SIGINT', 130))
  process.on('SIGTERM', () => onSignal('SIGTERM', 143))
}

/**
 * `dsgrade tracks | head`: once the reader is gone, what we still print is dropped instead of
 * crashing on EPIPE; a grading run in progress still finishes and stops its nodes.
 */
function ignoreClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') {
        throw error
      }
    })
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const logger = new CliLogger({
    verbose: argv.includes('--verbose') || argv.includes('-v'),
    interactive: isInteractive(),
  })
  const ctx: CommandContext = { logger, cwd: process.cwd(), env: process.env }
  handleInterrupts(logger)
  ignoreClosedOutput()
  try {
    if (command === '--version' || command === 'version') {
      logger.info(`dsgrade ${packageVersion()}`)
      return 0
    }
    // In a learner repository, `dsgrade` (with only options) grades it as the Action does.
    if (
      (command === undefined || command.startsWith('--')) &&
      command !== '--help' &&
      hasConfig(ctx.cwd)
    ) {
      return await repoCommand(argv, ctx)
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      logger.info(MAIN_HELP)
      return command === undefined ? 254 : 0
    }
    const run = COMMANDS[command]
    if (run === undefined) {
      logger.info(`dsgrade: unknown command ${JSON.stringify(command)}. ${MAIN_HELP}`)
      return 254
    }
    return await run(rest, ctx)
  } catch (error) {
    return failure(error, logger)
  } finally {
    logger.done()
  }
}

/**
 * Node ends a process whose event loop is empty while the top-level await below still waits
 * with exit code 13 and one terse warning. That is always a dsgrade bug (work that can never
 * start or finish: stop 17's demo hit one in the machine budget); say so in our words.
 */
let mainSettled = false
process.on('beforeExit', () => {
  if (!mainSettled) {
    process.stderr.write(
      'dsgrade: internal error (a dsgrade bug, please report it): grading stopped while waiting on work that can never finish (Node exit code 13).\n',
    )
  }
})
process.exitCode = await main(process.argv.slice(2))
mainSettled = true
