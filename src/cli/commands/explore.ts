/**
 * `dsgrade explore --track T --stage S --bin B --seeds N [--jobs J] [--all]` (issue 18): N
 * seeds of one stage in simulated time, J at a time, fault parameters swarmed from each seed;
 * a progress line, and for each failing seed the anomaly sentence and the command that
 * replays it. Exit codes: 0 no seed failed, 1 a seed failed, 2 the node does not take part in
 * simulated time (nothing explored), 254 bad arguments, 255 every seed could not run.
 */
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import {
  exploreStage,
  loadTracks,
  PLAIN_EVERY,
  type ExploreFailure,
  type ExploreProgress,
} from '../../grading/index.js'
import { randomSeed } from '../../network/index.js'
import { resolveNodeCommand } from '../../process/index.js'
import { shellQuote } from '../../run/index.js'
import { UsageError } from '../../shared/index.js'
import { findStage, findTrack, findTrackOfStage } from '../../tracks/index.js'
import { lastValue, numberOption, optionsHelp, parseArgs, type OptionSpec } from '../args.js'
import type { CommandContext } from './test.js'
import { seedFrom } from './test-options.js'

export const EXPLORE_OPTIONS: OptionSpec[] = [
  { name: 'track', value: true, arg: 'TRACK', help: 'the track of the stage' },
  { name: 'stage', value: true, arg: 'STAGE', help: 'the stage (full id, short id or number)' },
  {
    name: 'bin',
    value: true,
    arg: 'PATH',
    help: 'your node: a path, or a command line in quotes ("python3 node.py")',
  },
  { name: 'seeds', value: true, arg: 'N', help: 'how many seeds to explore (default 100)' },
  { name: 'seed', value: true, arg: 'N', help: 'the first seed (default: random, printed)' },
  {
    name: 'jobs',
    value: true,
    arg: 'J',
    help: 'seeds run at once (default: the number of cores)',
  },
  { name: 'all', help: 'run every seed instead of stopping at the first failing one' },
  { name: 'no-swarm', help: "keep the stage's own fault parameters on every seed" },
  { name: 'store', value: true, arg: 'DIR', help: 'where failing runs are kept (default ./store)' },
  {
    name: 'time-scale',
    value: true,
    arg: 'F',
    help: 'scale every duration (default 1); thresholds never change',
  },
  { name: 'tracks-dir', value: true, arg: 'DIR', help: "a course author's tracks instead of ours" },
  { name: 'help', alias: 'h', help: 'this help' },
]

export const EXPLORE_HELP = `Usage:
  dsgrade explore --track TRACK --stage STAGE --bin PATH --seeds N [--jobs J] [--all]

Runs N seeds of one stage in simulated time (docs/simulation.md), J at a time, each with its
own fault parameters drawn from the seed (swarm testing: fault interval, loss ratios,
partition shapes, kill and pause targets, latency; on Raft stages half of these seeds also
chase the leader: cut it off the moment it sends a new entry, kill it, restart it, and on
stages that kill, three in four of those steer the Raft paper's Figure 8 step by step,
leaving links so that only the node it picks can win each election, with lin-kv's clients
kept on a key longer); the first seed and every ${PLAIN_EVERY}th after
it keep the stage's own parameters, graded on every criterion as dsgrade test grades them.
Stops at the first failing seed unless --all, and prints for each failure the anomaly and
the command that replays it. Your node's library must take part in simulated time (our
templates' libraries do); explore stops at once, exit 2, when it does not.

Options:
${optionsHelp(EXPLORE_OPTIONS)}

Exit codes: 0 no seed failed, 1 a seed failed, 2 the node does not take part in simulated
time, 254 bad arguments, 255 no seed could run.`

/**
 * What explore prints for one failing seed: the anomaly once, the command that replays it
 * (with `--tracks-dir` when the stage came from one, so it works when pasted) and the run.
 */
export function failureLines(failure: ExploreFailure, tracksDir?: string): string[] {
  const where = tracksDir === undefined ? '' : ` --tracks-dir ${shellQuote(tracksDir)}`
  const params = failure.swarmed ? 'swarmed fault parameters' : "the stage's own fault parameters"
  return [
    `Seed ${failure.seed} fails (${params}): ${failure.sentence}`,
    `  replay: ${failure.replay}${where}`,
    `  run: ${failure.runDir}`,
  ]
}

