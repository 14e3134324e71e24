/**
 * Maelstrom's built-in services (maelstrom-protocol.md §3) as network Endpoints with role
 * `service`: `lin-kv` (one map, linearizable), `seq-kv` (a ring of the last 32 states and a
 * per-node index: sequentially consistent, stale reads allowed), `lww-kv` (two replicas that
 * never merge: "intentionally pathological") and `lin-tso` (a strictly increasing counter
 * from 0).
 *
 * Each request is handled the moment it is delivered, in delivery order, and answered through
 * the network (so the reply pays the configured latency) with `in_reply_to` = the request's
 * `msg_id` (null when it had none) and no `msg_id` of its own.
 *
 * One deliberate difference from Maelstrom: a request type a service does not know gets an
 * error reply with code 10 (not-supported) and a PROTO_UNKNOWN_SERVICE_TYPE finding, where
 * Maelstrom stays silent and lets the caller time out. A *reply* sent to a service (an
 * `error` or anything with `in_reply_to`) gets the finding but no answer, so a node that
 * answers every unknown message cannot ping-pong with a service forever.
 *
 * Services are never partitioned and never crash (the network enforces the first).
 */
import type { Clock } from '../network/index.js'
import type { Endpoint, Network } from '../network/index.js'
import type { Random } from '../network/index.js'
import { ErrorCode } from '../protocol/index.js'
import type { ProtocolFinding } from '../protocol/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import { UsageError } from '../shared/index.js'
import { truncate } from '../shared/index.js'
import { forbiddenReplyText } from './bans.js'
import { applyKv, errorReply, KV_TYPES } from './kv-state.js'
import type { KvState, ReplyBody } from './kv-state.js'

