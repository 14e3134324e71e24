/**
 * What the election checker needs from the run's journal (the `election` workload's journal
 * tap), collected while the run goes, in bounded memory:
 *
 * - **votes**, from the message shapes of Maelstrom's Raft tutorial, which the track's
 *   contract requires: `request_vote {term, candidate_id, last_log_index, last_log_term}` →
 *   `request_vote_res {term, vote_granted}`. A `request_vote_res` a node *sends* with
 *   `vote_granted: true` is its vote for the message's destination in `term`; a `request_vote`
 *   it sends in `term` is its vote for itself (a Raft candidate votes for itself first).
 *   Only the first vote of each (voter, term) and the first conflicting one are kept.
 * - **readiness**: when each node first answered `init` (its `init_ok` send), so the time to
 *   the first leader counts from the moment every node was ready;
 * - **server traffic**: node→node sends (neither end a client nor a service), counted per
 *   100 ms bucket, so the checker can divide by any window of the run.
 *
 * A double vote — one node voting for two different candidates in one term — is a safety
 * bug in every Raft (it allows two leaders); the checker reports it with both messages.
 * This module never judges: it records.
 */
import { truncate } from '../../shared/index.js'

/** Characters of a vote message's body kept as evidence. */
export const VOTE_BODY_CHARS = 160
/** Bucket width of the server-traffic counts, in nanoseconds. */
export const TRAFFIC_BUCKET_NS = 100_000_000
/** Bucket width of the activity marks (who reached whom when), in nanoseconds. */
export const ACTIVITY_BUCKET_NS = 10_000_000
/** At most this many (voter, term) first votes are kept (memory bound). */
export const MAX_VOTE_KEYS = 200_000

/** The journal event shape this module reads (network/contract.ts JournalEvent). */
export interface TappedEvent {
  time: number
  type: string
  message: { src: string; dest: string; body: { type: string; [field: string]: unknown } }
}

export interface VoteRecord {
  voter: string
  candidate: string
  term: number
  /** Send time, nanoseconds since the test started. */
  timeNs: number
  /** `request_vote_res` (a grant) or `request_vote` (a candidate voting for itself). */
  messageType: string
  /** The message body, truncated. */
  body: string
}

export interface DoubleVote {
  first: VoteRecord
  second: VoteRecord
}

export class VoteJournal {
  private readonly servers: ReadonlySet<string>
  private readonly firstVotes = new Map<string, VoteRecord>()
  readonly doubleVotes: DoubleVote[] = []
  /** Grants seen (request_vote_res with vote_granted true). */
  grantCount = 0
  /** request_vote messages seen. */
  requestCount = 0
  private readonly traffic = new Map<number, number>()
  private truncatedKeys = false
  /** Candidacies: term → the nodes that sent request_vote in it, first send time each. */
  private readonly candidacies = new Map<number, Map<string, number>>()
  /** Active 100 ms buckets per directed node pair `src→dest`, and per sender (`src→*`). */
  private readonly activity = new Map<string, Set<number>>()
  /** Each node's first `init_ok` send time (its first incarnation became ready). */
  readonly readyNs = new Map<string, number>()

  constructor(nodeIds: readonly string[]) {
    this.servers = new Set(nodeIds)
  }

  observe(event: TappedEvent): void {
    const { src, dest, body } = event.message
    if (event.type === 'deliver' && this.servers.has(src) && this.servers.has(dest)) {
      this.mark(`${src}\u2192${dest}`, Math.floor(event.time / ACTIVITY_BUCKET_NS))
    }
    if (event.type !== 'send') {
      return
    }
    if (body?.type === 'init_ok' && this.servers.has(src) && !this.readyNs.has(src)) {
      this.readyNs.set(src, event.time)
    }
    if (!this.servers.has(src) || !this.servers.has(dest)) {
      return
    }
    const bucket = Math.floor(event.time / TRAFFIC_BUCKET_NS)
    this.traffic.set(bucket, (this.traffic.get(bucket) ?? 0) + 1)
    this.mark(`${src}\u2192*`, Math.floor(event.time / ACTIVITY_BUCKET_NS))
    if (typeof body !== 'object' || body === null || typeof body.term !== 'number') {
      return
    }
    if (body.type === 'request_vote_res' && body.vote_granted === true) {
      this.grantCount++
      this.vote(src, dest, body.term, event)
    } else if (body.type === 'request_vote') {
      this.requestCount++
      this.vote(src, src, body.term, event)
      const started = this.candidacies.get(body.term) ?? new Map<string, number>()
      if (!started.has(src) && this.candidacies.size < MAX_VOTE_KEYS) {
        started.set(src, event.time)
        this.candidacies.set(body.term, started)
      }
    }
  }

  private mark(key: string, bucket: number): void {
    const buckets = this.activity.get(key) ?? new Set<number>()
    buckets.add(bucket)
    this.activity.set(key, buckets)
  }

  /** The nodes that asked for votes in `term`, with the time of their first request. */
  candidatesOf(term: number): { node: string; timeNs: number }[] {
    return [...(this.candidacies.get(term) ?? new Map<string, number>())].map(([node, timeNs]) => ({
      node,
      timeNs,
    }))
  }

  /**
   * Whether a message from `src` was *delivered* to `dest` — or, with dest `*`, whether `src`
   * sent anything — in the `windowNs` before `atNs`, to the 10 ms bucket (the bucket of
   * `atNs` itself is left out, so nothing after `atNs` counts).
   */
  sentWithin(src: string, dest: string, atNs: number, windowNs: number): boolean {
    const buckets = this.activity.get(`${src}\u2192${dest}`)
    if (buckets === undefined) {
      return false
    }
    const last = Math.floor(atNs / ACTIVITY_BUCKET_NS) - 1
    for (let b = Math.floor((atNs - windowNs) / ACTIVITY_BUCKET_NS); b <= last; b++) {
      if (buckets.has(b)) {
        return true
      }
    }
    return false
  }

  /** Node→node sends with time in [fromNs, toNs]. */
  serverMessagesBetween(fromNs: number, toNs: number): number {
    let total = 0
    const first = Math.floor(fromNs / TRAFFIC_BUCKET_NS)
    const last = Math.floor(toNs / TRAFFIC_BUCKET_NS)
    for (const [bucket, count] of this.traffic) {
      if (bucket >= first && bucket <= last) {
        total += count
      }
    }
    return total
  }

  /** When the last node of the cluster first answered init (undefined if one never did). */
  allReadyNs(): number | undefined {
    if (this.readyNs.size < this.servers.size) {
      return undefined
    }
    return Math.max(...this.readyNs.values())
  }

  /** True when the (voter, term) table hit its bound (double votes may be missed). */
  get incomplete(): boolean {
    return this.truncatedKeys
  }

  private vote(voter: string, candidate: string, term: number, event: TappedEvent): void {
    const key = `${voter}\u0000${term}`
    const record: VoteRecord = {
      voter,
      candidate,
      term,
      timeNs: event.time,
      messageType: event.message.body.type,
      body: truncate(JSON.stringify(event.message.body), VOTE_BODY_CHARS),
    }
    const first = this.firstVotes.get(key)
    if (first === undefined) {
      if (this.firstVotes.size >= MAX_VOTE_KEYS) {
        this.truncatedKeys = true
        return
      }
      this.firstVotes.set(key, record)
      return
    }
    if (first.candidate !== candidate && this.doubleVotes.length < 100) {
      const seen = this.doubleVotes.some(
        (d) => d.first === first && d.second.candidate === candidate,
      )
      if (!seen) {
        this.doubleVotes.push({ first, second: record })
      }
    }
  }
}
