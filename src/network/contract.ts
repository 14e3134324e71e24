/**
 * The simulated network's public surface (maelstrom-protocol.md §6, style.md model 4).
 * Implemented in network/simulator.ts. Anything attached to the network is an Endpoint:
 * a learner process (process/), an in-process node (sim/), a client (run/) or a service
 * (services/).
 *
 * Rules kept from Maelstrom:
 * - latency only where neither end is a client (ids starting with `c`);
 * - partitions are applied at the receiver, at delivery time, over server nodes only
 *   (clients and services are never partitioned);
 * - any *registered* id may be used as `src` (a node may forward on behalf of a client);
 * - every send, delivery, drop and duplicate goes to the journal.
 */
import type { Envelope } from '../protocol/index.js'

export type EndpointRole = 'server' | 'client' | 'service'

export interface Endpoint {
  readonly id: string
  /** Called by the network at the message's delivery time. */
  deliver(message: Envelope): void
}

/** Why a message was not delivered. */
export type DropReason =
  'partition' | 'loss' | 'client-loss' | 'unknown-dest' | 'unknown-src' | 'dest-down' | 'capacity'

export interface JournalEvent {
  /** Dense event number from 0. */
  seq: number
  /** Nanoseconds since the test started. */
  time: number
  type: 'send' | 'deliver' | 'drop' | 'duplicate'
  reason?: DropReason
  message: Envelope
}

export interface NetStatsPart {
  sendCount: number
  recvCount: number
  msgCount: number
  /** Messages per client operation; null when there was no client operation (nothing measured). */
  msgsPerOp?: number | null
}

export interface NetStats {
  all: NetStatsPart
  clients: NetStatsPart
  servers: NetStatsPart
}

/** dest → the set of srcs whose messages it drops. */
export type Grudge = ReadonlyMap<string, ReadonlySet<string>>

/** Link faults (issue 4). Ratios in [0, 1]; 0 disables. */
export interface LinkFaults {
  /** node↔node (and node↔service) drop probability. */
  lossRatio: number
  duplicateRatio: number
  /** Fraction of node↔node messages given a heavy-tailed extra delay. */
  reorderRatio: number
  /** client↔node drop and duplicate probabilities (the rpc track). */
  clientLossRatio: number
  clientDuplicateRatio: number
}

export interface Network {
  register(endpoint: Endpoint, role: EndpointRole): void
  unregister(id: string): void
  isRegistered(id: string): boolean
  /**
   * Accept a message from an endpoint. Assigns `id`, journals the send, decides its fate
   * (drop / duplicate / delay) from the seeded per-path streams and schedules delivery.
   * Returns the assigned id, or a drop reason for an unknown src/dest.
   */
  send(message: Envelope): { id: number } | { dropped: DropReason }
  /** Replace the partition table. */
  setGrudge(grudge: Grudge): void
  heal(): void
  setLinkFaults(faults: Partial<LinkFaults>): void
  /** Mark a server down (killed): messages to it are dropped with `dest-down`. */
  setDown(id: string, down: boolean): void
  /**
   * While true, a restarted server gets nothing but its `init` (from a client): every other
   * message to it is dropped with `dest-down`, at send and at delivery, whatever `setDown` says.
   * A node must see init first (Maelstrom's protocol); a peer's message that overtook the init
   * of a restarted node crashed a correct reference (no node ids yet) in stop 24's demo.
   */
  setAwaitingInit?(id: string, awaiting: boolean): void
  /**
   * Drop messages from or to one endpoint (a harness backend) with probability `ratio`,
   * on top of the link faults (0 clears it). Decided from the same per-path draws.
   */
  setEndpointLoss?(id: string, ratio: number): void
  stats(clientOps: number): NetStats
  /** Stop delivering; cancel timers. */
  close(): void
}

/** How node↔node and node↔service delays are drawn around the mean (`--latency-dist`). */
export type LatencyDistribution = 'constant' | 'uniform' | 'exponential'
