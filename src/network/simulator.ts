/**
 * The simulated network (maelstrom-protocol.md §6; style.md §3.5 model 4): one queue per
 * destination ordered by delivery deadline, one clock timer per destination (its earliest
 * deadline), every decision a named predicate drawn from a seeded per-path stream, every
 * send / delivery / drop / duplicate journaled.
 *
 * Guarantees:
 * - Latency only where neither end is a client (`c…`): client↔node traffic is instantaneous
 *   so that latency does not hide anomalies from the checkers (Maelstrom's reason).
 * - Partitions are applied at the receiver at delivery time, over server nodes only, so
 *   messages already in flight are lost when a partition starts; clients and services are
 *   never partitioned.
 * - Every message draws the same fixed set of numbers from its path's stream
 *   (`random.fork('path:src->dest')`), whatever faults are enabled: a different interleaving
 *   on one path does not reshuffle another path, and turning loss on does not change the
 *   latencies of the messages that survive.
 * - Equal deadlines deliver in send order (constant latency ⇒ FIFO per destination).
 * - Bounded: a destination queue holds at most `queueCapacityMax` messages; beyond that the
 *   message is dropped with reason `capacity`.
 *
 * Not done here: pausing a node (the process or sim host buffers), routing a node's output
 * (the runner calls `send`), per-message logging (wrap the JournalSink).
 */
import type { Clock, TimerHandle } from './clock.js'
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
} from './contract.js'
import type { JournalSink } from './journal.js'
import { LatenessRecorder, type Lateness } from './lateness.js'
import type { Random } from './random.js'
import type { LatencyDistribution } from './contract.js'
import type { Envelope } from '../protocol/index.js'
import { assert } from '../shared/index.js'
import { heapPop, heapPush } from '../shared/index.js'

export interface SimulatorOptions {
  /** Mean node↔node and node↔service latency. */
  latencyMs: number
  latencyDist: LatencyDistribution
  faults?: Partial<LinkFaults>
  random: Random
  clock: Clock
  journal: JournalSink
  /** Messages queued for one destination before new ones are dropped (`capacity`). */
  queueCapacityMax?: number
}

export type { Lateness } from './lateness.js'

export const NO_LINK_FAULTS: LinkFaults = {
  lossRatio: 0,
  duplicateRatio: 0,
  reorderRatio: 0,
  clientLossRatio: 0,
  clientDuplicateRatio: 0,
}

const QUEUE_CAPACITY_MAX_DEFAULT = 100_000
/** Reordered messages get a Pareto(scale, α) extra delay, capped at 100 × scale. */
const REORDER_SCALE_MS_MIN = 10
const REORDER_ALPHA = 1.5
const REORDER_CAP_FACTOR = 100
/** Lateness samples kept; beyond this every other sample is dropped (max stays exact). */
/** Maelstrom's rule: a client is any id starting with `c`. */
export function isClientId(id: string): boolean {
  return id.charCodeAt(0) === 99 /* c */
}

interface Pending {
  deadlineMs: number
  /** Global order of enqueueing; breaks deadline ties (FIFO). */
  seq: number
  envelope: Envelope
  /** Both ends were server nodes at send time: partitions apply. */
  serverPath: boolean
  /** Counted in the clients part of the stats. */
  clientPath: boolean
}

interface Destination {
  endpoint: Endpoint
  role: EndpointRole
  heap: Pending[]
  timer: TimerHandle | undefined
  timerDeadlineMs: number
}

/** What a message's path stream decided for it. */
interface Fate {
  drop: DropReason | undefined
  duplicate: boolean
  delayMs: number
  duplicateDelayMs: number
}

function emptyPart(): NetStatsPart {
  return { sendCount: 0, recvCount: 0, msgCount: 0 }
}

export class Simulator implements Network {
  private readonly clock: Clock
  private readonly random: Random
  private readonly journal: JournalSink
  private readonly latencyMs: number
  private readonly latencyDist: LatencyDistribution
  private readonly queueCapacityMax: number
  private faults: LinkFaults
  private grudge = new Map<string, Set<string>>()
  private readonly destinations = new Map<string, Destination>()
  private readonly down = new Set<string>()
  /** Restarted servers that have not answered init yet (setAwaitingInit). */
  private readonly awaitingInit = new Set<string>()
  private readonly endpointLoss = new Map<string, number>()
  private readonly paths = new Map<string, Random>()
  private nextMessageId = 0
  private nextEventSeq = 0
  private nextQueueSeq = 0
  private closed = false
  private readonly counts = { clients: emptyPart(), servers: emptyPart() }
  private readonly lateness = new LatenessRecorder()
  /** Deliveries since `startLatenessWindow` (the graded part of the run), or null. */
  private windowLateness: LatenessRecorder | null = null
  private intervalLatenessMaxMs = 0

