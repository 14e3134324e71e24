/**
 * A small implementation of the Network contract (maelstrom-protocol.md §6) used by the
 * runner until/unless network/simulator.ts is wired in: latency only between non-clients,
 * partitions at the receiver at delivery time (server nodes only), loss / duplicate /
 * reorder between non-clients, client-loss / client-duplicate on client links, a journal of
 * every send, delivery, drop and duplicate, and Maelstrom's net statistics.
 *
 * Randomness is forked per path (`net:src->dest`) so one path's traffic never reshuffles
 * another's decisions. Time comes only from the injected Clock.
 */
import type { Clock } from '../../network/clock.js'
import type {
  DropReason,
  Endpoint,
  EndpointRole,
  Grudge,
  JournalEvent,
  LinkFaults,
  NetStats,
  NetStatsPart,
  Network,
} from '../../network/contract.js'
import type { Random } from '../../network/random.js'
import type { Envelope } from '../../protocol/types.js'
import type { LatencyDistribution } from '../../workloads/options.js'

export interface LocalNetworkOptions {
  latencyMs: number
  latencyDist: LatencyDistribution
  /** Called for every journal event, in order. */
  onJournal?(event: JournalEvent): void
}

const NO_FAULTS: LinkFaults = {
  lossRatio: 0,
  duplicateRatio: 0,
  reorderRatio: 0,
  clientLossRatio: 0,
  clientDuplicateRatio: 0,
}

export class LocalNetwork implements Network {
  private readonly endpoints = new Map<string, { endpoint: Endpoint; role: EndpointRole }>()
  private readonly paths = new Map<string, Random>()
  private grudge: Grudge = new Map()
  private faults: LinkFaults = { ...NO_FAULTS }
  private readonly down = new Set<string>()
  private seq = 0
  private nextMessageId = 0
  private closed = false
  private readonly counts = { all: zero(), clients: zero(), servers: zero() }
  /** Delivery lateness samples (ms): actual delivery time minus scheduled time. */
  readonly latenessMs: number[] = []

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly options: LocalNetworkOptions,
  ) {}

  register(endpoint: Endpoint, role: EndpointRole): void {
    this.endpoints.set(endpoint.id, { endpoint, role })
  }

  unregister(id: string): void {
    this.endpoints.delete(id)
  }

  isRegistered(id: string): boolean {
    return this.endpoints.has(id)
  }

  setGrudge(grudge: Grudge): void {
    this.grudge = grudge
  }

  heal(): void {
    this.grudge = new Map()
  }

  setLinkFaults(faults: Partial<LinkFaults>): void {
    this.faults = { ...this.faults, ...faults }
  }

  setDown(id: string, down: boolean): void {
    if (down) {
      this.down.add(id)
    } else {
      this.down.delete(id)
    }
  }

  send(message: Envelope): { id: number } | { dropped: DropReason } {
    if (this.closed) {
      return { dropped: 'dest-down' }
    }
    if (!this.endpoints.has(message.src)) {
      return { dropped: 'unknown-src' }
    }
    if (!this.endpoints.has(message.dest)) {
      return { dropped: 'unknown-dest' }
    }
    const envelope: Envelope = { ...message, id: this.nextMessageId++ }
    this.journal('send', envelope)
    this.count(envelope)
    const clientLink = isClient(envelope.src) || isClient(envelope.dest)
    const random = this.path(envelope.src, envelope.dest)
    const lossRatio = clientLink ? this.faults.clientLossRatio : this.faults.lossRatio
    if (random.chance(lossRatio)) {
      this.journal('drop', envelope, clientLink ? 'client-loss' : 'loss')
      return { id: envelope.id as number }
    }
    this.schedule(envelope, this.delayMs(random, clientLink))
    const duplicateRatio = clientLink
      ? this.faults.clientDuplicateRatio
      : this.faults.duplicateRatio
    if (random.chance(duplicateRatio)) {
      this.journal('duplicate', envelope)
      this.schedule(envelope, this.delayMs(random, clientLink))
    }
    return { id: envelope.id as number }
  }

  private delayMs(random: Random, clientLink: boolean): number {
    if (clientLink) {
      return 0
    }
    const mean = this.options.latencyMs
    let delay = 0
    if (mean > 0) {
      if (this.options.latencyDist === 'uniform') {
        delay = random.int(2 * mean)
      } else if (this.options.latencyDist === 'exponential') {
        delay = Math.floor(random.exponential(mean))
      } else {
        delay = mean
      }
    }
    if (random.chance(this.faults.reorderRatio)) {
      delay += Math.min(2000, random.exponential(Math.max(50, 5 * mean)))
    }
    return delay
  }

  private schedule(envelope: Envelope, delayMs: number): void {
    const dueMs = this.clock.now() + delayMs
    this.clock.setTimer(delayMs, () => this.deliver(envelope, dueMs))
  }

  private deliver(envelope: Envelope, dueMs: number): void {
    if (this.closed) {
      return
    }
    this.latenessMs.push(Math.max(0, this.clock.now() - dueMs))
    const target = this.endpoints.get(envelope.dest)
    if (target === undefined) {
      this.journal('drop', envelope, 'unknown-dest')
      return
    }
    if (this.grudge.get(envelope.dest)?.has(envelope.src) === true) {
      this.journal('drop', envelope, 'partition')
      return
    }
    if (this.down.has(envelope.dest)) {
      this.journal('drop', envelope, 'dest-down')
      return
    }
    this.journal('deliver', envelope)
    this.countRecv(envelope)
    target.endpoint.deliver(envelope)
  }

  private path(src: string, dest: string): Random {
    const key = `${src}->${dest}`
    let stream = this.paths.get(key)
    if (stream === undefined) {
      stream = this.random.fork(`net:${key}`)
      this.paths.set(key, stream)
    }
    return stream
  }

  private journal(type: JournalEvent['type'], message: Envelope, reason?: DropReason): void {
    const event: JournalEvent = {
      seq: this.seq++,
      time: Math.round(this.clock.now() * 1e6),
      type,
      message,
    }
    if (reason !== undefined) {
      event.reason = reason
    }
    this.options.onJournal?.(event)
  }

  private parts(envelope: Envelope): NetStatsPart[] {
    const clientLink = isClient(envelope.src) || isClient(envelope.dest)
    return [this.counts.all, clientLink ? this.counts.clients : this.counts.servers]
  }

  private count(envelope: Envelope): void {
    for (const part of this.parts(envelope)) {
      part.sendCount++
      part.msgCount++
    }
  }

  private countRecv(envelope: Envelope): void {
    for (const part of this.parts(envelope)) {
      part.recvCount++
    }
  }

  stats(clientOps: number): NetStats {
    const withRate = (part: NetStatsPart): NetStatsPart => ({
      ...part,
      msgsPerOp: clientOps > 0 ? part.msgCount / clientOps : 0,
    })
    return {
      all: withRate(this.counts.all),
      clients: withRate(this.counts.clients),
      servers: withRate(this.counts.servers),
    }
  }

  close(): void {
    this.closed = true
  }
}

function zero(): NetStatsPart {
  return { sendCount: 0, recvCount: 0, msgCount: 0 }
}

export function isClient(id: string): boolean {
  return id.startsWith('c')
}
