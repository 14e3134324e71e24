/** Everything dsgrade does through GitHub's REST API (the only Octokit user). */
export { createClient, describePublishError, isPermissionError, splitRepository } from './client.js'
export type { GitHubClient, RepoRef } from './client.js'
export {
  ACTIONS_BOT_LOGIN,
  createCommitComment,
  tokenLogin,
  upsertStickyComment,
} from './comment.js'
export { CHECK_RUN_NAME, capAnnotations, publishCheckRun } from './checks.js'
export { readBranchFile, writeBranchFiles } from './badge.js'
export { publishReport } from './publish.js'
export type { PublishContext, PublishOutcome, PublishSettings } from './publish.js'
