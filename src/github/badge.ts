/**
 * Files on the orphan badge branch, written with the git data API only: one commit holding
 * every file (tree with inline content, commit, ref), never a commit on the learner's own
 * branches and never a checkout. The first write creates the branch from a parentless commit.
 * A concurrent update (the ref moved: 409/422) is retried once on the new head.
 */
import type { GitHubClient, RepoRef } from './client.js'
import { httpStatus } from './client.js'

export interface BranchFile {
  path: string
  content: string
}

async function branchHead(
  client: GitHubClient,
  target: RepoRef & { branch: string },
): Promise<string | null> {
  try {
    const { data } = await client.rest.git.getRef({
      owner: target.owner,
      repo: target.repo,
      ref: `heads/${target.branch}`,
    })
    return data.object.sha
  } catch (error) {
    if (httpStatus(error) === 404) {
      return null
    }
    throw error
  }
}

/** A file's text on the branch, or null when the branch or the file does not exist. */
export async function readBranchFile(
  client: GitHubClient,
  target: RepoRef & { branch: string; path: string },
): Promise<string | null> {
  try {
    const { data } = await client.rest.repos.getContent({
      owner: target.owner,
      repo: target.repo,
      path: target.path,
      ref: `heads/${target.branch}`,
    })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      return null
    }
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (error) {
    if (httpStatus(error) === 404) {
      return null
    }
    throw error
  }
}

async function writeOnce(
  client: GitHubClient,
  target: RepoRef & { branch: string; files: readonly BranchFile[]; message: string },
): Promise<string> {
  const { owner, repo, branch } = target
  const head = await branchHead(client, target)
  let baseTree: string | undefined
  if (head !== null) {
    const { data } = await client.rest.git.getCommit({ owner, repo, commit_sha: head })
    baseTree = data.tree.sha
  }
  const { data: tree } = await client.rest.git.createTree({
    owner,
    repo,
    ...(baseTree !== undefined ? { base_tree: baseTree } : {}),
    tree: target.files.map((file) => ({
      path: file.path,
      mode: '100644' as const,
      type: 'blob' as const,
      content: file.content,
    })),
  })
  const { data: commit } = await client.rest.git.createCommit({
    owner,
    repo,
    message: target.message,
    tree: tree.sha,
    parents: head !== null ? [head] : [],
  })
  if (head === null) {
    await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha })
  } else {
    await client.rest.git.updateRef({
      owner,
      repo,
      ref: `heads/${branch}`,
      sha: commit.sha,
      force: false,
    })
  }
  return commit.sha
}

/** Commits the files to the branch; returns the new commit's SHA. */
export async function writeBranchFiles(
  client: GitHubClient,
  target: RepoRef & { branch: string; files: readonly BranchFile[]; message: string },
): Promise<string> {
  try {
    return await writeOnce(client, target)
  } catch (error) {
    const status = httpStatus(error)
    if (status === 409 || status === 422) {
      return await writeOnce(client, target)
    }
    throw error
  }
}
