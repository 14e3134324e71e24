// github/ against a loopback fake of GitHub's REST API (Octokit's own fetch, no mocks):
// sticky comment upsert across pages, 50-annotation batching, badge branch via the git data
// API, and every permission failure turned into a warning.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COMMENT_MARKER } from '../../src/report/index.js'
import type { Annotation } from '../../src/report/index.js'
import {
  createClient,
  publishCheckRun,
  publishReport,
  readBranchFile,
  upsertStickyComment,
  writeBranchFiles,
} from '../../src/github/index.js'
import { MemoryLogger } from '../../src/shared/logger.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { sampleReport } from '../fixtures/github/reports.js'

const REPO = { owner: 'learner', repo: 'ds' }
const SHA = '0123456789abcdef0123456789abcdef01234567'
let github: FakeGitHub

beforeEach(async () => {
  github = await new FakeGitHub('learner/ds', {
    'write-token': 'write',
    'read-token': 'read',
    'no-checks': { issues: 'write', contents: 'write', checks: 'read' },
  }).start()
})
afterEach(async () => {
  await github.stop()
})

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'node.py',
    startLine: i + 1,
    endLine: i + 1,
    level: 'failure' as const,
    title: `t${i}`,
    message: `m${i}`,
  }))
}

const options = {
  configPath: 'dsgrade.yml',
  configLines: { messenger: 3 },
  repoRoot: '/repo',
  files: ['node.py'],
}
const output = { title: 't', summary: 's', text: 'x', conclusion: 'failure' as const }

describe('upsertStickyComment', () => {
  it('updates our own marked comment found on a later page, ignoring a learner quoting the marker', async () => {
    const client = createClient('write-token', github.url)
    github.addComment(5, `I copied ${COMMENT_MARKER}`, 'learner')
    for (let i = 0; i < 120; i += 1) {
      github.addComment(5, `chatter ${i}`)
    }
    const ours = github.addComment(5, `old ${COMMENT_MARKER}`, 'github-actions[bot]')
    const outcome = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 5,
      marker: COMMENT_MARKER,
      body: `new ${COMMENT_MARKER}`,
    })
    expect(outcome).toEqual({ action: 'updated', id: ours.id })
    expect(github.comments.find((c) => c.id === ours.id)!.body).toBe(`new ${COMMENT_MARKER}`)
    expect(github.comments.filter((c) => c.body.includes('copied'))[0]!.body).toBe(
      `I copied ${COMMENT_MARKER}`,
    )
    const again = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 5,
      marker: COMMENT_MARKER,
      body: `new ${COMMENT_MARKER}`,
    })
    expect(again.action).toBe('unchanged')
  })

  it('creates one when none exists, and the fake refuses a 65,537-char body', async () => {
    const client = createClient('write-token', github.url)
    const outcome = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 9,
      marker: COMMENT_MARKER,
      body: `hi ${COMMENT_MARKER}`,
    })
    expect(outcome.action).toBe('created')
    await expect(
      upsertStickyComment(client, {
        ...REPO,
        issueNumber: 10,
        marker: COMMENT_MARKER,
        body: 'x'.repeat(65_537),
      }),
    ).rejects.toMatchObject({ status: 422 })
  })
})

describe('publishCheckRun', () => {
  it('sends 120 annotations as 50 + 50 + 20 and keeps the text on every PATCH', async () => {
    const client = createClient('write-token', github.url)
    const outcome = await publishCheckRun(client, {
      ...REPO,
      headSha: SHA,
      output,
      annotations: annotations(120),
    })
    expect(outcome).toMatchObject({ action: 'created', annotationsSent: 120, requests: 4 })
    const run = github.checkRuns[0]!
    expect(run).toMatchObject({
      name: 'dsgrade',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { text: 'x' },
    })
    expect(run.annotations).toHaveLength(120)
    const sizes = github
      .writes()
      .map(
        (r) =>
          (JSON.parse(r.body) as { output: { annotations?: unknown[] } }).output.annotations
            ?.length,
      )
    expect(sizes).toEqual([50, 50, 20])
  })

  it('updates the existing run on the same commit instead of adding one, and caps at 200', async () => {
    const client = createClient('write-token', github.url)
    await publishCheckRun(client, { ...REPO, headSha: SHA, output, annotations: [] })
    const second = await publishCheckRun(client, {
      ...REPO,
      headSha: SHA,
      output,
      annotations: annotations(250),
    })
    expect(second.action).toBe('updated')
    expect(github.checkRuns).toHaveLength(1)
    expect(github.checkRuns[0]!.annotations).toHaveLength(200)
    expect((github.checkRuns[0]!.annotations[199] as { message: string }).message).toContain(
      '…and 51 more failures',
    )
  })
})

