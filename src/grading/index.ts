/**
 * `gradeTrack`: the stages of a track in order, each as one or more seeded runs, criteria
 * against thresholds, stopping at the first stage that does not pass (the rest `skipped`).
 * The Action and `dsgrade test --track` call this; renderers take the TrackResult.
 *
 * Guarantees: the track data is loaded and every engine name resolved before anything runs
 * (a TrackError otherwise); a planned stage (engine part not built) is an `error` stage that
 * says so, never silently skipped; seeds are printed and derive from `request.seed` or one
 * random base.
 */
import { randomSeed } from '../network/index.js'
import type { Logger } from '../shared/index.js'
import { findStage, findTrack } from '../tracks/index.js'
import { createRpcValidator } from '../tracks/index.js'
import type { StageSpec, TrackSpec } from '../tracks/index.js'
import type { GradeTrackRequest, StageResult, TrackResult } from './contract.js'
import { notRunStage, runStage } from './stage.js'
import { loadTracks } from './tracks.js'

export type { GradeTrackRequest, TrackResult, StageResult } from './contract.js'

export { checkTracks, engineNames, loadTracks } from './tracks.js'

function selectStages(track: TrackSpec, names: readonly string[] | undefined): StageSpec[] {
  if (names === undefined || names.length === 0) {
    return [...track.stages]
  }
  const chosen = new Set(names.map((name) => findStage(track, name).fullId))
  return track.stages.filter((s) => chosen.has(s.fullId))
}

/** The seeds of one stage: fault stages run `request.seeds` (or the manifest's) seeds. */
export function stageSeeds(
  stage: StageSpec,
  baseSeed: number,
  seedsOverride: number | undefined,
): number[] {
  // `--seeds K` sets the seeds of fault stages; any stage can be narrowed to fewer (a replay
  // line's `--seeds 1` reruns exactly one seed).
  const override =
    seedsOverride !== undefined && (stage.faults.length > 0 || seedsOverride < stage.seeds)
  const count = override ? seedsOverride : stage.seeds
  return Array.from({ length: count }, (_, i) => baseSeed + i)
}

/**
 * Seeds of one stage started at once. Runs themselves wait for their share of the one machine
 * budget (run/parallelism.ts), so this is no limit unless a caller asks for one.
 */
export function defaultParallelism(): number {
  return Number.POSITIVE_INFINITY
}

export interface GradeOptions {
  /** A further cap on the seeds of one stage started at once. @default no cap */
  parallelism?: number
  /** Already-loaded tracks (tests, the demo). */
  tracks?: readonly TrackSpec[]
}

export async function gradeTrack(
  request: GradeTrackRequest,
  gradeOptions: GradeOptions = {},
): Promise<TrackResult> {
  const tracks = gradeOptions.tracks ?? loadTracks()
  const track = findTrack(tracks, request.trackId)
  const stages = selectStages(track, request.stages)
  const baseSeed = request.seed ?? randomSeed()
  request.logger.info(
    `Track ${track.number} · ${track.id} — ${track.title}: ${stages.length} stage(s), seed ${baseSeed}${request.sim === true ? ', simulated time' : ''}`,
  )
  const results: StageResult[] = []
  let stopped: StageResult | undefined
  for (const [index, stage] of stages.entries()) {
    if (stopped !== undefined) {
      results.push(
        notRunStage(
          stage,
          'skipped',
          `Not run: stage ${stopped.number} did not pass.`,
          request.docsBase,
        ),
      )
      continue
    }
    const result = await gradeStage(
      stage,
      request,
      baseSeed,
      gradeOptions.parallelism ?? defaultParallelism(),
      track,
      remainingSeconds(stages.slice(index), request.timeScale ?? 1),
    )
    results.push(result)
    logStage(request.logger, result)
    if (result.status !== 'pass') {
      stopped = result
    }
  }
  const passed = results.filter((r) => r.status === 'pass').length
  return { trackId: track.id, title: track.title, stages: results, passed, total: results.length }
}

/**
 * The seconds of main phase still to run in a track, this stage included: the priority of the
 * stage's runs on the machine (run/parallelism.ts). Grading several tracks at once (the demo),
 * the longest chains start first, so the end is not one long track running alone.
 */
export function remainingSeconds(stages: readonly StageSpec[], timeScale: number): number {
  return stages.reduce((sum, s) => sum + s.options.timeLimitS * timeScale, 0)
}

function gradeStage(
  stage: StageSpec,
  request: GradeTrackRequest,
  baseSeed: number,
  parallelism: number,
  track: TrackSpec,
  priority: number,
): Promise<StageResult> {
  if (stage.status === 'planned') {
    const reason = `Stage ${stage.number} ${stage.fullId} is ${stage.plannedReason ?? 'not available yet'}.`
    return Promise.resolve(notRunStage(stage, 'error', reason, request.docsBase))
  }
  return runStage({
    stage,
    command: request.command,
    cwd: request.cwd,
    seeds: stageSeeds(stage, baseSeed, request.seeds),
    storeDir: request.storeDir,
    timeScale: request.timeScale ?? 1,
    ...(request.sim === true ? { sim: true } : {}),
    ...(request.swarm === true ? { swarm: true } : {}),
    parallelism,
    priority,
    env: request.env,
    logger: request.logger,
    validateReply: createRpcValidator(track),
    ...(request.typedBin === undefined ? {} : { typedBin: request.typedBin }),
    ...(request.docsBase === undefined ? {} : { docsBase: request.docsBase }),
  })
}

function logStage(logger: Logger, result: StageResult): void {
  const seconds = (result.durationMs / 1000).toFixed(1)
  logger.info(
    `${result.number} ${result.stageId}: ${result.status} in ${seconds} s — ${result.reason}`,
  )
}
export type { TrackTestArgs } from './contract.js'
export { notRunStage } from './stage.js'
export { renderTrackTable } from './table.js'
export {
  BUILD_TIMEOUT_MS,
  gradeRepository,
  selectTracks,
  type GradeOutcome,
  type ReadyTrack,
  type RepositoryHooks,
  type RepositoryRequest,
} from './repository.js'
export {
  exploreStage,
  PLAIN_EVERY,
  plainSeedAt,
  TIME_PROTOCOL_DOCS,
  type ExploreFailure,
  type NotTakingPart,
  type ExploreProgress,
  type ExploreRequest,
  type ExploreResult,
} from './explore.js'
export { swarmFor, applySwarm, type Swarm } from './swarm.js'
