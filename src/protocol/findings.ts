/**
 * Protocol lint findings (curriculum.md §2, messenger): a learner mistake in *how* a node
 * speaks the protocol, as a value. Each names the node, shows the offending line (truncated)
 * and says the fix in one sentence. Reported on every stage; graded in `messenger`.
 */

export type FindingCode =
  | 'PROTO_NOT_JSON' // a stdout line that is not JSON
  | 'PROTO_NOT_MESSAGE' // JSON, but not an envelope {src, dest, body}
  | 'PROTO_BAD_BODY' // body not an object, or no string `type`
  | 'PROTO_BAD_MSG_ID' // msg_id / in_reply_to not an integer
  | 'PROTO_EXTRA_FIELDS' // top-level keys other than src/dest/body/id
  | 'PROTO_LINE_TOO_LONG' // a line over the maximum size (cut, the rest discarded)
  | 'PROTO_MISSING_NEWLINE' // output left without a final newline when the node stopped
  | 'PROTO_UNKNOWN_DEST' // dest is not a registered node, client or service
  | 'PROTO_UNKNOWN_SRC' // src is not a registered id
  | 'PROTO_REPLY_UNMATCHED' // in_reply_to matches no outstanding request
  | 'PROTO_REPLY_TO_GONE_CLIENT' // a reply to a client that already gave up
  | 'PROTO_BAD_REPLY' // a reply whose fields do not match the RPC's schema
  | 'PROTO_UNKNOWN_SERVICE_TYPE' // a request type a built-in service does not know
  | 'SERVICE_FORBIDDEN' // a message to a built-in service the stage forbids (services/bans.ts)
  | 'NODE_EXITED' // the node exited on its own
  | 'NODE_STDERR_TRUNCATED' // stderr exceeded the log cap
  | 'NODE_STDIN_FULL' // the node stopped reading stdin; messages to it were dropped

export interface ProtocolFinding {
  code: FindingCode
  /** The node that did it (n1, …). */
  node: string
  /** What happened, one plain sentence. */
  message: string
  /** How to fix it, one sentence. */
  fix: string
  /** The offending line or message, truncated for display. */
  line?: string
  /** Milliseconds since the test started. */
  atMs?: number
  /** How many times this (code, node) occurred; reports show the first line only. */
  count?: number
}
