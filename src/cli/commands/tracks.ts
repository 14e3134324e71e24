/**
 * What the `dsgrade` command line calls for tracks (src/cli/ imports these lazily):
 * `dsgrade tracks`, `dsgrade test --track T [--stage S]` and `npm run demo`. Each prints
 * through the logger and returns the exit code (interfaces.md §1.1: 0 valid, 1 invalid,
 * 2 unknown, 255 could not run). Bad names throw UsageError (the CLI maps it to 254).
 */
import { execFileSync } from 'node:child_process'
import { isAbsolute, join } from 'node:path'
import type { Logger } from '../../shared/index.js'
import { docsBaseFrom, packageRoot, UsageError, didYouMean } from '../../shared/index.js'
import { findStage, findTrack, findTrackOfStage } from '../../tracks/index.js'
import type { TrackSpec } from '../../tracks/index.js'
import type { TrackResult } from '../../results/index.js'
import type { TrackTestArgs } from '../../grading/index.js'
import { gradeTrack } from '../../grading/index.js'
import { checkTracks, loadTracks } from '../../grading/index.js'
import { renderTrackTable } from '../../grading/index.js'
import { gradeTracksInChildren, sendResultToParent } from './demo-harnesses.js'

/** `dsgrade tracks`: every track and its stages, with numbers and titles. */
export function listTracks(logger: Logger, dir?: string): Promise<number> {
  const tracks = loadTracks(dir)
  for (const track of tracks) {
    logger.info(
      `${track.number}. ${track.id} — ${track.title} (${track.category}): ${track.teaches}`,
    )
    for (const stage of track.stages) {
      const planned = stage.status === 'planned' ? `  [${stage.plannedReason ?? 'planned'}]` : ''
      logger.info(`   ${stage.number.padEnd(6)}${stage.fullId.padEnd(36)}${stage.title}${planned}`)
    }
  }
  return Promise.resolve(0)
}

/**
 * `dsgrade tracks --check [DIR]`: every problem of a tracks directory (ours by default), each
 * with its file and JSON pointer; exit 1 when there is any, else 0.
 */
export function checkTrackFiles(logger: Logger, dir?: string): Promise<number> {
  const problems = checkTracks(dir)
  const where = dir ?? 'tracks/'
  if (problems.length === 0) {
    logger.info(`${where}: every track loads and every ready stage checks out.`)
    return Promise.resolve(0)
  }
  for (const problem of problems) {
    logger.info(problem.message)
  }
  logger.info(`${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`)
  return Promise.resolve(1)
}

/**
 * The exit code of a graded track: fail 1 > error 255 > unknown or inconclusive 2 > pass 0
 * (inconclusive: the grading machine was overloaded; rerun).
 */
export function trackExitCode(result: TrackResult): number {
  const statuses = result.stages.map((s) => s.status)
  if (statuses.includes('fail')) {
    return 1
  }
  if (statuses.includes('error')) {
    return 255
  }
  return statuses.includes('unknown') || statuses.includes('inconclusive') ? 2 : 0
}

function resolveTrack(
  tracks: readonly TrackSpec[],
  args: Pick<TrackTestArgs, 'track' | 'stage'>,
): TrackSpec {
  if (args.track === '' && args.stage !== undefined) {
    const owner = findTrackOfStage(tracks, args.stage)
    if (owner !== undefined) {
      return owner
    }
  }
  return findTrack(tracks, args.track)
}

/** A track (or stage) whose first stage to run is planned cannot be graded: one line, exit 254. */
function refusePlanned(tracks: readonly TrackSpec[], track: TrackSpec, stageId?: string): void {
  const first =
    stageId === undefined ? track.stages[0] : track.stages.find((s) => s.fullId === stageId)
  if (first === undefined || first.status !== 'planned') {
    return
  }
  const ready = tracks.filter((t) => t.stages[0]?.status === 'ready').map((t) => t.id)
  const what = stageId === undefined ? `track ${track.id}` : `stage ${first.number} ${first.fullId}`
  throw new UsageError(
    `${what} is ${first.plannedReason ?? 'not available yet'}. Tracks you can run now: ${ready.join(', ')}.`,
  )
}

