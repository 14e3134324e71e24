/**
 * The tracks as the engine sees them: tracks/ (or a course author's tracks directory) loaded
 * by src/tracks/ and every workload, nemesis, checker, metric, extra and fault option of a
 * ready stage resolved against the engine's registries (a problem is a TrackError naming the
 * file and the JSON pointer). Kept apart from the runner so `dsgrade tracks` and validation do
 * not load it.
 */
import { checkerNames, findChecker } from '../checkers/index.js'
import { metricRange, metricsForStage } from '../metrics/index.js'
import { NEMESIS_EXTRAS, nemesisNames } from '../nemesis/index.js'
import { tracksDir, type ExtraSpec, type TrackError } from '../shared/index.js'
import { checkTracksDir, loadAllTracks } from '../tracks/index.js'
import type { KnownMetric, KnownNames, TrackSpec } from '../tracks/index.js'
import { findWorkload, workloadNames } from '../workloads/index.js'
import { RATIO_FAULTS } from './options.js'

/** An extra's accepted spellings (its name and aliases), as `--extra` takes them. */
function extraKeys(extras: readonly ExtraSpec[]): string[] {
  return extras.flatMap((e) => [e.name, ...(e.aliases ?? [])])
}

/**
 * `options.extra` keys each workload reads: the extras its registry entry declares plus the
 * fault packages' (the same set `dsgrade test --extra` accepts for it).
 */
function workloadExtras(): Record<string, readonly string[]> {
  const byWorkload: Record<string, readonly string[]> = {}
  for (const name of workloadNames()) {
    byWorkload[name] = extraKeys([...(findWorkload(name)?.extras ?? []), ...NEMESIS_EXTRAS])
  }
  return byWorkload
}

/** `extra` keys each checker reads: the extras its registry entry declares (`dsgrade check --extra`). */
function checkerExtras(): Record<string, readonly string[]> {
  const byChecker: Record<string, readonly string[]> = {}
  for (const name of checkerNames()) {
    byChecker[name] = extraKeys(findChecker(name)?.extras ?? [])
  }
  return byChecker
}

function stageMetrics(workload: string, checkers: readonly string[]): Map<string, KnownMetric> {
  const found = new Map<string, KnownMetric>()
  for (const [path, spec] of metricsForStage({ workload, checkers })) {
    found.set(path, { type: spec.type, unit: spec.unit, range: metricRange(spec) })
  }
  return found
}

/** The engine's registered names and declarations, for resolving track references. */
export function engineNames(): KnownNames {
  return {
    workloads: workloadNames(),
    nemeses: nemesisNames(),
    checkers: checkerNames(),
    metrics: stageMetrics,
    workloadExtras: workloadExtras(),
    checkerExtras: checkerExtras(),
    ratioFaults: RATIO_FAULTS,
  }
}

/** Every track, validated and resolved: ours, or those in `dir` (`--tracks-dir`). */
export function loadTracks(dir?: string): TrackSpec[] {
  return dir === undefined ? loadAllTracks(engineNames()) : loadAllTracks(engineNames(), dir)
}

/** Every problem of a tracks directory (ours by default), for `dsgrade tracks --check`. */
export function checkTracks(dir?: string): TrackError[] {
  return checkTracksDir(dir ?? tracksDir(), engineNames())
}
