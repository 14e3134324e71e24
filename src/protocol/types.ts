/**
 * Wire types of the Maelstrom protocol (maelstrom-protocol.md §1). Names follow the wire
 * (`src`, `dest`, `msg_id`, `in_reply_to`) here and only here; inside the engine use
 * source/target.
 *
 * An envelope is `{src, dest, body}` plus an optional integer `id` that the network assigns
 * on delivery. A body is a JSON object with a string `type`.
 */

export interface Body {
  type: string
  msg_id?: number
  in_reply_to?: number
  [field: string]: unknown
}

export interface Envelope {
  /** Assigned by the network (dense, from 0); nodes may omit it. */
  id?: number
  src: string
  dest: string
  body: Body
}

/** An error reply body (maelstrom-protocol.md §1.5). */
export interface ErrorBody extends Body {
  type: 'error'
  code: number
  text?: string
}

export function isErrorBody(body: Body): body is ErrorBody {
  return body.type === 'error' && typeof body.code === 'number'
}
