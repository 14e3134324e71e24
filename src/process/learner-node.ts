/**
 * One call from the runner's point of view: start learner node `nodeId` of a run from the
 * `--bin` argv, with the directory layout the store uses. It resolves the command
 * (command.ts), makes the node's directories, builds the allow-listed environment
 * (environment.ts) and starts the process (node-process.ts).
 *
 * Layout: `RUN/node-logs/<node>.log` (stderr, appended across restarts), `RUN/data/<node>/`
 * (DSGRADE_DATA_DIR: empty at the start of the test, kept across restarts). HOME and TMPDIR
 * are fresh directories under the system temp directory, removed by stop().
 *
 * Rejects with a RunError (one sentence naming the node and the binary) when the command
 * cannot be resolved or started.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RunError } from '../shared/index.js'
import { resolveNodeCommand } from './command.js'
import type { NodeCallbacks } from './contract.js'
import { buildNodeEnvironment } from './environment.js'
import {
  startNodeProcess,
  type NodeProcessHandle,
  type NodeProcessOptions,
} from './node-process.js'

export interface LearnerNodeOptions {
  nodeId: string
  /** `--bin` (a path or a quoted command line) followed by the arguments after `--`. */
  command: readonly string[]
  /** The directory dsgrade was started from: relative paths resolve against it. */
  cwd: string
  /** This run's store directory. */
  runDir: string
  seed: number | string | bigint
  /** The caller's environment; only PATH, LANG, LC_ALL, TZ and CI are taken from it. */
  baseEnv: Readonly<Record<string, string | undefined>>
  /** Milliseconds since the test started. */
  nowMs(): number
  callbacks: NodeCallbacks
  /** Overrides of the caps and timings (tests). */
  limits?: Pick<
    NodeProcessOptions,
    | 'maxLineBytes'
    | 'maxStderrBytes'
    | 'stderrTailLines'
    | 'maxStdinQueueBytes'
    | 'stopGraceMs'
    | 'stderrDrainMs'
  >
}

export interface NodeDirs {
  dataDir: string
  homeDir: string
  tmpDir: string
  logFile: string
}

/** Make the node's directories; the data directory is emptied (a new test starts empty). */
export function makeNodeDirs(runDir: string, nodeId: string): NodeDirs {
  const dataDir = join(runDir, 'data', nodeId)
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  mkdirSync(join(runDir, 'node-logs'), { recursive: true })
  const scratch = mkdtempSync(join(tmpdir(), `dsgrade-${nodeId}-`))
  const homeDir = join(scratch, 'home')
  const tmpDir = join(scratch, 'tmp')
  mkdirSync(homeDir)
  mkdirSync(tmpDir)
  return { dataDir, homeDir, tmpDir, logFile: join(runDir, 'node-logs', `${nodeId}.log`) }
}

export async function startLearnerNode(options: LearnerNodeOptions): Promise<NodeProcessHandle> {
  const [bin, ...extraArgs] = options.command
  if (bin === undefined) {
    throw new RunError('--bin is missing; give the path of your node, e.g. --bin ./node.py.')
  }
  const command = resolveNodeCommand(bin, {
    cwd: options.cwd,
    extraArgs,
    pathEnv: options.baseEnv.PATH,
  })
  const dirs = makeNodeDirs(options.runDir, options.nodeId)
  const env = buildNodeEnvironment({
    nodeId: options.nodeId,
    dataDir: dirs.dataDir,
    seed: options.seed,
    homeDir: dirs.homeDir,
    tmpDir: dirs.tmpDir,
    base: options.baseEnv,
  })
  try {
    return await startNodeProcess({
      ...options.limits,
      nodeId: options.nodeId,
      command,
      cwd: options.cwd,
      env,
      logFile: dirs.logFile,
      callbacks: options.callbacks,
      clock: { now: options.nowMs },
      cleanupDirs: [join(dirs.homeDir, '..')],
    })
  } catch (error) {
    rmSync(join(dirs.homeDir, '..'), { recursive: true, force: true })
    throw error
  }
}
