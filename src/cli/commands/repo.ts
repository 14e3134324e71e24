/**
 * `dsgrade` in a learner repository (no command) and `dsgrade validate`: the first reads
 * dsgrade.yml, runs the builds and grades the configured tracks through the same function
 * the Action calls (grading/repository.ts: same stages, seeds, hints and table), offline, and
 * prints each track's table; the second only checks dsgrade.yml and says what is wrong, with
 * the line and a did-you-mean for a mistyped key or track.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadConfig } from '../../config/index.js'
import { gradeRepository, loadTracks, renderTrackTable } from '../../grading/index.js'
import { docsBaseFrom, UsageError } from '../../shared/index.js'
import { lastValue, numberOption, optionsHelp, parseArgs, type OptionSpec } from '../args.js'
import { seedFrom } from './test-options.js'
import type { CommandContext } from './test.js'
import { trackExitCode } from './tracks.js'

const CONFIG_FILE = 'dsgrade.yml'

const REPO_OPTIONS: OptionSpec[] = [
  { name: 'config', value: true, arg: 'FILE', help: 'the config file (default dsgrade.yml)' },
  { name: 'tracks', value: true, arg: 'LIST', help: 'grade only these tracks (comma list)' },
  { name: 'seed', value: true, arg: 'N', help: 'base seed (default random, printed)' },
  {
    name: 'store',
    value: true,
    arg: 'DIR',
    help: 'where runs are stored (default .dsgrade/store)',
  },
  { name: 'time-scale', value: true, arg: 'F', help: 'scale every duration (default 1)' },
  { name: 'verbose', alias: 'v', help: 'debug output' },
  { name: 'help', alias: 'h', help: 'this help' },
]

export const REPO_HELP = `Usage: dsgrade [options]      (in a repository with a dsgrade.yml)

Builds and grades the tracks listed in dsgrade.yml exactly as the GitHub Action does (same
stages, seeds, hints and table), on this machine, without network access.

Options:
${optionsHelp(REPO_OPTIONS)}`

/** Whether `dsgrade` with no command should grade the repository in `cwd`. */
export function hasConfig(cwd: string): boolean {
  return existsSync(join(cwd, CONFIG_FILE))
}

export async function repoCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const parsed = parseArgs(argv, REPO_OPTIONS, 'grade')
  if (parsed.flags.has('help')) {
    ctx.logger.info(REPO_HELP)
    return 0
  }
  const configPath = lastValue(parsed, 'config') ?? CONFIG_FILE
  if (!existsSync(resolve(ctx.cwd, configPath))) {
    throw new UsageError(
      `there is no ${configPath} in ${ctx.cwd}: run dsgrade in your repository's root, or pass --config FILE (dsgrade --help lists the commands).`,
    )
  }
  const tracks = lastValue(parsed, 'tracks')
  const seed = lastValue(parsed, 'seed') === undefined ? undefined : seedFrom(parsed, 0)
  const { report } = await gradeRepository(
    {
      workspace: ctx.cwd,
      configPath,
      tracks: tracks === undefined ? null : tracks.split(',').map((t) => t.trim()),
      seed,
      timeScale: numberOption(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
      tempDir: mkdtempSync(join(tmpdir(), 'dsgrade-')),
      storeDir: resolve(ctx.cwd, lastValue(parsed, 'store') ?? join('.dsgrade', 'store')),
      env: ctx.env,
      repository: null,
      headSha: null,
      actionRef: null,
      docsBase: docsBaseFrom(ctx.env),
    },
    {
      logger: ctx.logger,
      child: (prefix) => prefixed(ctx, prefix),
      group: (title, work) => {
        ctx.logger.info(title)
        return work()
      },
      learnerBlock: (work) => work(),
    },
  )
  let worst = 0
  let passed = 0
  let total = 0
  for (const track of report.tracks) {
    ctx.logger.info('')
    for (const line of renderTrackTable(track)) {
      ctx.logger.info(line)
    }
    worst = Math.max(worst, trackExitCode(track))
    passed += track.passed
    total += track.total
  }
  ctx.logger.info(`\ndsgrade: ${passed}/${total} stages passed (${configPath}).`)
  return worst
}

function prefixed(ctx: CommandContext, prefix: string): CommandContext['logger'] {
  const base = ctx.logger
  return {
    info: (line) => base.info(`${prefix}${line}`),
    warn: (line) => base.warn(`${prefix}${line}`),
    debug: (line) => base.debug(`${prefix}${line}`),
    learnerOutput: (source, line) => base.learnerOutput(`${prefix}${source}`, line),
  }
}

/** `dsgrade validate [FILE]`: checks dsgrade.yml; exit 0 when valid, 254 otherwise. */
export async function validateCommand(
  argv: readonly string[],
  ctx: CommandContext,
): Promise<number> {
  const parsed = parseArgs(argv, [{ name: 'help', alias: 'h', help: 'this help' }], 'validate')
  if (parsed.flags.has('help')) {
    ctx.logger.info(
      'Usage: dsgrade validate [FILE]\n\nChecks dsgrade.yml (or FILE): keys, track ids and commands.',
    )
    return 0
  }
  const file = parsed.positionals[0] ?? CONFIG_FILE
  try {
    // `tracks-dir` in dsgrade.yml names the course author's tracks, as in the Action.
    const unresolved = await loadConfig(resolve(ctx.cwd, file), { displayPath: file })
    const specs = loadTracks(
      unresolved.tracksDir === undefined ? undefined : resolve(ctx.cwd, unresolved.tracksDir),
    )
    const config = await loadConfig(resolve(ctx.cwd, file), {
      displayPath: file,
      knownTracks: specs.map((spec) => spec.id),
    })
    const listed = config.tracks.map((t) => `${t.id} (run: ${t.run})`).join(', ')
    ctx.logger.info(`${file} is valid: ${config.tracks.length} track(s): ${listed}.`)
    return 0
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'CONFIG') {
      ctx.logger.info(`dsgrade validate: ${error.message}`)
      return 254
    }
    throw error
  }
}
