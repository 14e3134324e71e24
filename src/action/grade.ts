/**
 * Grading the learner's repository in the Action: the shared grading of a repository
 * (grading/repository.ts, the same code `dsgrade` runs in a learner's terminal) with the
 * Action's hooks: each build in a collapsible log group, learner output with workflow
 * commands stopped, a `[track] ` prefix when tracks run in parallel, and with
 * `explore-seeds` > 0 the exploration in simulated time between the builds and the grade
 * (explore.ts; it never changes the grade).
 */
import { join } from 'node:path'
import * as core from '@actions/core'
import {
  gradeRepository as gradeRepositoryWith,
  type GradeOutcome,
  type ReadyTrack,
} from '../grading/index.js'
import type { ActionInputs, RunnerContext } from './inputs.js'
import type { ActionLogger } from './logger.js'
import { withCommandsStopped } from './logger.js'
import { docsBaseFrom } from '../shared/index.js'
import { exploreTracks, type Exploration } from './explore.js'

export { BUILD_TIMEOUT_MS, selectTracks, type GradeOutcome } from '../grading/index.js'

export async function gradeRepository(
  inputs: ActionInputs,
  context: RunnerContext,
  logger: ActionLogger,
): Promise<GradeOutcome & { exploration: Exploration | null }> {
  let exploration: Exploration | null = null
  const explore =
    inputs.exploreSeeds > 0
      ? async (tracks: ReadyTrack[]): Promise<void> => {
          exploration = await core.group('Exploring in simulated time (explore-seeds)', () =>
            exploreTracks(tracks, {
              seeds: inputs.exploreSeeds,
              firstSeed: inputs.seed,
              timeScale: inputs.timeScale,
              cwd: context.workspace,
              storeDir: join(context.runnerTemp, 'dsgrade-explore'),
              env: process.env,
              logger,
            }),
          )
        }
      : undefined
  const outcome = await gradeRepositoryWith(
    {
      workspace: context.workspace,
      configPath: inputs.configPath,
      tracks: inputs.tracks,
      seed: inputs.seed,
      timeScale: inputs.timeScale,
      tempDir: context.runnerTemp,
      storeDir: join(context.runnerTemp, 'dsgrade-store'),
      env: process.env,
      repository: context.repository,
      headSha: context.headSha,
      actionRef: context.actionRef,
      docsBase: docsBaseFrom(process.env),
    },
    {
      logger,
      child: (prefix) => logger.child(prefix),
      group: (title, work) => core.group(title, work),
      learnerBlock: withCommandsStopped,
      ...(explore === undefined ? {} : { beforeGrading: explore }),
    },
  )
  return { ...outcome, exploration }
}
