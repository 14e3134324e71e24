/**
 * The GitHub Action entry point (style.md §3.5 model 1, a thin edge): read the inputs →
 * grade (config, builds, tracks) or, in publish mode, merge the results files of earlier jobs
 * → write the combined results file → publish (badge, comment, check run; a part the token may
 * not do is a warning) → write the job summary → set the outputs. Failing stages fail the job
 * (the learner sees a red run); publishing problems never do. Our own errors go to setFailed
 * with one plain sentence.
 */
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import * as core from '@actions/core'
import type { PublishOutcome } from '../github/index.js'
import { createClient, publishReport, readBranchFile, splitRepository } from '../github/index.js'
import { loadTracks } from '../grading/index.js'
import type { AnnotationOptions } from '../report/index.js'
import type { CurriculumSize, Progress } from '../report/index.js'
import { parseProgress } from '../report/index.js'
import { renderAnnotations } from '../report/index.js'
import { WORKFLOW_ERROR_BUDGET, WORKFLOW_ANNOTATION_MESSAGE_MAX } from '../report/index.js'
import type { GradeReport } from '../results/index.js'
import { scoreOf } from '../report/index.js'
import { limits, renderSummary } from '../report/index.js'
import { isDsgradeError } from '../shared/index.js'
import { emitExploreWarnings, renderExploreSection, type Exploration } from './explore.js'
import { gradeRepository } from './grade.js'
import { applyHintLevels } from './hints.js'
import type { ActionInputs, RunnerContext } from './inputs.js'
import { nowIso, readInputs, readRunnerContext, scrubEnvironment } from './inputs.js'
import { ActionLogger } from './logger.js'
import { mergeReports, readResultsFiles, writeResults } from './results.js'

const MAX_LISTED_FILES = 20_000

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const context = readRunnerContext()
    scrubEnvironment(inputs.token)
    const logger = new ActionLogger()
    if (inputs.mode === 'publish' && inputs.exploreSeeds > 0) {
      logger.warn(
        'Input "explore-seeds" is ignored in mode publish (publishing never runs learner code): set it on the grade job.',
      )
    }
    const { report, exploration } =
      inputs.mode === 'publish'
        ? { report: mergeReports(await readResultsFiles(inputs.resultsFiles)), exploration: null }
        : await gradeWithHints(inputs, context, logger)
    const resultsPath = join(
      context.runnerTemp,
      'dsgrade',
      `results-${inputs.tracks?.join('+') ?? 'all'}.json`,
    )
    await writeResults(resultsPath, report)
    const annotationOptions: AnnotationOptions = {
      configPath: report.configPath,
      configLines: report.configLines ?? {},
      repoRoot: context.workspace,
      files: await listFiles(context.workspace),
    }
    const outcome =
      inputs.mode === 'grade'
        ? null
        : await publish(report, annotationOptions, inputs, context, logger)
    if (outcome !== null) {
      report.warnings.push(...outcome.warnings)
      await writeResults(resultsPath, report)
    }
    if (outcome?.checkRun == null) {
      emitWorkflowAnnotations(report, annotationOptions)
    }
    if (exploration !== null) {
      emitExploreWarnings(exploration)
    }
    const summary = withExploreSection(
      renderSummary(report, {
        ...(context.runUrl !== undefined ? { runUrl: context.runUrl } : {}),
        badge: outcome?.badge ?? null,
      }),
      exploration,
    )
    if (process.env.GITHUB_STEP_SUMMARY !== undefined && process.env.GITHUB_STEP_SUMMARY !== '') {
      await core.summary.addRaw(summary).write()
    } else {
      // Outside a runner there is no summary file: print it (neutralised) instead.
      logger.info(summary)
    }
    setOutputs(report, resultsPath, outcome)
  } catch (error) {
    core.setFailed(describeError(error))
  }
}

async function publish(
  report: GradeReport,
  annotationOptions: AnnotationOptions,
  inputs: ActionInputs,
  context: RunnerContext,
  logger: ActionLogger,
): Promise<PublishOutcome> {
  const empty: PublishOutcome = { warnings: [], badge: null, comment: null, checkRun: null }
  const nothingToDo = inputs.comment === 'never' && !inputs.checkRun && inputs.badge === 'false'
  if (nothingToDo) {
    return empty
  }
  if (inputs.token === '' || context.repository === null || context.headSha === null) {
    const warning =
      'No token, repository or commit to publish to (outside GitHub Actions?): only the job summary and the results file were written.'
    logger.warn(warning)
    return { ...empty, warnings: [warning] }
  }
  return publishReport(
    report,
    annotationOptions,
    {
      repository: splitRepository(context.repository),
      eventName: context.eventName,
      pullRequest: context.pullRequest,
      headSha: context.headSha,
      serverUrl: context.serverUrl,
      ...(context.runUrl !== undefined ? { runUrl: context.runUrl } : {}),
    },
    {
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      badge: inputs.badge,
      badgeBranch: inputs.badgeBranch,
      ...curriculumSize(),
    },
    { client: createClient(inputs.token, context.apiUrl), now: nowIso(), logger },
  )
}

