/**
 * `dsgrade explore` (issue 18): many seeds of one stage in simulated time, `jobs` at a time,
 * each seed's fault parameters swarmed from the seed (grading/swarm.ts) unless asked not to;
 * stops at the first failing seed unless `all`. Every seed is graded exactly as
 * `dsgrade test --track T --stage S --seed N --sim [--swarm]` grades it, so a failure's
 * replay command reproduces it byte for byte.
 *
 * Unbuggified seeds: with swarming on, the first seed of an exploration and every
 * PLAIN_EVERY-th after it run the stage's own fault parameters, graded exactly as
 * `dsgrade test --sim` grades them (every criterion against its threshold, time-based ones
 * included), so a node that blows a rate or latency budget — which a swarmed seed can only
 * call inconclusive — is still found; their replay command has no `--swarm`.
 *
 * Guarantees: a failure is a seed whose status is `fail` (a failing time-based figure of a
 * swarmed seed is inconclusive, never a failure); a node that does not take part in
 * simulated time stops the exploration at its first input/idle exchange, every process of
 * that seed stopped at once and nothing rerun in real time (real time would take hours);
 * run directories of seeds that did not fail are removed (a thousand seeds would fill the
 * disk), those of failing seeds are kept.
 */
import { rmSync } from 'node:fs'
import { SimNotTakingPartError } from '../run/index.js'
import { DSGRADE_DOCS_BASE, type Logger } from '../shared/index.js'
import { createRpcValidator } from '../tracks/index.js'
import type { StageSpec, TrackSpec } from '../tracks/index.js'
import { seedFailureSentence, seedStatus } from './explain.js'
import { runStageSeed, stageReplayCommand, type StageRunRequest } from './stage.js'

/**
 * With swarming, seeds at positions 0, PLAIN_EVERY, 2 × PLAIN_EVERY, … of an exploration run
 * the stage's own parameters (unbuggified, every criterion graded): 1 seed in 4.
 */
export const PLAIN_EVERY = 4

/** Whether the seed at 0-based `position` of a swarmed exploration keeps the stage's parameters. */
export function plainSeedAt(position: number): boolean {
  return position % PLAIN_EVERY === 0
}

export interface ExploreRequest {
  track: TrackSpec
  stage: StageSpec
  command: string[]
  /** The node's command line as typed, for replay lines. */
  typedBin?: string
  cwd: string
  storeDir: string
  timeScale: number
  env: Readonly<Record<string, string | undefined>>
  firstSeed: number
  count: number
  jobs: number
  /** Run every seed instead of stopping at the first failure. */
  all: boolean
  /** Swarm each seed's fault parameters. */
  swarm: boolean
  /** Logs of the runs themselves (default: none). */
  runLogger?: Logger
  onProgress?(progress: ExploreProgress): void
  onFailure?(failure: ExploreFailure): void
}

export interface ExploreProgress {
  done: number
  total: number
  failing: number
  elapsedS: number
}

export interface ExploreFailure {
  seed: number
  /** What failed, one sentence that does not name the seed (the anomaly, with its evidence). */
  sentence: string
  /** The command that replays this seed (`--sim`, and `--swarm` when it was swarmed). */
  replay: string
  runDir: string
  /** Whether the seed's fault parameters were swarmed (false: the stage's own). */
  swarmed: boolean
}

/** A node that does not take part in simulated time, as the harness saw it. */
export interface NotTakingPart {
  /** The seed being run when it was seen. */
  seed: number
  node: string
  /** What it did, a clause ("it printed a message while it was idle (…)"). */
  did: string
  /** Explore's one sentence: what was seen, that explore needs the protocol, how to fix it. */
  sentence: string
  /** The command that grades the stage in real time (this seed, no `--sim`). */
  realTime: string
}

export interface ExploreResult {
  /** Seeds that finished. */
  done: number
  failures: ExploreFailure[]
  /** Seeds that could not run (exit 255), with the reason. */
  errors: Array<{ seed: number; reason: string }>
  /** Set when a node did not take part in simulated time (nothing was explored). */
  notTakingPart?: NotTakingPart
  /** 1-based position of the first failing seed among those explored, or null. */
  seedsToFirstFailure: number | null
  elapsedS: number
}

