/**
 * The tracks as the engine sees them: tracks/ loaded by src/tracks/ and every workload,
 * nemesis and checker name resolved against the registries (an unknown name in a ready
 * stage is a TrackError). Kept apart from the runner so `dsgrade tracks` and validation do
 * not load it.
 */
import { checkerNames } from '../checkers/index.js'
import { nemesisNames } from '../nemesis/index.js'
import { loadAllTracks } from '../tracks/index.js'
import type { KnownNames, TrackSpec } from '../tracks/index.js'
import { workloadNames } from '../workloads/index.js'

/** The engine's registered names, for resolving track references. */
export function engineNames(): KnownNames {
  return { workloads: workloadNames(), nemeses: nemesisNames(), checkers: checkerNames() }
}

/** Every track, validated and resolved against the registries. */
export function loadTracks(): TrackSpec[] {
  return loadAllTracks(engineNames())
}
