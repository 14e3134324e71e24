/**
 * Parse one stdout line of a node into an Envelope, or a ProtocolFinding saying why it is not
 * one (maelstrom-protocol.md §1.2–1.3). Pure: strings in, values out.
 *
 * Accepted: a JSON object with string `src` and `dest`, an object `body` with a string `type`,
 * integer `msg_id` / `in_reply_to` when present, an optional integer `id` (dropped: the
 * network assigns ids). Extra top-level keys are tolerated (the message is routed without
 * them) but reported as PROTO_EXTRA_FIELDS, because Maelstrom would reject the line.
 *
 * Not checked here: whether src/dest are registered ids, whether a reply matches a request,
 * or the RPC schema of the body (the network, the correlator and the workloads do that).
 */
import type { ProtocolFinding } from './findings.js'
import { finding, WrittenAs } from './lint.js'
import type { Body, Envelope } from './types.js'

export type ParseResult =
  /** A message to route; `finding` is set when it was accepted with a complaint. */
  | { envelope: Envelope; finding?: ProtocolFinding }
  /** Not a message: report and skip the line. */
  | { envelope?: undefined; finding: ProtocolFinding }

const ALLOWED_TOP_LEVEL = new Set(['src', 'dest', 'body', 'id'])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null) {
    return 'null'
  }
  if (Array.isArray(value)) {
    return 'an array'
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Parse a line (without its newline) printed by node `nodeId`. */
export function parseEnvelope(line: string, nodeId: string, atMs?: number): ParseResult {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { finding: finding.notJson(nodeId, line, atMs) }
  }
  if (!isPlainObject(value)) {
    return { finding: finding.notMessage(nodeId, line, `it is ${kindOf(value)}`, atMs) }
  }
  const envelopeProblem = checkAddresses(value)
  if (envelopeProblem !== undefined) {
    return { finding: finding.notMessage(nodeId, line, envelopeProblem, atMs) }
  }
  const body = value.body
  if (!isPlainObject(body)) {
    const problem = body === undefined ? 'is missing' : `is ${kindOf(body)}, not an object`
    return { finding: finding.badBody(nodeId, line, problem, atMs) }
  }
  if (typeof body.type !== 'string') {
    const problem =
      body.type === undefined ? 'has no "type"' : `has a "type" that is ${kindOf(body.type)}`
    return { finding: finding.badBody(nodeId, line, problem, atMs) }
  }
  for (const field of ['msg_id', 'in_reply_to'] as const) {
    if (field in body && !Number.isSafeInteger(body[field])) {
      return { finding: finding.badMsgId(nodeId, line, field, body[field], atMs) }
    }
    const written = field in body ? writtenAsFraction(line, field) : undefined
    if (written !== undefined) {
      return { finding: finding.badMsgId(nodeId, line, field, new WrittenAs(written), atMs) }
    }
  }
  const envelope: Envelope = {
    src: value.src as string,
    dest: value.dest as string,
    body: body as Body,
  }
  const extra = Object.keys(value).filter((key) => !ALLOWED_TOP_LEVEL.has(key))
  if (extra.length > 0) {
    return { envelope, finding: finding.extraFields(nodeId, line, extra, atMs) }
  }
  return { envelope }
}

function checkAddresses(value: Record<string, unknown>): string | undefined {
  for (const field of ['src', 'dest'] as const) {
    if (!(field in value)) {
      return `it has no "${field}"`
    }
    if (typeof value[field] !== 'string') {
      return `its "${field}" is ${kindOf(value[field])}, not a string`
    }
  }
  if ('id' in value && !Number.isSafeInteger(value.id)) {
    return `its "id" is ${kindOf(value.id)}, not an integer`
  }
  return undefined
}

/**
 * JSON.parse reads `1.0` as 1, but Maelstrom compares 1 and 1.0 as different: find an id
 * written with a fraction or an exponent (`"in_reply_to": 1.0`), returned as written.
 */
const WRITTEN_ID = {
  msg_id: /"msg_id"\s*:\s*(-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/,
  in_reply_to: /"in_reply_to"\s*:\s*(-?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)/,
}

function writtenAsFraction(line: string, field: 'msg_id' | 'in_reply_to'): string | undefined {
  const written = WRITTEN_ID[field].exec(line)?.[1]
  return written !== undefined && /[.eE]/.test(written) ? written : undefined
}

/** Serialise an envelope as one protocol line, newline included. */
export function encodeEnvelope(message: Envelope): string {
  return `${JSON.stringify(message)}\n`
}
