/**
 * A harness client on the simulated network (maelstrom-protocol.md §6.6): an Endpoint with
 * an id `c<N>` that sends one request at a time to its node and waits for the reply with
 * the matching `in_reply_to`, a timeout (5 s by default) or an error body.
 *
 * With client-loss / client-duplicate active, a request that times out is re-sent with the
 * same body and the same msg_id, up to 5 times, before the call reports a timeout (the
 * learner's node must deduplicate). Replies that arrive after the client gave up are
 * dropped by the network (the client is unregistered when it is closed).
 */
import type { Clock, TimerHandle } from '../network/index.js'
import type { Endpoint, Network } from '../network/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import type { RpcReply } from '../workloads/index.js'

export const DEFAULT_RPC_TIMEOUT_MS = 5000
export const MAX_RESENDS = 5

interface Pending {
  resolve(reply: RpcReply): void
  timer: TimerHandle | undefined
}

/** Allocates client ids c0, c1, … from one counter per run. */
export class ClientIds {
  private next = 0
  take(): string {
    return `c${this.next++}`
  }

  /** Whether `id` is a client this run opened (and maybe closed since). */
  issued(id: string): boolean {
    const match = /^c(\d+)$/.exec(id)
    return (match !== null && Number(match[1]) < this.next) || id.startsWith('cprobe-')
  }
}

export interface ClientOptions {
  /** Re-send a timed-out request with the same msg_id (client faults active). */
  resendOnTimeout: boolean
  /** A reply whose in_reply_to matches no request this client ever sent. */
  onUnmatched?(message: Envelope): void
}

export class RunClient implements Endpoint {
  private nextMsgId = 1
  private readonly pending = new Map<number, Pending>()
  private closed = false

  constructor(
    readonly id: string,
    readonly nodeId: string,
    private readonly network: Network,
    private readonly clock: Clock,
    private readonly options: ClientOptions = { resendOnTimeout: false },
  ) {
    network.register(this, 'client')
  }

  deliver(message: Envelope): void {
    const replyTo = message.body.in_reply_to
    const pending = typeof replyTo === 'number' ? this.pending.get(replyTo) : undefined
    if (pending === undefined || typeof replyTo !== 'number') {
      if (typeof replyTo !== 'number' || replyTo >= this.nextMsgId || replyTo < 1) {
        this.options.onUnmatched?.(message)
      }
      return
    }
    this.pending.delete(replyTo)
    if (pending.timer !== undefined) {
      this.clock.clearTimer(pending.timer)
    }
    pending.resolve(toReply(message.body))
  }

  /** Send a request and wait for its reply, an error, or a timeout. */
  async call(body: Omit<Body, 'msg_id'>, options?: { timeoutMs?: number }): Promise<RpcReply> {
    const timeoutMs = options?.timeoutMs ?? DEFAULT_RPC_TIMEOUT_MS
    const msgId = this.nextMsgId++
    const request = { ...body, msg_id: msgId } as Body
    const attempts = this.options.resendOnTimeout ? 1 + MAX_RESENDS : 1
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (this.closed) {
        return { kind: 'timeout' }
      }
      const reply = await this.attempt(request, msgId, timeoutMs)
      if (reply.kind !== 'timeout') {
        return reply
      }
    }
    return { kind: 'timeout' }
  }

  private attempt(request: Body, msgId: number, timeoutMs: number): Promise<RpcReply> {
    return new Promise<RpcReply>((resolve) => {
      const entry: Pending = { resolve, timer: undefined }
      this.pending.set(msgId, entry)
      entry.timer = this.clock.setTimer(timeoutMs, () => {
        if (this.pending.get(msgId) === entry) {
          this.pending.delete(msgId)
          resolve({ kind: 'timeout' })
        }
      })
      this.network.send({ src: this.id, dest: this.nodeId, body: request })
    })
  }

  /** Give up on every outstanding call and leave the network. */
  close(): void {
    if (this.closed) {
      return
    }
    this.closed = true
    for (const [msgId, pending] of this.pending) {
      this.pending.delete(msgId)
      if (pending.timer !== undefined) {
        this.clock.clearTimer(pending.timer)
      }
      pending.resolve({ kind: 'timeout' })
    }
    this.network.unregister(this.id)
  }
}

function toReply(body: Body): RpcReply {
  if (body.type === 'error') {
    const code = typeof body.code === 'number' ? body.code : 13
    const text = typeof body.text === 'string' ? body.text : undefined
    return { kind: 'error', code, text, body }
  }
  return { kind: 'ok', body }
}
