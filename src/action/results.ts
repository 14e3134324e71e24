/**
 * The combined results file (the `results` output): written by a grading job, read back by a
 * publish-only job. A file from another job is untrusted data (a learner controls the job that
 * wrote it): it is size-limited, parsed as JSON and validated with a schema before use, never
 * executed: it is parsed with the one results schema (src/results/schema.ts).
 * `mergeReports` combines the files of a job matrix into one report.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GradeReport } from '../results/index.js'
import { gradeReportSchema } from '../results/index.js'
import { UsageError } from '../shared/index.js'

export const RESULTS_FILE_MAX_BYTES = 20 * 1024 * 1024

export async function writeResults(path: string, report: GradeReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
}

/** Reads one results file, or every `*.json` in a folder (recursively). */
export async function readResultsFiles(paths: readonly string[]): Promise<GradeReport[]> {
  if (paths.length === 0) {
    throw new UsageError(
      'Input "results-files" is required with "mode: publish": name the results files (or folders) the grading jobs uploaded.',
    )
  }
  const files: string[] = []
  for (const path of paths) {
    files.push(...(await expand(path)))
  }
  if (files.length === 0) {
    throw new UsageError(`No results files found in ${paths.join(', ')}.`)
  }
  return Promise.all(files.sort().map(readOne))
}

async function expand(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (info === null) {
    throw new UsageError(`Results file "${path}" does not exist.`)
  }
  if (!info.isDirectory()) {
    return [path]
  }
  const entries = await readdir(path, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = join(path, entry.name)
      return entry.isDirectory()
        ? expand(full)
        : Promise.resolve(entry.name.endsWith('.json') ? [full] : [])
    }),
  )
  return nested.flat()
}

async function readOne(path: string): Promise<GradeReport> {
  const info = await stat(path)
  if (info.size > RESULTS_FILE_MAX_BYTES) {
    throw new UsageError(
      `Results file "${path}" is ${info.size} bytes; at most ${RESULTS_FILE_MAX_BYTES} are accepted.`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    throw new UsageError(`Results file "${path}" is not JSON.`)
  }
  const parsed = gradeReportSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UsageError(
      `Results file "${path}" is not a dsgrade results file: at "${issue.path.join('.')}" ${issue.message}.`,
    )
  }
  return parsed.data
}

/** One report from several (a job matrix): tracks in order, first file's identity. */
export function mergeReports(reports: readonly GradeReport[]): GradeReport {
  const first = reports[0]!
  const tracks = new Map<string, GradeReport['tracks'][number]>()
  for (const report of reports) {
    for (const track of report.tracks) {
      tracks.set(track.trackId, track)
    }
  }
  const graded = new Set(tracks.keys())
  const notGraded = [...new Set(reports.flatMap((report) => report.notGraded))].filter(
    (id) => !graded.has(id),
  )
  const seeds = new Set(reports.map((report) => report.seed))
  return {
    ...first,
    seed: seeds.size === 1 ? first.seed : null,
    builds: dedupeBuilds(reports.flatMap((report) => report.builds)),
    tracks: [...tracks.values()],
    notGraded,
    stageLogs: Object.assign({}, ...reports.map((report) => report.stageLogs)) as Record<
      string,
      string[]
    >,
    warnings: [...new Set(reports.flatMap((report) => report.warnings))],
  }
}

function dedupeBuilds(builds: GradeReport['builds']): GradeReport['builds'] {
  const seen = new Map<string, GradeReport['builds'][number]>()
  for (const build of builds) {
    const key = `${build.trackId ?? ''}\u0000${build.command}`
    const old = seen.get(key)
    // A failure anywhere is the one to show.
    if (old === undefined || (old.exitCode === 0 && !old.timedOut)) {
      seen.set(key, build)
    }
  }
  return [...seen.values()]
}
