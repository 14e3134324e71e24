/**
 * The tracks as the engine sees them: tracks/ (or a course author's tracks directory) loaded
 * by src/tracks/ and every workload, nemesis, checker, metric, extra and fault option of a
 * ready stage resolved against the engine's registries (a problem is a TrackError naming the
 * file and the JSON pointer). Kept apart from the runner so `dsgrade tracks` and validation do
 * not load it.
 */
import { checkerNames } from '../checkers/index.js'
import { metricRange, metricsForStage } from '../metrics/index.js'
import { nemesisNames } from '../nemesis/index.js'
import { tracksDir, type TrackError } from '../shared/index.js'
import { checkTracksDir, loadAllTracks } from '../tracks/index.js'
import type { KnownMetric, KnownNames, TrackSpec } from '../tracks/index.js'
import { workloadNames } from '../workloads/index.js'
import { RATIO_FAULTS } from './options.js'

/** `options.extra` keys each workload reads (src/workloads/<name>.ts documents them). */
const WORKLOAD_EXTRAS: Record<string, readonly string[]> = {
  'exactly-once': ['appendRatio', 'linearizable', 'attemptTimeoutMs'],
}

/** `extra` keys each checker reads, as `dsgrade check --extra` takes them. */
const CHECKER_EXTRAS: Record<string, readonly string[]> = {
  'exactly-once': ['linearizable'],
  linearizable: ['semantics', 'allKeys'],
  'list-append': [
    'wfr-keys',
    'wfrKeys',
    'sequential-keys',
    'sequentialKeys',
    'linearizable-keys',
    'linearizableKeys',
  ],
  'rw-register': [
    'wfr-keys',
    'wfrKeys',
    'sequential-keys',
    'sequentialKeys',
    'linearizable-keys',
    'linearizableKeys',
  ],
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
    workloadExtras: WORKLOAD_EXTRAS,
    checkerExtras: CHECKER_EXTRAS,
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