  constructor(options: SimulatorOptions) {
    assert(options.latencyMs >= 0, 'latencyMs must be non-negative')
    this.clock = options.clock
    this.random = options.random
    this.journal = options.journal
    this.latencyMs = options.latencyMs
    this.latencyDist = options.latencyDist
    this.queueCapacityMax = options.queueCapacityMax ?? QUEUE_CAPACITY_MAX_DEFAULT
    this.faults = { ...NO_LINK_FAULTS, ...options.faults }
  }

  register(endpoint: Endpoint, role: EndpointRole): void {
    assert(!this.closed, 'register after close')
    assert(!this.destinations.has(endpoint.id), `endpoint ${endpoint.id} registered twice`)
    this.destinations.set(endpoint.id, {
      endpoint,
      role,
      heap: [],
      timer: undefined,
      timerDeadlineMs: Number.POSITIVE_INFINITY,
    })
  }

  unregister(id: string): void {
    const destination = this.destinations.get(id)
    if (destination === undefined) {
      return
    }
    this.purge(destination, 'unknown-dest')
    this.destinations.delete(id)
  }

  isRegistered(id: string): boolean {
    return this.destinations.has(id)
  }

  roleOf(id: string): EndpointRole | undefined {
    return this.destinations.get(id)?.role
  }

  send(message: Envelope): { id: number } | { dropped: DropReason } {
    const now = this.clock.now()
    const source = this.destinations.get(message.src)
    const target = this.destinations.get(message.dest)
    if (this.closed || source === undefined || target === undefined) {
      const reason: DropReason = source === undefined ? 'unknown-src' : 'unknown-dest'
      if (!this.closed) {
        this.emit('drop', now, { src: message.src, dest: message.dest, body: message.body }, reason)
      }
      return { dropped: reason }
    }
    const id = this.nextMessageId++
    const envelope: Envelope = { id, src: message.src, dest: message.dest, body: message.body }
    const clientPath = isClientId(message.src) || isClientId(message.dest)
    const part = clientPath ? this.counts.clients : this.counts.servers
    part.sendCount++
    part.msgCount++
    this.emit('send', now, envelope)
    const fate = this.decide(envelope, clientPath)
    const serverPath = source.role === 'server' && target.role === 'server'
    if (fate.drop !== undefined) {
      this.emit('drop', now, envelope, fate.drop)
      return { id }
    }
    if (this.isDownFor(envelope)) {
      this.emit('drop', now, envelope, 'dest-down')
      return { id }
    }
    this.enqueue(target, {
      deadlineMs: now + fate.delayMs,
      seq: 0,
      envelope,
      serverPath,
      clientPath,
    })
    if (fate.duplicate) {
      this.emit('duplicate', now, envelope)
      const copy = {
        deadlineMs: now + fate.duplicateDelayMs,
        seq: 0,
        envelope,
        serverPath,
        clientPath,
      }
      this.enqueue(target, copy)
    }
    return { id }
  }

  setGrudge(grudge: Grudge): void {
    const copy = new Map<string, Set<string>>()
    for (const [dest, sources] of grudge) {
      if (sources.size > 0) {
        copy.set(dest, new Set(sources))
      }
    }
    this.grudge = copy
  }

  /** The current partition table (a copy). */
  currentGrudge(): Grudge {
    return new Map(this.grudge)
  }

  heal(): void {
    this.grudge = new Map()
  }

  setLinkFaults(faults: Partial<LinkFaults>): void {
    this.faults = { ...this.faults, ...faults }
    for (const [name, ratio] of Object.entries(this.faults)) {
      assert(ratio >= 0 && ratio <= 1, `${name} must be in [0, 1], got ${ratio}`)
    }
  }

  linkFaults(): LinkFaults {
    return { ...this.faults }
  }

  setDown(id: string, down: boolean): void {
    if (!down) {
      this.down.delete(id)
      return
    }
    this.down.add(id)
    const destination = this.destinations.get(id)
    if (destination !== undefined) {
      this.purge(destination, 'dest-down')
    }
  }

  setEndpointLoss(id: string, ratio: number): void {
    assert(ratio >= 0 && ratio <= 1, `endpoint loss must be in [0, 1], got ${ratio}`)
    if (ratio === 0) {
      this.endpointLoss.delete(id)
    } else {
      this.endpointLoss.set(id, ratio)
    }
  }

  setAwaitingInit(id: string, awaiting: boolean): void {
    if (awaiting) {
      this.awaitingInit.add(id)
    } else {
      this.awaitingInit.delete(id)
    }
  }

