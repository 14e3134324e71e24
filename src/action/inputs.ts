/**
 * The only reader of `core.getInput` and the runner's `GITHUB_*` variables. Turns them into
 * typed values (ActionInputs, RunnerContext) with one plain sentence for a bad input, then
 * removes the token and the runtime credentials from this process's environment so nothing
 * started later can inherit them (learner processes get an allow-list anyway: process/).
 */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as core from '@actions/core'
import { UsageError } from '../shared/index.js'

export type Mode = 'all' | 'grade' | 'publish'

export interface ActionInputs {
  token: string
  configPath: string
  /** null: every track in the config. */
  tracks: string[] | null
  seed: number | undefined
  comment: 'auto' | 'always' | 'never'
  checkRun: boolean
  badge: 'auto' | 'true' | 'false'
  badgeBranch: string
  mode: Mode
  resultsFiles: string[]
  timeScale: number
  /** Seeds explored in simulated time per stage before the real-time grade (0: none). */
  exploreSeeds: number
}

export interface RunnerContext {
  eventName: string
  repository: string | null
  /** GITHUB_SHA (the merge commit on pull requests). */
  sha: string | null
  /** The commit graded: the PR head SHA on pull requests, else GITHUB_SHA. */
  headSha: string | null
  pullRequest: { number: number; isFork: boolean } | null
  apiUrl: string
  serverUrl: string
  runUrl: string | undefined
  workspace: string
  runnerTemp: string
  actionRef: string | null
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) {
    return value as T
  }
  throw new UsageError(
    `Input "${name}" must be ${allowed.map((a) => `"${a}"`).join(', ')}; found "${value}".`,
  )
}

function parseSeed(text: string): number | undefined {
  if (text === '') {
    return undefined
  }
  if (!/^\d{1,15}$/.test(text)) {
    throw new UsageError(`Input "seed" must be a non-negative integer; found "${text}".`)
  }
  return Number(text)
}

function parseTimeScale(text: string): number {
  const value = Number(text === '' ? '1' : text)
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new UsageError(`Input "time-scale" must be a number in (0, 1]; found "${text}".`)
  }
  return value
}

/** Most seeds per stage `explore-seeds` accepts (a thousand seeds of a stage take minutes). */
export const EXPLORE_SEEDS_MAX = 10_000

function parseExploreSeeds(text: string): number {
  const value = text === '' ? 0 : Number(text)
  if (!/^\d{1,6}$/.test(text === '' ? '0' : text) || value > EXPLORE_SEEDS_MAX) {
    throw new UsageError(
      `Input "explore-seeds" must be a whole number from 0 (no exploration) to ${EXPLORE_SEEDS_MAX}; found "${text}".`,
    )
  }
  return value
}

function list(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export function readInputs(): ActionInputs {
  const tracks = list(core.getInput('tracks'))
  const checkRun = core.getInput('check-run') || 'true'
  return {
    token: core.getInput('token'),
    configPath: core.getInput('config') || 'dsgrade.yml',
    tracks: tracks.length > 0 ? tracks : null,
    seed: parseSeed(core.getInput('seed')),
    comment: oneOf('comment', core.getInput('comment') || 'auto', [
      'auto',
      'always',
      'never',
    ] as const),
    checkRun: oneOf('check-run', checkRun.toLowerCase(), ['true', 'false'] as const) === 'true',
    badge: oneOf('badge', (core.getInput('badge') || 'auto').toLowerCase(), [
      'auto',
      'true',
      'false',
    ] as const),
    badgeBranch: core.getInput('badge-branch') || 'dsgrade-badges',
    mode: oneOf('mode', core.getInput('mode') || 'all', ['all', 'grade', 'publish'] as const),
    resultsFiles: list(core.getInput('results-files')),
    timeScale: parseTimeScale(core.getInput('time-scale')),
    exploreSeeds: parseExploreSeeds(core.getInput('explore-seeds')),
  }
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') {
    return {}
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

export function readRunnerContext(): RunnerContext {
  const env = process.env
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readEventPayload(env.GITHUB_EVENT_PATH)
  const repository = env.GITHUB_REPOSITORY ?? null
  const pr = payload.pull_request as
    { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } } | undefined
  const pullRequest =
    pr !== undefined && typeof pr.number === 'number'
      ? { number: pr.number, isFork: pr.head?.repo?.full_name !== repository }
      : null
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl =
    repository !== null && env.GITHUB_RUN_ID !== undefined
      ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  return {
    eventName,
    repository,
    sha: env.GITHUB_SHA ?? null,
    headSha: pr?.head?.sha ?? env.GITHUB_SHA ?? null,
    pullRequest,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runUrl,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
    actionRef: env.GITHUB_ACTION_REF ?? null,
  }
}

/** Credentials this process no longer needs once the inputs are read. */
const SCRUBBED =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)|GITHUB_TOKEN)$/

export function scrubEnvironment(token: string): void {
  if (token !== '') {
    core.setSecret(token)
  }
  for (const name of Object.keys(process.env)) {
    if (SCRUBBED.test(name)) {
      delete process.env[name]
    }
  }
}

/** The time of this run, ISO 8601 (the action is an edge: it may read the wall clock). */
export function nowIso(): string {
  return new Date().toISOString()
}
