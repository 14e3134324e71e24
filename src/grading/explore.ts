/**
 * `dsgrade explore` (issue 18): many seeds of one stage in simulated time, `jobs` at a time,
 * each seed's fault parameters swarmed from the seed (grading/swarm.ts) unless asked not to;
 * stops at the first failing seed unless `all`. Every seed is graded exactly as
 * `dsgrade test --track T --stage S --seed N --sim [--swarm]` grades it, so a failure's
 * replay command reproduces it byte for byte.
 *
 * Guarantees: a failure is a seed whose status is `fail` (a failing time-based figure of a
 * swarmed seed is inconclusive, never a failure); a node that does not take part in
 * simulated time stops the exploration with its one sentence (real time would take hours);
 * run directories of seeds that did not fail are removed (a thousand seeds would fill the
 * disk), those of failing seeds are kept.
 */
import { rmSync } from 'node:fs'
import type { Logger } from '../shared/index.js'
import { createRpcValidator } from '../tracks/index.js'
import type { StageSpec, TrackSpec } from '../tracks/index.js'
import { seedStatus, stageReason } from './explain.js'
import { runStageSeed, type StageRunRequest } from './stage.js'

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
  /** The stage's one plain sentence for this seed (the anomaly). */
  sentence: string
  replay: string
  runDir: string
}

export interface ExploreResult {
  /** Seeds that finished. */
  done: number
  failures: ExploreFailure[]
  /** Seeds that could not run (exit 255), with the reason. */
  errors: Array<{ seed: number; reason: string }>
  /** Set when a node did not take part in simulated time (its sentence). */
  fellBack?: string
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
    result.fellBack !== undefined || (!request.all && result.failures.length > 0)
  const lane = async (): Promise<void> => {
    while (next < request.count && !stop()) {
      const index = next++
      const seed = request.firstSeed + index
      const { run, outcome } = await runStageSeed(base, seed)
      result.done++
      const sim = (outcome?.results.harness as { sim?: { used?: boolean; fallback?: string } })?.sim
      const status = seedStatus(run)
      if (sim?.used === false) {
        result.fellBack ??= sim.fallback ?? 'a node did not take part in simulated time'
      } else if (status === 'fail') {
        const failure = {
          seed,
          sentence: stageReason(request.stage, status, [run], run),
          replay: run.replay,
          runDir: run.runDir,
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