export const SERVICE_NAMES = ['lin-kv', 'seq-kv', 'lww-kv', 'lin-tso'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

export interface ServiceContext {
  network: Network
  /** The run's Random; each service forks its own stream (`service:<name>`). */
  random: Random
  clock: Clock
  onFinding?: (finding: ProtocolFinding) => void
  /**
   * Services this run forbids (services/bans.ts): each answers every request with error 10
   * naming the ban, never performs it, and answers replies not at all.
   */
  forbidden?: readonly string[]
}

export interface Service extends Endpoint {
  readonly id: ServiceName
  /** Requests handled so far. */
  readonly requestCount: number
}

/** seq-kv keeps this many recent states (Maelstrom's ring). */
export const SEQ_KV_RING_SIZE = 32
/** lww-kv replicas (the docs say 5; Maelstrom's code uses 2). */
export const LWW_KV_REPLICAS = 2

abstract class ServiceEndpoint implements Service {
  requestCount = 0
  abstract readonly id: ServiceName
  protected abstract readonly knownTypes: readonly string[]

  constructor(protected readonly context: ServiceContext) {}

  deliver(message: Envelope): void {
    this.requestCount++
    const body = message.body
    if (this.context.forbidden?.includes(this.id) === true) {
      this.refuse(message)
      return
    }
    const known = this.knownTypes.includes(body.type)
    const reply = known ? this.handle(message.src, body) : this.unknownType(message.src, body)
    if (!known && (body.type === 'error' || body.in_reply_to !== undefined)) {
      // A reply sent *to* a service (services never ask): answering it could start an
      // endless error ping-pong with a node that answers every unknown message.
      return
    }
    const inReplyTo = typeof body.msg_id === 'number' ? body.msg_id : null
    this.context.network.send({
      src: this.id,
      dest: message.src,
      body: { ...reply, in_reply_to: inReplyTo } as Body,
    })
  }

  protected abstract handle(source: string, body: Body): ReplyBody

  /** A forbidden service: error 10 to a request (ServiceBan fails the run), silence to a reply. */
  private refuse(message: Envelope): void {
    const body = message.body
    if (body.type === 'error' || body.in_reply_to !== undefined) {
      return
    }
    this.context.network.send({
      src: this.id,
      dest: message.src,
      body: {
        ...errorReply(ErrorCode.notSupported, forbiddenReplyText(this.id)),
        in_reply_to: typeof body.msg_id === 'number' ? body.msg_id : null,
      } as Body,
    })
  }

  private unknownType(source: string, body: Body): ReplyBody {
    const known = this.knownTypes.join(', ')
    const isReply = body.type === 'error' || body.in_reply_to !== undefined
    this.context.onFinding?.({
      code: 'PROTO_UNKNOWN_SERVICE_TYPE',
      node: source,
      message: isReply
        ? `${source} sent the ${this.id} service a reply of type "${body.type}", but services never send requests.`
        : `${source} sent the ${this.id} service a request of type "${body.type}", which it does not know.`,
      fix: isReply
        ? `Do not answer messages from ${this.id}: match its replies by in_reply_to and drop the ones you no longer wait for.`
        : `Send ${this.id} only ${known} requests (Maelstrom would not reply at all and your request would time out).`,
      line: truncate(JSON.stringify(body), 200),
      atMs: this.context.clock.now(),
    })
    const text = `${this.id} does not support requests of type ${body.type} (it knows ${known})`
    return errorReply(ErrorCode.notSupported, text)
  }
}

/** Linearizable: one map, each request applied atomically in delivery order. */
export class LinKv extends ServiceEndpoint {
  readonly id = 'lin-kv'
  protected readonly knownTypes = KV_TYPES
  private state: KvState = new Map()

  protected handle(_source: string, body: Body): ReplyBody {
    const result = applyKv(this.state, body, true)
    this.state = result.state
    return result.reply
  }
}

/**
 * Sequentially consistent (Maelstrom's seq-kv): for each request pick a random state between
 * the requesting node's index and the newest; an operation that would not change that state
 * (a read, a failing cas, a write of the same value) is answered from it and the node's index
 * moves there; otherwise it is applied to the newest state, appended, and the node's index
 * jumps to it. Gives stale reads, per-node monotonic views and read-your-writes.
 */
export class SeqKv extends ServiceEndpoint {
  readonly id = 'seq-kv'
  protected readonly knownTypes = KV_TYPES
  /** states[i] has version oldestVersion + i. */
  private readonly states: KvState[] = [new Map()]
  private oldestVersion = 0
  private readonly nodeVersions = new Map<string, number>()
  private readonly random: Random

  constructor(context: ServiceContext) {
    super(context)
    this.random = context.random.fork('service:seq-kv')
  }

  protected handle(source: string, body: Body): ReplyBody {
    const newestVersion = this.oldestVersion + this.states.length - 1
    const seen = Math.max(this.nodeVersions.get(source) ?? this.oldestVersion, this.oldestVersion)
    const pickedVersion = this.random.intBetween(seen, newestVersion + 1)
    const picked = applyKv(this.states[pickedVersion - this.oldestVersion] as KvState, body, true)
    if (!picked.changed) {
      this.nodeVersions.set(source, pickedVersion)
      return picked.reply
    }
    const latest = applyKv(this.states[this.states.length - 1] as KvState, body, true)
    if (latest.changed) {
      this.states.push(latest.state)
      if (this.states.length > SEQ_KV_RING_SIZE) {
        this.states.shift()
        this.oldestVersion++
      }
    }
    this.nodeVersions.set(source, this.oldestVersion + this.states.length - 1)
    return latest.reply
  }
}

interface LwwReplica {
  /** Lamport clock, bumped on every change (informational: the replicas never merge). */
  lamport: number
  state: KvState
}

/**
 * Last-write-wins over two replicas that never merge (Maelstrom computes a merge and then
 * discards it): each request runs on a random replica, so a write is only seen by reads that
 * happen to hit the same replica. `create_if_not_exists` is ignored, as in Maelstrom.
 */
export class LwwKv extends ServiceEndpoint {
  readonly id = 'lww-kv'
  protected readonly knownTypes = KV_TYPES
  private readonly replicas: LwwReplica[] = []
  private readonly random: Random

  constructor(context: ServiceContext) {
    super(context)
    this.random = context.random.fork('service:lww-kv')
    for (let i = 0; i < LWW_KV_REPLICAS; i++) {
      this.replicas.push({ lamport: 0, state: new Map() })
    }
  }

  protected handle(_source: string, body: Body): ReplyBody {
    const replica = this.replicas[this.random.int(this.replicas.length)] as LwwReplica
    const result = applyKv(replica.state, body, false)
    if (result.changed) {
      replica.lamport++
      replica.state = result.state
    }
    return result.reply
  }
}

/** A linearizable timestamp oracle: `ts` → `ts_ok {ts}`, strictly increasing from 0. */
export class LinTso extends ServiceEndpoint {
  readonly id = 'lin-tso'
  protected readonly knownTypes = ['ts']
  private nextTs = 0

  protected handle(): ReplyBody {
    return { type: 'ts_ok', ts: this.nextTs++ }
  }
}

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name)
}

/** Create the named services and register each on the network with role `service`. */
export function createServices(names: readonly string[], context: ServiceContext): Service[] {
  return names.map((name) => {
    const service = makeService(name, context)
    context.network.register(service, 'service')
    return service
  })
}

function makeService(name: string, context: ServiceContext): Service {
  switch (name) {
    case 'lin-kv':
      return new LinKv(context)
    case 'seq-kv':
      return new SeqKv(context)
    case 'lww-kv':
      return new LwwKv(context)
    case 'lin-tso':
      return new LinTso(context)
    default:
      throw new UsageError(`unknown service ${name}: the services are ${SERVICE_NAMES.join(', ')}`)
  }
}
