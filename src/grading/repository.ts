/**
 * Grading a learner's repository: load dsgrade.yml, run the builds (learner output passed
 * through the caller's hooks), then grade each selected track's stages in order through
 * gradeTrack (a track stops at its first failing stage; tracks share the one machine budget),
 * and gather everything into one GradeReport. The Action (src/action/grade.ts) and
 * `dsgrade` in a learner repository (src/cli/commands/repo.ts) both call this: same code path,
 * same seeds, same hints. A failed build is a result, not an error: its tracks show an
 * `error` stage saying so. Does not read process.env (the caller passes the environment).
 */
import { createHash } from 'node:crypto'
import { mkdtemp, open, readFile, readdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { DsgradeConfig, TrackConfig } from '../config/index.js'
import { loadConfig } from '../config/index.js'
import { runBuildCommand, splitCommandLine, buildBaseEnvironment } from '../process/index.js'
import { LEARNER_TAIL_LINES } from '../report/index.js'
import type { BuildReport, GradeReport, TrackResult } from '../results/index.js'
import { REPORT_FORMAT_VERSION } from '../results/index.js'
import { UsageError, packageVersion, safeOneLine } from '../shared/index.js'
import type { Logger } from '../shared/index.js'
import type { TrackSpec } from '../tracks/index.js'
import { gradeTrack } from './index.js'
import { notRunStage } from './stage.js'
import { loadTracks } from './tracks.js'

export const BUILD_TIMEOUT_MS = 15 * 60 * 1000
/** How much of each node log is read back for the report. */
const LOG_TAIL_BYTES = 64 * 1024

export interface GradeOutcome {
  report: GradeReport
  config: DsgradeConfig
}

export interface RepositoryRequest {
  /** The repository root (the nodes' working directory). */
  workspace: string
  /** dsgrade.yml, relative to the workspace. */
  configPath: string
  /** null: every track in the config. */
  tracks: string[] | null
  seed: number | undefined
  timeScale: number
  /** Where builds get their HOME and TMPDIR. */
  tempDir: string
  /** Where runs are stored. */
  storeDir: string
  /** The environment builds start from (allow-listed by buildBaseEnvironment). */
  env: Record<string, string | undefined>
  repository: string | null
  headSha: string | null
  actionRef: string | null
  /** Base of the concept-page links (`docsBaseFrom` at the edge). @default DSGRADE_DOCS_BASE */
  docsBase?: string
}

/** What differs between the Action and the terminal: how learner output is shown. */
export interface RepositoryHooks {
  logger: Logger
  /** A logger whose lines start with `[track] ` (tracks graded in parallel). */
  child(prefix: string): Logger
  /** Runs one build inside a collapsible group (the Action) or plainly (the terminal). */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  /** Runs work whose output is learner text (the Action stops workflow commands). */
  learnerBlock<T>(work: () => Promise<T>): Promise<T>
  /**
   * Runs after the builds and before any stage is graded, with the tracks whose build
   * succeeded (the Action's `explore-seeds`). Its outcome never changes the grade.
   */
  beforeGrading?(tracks: ReadyTrack[]): Promise<void>
}

/** A selected track whose build succeeded: what it takes to run its node. */
export interface ReadyTrack {
  spec: TrackSpec
  command: string[]
  /** `run:` from dsgrade.yml as written, for replay lines. */
  typedBin: string
}

export async function gradeRepository(
  inputs: RepositoryRequest,
  hooks: RepositoryHooks,
): Promise<GradeOutcome> {
  const context = inputs
  const logger = hooks.logger
  const configFile = resolve(context.workspace, inputs.configPath)
  // `tracks-dir` in dsgrade.yml: grade with the course author's tracks (same format, same checks).
  const unresolved = await loadConfig(configFile, { displayPath: inputs.configPath })
  const specs = loadTracks(
    unresolved.tracksDir === undefined
      ? undefined
      : resolve(context.workspace, unresolved.tracksDir),
  )
  const config = await loadConfig(configFile, {
    displayPath: inputs.configPath,
    knownTracks: specs.map((spec) => spec.id),
  })
  const selected = selectTracks(config, inputs.tracks)
  const configText = await readFile(configFile, 'utf8')
  const builds = await runBuilds(config, selected, context, hooks)
  const storeDir = inputs.storeDir
  const topBuildFailed = builds.some((build) => build.trackId === null && !buildOk(build))
  if (hooks.beforeGrading !== undefined && !topBuildFailed) {
    const ready = selected
      .filter((track) => !builds.some((build) => build.trackId === track.id && !buildOk(build)))
      .map((track) => ({
        spec: specs.find((candidate) => candidate.id === track.id)!,
        command: splitCommandLine(track.run),
        typedBin: track.run,
      }))
    await hooks.beforeGrading(ready)
  }
  const tracks = await mapLimited(selected, trackParallelism(), async (track) => {
    const spec = specs.find((candidate) => candidate.id === track.id)!
    const failedBuild = builds.find((build) => build.trackId === track.id && !buildOk(build))
    if (topBuildFailed || failedBuild !== undefined) {
      return buildFailedTrack(spec, failedBuild?.command ?? config.build ?? '', inputs.docsBase)
    }
    return gradeTrack(
      {
        trackId: track.id,
        command: splitCommandLine(track.run),
        typedBin: track.run,
        cwd: context.workspace,
        ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
        storeDir,
        timeScale: inputs.timeScale,
        ...(inputs.docsBase === undefined ? {} : { docsBase: inputs.docsBase }),
        env: context.env,
        logger: selected.length > 1 ? hooks.child(`[${track.id}] `) : logger,
      },
      { tracks: specs },
    )
  })
  const report: GradeReport = {
    formatVersion: REPORT_FORMAT_VERSION,
    grader: { version: packageVersion(), ref: context.actionRef },
    repository: context.repository,
    sha: context.headSha,
    configPath: relative(context.workspace, configFile) || inputs.configPath,
    configHash: createHash('sha256').update(configText).digest('hex'),
    configLines: config.lines,
    seed: inputs.seed ?? null,
    timeScale: inputs.timeScale,
    builds,
    tracks,
    notGraded: config.tracks
      .map((track) => track.id)
      .filter((id) => !selected.some((track) => track.id === id)),
    stageLogs: await collectStageLogs(tracks),
    warnings: [],
  }
  return { report, config }
}

export function selectTracks(config: DsgradeConfig, wanted: string[] | null): TrackConfig[] {
  if (wanted === null) {
    return config.tracks
  }
  const missing = wanted.filter((id) => !config.tracks.some((track) => track.id === id))
  if (missing.length > 0) {
    throw new UsageError(
      `Input "tracks" names ${missing.map((id) => `"${id}"`).join(', ')}, which the config does not list; it lists ${config.tracks.map((track) => track.id).join(', ')}.`,
    )
  }
  return config.tracks.filter((track) => wanted.includes(track.id))
}

function buildOk(build: BuildReport): boolean {
  return build.exitCode === 0 && !build.timedOut
}

/** Tracks at once: all of them; their runs share the one machine budget (run/parallelism.ts). */
function trackParallelism(): number {
  return Number.POSITIVE_INFINITY
}

async function runBuilds(
  config: DsgradeConfig,
  selected: readonly TrackConfig[],
  context: RepositoryRequest,
  hooks: RepositoryHooks,
): Promise<BuildReport[]> {
  const steps: { trackId: string | null; command: string }[] = []
  if (config.build !== undefined) {
    steps.push({ trackId: null, command: config.build })
  }
  for (const track of selected) {
    if (track.build !== undefined) {
      steps.push({ trackId: track.id, command: track.build })
    }
  }
  const reports: BuildReport[] = []
  for (const step of steps) {
    const logger = hooks.logger
    const report = await hooks.group(
      `Build${step.trackId !== null ? ` (${step.trackId})` : ''}: ${safeOneLine(step.command).replace(/[\r\n]+/g, ' ')}`,
      () => runOneBuild(step, context, hooks),
    )
    reports.push(report)
    if (!buildOk(report)) {
      logger.warn(
        `The build ${step.command} ${report.timedOut ? 'timed out' : `exited with code ${report.exitCode ?? 'none'}`}; ${step.trackId === null ? 'no track' : `track ${step.trackId}`} can be graded.`,
      )
      if (step.trackId === null) {
        break
      }
    }
  }
  return reports
}

async function runOneBuild(
  step: { trackId: string | null; command: string },
  context: RepositoryRequest,
  hooks: RepositoryHooks,
): Promise<BuildReport> {
  const homeDir = await mkdtemp(join(context.tempDir, 'dsgrade-build-home-'))
  const tmpDir = await mkdtemp(join(context.tempDir, 'dsgrade-build-tmp-'))
  const env = buildBaseEnvironment({ homeDir, tmpDir, base: context.env })
  const result = await hooks.learnerBlock(() =>
    runBuildCommand(step.command, {
      cwd: context.workspace,
      env,
      timeoutMs: BUILD_TIMEOUT_MS,
      onLine: (line) => hooks.logger.learnerOutput('build', line),
      tailLines: LEARNER_TAIL_LINES,
    }),
  )
  return {
    trackId: step.trackId,
    command: step.command,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    outputTail: result.outputTail,
    durationMs: Math.round(result.durationMs),
  }
}

function buildFailedTrack(spec: TrackSpec, command: string, docsBase?: string): TrackResult {
  const reason = `Not run: the build (${command}) failed, so there is no node to test.`
  const stages = spec.stages.map((stage, index) =>
    notRunStage(stage, index === 0 ? 'error' : 'skipped', reason, docsBase),
  )
  return { trackId: spec.id, title: spec.title, stages, passed: 0, total: stages.length }
}

/** The last stderr lines of each node of the failing seed of each failing stage. */
async function collectStageLogs(tracks: readonly TrackResult[]): Promise<Record<string, string[]>> {
  const logs: Record<string, string[]> = {}
  for (const track of tracks) {
    for (const stage of track.stages) {
      if (stage.status === 'pass' || stage.status === 'skipped') {
        continue
      }
      const seed =
        stage.seeds.find((run) => run.valid !== true || run.exitCode !== 0) ?? stage.seeds[0]
      if (seed === undefined) {
        continue
      }
      const lines = await readNodeLogs(join(seed.runDir, 'node-logs'))
      if (lines.length > 0) {
        logs[stage.stageId] = lines
      }
    }
  }
  return logs
}

async function readNodeLogs(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.log'))
    .sort()
  const lines: string[] = []
  const perNode = Math.max(5, Math.floor(LEARNER_TAIL_LINES / Math.max(1, names.length)))
  for (const name of names) {
    const text = await readTail(join(dir, name), LOG_TAIL_BYTES)
    const tail = text
      .split('\n')
      .filter((line) => line !== '')
      .slice(-perNode)
    if (tail.length > 0) {
      lines.push(`── ${name.replace(/\.log$/, '')} ──`, ...tail)
    }
  }
  return lines
}

/** The last `bytes` of a file as text (a node may have flooded its stderr). */
async function readTail(path: string, bytes: number): Promise<string> {
  let handle
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    const start = Math.max(0, size - bytes)
    const buffer = Buffer.alloc(size - start)
    await handle.read(buffer, 0, buffer.length, start)
    const text = buffer.toString('utf8')
    return start > 0 ? text.slice(text.indexOf('\n') + 1) : text
  } catch {
    return ''
  } finally {
    await handle?.close()
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  })
  await Promise.all(workers)
  return results
}
