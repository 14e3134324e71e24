// The action bundle run as the runner would (fake runner env, loopback fake GitHub) on the
// fixture learner repository: push and pull-request runs, a sticky comment updated not
// duplicated, a read-only token and a fork PR degrading to warnings, a crash annotated at the
// learner's line, the grade/publish split, planted secrets never reaching learner code or any
// output, and learner lines never becoming workflow commands.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeGitHub } from '../helpers/fake-github.js'
import type { ActionRun } from '../helpers/action-runner.js'
import {
  actionPath,
  learnerWorkspace,
  removeActionDirs,
  runAction,
} from '../helpers/action-runner.js'

const SECRET = 'ghs_plantedSecretToken0123456789'
const RUNTIME_SECRET = 'runtime-secret-abcdef0123456789'
const READ_ONLY = 'ghs_readOnlyToken0123456789abcd'
const FAST = { 'time-scale': '0.05' }
let github: FakeGitHub

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : [path]
  })
}

/** Everything a learner-visible or published channel holds after a run. */
function everything(run: ActionRun): string {
  const nodeLogs = allFiles(run.runnerTemp)
    .filter((path) => path.includes('node-logs') || path.endsWith('.json'))
    .map((path) => readFileSync(path, 'utf8'))
  // Our own ::add-mask:: line is consumed by the runner (it masks the value); not an output.
  const stdout = run.stdout.replace(`::add-mask::${SECRET}\n`, '')
  return [
    stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...nodeLogs,
    ...github.requests.map((r) => r.body),
  ].join('\n')
}

/** Workflow commands that are not ours. */
function foreignCommands(run: ActionRun): string[] {
  return run.commands.filter(
    (line) =>
      line !== `::add-mask::${SECRET}` &&
      !/^::(group|endgroup|warning|error|debug|notice)(::| )/.test(line) &&
      !/^::(stop-commands::)?[0-9a-f]{32}::?$/.test(line) &&
      !/^::stop-commands::[0-9a-f]{32}$/.test(line),
  )
}

/** The job's result follows the grades only: publishing problems never fail it. */
function expectNotFailedByPublishing(run: ActionRun): void {
  expect(run.code, run.stdout.slice(-3000)).toBe(run.outputs.passed === 'true' ? 0 : 1)
  expect(ourErrors(run).filter((line) => line.includes('Could not'))).toEqual([])
}

function ourErrors(run: ActionRun): string[] {
  return run.commands.filter((line) => line.startsWith('::error'))
}

beforeAll(async () => {
  expect(existsSync(actionPath()), `the action bundle ${actionPath()} exists`).toBe(true)
  github = await new FakeGitHub('learner/ds', { [SECRET]: 'write', [READ_ONLY]: 'read' }).start()
})

afterAll(async () => {
  await github.stop()
  removeActionDirs()
})