  /** Down, or restarted and waiting for its init while this is not it. */
  private isDownFor(envelope: Envelope): boolean {
    if (this.down.has(envelope.dest)) {
      return true
    }
    return (
      this.awaitingInit.has(envelope.dest) &&
      !(isClientId(envelope.src) && (envelope.body as { type?: unknown }).type === 'init')
    )
  }

  isDown(id: string): boolean {
    return this.down.has(id)
  }

  stats(clientOps: number): NetStats {
    const { clients, servers } = this.counts
    const all: NetStatsPart = {
      sendCount: clients.sendCount + servers.sendCount,
      recvCount: clients.recvCount + servers.recvCount,
      msgCount: clients.msgCount + servers.msgCount,
    }
    const result: NetStats = { all, clients: { ...clients }, servers: { ...servers } }
    result.all.msgsPerOp = clientOps > 0 ? all.msgCount / clientOps : null
    result.servers.msgsPerOp = clientOps > 0 ? servers.msgCount / clientOps : null
    return result
  }

  /**
   * Actual delivery time minus scheduled deadline: over every delivery so far (`run`), or
   * over those since `startLatenessWindow` (`window`; the whole run when it was never called).
   */
  deliveryLateness(scope: 'run' | 'window' = 'run'): Lateness {
    return (scope === 'window' ? (this.windowLateness ?? this.lateness) : this.lateness).figures()
  }

  /**
   * From now on, also keep lateness apart from what came before (the main phase begins:
   * spawning 25 processes can stall start-up deliveries, and start-up is not graded on time).
   */
  startLatenessWindow(): void {
    this.windowLateness = new LatenessRecorder()
  }

  /** The largest delivery lateness since the last call (harness health samples). */
  takeLatenessMaxMs(): number {
    const max = this.intervalLatenessMaxMs
    this.intervalLatenessMaxMs = 0
    return max
  }

  /** Messages waiting for delivery, over every destination. */
  pendingCount(): number {
    let count = 0
    for (const destination of this.destinations.values()) {
      count += destination.heap.length
    }
    return count
  }

  close(): void {
    if (this.closed) {
      return
    }
    this.closed = true
    for (const destination of this.destinations.values()) {
      this.cancelTimer(destination)
      destination.heap.length = 0
    }
  }

  // ---- decisions: each a named predicate over the path's fixed draws ----

  private decide(envelope: Envelope, clientPath: boolean): Fate {
    const path = this.pathRandom(envelope.src, envelope.dest)
    const dropRoll = path.float()
    const duplicateRoll = path.float()
    const reorderRoll = path.float()
    const latencyRoll = path.float()
    const tailRoll = path.float()
    const duplicateLatencyRoll = path.float()
    return {
      drop: this.shouldDrop(clientPath, dropRoll) ?? this.endpointDrop(envelope, dropRoll),
      duplicate: this.shouldDuplicate(clientPath, duplicateRoll),
      delayMs: this.delayFor(clientPath, latencyRoll, reorderRoll, tailRoll),
      duplicateDelayMs: this.delayFor(clientPath, duplicateLatencyRoll, 1, 0),
    }
  }

  /** `loss` on node↔node and node↔service paths, `client-loss` on client↔node paths. */
  shouldDrop(clientPath: boolean, roll: number): DropReason | undefined {
    if (clientPath) {
      return roll < this.faults.clientLossRatio ? 'client-loss' : undefined
    }
    return roll < this.faults.lossRatio ? 'loss' : undefined
  }

  /** `backend-loss`: the larger loss ratio of the two ends, if either has one. */
  private endpointDrop(envelope: Envelope, roll: number): DropReason | undefined {
    if (this.endpointLoss.size === 0) {
      return undefined
    }
    const ratio = Math.max(
      this.endpointLoss.get(envelope.src) ?? 0,
      this.endpointLoss.get(envelope.dest) ?? 0,
    )
    return roll < ratio ? 'loss' : undefined
  }

  shouldDuplicate(clientPath: boolean, roll: number): boolean {
    return roll < (clientPath ? this.faults.clientDuplicateRatio : this.faults.duplicateRatio)
  }

  /**
   * Latency (Maelstrom §6.3: constant = the mean; uniform = an integer in [0, 2×mean);
   * exponential = the mean's exponential, truncated), plus a heavy-tailed extra delay for
   * the `reorderRatio` fraction. Client paths are instantaneous.
   */
  delayFor(
    clientPath: boolean,
    latencyRoll: number,
    reorderRoll: number,
    tailRoll: number,
  ): number {
    if (clientPath) {
      return 0
    }
    let delayMs = this.baseLatency(latencyRoll)
    if (reorderRoll < this.faults.reorderRatio) {
      const scaleMs = Math.max(REORDER_SCALE_MS_MIN, this.latencyMs)
      const extraMs = scaleMs * Math.pow(1 - tailRoll, -1 / REORDER_ALPHA)
      delayMs += Math.min(extraMs, scaleMs * REORDER_CAP_FACTOR)
    }
    return delayMs
  }

