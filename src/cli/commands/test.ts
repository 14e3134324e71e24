/**
 * `dsgrade test` (interfaces.md §1.1): one test, K seeds in parallel, N repeats, or the
 * stages of a track (dispatched to commands/tracks.ts, loaded lazily so a missing module only
 * breaks those commands). The seed is on the first and the last line; a failing run prints
 * one plain sentence and the exact command that replays it.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TrackTestArgs } from '../../grading/index.js'
import { resolveNodeCommand } from '../../process/index.js'
import { randomSeed } from '../../network/index.js'
import {
  runSeeds,
  runTest,
  replayCommand,
  shellQuote,
  type RunOutcome,
  type RunRequest,
} from '../../run/index.js'
import { UsageError } from '../../shared/index.js'
import type { Logger } from '../../shared/index.js'
import { lastValue, numberOption, optionsHelp, parseArgs, type ParsedArgs } from '../args.js'
import { seedFrom, TEST_OPTIONS, testOptionsFrom } from './test-options.js'

export interface CommandContext {
  logger: Logger
  cwd: string
  env: Record<string, string | undefined>
}

export const TEST_HELP = `Usage:
  dsgrade test -w WORKLOAD --bin PATH [options] [-- ARGS…]
  dsgrade test --track TRACK [--stage STAGE] --bin PATH [--seed N] [--seeds K] [--sim] [--swarm] [--store DIR]

Runs your node as a simulated cluster (the Maelstrom protocol), records the history, checks
it and writes DIR/<workload>/<timestamp>/{results.json,history.jsonl,journal.jsonl,report.html}.
Accepts Maelstrom's command lines unchanged.

Options:
${optionsHelp(TEST_OPTIONS)}

Exit codes: 0 valid, 1 invalid, 2 unknown, 254 bad arguments, 255 the test could not run.`

const VERDICT: Record<number, string> = {
  0: 'valid',
  1: 'invalid',
  2: 'unknown',
  255: 'could not run',
}

function nodeCommand(parsed: ParsedArgs, ctx: CommandContext): string[] {
  const bin = lastValue(parsed, 'bin')
  if (bin === undefined) {
    throw new UsageError(
      'Expected a --bin PATH_TO_BINARY to test (your node, e.g. --bin ./node.py).',
    )
  }
  const extraArgs = [...parsed.positionals, ...parsed.rest]
  const resolved = resolveNodeCommand(bin, { extraArgs, cwd: ctx.cwd, pathEnv: ctx.env.PATH })
  return [resolved.file, ...resolved.args]
}

/** `--bin` as typed plus the arguments after `--`: one command line for replay lines. */
function typedCommandLine(parsed: ParsedArgs): string {
  const extra = [...parsed.positionals, ...parsed.rest].map(shellQuote)
  return [lastValue(parsed, 'bin') ?? '', ...extra].join(' ')
}

