/**
 * The Action input `explore-seeds` (issue 18): before the real-time grade, every ready stage of
 * every graded track whose build succeeded is explored in simulated time over N seeds — the
 * engine behind `dsgrade explore` (grading/explore.ts): swarmed fault parameters, a stage
 * stops at its first failing seed. Failing seeds become warnings (workflow annotations and a
 * job-summary section), each with the anomaly and the local command that replays it.
 *
 * Guarantees: the real-time grade stays the verdict — exploration never changes a status, a
 * score, an output or the job's result; learner text (a stage's sentence may quote a reply)
 * is sanitised for the workflow log and escaped for the summary; a node that does not take
 * part in simulated time is one warning and its track is not explored further (never a
 * failure). Does not publish anything itself: main.ts appends the section and emits the
 * warnings.
 */
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import {
  exploreStage,
  PLAIN_EVERY,
  type ExploreFailure,
  type ReadyTrack,
} from '../grading/index.js'
import { randomSeed } from '../network/index.js'
import { inlineCode, inlineText } from '../report/index.js'
import type { Logger } from '../shared/index.js'
import { safeOneLine } from '../shared/index.js'

/** At most this many warning annotations (GitHub shows 10 per step; publishing may need 3). */
export const EXPLORE_WARNINGS_MAX = 5

export interface StageExploration {
  trackId: string
  stageId: string
  number: string
  title: string
  /** Seeds that finished. */
  done: number
  failures: ExploreFailure[]
  /** Seeds that could not run. */
  errors: number
  elapsedS: number
}

export interface Exploration {
  seedsPerStage: number
  firstSeed: number
  stages: StageExploration[]
  /** Tracks not explored, with the one sentence why (a node without the time protocol). */
  notExplored: Array<{ trackId: string; reason: string }>
}

export interface ExploreSettings {
  seeds: number
  firstSeed: number | undefined
  timeScale: number
  cwd: string
  storeDir: string
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
}

/** Explores every ready stage of each track, in order; the caller grades afterwards. */
export async function exploreTracks(
  tracks: readonly ReadyTrack[],
  settings: ExploreSettings,
): Promise<Exploration> {
  const firstSeed = settings.firstSeed ?? randomSeed()
  const exploration: Exploration = {
    seedsPerStage: settings.seeds,
    firstSeed,
    stages: [],
    notExplored: [],
  }
  const { logger } = settings
  for (const { spec, command, typedBin } of tracks) {
    for (const stage of spec.stages.filter((s) => s.status !== 'planned')) {
      logger.info(
        `Exploring ${stage.fullId} in simulated time: seeds ${firstSeed}…${firstSeed + settings.seeds - 1}, swarmed fault parameters, every ${PLAIN_EVERY}th seed from the first the stage's own (warnings only; the real-time grade below is the verdict)`,
      )
      const result = await exploreStage({
        track: spec,
        stage,
        command,
        typedBin,
        cwd: settings.cwd,
        storeDir: join(settings.storeDir, spec.id),
        timeScale: settings.timeScale,
        env: settings.env,
        firstSeed,
        count: settings.seeds,
        jobs: availableParallelism(),
        all: false,
        swarm: true,
      })
      if (result.notTakingPart !== undefined) {
        const reason = result.notTakingPart.sentence
        exploration.notExplored.push({ trackId: spec.id, reason })
        logger.warn(
          `explore-seeds: track ${spec.id} was not explored (the real-time grade is unaffected): ${reason}`,
        )
        break
      }
      exploration.stages.push({
        trackId: spec.id,
        stageId: stage.fullId,
        number: stage.number,
        title: stage.title,
        done: result.done,
        failures: result.failures,
        errors: result.errors.length,
        elapsedS: result.elapsedS,
      })
      const found =
        result.failures.length > 0
          ? `seed ${result.failures[0]!.seed} fails`
          : `no failing seed${result.errors.length > 0 ? ` (${result.errors.length} could not run)` : ''}`
      logger.info(
        `  ${stage.fullId}: ${result.done} seed(s) in ${result.elapsedS.toFixed(1)} s, ${found}`,
      )
      for (const failure of result.failures) {
        logger.info(`  Seed ${failure.seed} fails: ${anomaly(failure)}`)
        logger.info(`  replay: ${failure.replay}`)
      }
    }
  }
  return exploration
}

/** What failed on the seed (the sentence does not name the seed: the caller does). */
function anomaly(failure: ExploreFailure): string {
  return failure.sentence
}

function failureMessage(stage: StageExploration, failure: ExploreFailure): string {
  return `Seed ${failure.seed} of ${stage.stageId} fails in simulated time (explore-seeds): ${anomaly(failure)} Replay locally: ${failure.replay} — a warning only: the real-time grade is the verdict.`
}

/** One warning annotation per failing seed (at most EXPLORE_WARNINGS_MAX), sanitised. */
export function emitExploreWarnings(exploration: Exploration): void {
  const failing = exploration.stages.flatMap((stage) =>
    stage.failures.map((failure) => ({ stage, failure })),
  )
  const shown = failing.slice(0, EXPLORE_WARNINGS_MAX)
  shown.forEach(({ stage, failure }, index) => {
    const more =
      index === shown.length - 1 && failing.length > shown.length
        ? ` …and ${failing.length - shown.length} more failing seed(s): see the job summary.`
        : ''
    core.warning(safeOneLine(`${failureMessage(stage, failure)}${more}`), {
      title: `dsgrade explore: ${stage.number} ${stage.title}, seed ${failure.seed}`,
    })
  })
}

/** The job-summary section (Markdown; learner text escaped, commands as inline code). */
export function renderExploreSection(exploration: Exploration): string {
  const failing = exploration.stages.filter((stage) => stage.failures.length > 0).length
  const last = exploration.firstSeed + exploration.seedsPerStage - 1
  const lines = [
    `### ${failing > 0 ? '⚠️' : '🔎'} Exploration in simulated time (\`explore-seeds: ${exploration.seedsPerStage}\`)`,
    '',
    `Before the real-time grade, each stage was explored over seeds ${exploration.firstSeed}…${last} in simulated time with fault parameters drawn from each seed, stopping at its first failing seed. ${failing > 0 ? `${failing} stage(s) have a failing seed: these are warnings, ` : 'No seed failed; '}the real-time grade above is the verdict.`,
  ]
  if (exploration.stages.length > 0) {
    lines.push(
      '',
      '| | stage | seeds run | failing seed | anomaly | replay locally |',
      '|---|---|---|---|---|---|',
    )
    for (const stage of exploration.stages) {
      const failure = stage.failures[0]
      const errors = stage.errors > 0 ? ` (${stage.errors} could not run)` : ''
      lines.push(
        failure === undefined
          ? `| ✅ | ${inlineText(`${stage.number} ${stage.title}`)} | ${stage.done}${errors} | — | none found | |`
          : `| ⚠️ | ${inlineText(`${stage.number} ${stage.title}`)} | ${stage.done}${errors} | ${failure.seed} | ${inlineText(anomaly(failure), 1000)} | ${inlineCode(failure.replay, true)} |`,
      )
    }
  }
  for (const skipped of exploration.notExplored) {
    lines.push(
      '',
      `Track ${inlineText(skipped.trackId)} was not explored: ${inlineText(skipped.reason, 1000)}`,
    )
  }
  return `${lines.join('\n')}\n`
}