  private baseLatency(roll: number): number {
    const meanMs = this.latencyMs
    switch (this.latencyDist) {
      case 'constant':
        return meanMs
      case 'uniform':
        return Math.floor(roll * 2 * meanMs)
      case 'exponential':
        return meanMs === 0 ? 0 : Math.floor(-Math.log(1 - roll) * meanMs)
    }
  }

  private pathRandom(src: string, dest: string): Random {
    const key = `${src}->${dest}`
    let path = this.paths.get(key)
    if (path === undefined) {
      path = this.random.fork(`path:${key}`)
      this.paths.set(key, path)
    }
    return path
  }

  // ---- queues and timers ----

  private enqueue(destination: Destination, pending: Pending): void {
    if (destination.heap.length >= this.queueCapacityMax) {
      this.emit('drop', this.clock.now(), pending.envelope, 'capacity')
      return
    }
    pending.seq = this.nextQueueSeq++
    heapPush(destination.heap, pending, pendingBefore)
    this.arm(destination)
  }

  private arm(destination: Destination): void {
    const top = destination.heap[0]
    if (top === undefined || this.closed) {
      return
    }
    if (destination.timer !== undefined && destination.timerDeadlineMs <= top.deadlineMs) {
      return
    }
    this.cancelTimer(destination)
    destination.timerDeadlineMs = top.deadlineMs
    const delayMs = Math.max(0, top.deadlineMs - this.clock.now())
    destination.timer = this.clock.setTimer(delayMs, () => this.fire(destination))
  }

  private cancelTimer(destination: Destination): void {
    if (destination.timer !== undefined) {
      this.clock.clearTimer(destination.timer)
      destination.timer = undefined
      destination.timerDeadlineMs = Number.POSITIVE_INFINITY
    }
  }

  /**
   * Deliver every message due now that was queued before this batch began; messages the
   * deliveries themselves send wait for the next timer, so a zero-latency loop cannot spin.
   */
  private fire(destination: Destination): void {
    destination.timer = undefined
    destination.timerDeadlineMs = Number.POSITIVE_INFINITY
    const now = this.clock.now()
    const seqLimit = this.nextQueueSeq
    try {
      for (;;) {
        const top = destination.heap[0]
        if (top === undefined || top.deadlineMs > now || top.seq >= seqLimit || this.closed) {
          break
        }
        heapPop(destination.heap, pendingBefore)
        this.deliverOne(destination, top, now)
      }
    } finally {
      if (this.destinations.get(destination.endpoint.id) === destination) {
        this.arm(destination)
      }
    }
  }

  private deliverOne(destination: Destination, pending: Pending, now: number): void {
    const envelope = pending.envelope
    if (this.isDownFor(envelope)) {
      this.emit('drop', now, envelope, 'dest-down')
      return
    }
    if (pending.serverPath && this.grudge.get(envelope.dest)?.has(envelope.src) === true) {
      this.emit('drop', now, envelope, 'partition')
      return
    }
    this.emit('deliver', now, envelope)
    ;(pending.clientPath ? this.counts.clients : this.counts.servers).recvCount++
    this.recordLateness(now - pending.deadlineMs)
    destination.endpoint.deliver(envelope)
  }

  private purge(destination: Destination, reason: DropReason): void {
    const now = this.clock.now()
    const pending = destination.heap
      .slice()
      .sort((a, b) => a.deadlineMs - b.deadlineMs || a.seq - b.seq)
    destination.heap.length = 0
    this.cancelTimer(destination)
    for (const item of pending) {
      this.emit('drop', now, item.envelope, reason)
    }
  }

  private recordLateness(latenessMs: number): void {
    this.lateness.record(latenessMs)
    this.windowLateness?.record(latenessMs)
    this.intervalLatenessMaxMs = Math.max(this.intervalLatenessMaxMs, latenessMs)
  }

  private emit(
    type: JournalEvent['type'],
    nowMs: number,
    message: Envelope,
    reason?: DropReason,
  ): void {
    const event: JournalEvent = {
      seq: this.nextEventSeq++,
      time: Math.round(nowMs * 1e6),
      type,
      message,
    }
    if (reason !== undefined) {
      event.reason = reason
    }
    this.journal.write(event)
  }
}

/** Queue order: by delivery deadline, then by send sequence (deterministic ties). */
function pendingBefore(a: Pending, b: Pending): boolean {
  return a.deadlineMs < b.deadlineMs || (a.deadlineMs === b.deadlineMs && a.seq < b.seq)
}
