/**
 * Protocol lint: one constructor per FindingCode (findings.ts), each returning a value with a
 * teaching `message` (what happened, the evidence, truncated) and a one-sentence `fix`, and a
 * FindingLog that aggregates findings by (code, node) with bounded memory.
 *
 * Guarantees: every shown line is truncated to `MAX_SHOWN_CHARS` (the limit is named in the
 * text when it cuts); constructors are pure. It does not decide *whether* something is a
 * finding (framing, envelope, the runner and the services do).
 */
import type { FindingCode, ProtocolFinding } from './findings.js'
import type { Envelope } from './types.js'

export const MAX_SHOWN_CHARS = 200

/** Cut a line for display: `abc… (1234 chars, first 200 shown)`. */
export function truncateLine(line: string, maxChars = MAX_SHOWN_CHARS): string {
  if (line.length <= maxChars) {
    return line
  }
  return `${line.slice(0, maxChars)}… (${line.length} chars, first ${maxChars} shown)`
}

/** A message as one display line (JSON, truncated). */
export function showMessage(message: Envelope | unknown): string {
  let text: string
  try {
    text = JSON.stringify(message) ?? String(message)
  } catch {
    text = String(message)
  }
  return truncateLine(text)
}

function make(
  code: FindingCode,
  node: string,
  message: string,
  fix: string,
  line: string | undefined,
  atMs: number | undefined,
): ProtocolFinding {
  const finding: ProtocolFinding = { code, node, message, fix }
  if (line !== undefined) {
    finding.line = truncateLine(line)
  }
  if (atMs !== undefined) {
    finding.atMs = atMs
  }
  return finding
}

const KiB = 1024

function formatBytes(bytes: number): string {
  if (bytes >= KiB * KiB && bytes % (KiB * KiB) === 0) {
    return `${bytes / (KiB * KiB)} MiB`
  }
  if (bytes >= KiB && bytes % KiB === 0) {
    return `${bytes / KiB} KiB`
  }
  return `${bytes} bytes`
}

function describeExit(code: number | null, signal: string | null): string {
  if (signal !== null) {
    return `was ended by signal ${signal}`
  }
  return `exited with status ${code ?? 'unknown'}`
}

