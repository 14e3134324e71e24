/**
 * In-process nodes for the deterministic simulation mode (issue 4): JavaScript/TypeScript
 * objects that use a clock and timers we provide, so a whole run — network, clients,
 * nemesis, nodes — can run on the VirtualClock and replay bit for bit from a seed.
 *
 * A SimNode sees exactly what a process node sees: Maelstrom envelopes, `init` first.
 * The host (sim/host.ts) adapts it to a NodeHandle for the runner.
 */
import type { TimerHandle } from '../network/index.js'
import type { Body, Envelope } from '../protocol/index.js'

export interface SimNodeContext {
  readonly nodeId: string
  /** Milliseconds since the test started (virtual or real, as the run's clock). */
  now(): number
  /** Send a message (the node's stdout, in effect). */
  send(message: Envelope): void
  setTimer(delayMs: number, callback: () => void): TimerHandle
  clearTimer(handle: TimerHandle): void
  /** Durable storage that survives kill/restart (the DSGRADE_DATA_DIR of a process node). */
  readonly storage: Map<string, unknown>
  /** A log line (a process node's stderr). */
  log(line: string): void
}

export interface SimNode {
  /** A message delivered to the node (its stdin, in effect). */
  receive(message: Envelope, context: SimNodeContext): void
}

/** Makes a fresh node instance (called again after a restart). */
export type SimNodeFactory = (nodeId: string) => SimNode

export type { Body }