function progressLine(stageId: string, p: ExploreProgress): string {
  const perMin = p.elapsedS > 0 ? (p.done / p.elapsedS) * 60 : 0
  return `explore ${stageId}: ${p.done}/${p.total} seeds, ${p.failing} failing, ${p.elapsedS.toFixed(1)} s (${perMin.toFixed(0)} seeds/min)`
}

export async function exploreCommand(
  argv: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  const parsed = parseArgs(argv, EXPLORE_OPTIONS, 'explore')
  if (parsed.flags.has('help')) {
    ctx.logger.info(EXPLORE_HELP)
    return 0
  }
  const tracksDirArg = lastValue(parsed, 'tracks-dir')
  const tracks = loadTracks(tracksDirArg === undefined ? undefined : resolve(ctx.cwd, tracksDirArg))
  const stageName = lastValue(parsed, 'stage')
  if (stageName === undefined) {
    throw new UsageError('dsgrade explore: give the stage to explore with --stage STAGE.')
  }
  const trackName = lastValue(parsed, 'track') ?? ''
  const track =
    trackName === ''
      ? (findTrackOfStage(tracks, stageName) ?? findTrack(tracks, trackName))
      : findTrack(tracks, trackName)
  const stage = findStage(track, stageName)
  const bin = lastValue(parsed, 'bin')
  if (bin === undefined) {
    throw new UsageError('dsgrade explore: give your node with --bin PATH (e.g. --bin ./node.py).')
  }
  const extraArgs = [...parsed.positionals, ...parsed.rest]
  const resolved = resolveNodeCommand(bin, { extraArgs, cwd: ctx.cwd, pathEnv: ctx.env.PATH })
  const count = numberOption(parsed, 'seeds', 100, { integer: true, min: 1, max: 100_000 })
  const jobs = numberOption(parsed, 'jobs', availableParallelism(), { integer: true, min: 1 })
  const firstSeed = seedFrom(parsed, randomSeed())
  const swarm = !parsed.flags.has('no-swarm')
  if (stage.status === 'planned') {
    ctx.logger.info(
      `Note: ${stage.fullId} is planned (${stage.plannedReason ?? 'not proven yet'}): its verdicts are not yet proven fair.`,
    )
  }
  const params = swarm
    ? `, swarmed fault parameters (every ${PLAIN_EVERY}th seed from the first: the stage's own, every criterion graded)`
    : ", the stage's own fault parameters"
  ctx.logger.info(
    `dsgrade explore ${stage.fullId}: seeds ${firstSeed}…${firstSeed + count - 1}, ${jobs} at a time, simulated time${params}`,
  )
  const every = Math.max(1, Math.ceil(count / 20))
  const result = await exploreStage({
    track,
    stage,
    command: [resolved.file, ...resolved.args],
    typedBin: [bin, ...extraArgs.map(shellQuote)].join(' '),
    cwd: ctx.cwd,
    storeDir: resolve(ctx.cwd, lastValue(parsed, 'store') ?? 'store'),
    timeScale: numberOption(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
    env: ctx.env,
    firstSeed,
    count,
    jobs,
    all: parsed.flags.has('all'),
    swarm,
    onProgress: (p) => {
      if (p.done % every === 0 || p.done === p.total) {
        ctx.logger.info(progressLine(stage.fullId, p))
      }
    },
    onFailure: (f) => {
      for (const line of failureLines(f, tracksDirArg)) {
        ctx.logger.info(line)
      }
    },
  })
  if (result.notTakingPart !== undefined) {
    const where = tracksDirArg === undefined ? '' : ` --tracks-dir ${shellQuote(tracksDirArg)}`
    ctx.logger.info(result.notTakingPart.sentence)
    ctx.logger.info(`Meanwhile this grades the stage in real time:`)
    ctx.logger.info(`  ${result.notTakingPart.realTime}${where}`)
    ctx.logger.info('Nothing explored (exit 2)')
    return 2
  }
  for (const error of result.errors.slice(0, 3)) {
    ctx.logger.info(`Seed ${error.seed} could not run: ${error.reason}`)
  }
  const summary = `${result.done} seed(s) in ${result.elapsedS.toFixed(1)} s`
  if (result.failures.length > 0) {
    ctx.logger.info(
      `${result.failures.length} failing seed(s) of ${summary}; seeds to the first failure: ${result.seedsToFirstFailure ?? '?'} (exit 1)`,
    )
    return 1
  }
  if (result.errors.length === result.done) {
    ctx.logger.info(`No seed could run (${summary}) (exit 255)`)
    return 255
  }
  ctx.logger.info(`No failing seed in ${summary} (exit 0)`)
  return 0
}