/** Finding constructors, one per FindingCode. `atMs` is ms since the test started. */
export const finding = {
  notJson(node: string, line: string, atMs?: number): ProtocolFinding {
    const shown =
      line.trim() === ''
        ? 'an empty line'
        : `a line that is not JSON: \`${truncateLine(line, 80)}\``
    return make(
      'PROTO_NOT_JSON',
      node,
      `node ${node} printed ${shown} on stdout; stdout carries only protocol messages, one JSON object per line.`,
      'Write logs and debug output to stderr, and print exactly one JSON message per line on stdout.',
      line,
      atMs,
    )
  },

  notMessage(node: string, line: string, problem: string, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_NOT_MESSAGE',
      node,
      `node ${node} printed JSON that is not a message (${problem}); every stdout line must be an envelope {"src", "dest", "body"}.`,
      'Wrap every output in {"src": <this node id>, "dest": <recipient>, "body": {...}}.',
      line,
      atMs,
    )
  },

  badBody(node: string, line: string, problem: string, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_BAD_BODY',
      node,
      `node ${node} sent a message whose body ${problem}; a body is a JSON object with a string "type".`,
      'Give every message a body object with a "type" string, such as {"type": "echo_ok", ...}.',
      line,
      atMs,
    )
  },

  badMsgId(
    node: string,
    line: string,
    field: string,
    value: unknown,
    atMs?: number,
  ): ProtocolFinding {
    return make(
      'PROTO_BAD_MSG_ID',
      node,
      `node ${node} sent "${field}": ${showValue(value)}, which is not an integer; ${field} must be a whole JSON number so replies can be matched to requests.`,
      `Send "${field}" as an integer (copy the request's msg_id into in_reply_to unchanged), or leave it out.`,
      line,
      atMs,
    )
  },

  extraFields(node: string, line: string, keys: string[], atMs?: number): ProtocolFinding {
    const list = keys.map((key) => `"${key}"`).join(', ')
    return make(
      'PROTO_EXTRA_FIELDS',
      node,
      `node ${node} sent a message with extra top-level field${keys.length > 1 ? 's' : ''} ${list}; dsgrade delivered it, but Maelstrom would reject it as malformed.`,
      'Put only "src", "dest" and "body" at the top level; move other fields inside "body".',
      line,
      atMs,
    )
  },

  lineTooLong(node: string, head: string, maxLineBytes: number, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_LINE_TOO_LONG',
      node,
      `node ${node} printed a stdout line longer than ${formatBytes(maxLineBytes)}; it was cut and discarded up to the next newline (it starts: \`${truncateLine(head, 80)}\`).`,
      'Keep each message small and end every message with a newline; send large data in several messages.',
      head,
      atMs,
    )
  },

  missingNewline(node: string, tail: string, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_MISSING_NEWLINE',
      node,
      `node ${node} stopped with output on stdout that never got a newline: \`${truncateLine(tail, 80)}\`; a message only counts once its line ends.`,
      'End every message with "\\n" and flush stdout after each one (print(..., flush=True), or equivalent).',
      tail,
      atMs,
    )
  },

  unknownDest(node: string, message: Envelope, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_UNKNOWN_DEST',
      node,
      `node ${node} sent a message to "${message.dest}", which is not a node, client or service of this test; it was dropped.`,
      "Address messages only to ids from init's node_ids, to the src of a request you are answering, or to a built-in service.",
      showMessage(message),
      atMs,
    )
  },

  unknownSrc(node: string, message: Envelope, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_UNKNOWN_SRC',
      node,
      `node ${node} sent a message with src "${message.src}", which is not an id of this test; it was dropped.`,
      'Set "src" to your own node id (the node_id from init).',
      showMessage(message),
      atMs,
    )
  },

  replyUnmatched(node: string, message: Envelope, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_REPLY_UNMATCHED',
      node,
      `node ${node} replied to ${message.dest} with in_reply_to ${showValue(message.body.in_reply_to)}, which matches no request ${message.dest} sent.`,
      "Set in_reply_to to the msg_id of the request you are answering, and send the reply to that request's src.",
      showMessage(message),
      atMs,
    )
  },

  replyToGoneClient(node: string, message: Envelope, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_REPLY_TO_GONE_CLIENT',
      node,
      `node ${node} replied to client ${message.dest} after that client had given up waiting (it timed out or closed); the reply was dropped.`,
      'Answer each request promptly; a reply that arrives after the client timeout is lost and the operation counts as indeterminate.',
      showMessage(message),
      atMs,
    )
  },

  badReply(node: string, message: Envelope, problem: string, atMs?: number): ProtocolFinding {
    return make(
      'PROTO_BAD_REPLY',
      node,
      `node ${node} sent a ${JSON.stringify(message.body.type)} reply that does not match the RPC's schema: ${problem}.`,
      'Return exactly the fields the workload documents for this reply, with the documented types.',
      showMessage(message),
      atMs,
    )
  },

  unknownServiceType(
    node: string,
    service: string,
    message: Envelope,
    atMs?: number,
  ): ProtocolFinding {
    return make(
      'PROTO_UNKNOWN_SERVICE_TYPE',
      node,
      `node ${node} sent ${service} a request of type ${JSON.stringify(message.body.type)}, which ${service} does not support.`,
      `Use only the request types ${service} documents (read, write, cas for the key-value services).`,
      showMessage(message),
      atMs,
    )
  },

  nodeExited(
    node: string,
    code: number | null,
    signal: string | null,
    stderrTail: string[],
    atMs?: number,
  ): ProtocolFinding {
    const last = stderrTail.length > 0 ? stderrTail[stderrTail.length - 1] : undefined
    const said = last !== undefined ? `; its last stderr line: \`${truncateLine(last, 120)}\`` : ''
    return make(
      'NODE_EXITED',
      node,
      `node ${node} ${describeExit(code, signal)} on its own while the test was running${said}.`,
      "Read the node's log (node-logs/" +
        node +
        '.log) for the error; a node must keep running until dsgrade stops it.',
      last,
      atMs,
    )
  },

  stderrTruncated(node: string, capBytes: number, atMs?: number): ProtocolFinding {
    return make(
      'NODE_STDERR_TRUNCATED',
      node,
      `node ${node} wrote more than ${formatBytes(capBytes)} to stderr; the log file stops there (later output was read and discarded).`,
      'Log less: drop per-message debug lines, or log only when something unusual happens.',
      undefined,
      atMs,
    )
  },

  /**
   * The node stopped reading stdin and dsgrade's queue for it is full: messages are dropped.
   */
  stdinFull(node: string, capBytes: number, atMs?: number): ProtocolFinding {
    return make(
      'NODE_STDIN_FULL',
      node,
      `node ${node} stopped reading its stdin and more than ${formatBytes(capBytes)} of messages waited for it; further messages to ${node} were dropped.`,
      'Read stdin continuously (a loop over input lines) and never block the reading loop on long work.',
      undefined,
      atMs,
    )
  },
}

/** A value to show exactly as the node wrote it (e.g. `1.0`, which JSON.parse reads as 1). */
export class WrittenAs {
  constructor(readonly text: string) {}
}

function showValue(value: unknown): string {
  if (value === undefined) {
    return 'none'
  }
  if (value instanceof WrittenAs) {
    return truncateLine(value.text, 40)
  }
  try {
    return truncateLine(JSON.stringify(value) ?? String(value), 40)
  } catch {
    return String(value)
  }
}

/** Aggregates findings by (code, node): the first one with its line, and a count. */
export class FindingLog {
  private readonly entries = new Map<string, ProtocolFinding>()
  private droppedCount = 0
  constructor(readonly maxEntries = 1000) {}

  /** Record a finding; returns true when it is the first of its (code, node). */
  add(item: ProtocolFinding): boolean {
    const key = `${item.code}\u0000${item.node}`
    const existing = this.entries.get(key)
    if (existing !== undefined) {
      existing.count = (existing.count ?? 1) + (item.count ?? 1)
      return false
    }
    if (this.entries.size >= this.maxEntries) {
      this.droppedCount++
      return false
    }
    this.entries.set(key, { ...item, count: item.count ?? 1 })
    return true
  }

  /** Every (code, node) entry in first-seen order, each with its count. */
  list(): ProtocolFinding[] {
    return [...this.entries.values()].map((entry) => ({ ...entry }))
  }

  /** Total occurrences, optionally of one code and/or one node. */
  count(filter: { code?: FindingCode; node?: string } = {}): number {
    let total = 0
    for (const entry of this.entries.values()) {
      if (filter.code !== undefined && entry.code !== filter.code) {
        continue
      }
      if (filter.node !== undefined && entry.node !== filter.node) {
        continue
      }
      total += entry.count ?? 1
    }
    return total
  }

  has(code: FindingCode, node?: string): boolean {
    return this.count({ code, node }) > 0
  }

  /** Distinct (code, node) pairs not kept because the log was full. */
  get dropped(): number {
    return this.droppedCount
  }

  get size(): number {
    return this.entries.size
  }
}
