/**
 * Naming a track or a stage the way a learner types it: a track by id (`broadcast`) or
 * number (`4`); a stage by full id (`broadcast/partitions`), short id (`partitions`) or
 * number (`4.3`). Unknown names are UsageErrors that list what exists.
 */
import { UsageError, didYouMean } from '../shared/index.js'
import type { StageSpec, TrackSpec } from './types.js'

export function findTrack(tracks: readonly TrackSpec[], name: string): TrackSpec {
  const found = tracks.find((t) => t.id === name || String(t.number) === name)
  if (found === undefined) {
    const known = tracks.map((t) => `${t.number} ${t.id}`).join(', ')
    throw new UsageError(
      `there is no track "${name}".${didYouMean(
        name,
        tracks.map((t) => t.id),
      )} Tracks: ${known}; run "dsgrade tracks" to list them.`,
    )
  }
  return found
}

export function findStage(track: TrackSpec, name: string): StageSpec {
  const found = track.stages.find((s) => s.fullId === name || s.id === name || s.number === name)
  if (found === undefined) {
    const known = track.stages.map((s) => `${s.number} ${s.id}`).join(', ')
    const names = track.stages.flatMap((s) => [s.id, s.fullId])
    throw new UsageError(
      `track "${track.id}" has no stage "${name}".${didYouMean(name, names)} Stages: ${known}.`,
    )
  }
  return found
}

/** A stage named without its track (`broadcast/partitions`, `4.3`): the track it belongs to. */
export function findTrackOfStage(
  tracks: readonly TrackSpec[],
  name: string,
): TrackSpec | undefined {
  return tracks.find((t) => t.stages.some((s) => s.fullId === name || s.number === name))
}
