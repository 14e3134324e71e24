/**
 * The `dsgrade` check run on the graded head SHA: updated in place when one already exists on
 * that commit (no duplicates on re-runs), else created completed. Annotations go in batches of
 * 50 (GitHub refuses 51); every follow-up PATCH repeats the whole output, because a PATCH
 * without `text` deletes it. More than CHECK_RUN_ANNOTATIONS_MAX annotations are cut, and the
 * last one says how many more there are.
 */
import type { Annotation } from '../report/index.js'
import type { CheckRunOutput } from '../report/index.js'
import { ANNOTATIONS_PER_REQUEST, CHECK_RUN_ANNOTATIONS_MAX } from '../report/index.js'
import type { GitHubClient, RepoRef } from './client.js'

export const CHECK_RUN_NAME = 'dsgrade'

export interface CheckRunOutcome {
  id: number
  action: 'created' | 'updated'
  annotationsSent: number
  requests: number
}

interface ApiAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: Annotation['level']
  title: string
  message: string
}

export function capAnnotations(
  annotations: readonly Annotation[],
  max = CHECK_RUN_ANNOTATIONS_MAX,
): ApiAnnotation[] {
  const kept = annotations.slice(0, max)
  const api = kept.map((a) => ({
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  }))
  if (annotations.length > max) {
    const last = api[api.length - 1]!
    last.message = `${last.message}\n\n…and ${annotations.length - max + 1} more failures: see the job summary.`
  }
  return api
}

export async function publishCheckRun(
  client: GitHubClient,
  target: RepoRef & {
    headSha: string
    output: CheckRunOutput
    annotations: readonly Annotation[]
    detailsUrl?: string
  },
): Promise<CheckRunOutcome> {
  const annotations = capAnnotations(target.annotations)
  const batches: ApiAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (batch: ApiAnnotation[] | undefined) => ({
    title: target.output.title,
    summary: target.output.summary,
    text: target.output.text,
    ...(batch !== undefined && batch.length > 0 ? { annotations: batch } : {}),
  })
  const common = {
    owner: target.owner,
    repo: target.repo,
    status: 'completed' as const,
    conclusion: target.output.conclusion,
    ...(target.detailsUrl !== undefined ? { details_url: target.detailsUrl } : {}),
  }
  const existing = await client.rest.checks.listForRef({
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: CHECK_RUN_NAME,
    filter: 'latest',
    per_page: 1,
  })
  let requests = 1
  let id: number
  let action: CheckRunOutcome['action']
  const previous = existing.data.check_runs[0]
  if (previous !== undefined) {
    id = previous.id
    action = 'updated'
    await client.rest.checks.update({ ...common, check_run_id: id, output: output(batches[0]) })
  } else {
    action = 'created'
    const { data } = await client.rest.checks.create({
      ...common,
      name: CHECK_RUN_NAME,
      head_sha: target.headSha,
      output: output(batches[0]),
    })
    id = data.id
  }
  requests += 1
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: id,
      output: output(batch),
    })
    requests += 1
  }
  return { id, action, annotationsSent: annotations.length, requests }
}
