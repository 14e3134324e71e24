// Runs the committed action bundle (dist/action/index.js, or DSGRADE_ACTION for a private
// build) as the GitHub runner would: a fresh env with INPUT_* variables, an event payload
// file, empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE / GITHUB_ENV files and
// GITHUB_API_URL pointing at a loopback fake. Returns exit code, stdout, the parsed outputs,
// the summary and the workflow commands found in stdout.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './cli.js'

export function actionPath(): string {
  return process.env.DSGRADE_ACTION ?? join(repoRoot, 'dist', 'action', 'index.js')
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** stdout lines the runner would read as workflow commands (after trimming). */
  commands: string[]
  workspace: string
  runnerTemp: string
}

export interface ActionRunOptions {
  apiUrl: string
  event: 'push' | 'pull_request' | 'pull_request_fork'
  inputs: Record<string, string>
  /** Extra environment (planted secrets). */
  env?: Record<string, string>
  /** Reuse a workspace (a second run on the same checkout). */
  workspace?: string
  timeoutMs?: number
}

const createdDirs: string[] = []

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  createdDirs.push(dir)
  return dir
}

/** Removes every workspace and runner temp directory made so far (call in afterAll). */
export function removeActionDirs(): void {
  for (const dir of createdDirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A copy of test/fixtures/learner-repo in a fresh directory. */
export function learnerWorkspace(): string {
  const dir = tempDir('action-ws-')
  cpSync(join(repoRoot, 'test', 'fixtures', 'learner-repo'), dir, { recursive: true })
  return dir
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) {
    outputs[match[1]!] = match[3]!
  }
  return outputs
}

export function workflowCommands(stdout: string): string[] {
  return stdout
    .split(/\r\n|\n|\r/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.startsWith('##['))
}

export function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const workspace = options.workspace ?? learnerWorkspace()
  const runnerTemp = tempDir('action-temp-')
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'].map(
      (name) => [name, join(runnerTemp, name.toLowerCase())],
    ),
  )
  for (const path of Object.values(files)) {
    writeFileSync(path, '')
  }
  const eventName = options.event === 'push' ? 'push' : 'pull_request'
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(
      repoRoot,
      'test',
      'fixtures',
      'github',
      'events',
      `${options.event}.json`,
    ),
    GITHUB_REPOSITORY: 'learner/ds',
    GITHUB_SHA:
      eventName === 'push'
        ? '1111111111111111111111111111111111111111'
        : '5555555555555555555555555555555555555555',
    GITHUB_REF: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    ...options.env,
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionPath()], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
        commands: workflowCommands(stdout),
        workspace,
        runnerTemp,
      })
    })
  })
}