/** The summary, then the exploration section when it still fits GitHub's summary limit. */
function withExploreSection(summary: string, exploration: Exploration | null): string {
  if (exploration === null) {
    return summary
  }
  const section = `\n${renderExploreSection(exploration)}`
  if (Buffer.byteLength(summary + section) <= limits.SUMMARY_MAX_BYTES) {
    return summary + section
  }
  const pointer = `\n### Exploration in simulated time\n\nThe results do not fit in the job summary: see the log of this step.\n`
  return Buffer.byteLength(summary + pointer) <= limits.SUMMARY_MAX_BYTES
    ? summary + pointer
    : summary
}

/** At most 9 error annotations through workflow commands (1 slot is setFailed's). */
function emitWorkflowAnnotations(report: GradeReport, options: AnnotationOptions): void {
  const annotations = renderAnnotations(report, options)
  const shown = annotations.slice(0, WORKFLOW_ERROR_BUDGET)
  shown.forEach((annotation, index) => {
    const more =
      index === shown.length - 1 && annotations.length > shown.length
        ? `\n…and ${annotations.length - shown.length} more: see the job summary.`
        : ''
    core.error(
      `${annotation.message.slice(0, WORKFLOW_ANNOTATION_MESSAGE_MAX - more.length - 1)}${more}`,
      {
        title: annotation.title,
        file: annotation.path,
        startLine: annotation.startLine,
        endLine: annotation.endLine,
      },
    )
  })
}

function setOutputs(
  report: GradeReport,
  resultsPath: string,
  outcome: PublishOutcome | null,
): void {
  const score = scoreOf(report)
  core.setOutput('score', String(score.score))
  core.setOutput('max-score', String(score.maxScore))
  core.setOutput('passed', String(score.passed))
  core.setOutput('results', resultsPath)
  core.setOutput('badge-url', outcome?.badge?.imageUrl ?? '')
  core.info(`dsgrade: ${score.score}/${score.maxScore} stages passed.`)
  const statuses = report.tracks.flatMap((track) => track.stages.map((stage) => stage.status))
  const failed = statuses.some((s) => s === 'fail' || s === 'error' || s === 'unknown')
  if (!score.passed && !failed && statuses.includes('inconclusive')) {
    // Not the learner's fault, not a pass either (the check run is `neutral`).
    core.setFailed(
      `${statuses.filter((s) => s === 'inconclusive').length} stage(s) were inconclusive: the grading machine was overloaded; this is not your node — rerun the workflow.`,
    )
  } else if (!score.passed) {
    core.setFailed(
      `${score.maxScore - score.score} of ${score.maxScore} stages did not pass: see the job summary.`,
    )
  }
}

/** Repository files (for turning crash traces into annotations); skips .git and dependencies. */
async function listFiles(root: string): Promise<string[]> {
  const files: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (files.length >= MAX_LISTED_FILES) {
        return
      }
      if (entry.isDirectory()) {
        if (
          !['.git', 'node_modules', 'target', 'build', 'dist', '.venv', 'venv'].includes(entry.name)
        ) {
          await walk(join(dir, entry.name))
        }
      } else if (entry.isFile()) {
        files.push(relative(root, join(dir, entry.name)))
      }
    }
  }
  await walk(root)
  return files
}

/**
 * Explores (explore-seeds), grades, then shows each failing stage the hint of the level its
 * failures reached.
 */
async function gradeWithHints(
  inputs: ActionInputs,
  context: RunnerContext,
  logger: ActionLogger,
): Promise<{ report: GradeReport; exploration: Exploration | null }> {
  const { report, exploration } = await gradeRepository(inputs, context, logger)
  applyHintLevels(report, await readProgress(inputs, context), loadTracks())
  return { report, exploration }
}

/** progress.json from the badge branch (a read is allowed to any token), or null. */
async function readProgress(
  inputs: ActionInputs,
  context: RunnerContext,
): Promise<Progress | null> {
  if (inputs.token === '' || context.repository === null) {
    return null
  }
  try {
    const client = createClient(inputs.token, context.apiUrl)
    const text = await readBranchFile(client, {
      ...splitRepository(context.repository),
      branch: inputs.badgeBranch,
      path: 'progress.json',
    })
    return parseProgress(text)
  } catch {
    return null
  }
}

/** The course's size for the badge; omitted when the track data cannot be read. */
function curriculumSize(): { curriculum?: CurriculumSize } {
  try {
    const tracks = loadTracks()
    return {
      curriculum: {
        tracks: tracks.length,
        stages: tracks.reduce((sum, track) => sum + track.stages.length, 0),
      },
    }
  } catch {
    return {}
  }
}

function describeError(error: unknown): string {
  if (isDsgradeError(error)) {
    return error.message
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return `dsgrade failed unexpectedly (please report this): ${message}`
}

await run()