/**
 * Checks the track and stage names (and refuses a planned one) before anything else, so a
 * typo is reported before the node's command line is even looked at.
 */
export function checkTrackNames(
  track: string,
  stage: string | undefined,
  tracksDir?: string,
): void {
  const tracks = loadTracks(tracksDir)
  const found = resolveTrack(tracks, { track, ...(stage === undefined ? {} : { stage }) })
  const stages = stage === undefined ? undefined : [findStage(found, stage).fullId]
  refusePlanned(tracks, found, stages?.[0])
}

/** `dsgrade test --track T [--stage S]`: prints the per-stage table, returns the exit code. */
export async function runTrackTest(args: TrackTestArgs): Promise<number> {
  const tracks = loadTracks(args.tracksDir)
  const track = resolveTrack(tracks, args)
  const stages = args.stage === undefined ? undefined : [findStage(track, args.stage).fullId]
  refusePlanned(tracks, track, stages?.[0])
  const result = await gradeTrack(
    {
      trackId: track.id,
      command: args.command,
      ...(args.typedBin === undefined ? {} : { typedBin: args.typedBin }),
      cwd: args.cwd,
      ...(args.seed === undefined ? {} : { seed: args.seed }),
      ...(args.seeds === undefined ? {} : { seeds: args.seeds }),
      ...(stages === undefined ? {} : { stages }),
      storeDir: args.storeDir,
      timeScale: args.timeScale,
      ...(args.sim === true ? { sim: true } : {}),
      ...(args.swarm === true ? { swarm: true } : {}),
      docsBase: args.docsBase ?? docsBaseFrom(args.env),
      env: args.env,
      logger: args.logger,
    },
    { tracks },
  )
  for (const line of renderTrackTable(result)) {
    args.logger.info(line)
  }
  return trackExitCode(result)
}

/**
 * The bundled reference node of each track (Python 3 standard library only), in curriculum
 * order: `npm run demo` grades every ready stage of all fifteen. A track whose stages are all
 * planned is graded as "nothing to run" (it says so) rather than skipped silently.
 */
export const DEMO_NODES: Record<string, string> = {
  messenger: 'test/fixtures/nodes/python/echo.py',
  rpc: 'test/fixtures/nodes/python/exactly_once.py',
  'unique-ids': 'test/fixtures/nodes/python/unique_ids.py',
  broadcast: 'test/fixtures/nodes/python/broadcast.py',
  crdt: 'test/fixtures/nodes/python/crdt.py',
  'leader-election': 'test/fixtures/nodes/python/election.py',
  raft: 'test/fixtures/nodes/python/raft.py',
  'raft-persistence': 'test/fixtures/nodes/python/raft.py',
  cache: 'test/fixtures/nodes/python/cache.py',
  proxy: 'test/fixtures/nodes/python/proxy.py',
  'load-balancer': 'test/fixtures/nodes/python/load_balancer.py',
  'message-queue': 'test/fixtures/nodes/python/kafka.py',
  sharding: 'test/fixtures/nodes/python/shard_kv.py',
  transactions: 'test/fixtures/nodes/python/txn.py',
  mapreduce: 'test/fixtures/nodes/python/mapreduce.py',
}

/**
 * The interpreter the demo's Python nodes run: `python3` as PATH finds it, resolved once to
 * the executable it starts. A version manager's shim on PATH (pyenv's is a bash script that
 * runs `pyenv exec`) otherwise runs at every node start: measured on this project's 2-core
 * machines, 20 starts of `python3 -c pass` took 3.67 + 2.92 s of CPU through pyenv's shim and
 * 0.94 + 0.43 s direct, and a demo starts well over a thousand nodes. Falls back to `python3`
 * (grading then reports a missing interpreter as it would for a learner).
 */
