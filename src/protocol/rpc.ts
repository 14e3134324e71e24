/**
 * RPC correlation for dsgrade's clients (maelstrom-protocol.md §6.6): register each request a
 * client sends (client id, msg_id, deadline), then `settle` every message addressed to a
 * client to find the request it answers, or learn why it answers none.
 *
 * Pure and deterministic: no timers, no processes; times are numbers the caller passes in
 * (ms on the run's Clock). Re-registering the same (client, msg_id) — a retry that re-sends
 * the same message — replaces the deadline and keeps the original `sentAtMs`.
 *
 * Memory: outstanding requests are removed when settled, expired, cancelled or their client
 * closes; the memory of recently expired requests and closed clients (to tell a *late* reply
 * from a bogus one) is bounded by `rememberCount`.
 */
import type { Envelope } from './types.js'

export interface OutstandingRequest<T = unknown> {
  /** The client that sent the request (`c3`). */
  client: string
  msgId: number
  /** The node or service the request went to. */
  dest?: string
  sentAtMs: number
  deadlineMs: number
  /** Anything the caller wants back when the reply arrives (the operation, a resolver). */
  context?: T
}

export type UnmatchedReason =
  /** The message has no integer in_reply_to. */
  | 'no-in-reply-to'
  /** Addressed to an id that never registered a request (not a client of ours). */
  | 'unknown-client'
  /** The client exists but never sent (or already settled) this msg_id. */
  | 'unknown-msg-id'
  /** The client was closed (gave up) before the reply arrived. */
  | 'gone-client'
  /** The request timed out before the reply arrived (a late reply). */
  | 'expired'

export type SettleResult<T> =
  { matched: true; request: OutstandingRequest<T> } | { matched: false; reason: UnmatchedReason }

function keyOf(client: string, msgId: number): string {
  return `${client}\u0000${msgId}`
}

/** A bounded insertion-ordered set: the oldest entries are forgotten first. */
class BoundedSet {
  private readonly items = new Set<string>()
  constructor(private readonly capacity: number) {}
  add(item: string): void {
    this.items.delete(item)
    this.items.add(item)
    if (this.items.size > this.capacity) {
      const oldest = this.items.values().next().value as string
      this.items.delete(oldest)
    }
  }
  has(item: string): boolean {
    return this.items.has(item)
  }
  delete(item: string): void {
    this.items.delete(item)
  }
}

export class RpcCorrelator<T = unknown> {
  private readonly outstanding = new Map<string, OutstandingRequest<T>>()
  /** Every client that ever registered a request (one short string per client). */
  private readonly clients = new Set<string>()
  private readonly expired: BoundedSet
  private readonly closed: BoundedSet

  constructor(readonly rememberCount = 10_000) {
    this.expired = new BoundedSet(rememberCount)
    this.closed = new BoundedSet(rememberCount)
  }

  /** Track a request; replaces an outstanding one with the same (client, msgId). */
  register(request: OutstandingRequest<T>): void {
    const key = keyOf(request.client, request.msgId)
    const previous = this.outstanding.get(key)
    if (previous === undefined) {
      this.clients.add(request.client)
      this.outstanding.set(key, { ...request })
    } else {
      this.outstanding.set(key, { ...request, sentAtMs: previous.sentAtMs })
    }
    this.expired.delete(key)
    this.closed.delete(request.client)
  }

  /**
   * Match a message addressed to a client. With `nowMs`, a request past its deadline is
   * expired first (so a reply after the deadline is `expired`, never matched).
   */
  settle(message: Envelope, nowMs?: number): SettleResult<T> {
    const msgId = message.body.in_reply_to
    if (typeof msgId !== 'number' || !Number.isSafeInteger(msgId)) {
      return { matched: false, reason: 'no-in-reply-to' }
    }
    const key = keyOf(message.dest, msgId)
    const request = this.outstanding.get(key)
    if (request !== undefined) {
      if (nowMs !== undefined && nowMs > request.deadlineMs) {
        this.remove(key, request)
        this.expired.add(key)
        return { matched: false, reason: 'expired' }
      }
      this.remove(key, request)
      return { matched: true, request }
    }
    return { matched: false, reason: this.whyUnmatched(message.dest, key) }
  }

  /** Remove and return every request whose deadline is before `nowMs`, oldest deadline first. */
  expire(nowMs: number): OutstandingRequest<T>[] {
    const due: OutstandingRequest<T>[] = []
    for (const [key, request] of this.outstanding) {
      if (request.deadlineMs < nowMs) {
        due.push(request)
        this.remove(key, request)
        this.expired.add(key)
      }
    }
    return due.sort((a, b) => a.deadlineMs - b.deadlineMs)
  }

  /** Forget one request (the caller gave up on it without a time-out). */
  cancel(client: string, msgId: number): OutstandingRequest<T> | undefined {
    const key = keyOf(client, msgId)
    const request = this.outstanding.get(key)
    if (request !== undefined) {
      this.remove(key, request)
      this.expired.add(key)
    }
    return request
  }

  /** The client is gone: its outstanding requests are returned and later replies are `gone-client`. */
  closeClient(client: string): OutstandingRequest<T>[] {
    const dropped: OutstandingRequest<T>[] = []
    for (const [key, request] of this.outstanding) {
      if (request.client === client) {
        dropped.push(request)
        this.remove(key, request)
      }
    }
    this.closed.add(client)
    return dropped
  }

  /** The earliest deadline among outstanding requests, to arm one timer. */
  nextDeadlineMs(): number | undefined {
    let earliest: number | undefined
    for (const request of this.outstanding.values()) {
      if (earliest === undefined || request.deadlineMs < earliest) {
        earliest = request.deadlineMs
      }
    }
    return earliest
  }

  get size(): number {
    return this.outstanding.size
  }

  isOutstanding(client: string, msgId: number): boolean {
    return this.outstanding.has(keyOf(client, msgId))
  }

  private whyUnmatched(client: string, key: string): UnmatchedReason {
    if (this.closed.has(client)) {
      return 'gone-client'
    }
    if (this.expired.has(key)) {
      return 'expired'
    }
    return this.clients.has(client) ? 'unknown-msg-id' : 'unknown-client'
  }

  private remove(key: string, _request: OutstandingRequest<T>): void {
    this.outstanding.delete(key)
  }
}
