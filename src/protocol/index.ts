/**
 * The public surface of src/protocol/: what other folders may import (style.md §3.1).
 */
export { encodeEnvelope, parseEnvelope } from './envelope.js'
export { ErrorCode, errorName, isDefinite } from './errors.js'
export type { ProtocolFinding } from './findings.js'
export { DEFAULT_MAX_LINE_BYTES, LineFramer } from './framing.js'
export { FindingLog, finding } from './lint.js'
export type { Body, Envelope } from './types.js'
