/**
 * The only Octokit in dsgrade (`@actions/github` 9). It brings its own undici fetch, so tests
 * reach it through `apiUrl` (a loopback server), never through request mocking. Also turns
 * any error from GitHub into one plain sentence for a warning: publishing never fails a job.
 */
import { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface RepoRef {
  owner: string
  repo: string
}

export function createClient(token: string, apiUrl: string): GitHubClient {
  return getOctokit(token, { baseUrl: apiUrl.replace(/\/$/, '') })
}

export function splitRepository(repository: string): RepoRef {
  const [owner, repo, ...rest] = repository.split('/')
  if (owner === undefined || repo === undefined || owner === '' || repo === '' || rest.length > 0) {
    throw new Error(`expected a repository "owner/name", found "${repository}"`)
  }
  return { owner, repo }
}

export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/** True when the token may not do this (read-only token, fork pull request, missing scope). */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error)
  return status === 401 || status === 403
}

/** "Could not post the pull-request comment: the token may not (HTTP 403 …). Give the job …". */
export function describePublishError(part: string, error: unknown, permissionHint: string): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  if (isPermissionError(error)) {
    return `Could not ${part}: the token may not do this (HTTP ${status}: ${message}). ${permissionHint}`
  }
  return `Could not ${part}: ${status !== null ? `HTTP ${status}: ` : ''}${message}.`
}