async function trackTest(
  parsed: ParsedArgs,
  ctx: CommandContext,
  storeDir: string,
): Promise<number> {
  const { checkTrackNames, runTrackTest } = await import('./tracks.js')
  const tracksDirArg = lastValue(parsed, 'tracks-dir')
  checkTrackNames(
    lastValue(parsed, 'track') ?? '',
    lastValue(parsed, 'stage'),
    tracksDirArg === undefined ? undefined : resolve(ctx.cwd, tracksDirArg),
  )
  const seeds = lastValue(parsed, 'seeds')
  const args: TrackTestArgs = {
    track: lastValue(parsed, 'track') ?? '',
    command: nodeCommand(parsed, ctx),
    typedBin: typedCommandLine(parsed),
    cwd: ctx.cwd,
    storeDir,
    timeScale: numberOption(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
    ...(parsed.flags.has('sim') ? { sim: true } : {}),
    ...(parsed.flags.has('swarm') ? { swarm: true } : {}),
    env: ctx.env,
    logger: ctx.logger,
  }
  const stage = lastValue(parsed, 'stage')
  if (stage !== undefined) {
    args.stage = stage
  }
  if (tracksDirArg !== undefined) {
    args.tracksDir = resolve(ctx.cwd, tracksDirArg)
  }
  if (lastValue(parsed, 'seed') !== undefined) {
    args.seed = seedFrom(parsed, 0)
  }
  if (seeds !== undefined) {
    args.seeds = numberOption(parsed, 'seeds', 1, { integer: true, min: 1 })
  }
  return runTrackTest(args)
}

export async function testCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, TEST_OPTIONS, 'test')
  if (parsed.flags.has('help')) {
    ctx.logger.info(TEST_HELP)
    return 0
  }
  const storeDir = resolve(ctx.cwd, lastValue(parsed, 'store') ?? 'store')
  if (lastValue(parsed, 'track') !== undefined || lastValue(parsed, 'stage') !== undefined) {
    return trackTest(parsed, ctx, storeDir)
  }
  if (parsed.flags.has('swarm')) {
    throw new UsageError(
      '--swarm draws the fault parameters of a stage: use it with --track/--stage.',
    )
  }
  const seed = seedFrom(parsed, randomSeed())
  const options = testOptionsFrom(parsed, nodeCommand(parsed, ctx), ctx.cwd, seed)
  options.typedCommand = {
    bin: lastValue(parsed, 'bin') ?? '',
    args: [...parsed.positionals, ...parsed.rest],
  }
  const env = Object.fromEntries(
    Object.entries(ctx.env).filter((e): e is [string, string] => e[1] !== undefined),
  )
  const request: RunRequest = { options, storeDir, logger: ctx.logger, env }
  ctx.logger.info(`dsgrade test -w ${options.workload}: seed ${seed}`)
  const seedCount = numberOption(parsed, 'seeds', 1, { integer: true, min: 1, max: 1000 })
  if (seedCount > 1) {
    return manySeeds(request, seedCount, ctx.logger)
  }
  const repeats = numberOption(parsed, 'test-count', 1, { integer: true, min: 1, max: 1000 })
  let worst = 0
  for (let i = 0; i < repeats; i++) {
    const outcome = await runTest(
      i === 0 ? request : { ...request, options: { ...options, seed: seed + i } },
    )
    printOutcome(outcome, ctx.logger)
    worst = Math.max(worst, outcome.exitCode)
  }
  return worst
}

function printOutcome(outcome: RunOutcome, logger: Logger): void {
  const seed = Number(outcome.results.seed)
  const report = join(outcome.runDir, 'report.html')
  logger.info(
    `Results: ${outcome.runDir}/results.json${existsSync(report) ? ` · report: ${report}` : ''}`,
  )
  if (outcome.exitCode !== 0) {
    logger.info(`Replay: ${String(outcome.results.replay ?? '')}`)
  }
  logger.info(
    `seed ${seed} · ${VERDICT[outcome.exitCode]} (exit ${outcome.exitCode}): ${outcome.reason}`,
  )
}

async function manySeeds(request: RunRequest, count: number, logger: Logger): Promise<number> {
  const first = request.options.seed
  const seeds = Array.from({ length: count }, (_, i) => first + i)
  const result = await runSeeds(request, seeds)
  for (const outcome of result.outcomes) {
    logger.info(
      `  seed ${String(outcome.results.seed)}: ${VERDICT[outcome.exitCode]} — ${outcome.reason}`,
    )
  }
  const passed = Math.round(result.passRate * count)
  logger.info(`Pass rate: ${passed}/${count} seeds (${Math.round(result.passRate * 100)}%).`)
  for (const failing of result.failing) {
    logger.info(`Failing seed ${failing.seed}: ${failing.reason}`)
    logger.info(`  replay: ${failing.replay}`)
  }
  const verdict = result.exitCode === 0 ? 'all valid' : `${count - passed} of ${count} failed`
  logger.info(
    `seeds ${first}…${first + count - 1} (first seed ${first}) · ${verdict} (exit ${result.exitCode})`,
  )
  return result.exitCode
}

export { replayCommand }