export function demoPython(env: Readonly<Record<string, string | undefined>>): string {
  try {
    const found = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      env: { PATH: env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    return isAbsolute(found) ? found : 'python3'
  } catch {
    return 'python3'
  }
}

/**
 * `npm run demo`: grade the reference nodes of DEMO_NODES (all tracks at once: runs mostly
 * wait on their nodes) and print, in track order, the same per-stage table a learner gets.
 */
export async function runDemo(args: {
  storeDir: string
  timeScale: number
  env: Readonly<Record<string, string | undefined>>
  /** Only these demo tracks. */
  tracks?: readonly string[]
  /**
   * Grade each track in a harness process of its own (this CLI, forked), under this
   * process's budget (demo-harnesses.ts); without it, every track in this process.
   */
  cliPath?: string
  /** This process is one such child: send the result to the parent instead of printing it. */
  child?: boolean
  logger: Logger
}): Promise<number> {
  // The demo grades what is ready: a planned stage has nothing to grade yet (it would be an
  // `error` stage and make the README's main command exit 255).
  const tracks = loadTracks().map((t) => ({
    ...t,
    stages: t.stages.filter((stage) => stage.status !== 'planned'),
  }))
  const root = packageRoot()
  const started = performance.now()
  for (const id of args.tracks ?? []) {
    if (DEMO_NODES[id] === undefined) {
      throw new UsageError(
        `the demo has no track "${id}".${didYouMean(id, Object.keys(DEMO_NODES))} Demo tracks: ${Object.keys(DEMO_NODES).join(', ')}.`,
      )
    }
  }
  const chosen = Object.entries(DEMO_NODES).filter(
    ([id]) => args.tracks === undefined || args.tracks.includes(id),
  )
  if (args.cliPath !== undefined && args.child !== true && chosen.length > 1) {
    args.logger.info(
      `Demo: grading ${chosen.length} tracks, each in a harness process of its own, under one machine budget.`,
    )
    return demoInChildren(
      args,
      args.cliPath,
      chosen.map(([id]) => id),
      started,
    )
  }
  const python = demoPython(args.env)
  const results = await Promise.all(
    chosen.map(([trackId, node]) =>
      gradeTrack(
        {
          trackId,
          command: [python, join(root, node)],
          cwd: root,
          storeDir: args.storeDir,
          timeScale: args.timeScale,
          docsBase: docsBaseFrom(args.env),
          env: args.env,
          logger: args.logger,
        },
        { tracks },
      ),
    ),
  )
  if (args.child === true && results.length === 1 && results[0] !== undefined) {
    await sendResultToParent(results[0])
    return trackExitCode(results[0])
  }
  return demoSummary(args, results, [], started)
}

async function demoInChildren(
  args: Parameters<typeof runDemo>[0],
  cliPath: string,
  trackIds: string[],
  started: number,
): Promise<number> {
  const graded = await gradeTracksInChildren({
    cliPath,
    trackIds,
    storeDir: args.storeDir,
    timeScale: args.timeScale,
    env: args.env,
    logger: args.logger,
  })
  const results: TrackResult[] = []
  const broken: string[] = []
  for (const { trackId, outcome } of graded) {
    if ('result' in outcome) {
      results.push(outcome.result)
    } else {
      broken.push(`Track ${trackId} was not graded: ${outcome.error}.`)
    }
  }
  return demoSummary(args, results, broken, started)
}

function demoSummary(
  args: Parameters<typeof runDemo>[0],
  results: readonly TrackResult[],
  broken: readonly string[],
  started: number,
): number {
  for (const result of results) {
    args.logger.info('')
    for (const line of renderTrackTable(result)) {
      args.logger.info(line)
    }
  }
  for (const sentence of broken) {
    args.logger.info('')
    args.logger.info(sentence)
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0)
  const total = results.reduce((sum, r) => sum + r.total, 0)
  args.logger.info(
    `\nDemo: ${passed}/${total} stages passed in ${((performance.now() - started) / 1000).toFixed(1)} s (time scale ${args.timeScale}).`,
  )
  return Math.max(0, ...results.map(trackExitCode), broken.length > 0 ? 255 : 0)
}