const QUIET: Logger = {
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  learnerOutput: () => undefined,
}

function stageRequest(request: ExploreRequest): StageRunRequest {
  return {
    stage: request.stage,
    command: request.command,
    cwd: request.cwd,
    seeds: [],
    storeDir: request.storeDir,
    timeScale: request.timeScale,
    parallelism: 1,
    env: request.env,
    logger: request.runLogger ?? QUIET,
    validateReply: createRpcValidator(request.track),
    sim: true,
    simStrict: true,
    swarm: request.swarm,
    ...(request.typedBin === undefined ? {} : { typedBin: request.typedBin }),
  }
}

export async function exploreStage(request: ExploreRequest): Promise<ExploreResult> {
  const started = performance.now()
  const elapsedS = (): number => (performance.now() - started) / 1000
  const base = stageRequest(request)
  const result: ExploreResult = {
    done: 0,
    failures: [],
    errors: [],
    seedsToFirstFailure: null,
    elapsedS: 0,
  }
  let next = 0
  const stop = (): boolean =>
    result.notTakingPart !== undefined || (!request.all && result.failures.length > 0)
  const lane = async (): Promise<void> => {
    while (next < request.count && !stop()) {
      const index = next++
      const seed = request.firstSeed + index
      const swarmed = request.swarm && !plainSeedAt(index)
      let ran: Awaited<ReturnType<typeof runStageSeed>>
      try {
        ran = await runStageSeed({ ...base, swarm: swarmed }, seed)
      } catch (error) {
        if (!(error instanceof SimNotTakingPartError)) {
          throw error
        }
        // Lanes run seeds side by side, so a later seed can report first: the sentence names
        // the lowest seed that showed it, the same on every run.
        if (result.notTakingPart === undefined || seed < result.notTakingPart.seed) {
          result.notTakingPart = notTakingPart(request, seed, error)
        }
        continue
      }
      const { run } = ran
      result.done++
      const status = seedStatus(run)
      if (status === 'fail') {
        const failure = {
          seed,
          sentence: seedFailureSentence(run),
          replay: run.replay,
          runDir: run.runDir,
          swarmed,
        }
        result.failures.push(failure)
        const position = index + 1
        if (result.seedsToFirstFailure === null || position < result.seedsToFirstFailure) {
          result.seedsToFirstFailure = position
        }
        request.onFailure?.(failure)
      } else if (status === 'error') {
        result.errors.push({ seed, reason: run.reason })
      }
      if (status !== 'fail' && run.runDir !== '') {
        rmSync(run.runDir, { recursive: true, force: true })
      }
      request.onProgress?.({
        done: result.done,
        total: request.count,
        failing: result.failures.length,
        elapsedS: elapsedS(),
      })
    }
  }
  const lanes = Math.max(1, Math.min(request.jobs, request.count))
  await Promise.all(Array.from({ length: lanes }, lane))
  result.failures.sort((a, b) => a.seed - b.seed)
  result.elapsedS = elapsedS()
  return result
}

/** The page a learner reads to make a library take part (§3: the lines a node writes). */
export const TIME_PROTOCOL_DOCS = `${DSGRADE_DOCS_BASE}docs/simulation.md#3-lines-the-node-writes-stdout`

function notTakingPart(
  request: ExploreRequest,
  seed: number,
  error: SimNotTakingPartError,
): NotTakingPart {
  const { node, did } = error.simCause
  const clause = did.replace(/ \(its library does not speak [^)]*\)$/, '')
  const realTime = stageReplayCommand(
    request.stage,
    request.command,
    seed,
    request.timeScale,
    request.typedBin,
  )
  const sentence =
    `Node ${node} does not take part in simulated time — ${clause} — and dsgrade explore ` +
    `runs only in simulated time, so it stopped at seed ${seed} and explored nothing: run your ` +
    `node on a library that speaks the time protocol (the libraries of our templates do; use ` +
    `their after / every timers, not threads, sleeps or OS timers of your own), or add the ` +
    `protocol to yours as ${TIME_PROTOCOL_DOCS} describes.`
  return { seed, node, did, sentence, realTime }
}