describe('the action on a learner repository', () => {
  let push: ActionRun

  it('push: grades, writes summary, outputs, badge and check run; no comment', async () => {
    push = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: SECRET, seed: '1', ...FAST },
      env: { GITHUB_TOKEN: SECRET, ACTIONS_RUNTIME_TOKEN: RUNTIME_SECRET },
    })
    expect(push.code, push.stdout).toBe(0)
    expect(push.outputs).toMatchObject({
      score: '3',
      'max-score': '3',
      passed: 'true',
      'badge-url': 'https://github.com/learner/ds/raw/dsgrade-badges/progress.svg',
    })
    const results = JSON.parse(readFileSync(push.outputs.results!, 'utf8')) as {
      tracks: { stages: { status: string }[] }[]
    }
    expect(results.tracks[0]!.stages.map((stage) => stage.status)).toEqual(['pass', 'pass', 'pass'])
    expect(push.summary).toContain('## ✅ dsgrade: 3/3 stages passed · 1/1 tracks')
    expect(push.summary).toContain(
      '[![dsgrade progress](https://github.com/learner/ds/raw/dsgrade-badges/progress.svg)]',
    )
    expect(github.branchFile('dsgrade-badges', 'progress.svg')).toMatch(
      /3\/\d+ stages · 1\/1[05] tracks/,
    )
    expect(github.checkRuns).toHaveLength(1)
    expect(github.checkRuns[0]).toMatchObject({
      name: 'dsgrade',
      head_sha: '1111111111111111111111111111111111111111',
      conclusion: 'success',
    })
    expect(github.comments).toEqual([])
    expect(github.requests.every((request) => request.authorization === `token ${SECRET}`)).toBe(
      true,
    )
  })

  it('learner processes never see the token, INPUT_*, ACTIONS_* or GITHUB_*', () => {
    const logs = allFiles(push.runnerTemp).filter((path) => path.includes('node-logs'))
    expect(logs.length).toBeGreaterThan(0)
    const envLine = readFileSync(logs[0]!, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('env '))!
    const env = JSON.parse(envLine.slice(4)) as Record<string, string>
    expect(Object.keys(env).filter((name) => /^(INPUT_|ACTIONS_|GITHUB_)/.test(name))).toEqual([])
    expect(env.DSGRADE_NODE_ID).toMatch(/^n\d+$/)
    expect(push.stdout).toContain('│ ')
    expect(push.stdout).not.toMatch(/^\S*\s*GITHUB_|INPUT_TOKEN/m)
    const published = everything(push)
    expect(published).not.toContain(SECRET)
    expect(published).not.toContain(RUNTIME_SECRET)
  })

  it('build and node output never becomes a workflow command', () => {
    expect(push.stdout).toContain('planted by the build')
    expect(foreignCommands(push)).toEqual([])
    expect(ourErrors(push), push.commands.join('\n')).toEqual([])
    const stops = push.commands.filter((line) => line.startsWith('::stop-commands::'))
    expect(stops.length).toBe(1)
    const token = stops[0]!.slice('::stop-commands::'.length)
    expect(push.commands).toContain(`::${token}::`)
  })

  it('pull request run twice: exactly one comment, updated in place', async () => {
    const workspace = learnerWorkspace()
    const gitWritesBefore = github
      .writes()
      .filter((request) => request.path.includes('/git/')).length
    const first = await runAction({
      apiUrl: github.url,
      event: 'pull_request',
      workspace,
      inputs: { token: SECRET, seed: '1', ...FAST },
    })
    expectNotFailedByPublishing(first)
    const second = await runAction({
      apiUrl: github.url,
      event: 'pull_request',
      workspace,
      inputs: { token: SECRET, seed: '2', ...FAST },
    })
    expectNotFailedByPublishing(second)
    const comments = github.comments.filter((comment) => comment.issue === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('<!-- dsgrade:sticky-comment -->')
    expect(comments[0]!.body).toContain('seed 2 · time scale 0.05</sub>')
    const commentWrites = github.writes().filter((request) => request.path.includes('/issues/'))
    expect(commentWrites.map((request) => request.method)).toEqual(['POST', 'PATCH'])
    const prRuns = github.checkRuns.filter(
      (run) => run.head_sha === '2222222222222222222222222222222222222222',
    )
    expect(prRuns).toHaveLength(1)
    // badge: auto writes no progress for pull-request runs (they grade a merge commit).
    expect(github.writes().filter((request) => request.path.includes('/git/')).length).toBe(
      gitWritesBefore,
    )
  })

  it('read-only token: warnings in log and summary, job not failed by publishing', async () => {
    const before = github.writes().length
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: READ_ONLY, seed: '1', comment: 'always', ...FAST },
    })
    expectNotFailedByPublishing(run)
    expect(run.outputs['badge-url']).toBe('')
    const warnings = run.commands.filter((line) => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(3)
    expect(warnings.join('\n')).toContain('the token may not do this (HTTP 403')
    expect(run.summary).toContain('### Warnings')
    expect(run.summary).toContain('Could not write the badge to branch')
    expect(github.writes().length - before).toBe(3)
  })

  it('fork pull request: nothing written, one warning, summary still written', async () => {
    const before = github.requests.length
    const writesBefore = github.writes().length
    const run = await runAction({
      apiUrl: github.url,
      event: 'pull_request_fork',
      inputs: { token: READ_ONLY, seed: '1', ...FAST },
    })
    expectNotFailedByPublishing(run)
    // Only reads (progress.json, for the hint level); never a write.
    expect(github.writes().length).toBe(writesBefore)
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/learner/ds/contents/progress.json',
    ])
    expect(run.summary).toContain('comes from a fork')
    expect(run.summary).toMatch(/\d\/3 stages passed/)
  })

  it('a crashing node: job fails, check run annotated at the learner line', async () => {
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: SECRET, seed: '1', config: 'dsgrade-crash.yml', ...FAST },
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ score: '0', 'max-score': '3', passed: 'false' })
    const check = github.checkRuns.find(
      (candidate) => candidate.head_sha === '1111111111111111111111111111111111111111',
    )!
    expect(check.conclusion).toBe('failure')
    expect(check.annotations).toEqual([
      expect.objectContaining({ path: 'crash.py', start_line: 18, annotation_level: 'failure' }),
    ])
    expect(run.summary).toContain('❌ | 1.1 Echo')
    expect(run.summary).toContain('Replay locally:')
    expect(ourErrors(run)).toEqual([expect.stringContaining('stages did not pass')])
  })

  it('a failing build: no stage runs, annotated at the compiler line', async () => {
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: SECRET, config: 'dsgrade-build-fails.yml', badge: 'false', ...FAST },
      env: { GITHUB_SHA: 'a'.repeat(40) },
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ score: '0', 'max-score': '3', passed: 'false' })
    expect(run.summary).toContain('### ❌ The build failed')
    expect(run.summary).toContain('node.py:3:1: error: the compiler says no')
    const check = github.checkRuns.find((candidate) => candidate.head_sha === 'a'.repeat(40))!
    expect(check.annotations[0]).toMatchObject({
      path: 'node.py',
      start_line: 3,
      title: expect.stringContaining('build failed'),
    })
    expect(check.annotations[1]).toMatchObject({ path: 'dsgrade-build-fails.yml', start_line: 4 })
  })

  it('check-run off: at most 9 workflow-command annotations at the learner line', async () => {
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: {
        token: READ_ONLY,
        seed: '1',
        config: 'dsgrade-crash.yml',
        'check-run': 'false',
        badge: 'false',
        ...FAST,
      },
    })
    expect(run.code).toBe(1)
    const errors = ourErrors(run)
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors[0]).toMatch(
      /^::error title=dsgrade 1\.1 Echo%3A fail,file=crash\.py,line=18,endLine=18::Stage 1\.1 Echo failed/,
    )
    expect(errors[errors.length - 1]).toContain('stages did not pass')
    // The crash run before this one recorded a failure of 1.1 in progress.json: second hint.
    expect(errors[0]).toContain('Hint: Answer init with init_ok before anything else')
  })

  it('grade job (read-only, no writes) then publish job merging its results', async () => {
    const before = github.requests.length
    const writesBefore = github.writes().length
    const grade = await runAction({
      apiUrl: github.url,
      event: 'pull_request',
      inputs: { token: READ_ONLY, mode: 'grade', tracks: 'messenger', seed: '3', ...FAST },
    })
    expectNotFailedByPublishing(grade)
    // Only reads (progress.json, for the hint level); never a write.
    expect(github.writes().length).toBe(writesBefore)
    expect(github.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/learner/ds/contents/progress.json',
    ])
    const publish = await runAction({
      apiUrl: github.url,
      event: 'pull_request',
      inputs: { token: SECRET, mode: 'publish', 'results-files': grade.outputs.results! },
    })
    expectNotFailedByPublishing(publish)
    expect(publish.outputs).toMatchObject({
      score: grade.outputs.score,
      'max-score': '3',
      passed: grade.outputs.passed,
    })
    expect(publish.stdout).not.toContain('Build')
    const comments = github.comments.filter((comment) => comment.issue === 7)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('seed 3 · time scale 0.05</sub>')
  })

  it('publish job refuses a results file that is not ours', async () => {
    const workspace = learnerWorkspace()
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      workspace,
      inputs: { token: SECRET, mode: 'publish', 'results-files': join(workspace, 'dsgrade.yml') },
    })
    expect(run.code).toBe(1)
    expect(ourErrors(run).join('\n')).toContain('is not JSON')
  })
})
