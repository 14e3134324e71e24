/**
 * Publishing one report to GitHub: the badge files (progress.svg, progress.json) on the badge
 * branch, the sticky pull-request comment (or a commit comment on push with `comment:
 * always`) and the `dsgrade` check run with annotations. Each part is independent; a part the
 * token may not do (read-only token, missing scope, pull request from a fork) becomes a
 * warning and the others still run. Never throws for GitHub's answers.
 */
import type { AnnotationOptions } from '../report/index.js'
import { renderAnnotations } from '../report/index.js'
import { renderBadge } from '../report/index.js'
import { renderCheckRun } from '../report/index.js'
import { COMMENT_MARKER, renderComment } from '../report/index.js'
import type { GradeReport } from '../results/index.js'
import type { CurriculumSize } from '../report/index.js'
import { parseProgress, progressTotals, updateProgress } from '../report/index.js'
import type { Logger } from '../shared/index.js'
import { readBranchFile, writeBranchFiles } from './badge.js'
import type { CheckRunOutcome } from './checks.js'
import { publishCheckRun } from './checks.js'
import type { GitHubClient, RepoRef } from './client.js'
import { describePublishError } from './client.js'
import type { CommentOutcome } from './comment.js'
import { createCommitComment, upsertStickyComment } from './comment.js'

export interface PublishContext {
  repository: RepoRef
  eventName: string
  /** Set on pull_request events. */
  pullRequest: { number: number; isFork: boolean } | null
  /** The graded commit (the PR head SHA on pull requests). */
  headSha: string
  runUrl?: string
  serverUrl: string
}

export interface PublishSettings {
  comment: 'auto' | 'always' | 'never'
  checkRun: boolean
  badge: 'auto' | 'true' | 'false'
  badgeBranch: string
  /** The course's size (the badge's denominators), when known. */
  curriculum?: CurriculumSize
}

export interface PublishOutcome {
  warnings: string[]
  badge: { imageUrl: string; linkUrl: string } | null
  comment: CommentOutcome | { action: 'commit-comment'; id: number } | null
  checkRun: CheckRunOutcome | null
}

const PERMISSION_HINT = {
  comment:
    'Give the job "permissions: pull-requests: write" (a pull request from a fork never can).',
  commitComment: 'Give the job "permissions: contents: write".',
  checkRun: 'Give the job "permissions: checks: write", or set "check-run: false".',
  badge: 'Give the job "permissions: contents: write", or set "badge: false".',
}

export async function publishReport(
  report: GradeReport,
  annotationOptions: AnnotationOptions,
  context: PublishContext,
  settings: PublishSettings,
  deps: { client: GitHubClient; now: string; logger: Logger },
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { warnings: [], badge: null, comment: null, checkRun: null }
  const warn = (text: string) => {
    outcome.warnings.push(text)
    deps.logger.warn(text)
  }
  if (context.pullRequest?.isFork === true) {
    warn(
      'This pull request comes from a fork, so its token is read-only: no comment, check run or badge was written. The job summary above has the full report.',
    )
    return outcome
  }
  await publishBadge(report, context, settings, deps, outcome, warn)
  await publishComment(report, context, settings, deps, outcome, warn)
  if (settings.checkRun) {
    try {
      const output = renderCheckRun(
        report,
        context.runUrl !== undefined ? { runUrl: context.runUrl } : {},
      )
      const annotations = renderAnnotations(report, annotationOptions)
      outcome.checkRun = await publishCheckRun(deps.client, {
        ...context.repository,
        headSha: context.headSha,
        output,
        annotations,
      })
      deps.logger.info(
        `Check run "dsgrade" ${outcome.checkRun.action} with ${outcome.checkRun.annotationsSent} annotations.`,
      )
    } catch (error) {
      warn(describePublishError('create the "dsgrade" check run', error, PERMISSION_HINT.checkRun))
    }
  }
  return outcome
}

async function publishComment(
  report: GradeReport,
  context: PublishContext,
  settings: PublishSettings,
  deps: { client: GitHubClient; logger: Logger },
  outcome: PublishOutcome,
  warn: (text: string) => void,
): Promise<void> {
  if (settings.comment === 'never') {
    return
  }
  const body = renderComment(report, context.runUrl !== undefined ? { runUrl: context.runUrl } : {})
  if (context.pullRequest !== null) {
    try {
      outcome.comment = await upsertStickyComment(deps.client, {
        ...context.repository,
        issueNumber: context.pullRequest.number,
        marker: COMMENT_MARKER,
        body,
      })
      deps.logger.info(`Pull-request comment ${outcome.comment.action}.`)
    } catch (error) {
      warn(describePublishError('post the pull-request comment', error, PERMISSION_HINT.comment))
    }
    return
  }
  if (settings.comment === 'always' && context.eventName === 'push') {
    try {
      const id = await createCommitComment(deps.client, {
        ...context.repository,
        sha: context.headSha,
        body,
      })
      outcome.comment = { action: 'commit-comment', id }
      deps.logger.info('Commit comment created.')
    } catch (error) {
      warn(describePublishError('post the commit comment', error, PERMISSION_HINT.commitComment))
    }
  }
}

async function publishBadge(
  report: GradeReport,
  context: PublishContext,
  settings: PublishSettings,
  deps: { client: GitHubClient; now: string; logger: Logger },
  outcome: PublishOutcome,
  warn: (text: string) => void,
): Promise<void> {
  // Pull-request runs grade a merge commit that is not the learner's progress yet.
  if (settings.badge === 'false' || (settings.badge === 'auto' && context.pullRequest !== null)) {
    return
  }
  const target = { ...context.repository, branch: settings.badgeBranch }
  try {
    const previous = parseProgress(
      await readBranchFile(deps.client, { ...target, path: 'progress.json' }),
    )
    const progress = updateProgress(previous, report, { commit: context.headSha, date: deps.now })
    const svg = renderBadge(progressTotals(progress, settings.curriculum))
    await writeBranchFiles(deps.client, {
      ...target,
      message: `dsgrade: progress at ${context.headSha.slice(0, 12)}`,
      files: [
        { path: 'progress.svg', content: svg },
        { path: 'progress.json', content: `${JSON.stringify(progress, null, 2)}\n` },
      ],
    })
    const base = `${context.serverUrl.replace(/\/$/, '')}/${context.repository.owner}/${context.repository.repo}`
    outcome.badge = {
      imageUrl: `${base}/raw/${settings.badgeBranch}/progress.svg`,
      linkUrl: `${base}/blob/${settings.badgeBranch}/progress.json`,
    }
    deps.logger.info(`Badge written to branch ${settings.badgeBranch}.`)
  } catch (error) {
    warn(
      describePublishError(
        `write the badge to branch "${settings.badgeBranch}"`,
        error,
        PERMISSION_HINT.badge,
      ),
    )
  }
}
