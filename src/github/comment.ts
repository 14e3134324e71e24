/**
 * The sticky comment: find our earlier comment on the pull request (hidden marker in the body
 * AND written by the token's own identity, so a learner's comment quoting the marker is never
 * taken over), across every page, then update it in place, or create it. Also the commit
 * comment used on push with `comment: always`.
 */
import type { GitHubClient, RepoRef } from './client.js'

/** What GITHUB_TOKEN comments appear as; used when the token cannot name itself. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged'
  id: number
}

/** The login the token acts as (an installation token may not call GET /user). */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch {
    return ACTIONS_BOT_LOGIN
  }
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: RepoRef & { issueNumber: number; marker: string; body: string },
): Promise<CommentOutcome> {
  const login = await tokenLogin(client)
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
  const ours = comments.find(
    (comment) => comment.user?.login === login && (comment.body ?? '').includes(target.marker),
  )
  if (ours !== undefined) {
    if (ours.body === target.body) {
      return { action: 'unchanged', id: ours.id }
    }
    await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: ours.id,
      body: target.body,
    })
    return { action: 'updated', id: ours.id }
  }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: target.body,
  })
  return { action: 'created', id: data.id }
}

export async function createCommitComment(
  client: GitHubClient,
  target: RepoRef & { sha: string; body: string },
): Promise<number> {
  const { data } = await client.rest.repos.createCommitComment({
    owner: target.owner,
    repo: target.repo,
    commit_sha: target.sha,
    body: target.body,
  })
  return data.id
}
