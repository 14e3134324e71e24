/**
 * The environment a learner's process gets (interfaces.md §2, github-actions.md §8.3): an
 * allow-list, never a copy of ours. PATH, LANG, LC_ALL, TZ and CI are taken from `base` when
 * set there; HOME and TMPDIR are the fresh directories the caller made; the node variables
 * are dsgrade's own. Nothing else: never GITHUB_*, ACTIONS_*, INPUT_*, tokens.
 *
 * Pure: `base` is passed in (only cli/ and action/ read process.env); no directory is made.
 */

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** The variables copied from the caller's environment when present. */
export const INHERITED_VARIABLES = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'CI'] as const

export interface BaseEnvironmentOptions {
  /** A fresh, empty home directory (made by the caller). */
  homeDir: string
  /** A temporary directory for the process (made by the caller). */
  tmpDir: string
  /** The environment to take PATH, LANG, LC_ALL, TZ and CI from (usually process.env). */
  base: Readonly<Record<string, string | undefined>>
}

export interface NodeEnvironmentOptions extends BaseEnvironmentOptions {
  nodeId: string
  /** The node's durable directory; also the marker that finds all its descendants. */
  dataDir: string
  seed: number | string | bigint
  /** Simulated time (`--sim`): adds DSGRADE_SIM=1 (docs/simulation.md). @default false */
  sim?: boolean
}

/** The allow-listed environment without node variables (the learner's `build:` step). */
export function buildBaseEnvironment(options: BaseEnvironmentOptions): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of INHERITED_VARIABLES) {
    const value = options.base[name]
    if (value !== undefined) {
      env[name] = value
    }
  }
  env.PATH ??= DEFAULT_PATH
  env.HOME = options.homeDir
  env.TMPDIR = options.tmpDir
  return env
}

/** The environment of one learner node process. */
export function buildNodeEnvironment(options: NodeEnvironmentOptions): Record<string, string> {
  return {
    ...buildBaseEnvironment(options),
    DSGRADE_NODE_ID: options.nodeId,
    DSGRADE_DATA_DIR: options.dataDir,
    DSGRADE_SEED: String(options.seed),
    ...(options.sim === true ? { DSGRADE_SIM: '1' } : {}),
  }
}
