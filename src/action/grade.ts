/**
 * Grading the learner's repository in the Action: the shared grading of a repository
 * (grading/repository.ts, the same code `dsgrade` runs in a learner's terminal) with the
 * Action's hooks: each build in a collapsible log group, learner output with workflow
 * commands stopped, a `[track] ` prefix when tracks run in parallel.
 */
import { join } from 'node:path'
import * as core from '@actions/core'
import { gradeRepository as gradeRepositoryWith, type GradeOutcome } from '../grading/index.js'
import type { ActionInputs, RunnerContext } from './inputs.js'
import type { ActionLogger } from './logger.js'
import { withCommandsStopped } from './logger.js'
import { docsBaseFrom } from '../shared/index.js'

export { BUILD_TIMEOUT_MS, selectTracks, type GradeOutcome } from '../grading/index.js'

export function gradeRepository(
  inputs: ActionInputs,
  context: RunnerContext,
  logger: ActionLogger,
): Promise<GradeOutcome> {
  return gradeRepositoryWith(
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
    },
  )
}
