/**
 * The tracks loader's public surface: load and validate course data, find tracks and stages
 * by the names learners type, validate RPC bodies against a track's schemas.
 */
export { checkTracksDir, loadAllTracks, loadTrackDir, describeAjvError, valueAt } from './load.js'
export { findStage, findTrack, findTrackOfStage } from './find.js'
export { firstHintIndex } from './hints.js'
export { createRpcValidator } from './rpc.js'
export { renderRpcSection, RPC_SECTION_MARKER } from './docs.js'
export type { RpcMismatch, RpcValidator } from './rpc.js'
export type {
  Comparison,
  CriterionSpec,
  ExtraCheckerSpec,
  FaultSpec,
  KnownMetric,
  KnownNames,
  StageOptions,
  StageSpec,
  TrackSpec,
} from './types.js'
export { TRACK_SCHEMA_VERSION } from './types.js'