describe('badge branch', () => {
  it('creates the orphan branch, then adds a commit on it; never touches other refs', async () => {
    const client = createClient('write-token', github.url)
    github.refs.set('refs/heads/main', 'f'.repeat(40))
    await writeBranchFiles(client, {
      ...REPO,
      branch: 'dsgrade-badges',
      message: 'm1',
      files: [{ path: 'a.txt', content: 'one' }],
    })
    const first = github.refs.get('refs/heads/dsgrade-badges')!
    expect((github.objects.get(first) as { parents: string[] }).parents).toEqual([])
    await writeBranchFiles(client, {
      ...REPO,
      branch: 'dsgrade-badges',
      message: 'm2',
      files: [{ path: 'b.txt', content: 'two' }],
    })
    const second = github.refs.get('refs/heads/dsgrade-badges')!
    expect((github.objects.get(second) as { parents: string[] }).parents).toEqual([first])
    expect(github.branchFile('dsgrade-badges', 'a.txt')).toBe('one')
    expect(await readBranchFile(client, { ...REPO, branch: 'dsgrade-badges', path: 'b.txt' })).toBe(
      'two',
    )
    expect(github.refs.get('refs/heads/main')).toBe('f'.repeat(40))
    expect(
      github.writes().every((r) => !r.path.includes('contents') && !r.path.endsWith('/main')),
    ).toBe(true)
  })

  it('retries once when another run moved the branch (422 not a fast forward)', async () => {
    const client = createClient('write-token', github.url)
    await writeBranchFiles(client, {
      ...REPO,
      branch: 'b',
      message: 'm',
      files: [{ path: 'x', content: '1' }],
    })
    let failed = false
    github.intercept = (request) => {
      if (!failed && request.method === 'PATCH' && request.path.includes('/git/refs/')) {
        failed = true
        return { status: 422, body: { message: 'Update is not a fast forward' } }
      }
      return undefined
    }
    await writeBranchFiles(client, {
      ...REPO,
      branch: 'b',
      message: 'm',
      files: [{ path: 'x', content: '2' }],
    })
    expect(failed).toBe(true)
    expect(github.branchFile('b', 'x')).toBe('2')
  })
})

describe('publishReport', () => {
  const context = {
    repository: REPO,
    eventName: 'push',
    pullRequest: null,
    headSha: SHA,
    serverUrl: 'https://github.com',
  }
  const settings = {
    comment: 'auto' as const,
    checkRun: true,
    badge: 'auto' as const,
    badgeBranch: 'dsgrade-badges',
  }

  it('on push: badge and check run, no comment (auto)', async () => {
    const logger = new MemoryLogger()
    const outcome = await publishReport(sampleReport(), options, context, settings, {
      client: createClient('write-token', github.url),
      now: '2026-11-24T00:00:00Z',
      logger,
    })
    expect(outcome.warnings).toEqual([])
    expect(outcome.badge).toEqual({
      imageUrl: 'https://github.com/learner/ds/raw/dsgrade-badges/progress.svg',
      linkUrl: 'https://github.com/learner/ds/blob/dsgrade-badges/progress.json',
    })
    expect(github.branchFile('dsgrade-badges', 'progress.svg')).toContain('1/3 stages · 0/1 tracks')
    expect(
      JSON.parse(github.branchFile('dsgrade-badges', 'progress.json')!).tracks.messenger.stages[
        'messenger/echo'
      ].firstPass,
    ).toEqual({ commit: SHA, date: '2026-11-24T00:00:00Z' })
    expect(github.checkRuns[0]!.annotations).toEqual([
      expect.objectContaining({ path: 'node.py', start_line: 40, annotation_level: 'failure' }),
    ])
    expect(github.comments).toEqual([])
  })

  it('comment: always on push posts one commit comment on the graded commit', async () => {
    const outcome = await publishReport(
      sampleReport(),
      options,
      context,
      { ...settings, comment: 'always', checkRun: false, badge: 'false' },
      { client: createClient('write-token', github.url), now: 'now', logger: new MemoryLogger() },
    )
    expect(outcome.comment).toMatchObject({ action: 'commit-comment' })
    expect(github.commitComments).toHaveLength(1)
    expect(github.commitComments[0]).toMatchObject({ sha: SHA })
    expect(github.commitComments[0]!.body).toContain(COMMENT_MARKER)
    expect(github.writes()).toHaveLength(1)
  })

  it('a read-only token: every part a warning, nothing thrown', async () => {
    const logger = new MemoryLogger()
    const outcome = await publishReport(
      sampleReport(),
      options,
      { ...context, eventName: 'push' },
      { ...settings, comment: 'always' },
      { client: createClient('read-token', github.url), now: 'now', logger },
    )
    expect(outcome.warnings).toEqual([
      'Could not write the badge to branch "dsgrade-badges": the token may not do this (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest). Give the job "permissions: contents: write", or set "badge: false".',
      'Could not post the commit comment: the token may not do this (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest). Give the job "permissions: contents: write".',
      'Could not create the "dsgrade" check run: the token may not do this (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest). Give the job "permissions: checks: write", or set "check-run: false".',
    ])
    expect(logger.lines.filter((line) => line.level === 'warn')).toHaveLength(3)
  })

  it('a pull request: sticky comment; no checks scope → only that part warns', async () => {
    const logger = new MemoryLogger()
    const outcome = await publishReport(
      sampleReport(),
      options,
      { ...context, eventName: 'pull_request', pullRequest: { number: 3, isFork: false } },
      settings,
      { client: createClient('no-checks', github.url), now: 'now', logger },
    )
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]!.body).toContain(COMMENT_MARKER)
    expect(outcome.warnings).toHaveLength(1)
    expect(outcome.warnings[0]).toMatch(/^Could not create the "dsgrade" check run/)
    expect(github.refs.size).toBe(0)
  })

  it('a fork pull request: no writes at all, one warning', async () => {
    const outcome = await publishReport(
      sampleReport(),
      options,
      { ...context, eventName: 'pull_request', pullRequest: { number: 3, isFork: true } },
      settings,
      { client: createClient('write-token', github.url), now: 'now', logger: new MemoryLogger() },
    )
    expect(github.requests).toEqual([])
    expect(outcome.warnings[0]).toMatch(/comes from a fork/)
  })
})
