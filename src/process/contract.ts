/**
 * What the runner needs from a node, whatever it is: a learner's OS process (process/) or an
 * in-process node object on the virtual clock (sim/). Both are network Endpoints.
 */
import type { Endpoint } from '../network/index.js'
import type { ProtocolFinding } from '../protocol/index.js'
import type { Envelope } from '../protocol/index.js'

export interface NodeExit {
  node: string
  /** Exit code, or null if ended by a signal. */
  code: number | null
  signal: string | null
  /** True when dsgrade ended it (nemesis kill, end of test): never the learner's fault. */
  expected: boolean
  /** Last stderr lines (bounded). */
  stderrTail: string[]
  /** Milliseconds since the test started. */
  atMs: number
}

/** Callbacks the runner gives a node when it starts. */
export interface NodeCallbacks {
  /** A well-formed envelope the node printed. */
  onMessage(message: Envelope): void
  /** A protocol lint finding (bad line, etc.). The node keeps being read. */
  onFinding(finding: ProtocolFinding): void
  /** The node exited; called at the moment it happens. */
  onExit(exit: NodeExit): void
  /** A stderr line (for --log-stderr). */
  onStderrLine?(line: string): void
}

export interface NodeHandle extends Endpoint {
  readonly id: string
  /** The OS pid while a real process runs (harness health reads its CPU); absent in-process. */
  readonly pid?: number | undefined
  /** SIGKILL (the whole process group and its descendants). Resolves when gone. */
  kill(): Promise<void>
  /** Start a fresh instance with the same data directory. The runner then sends `init`. */
  restart(): Promise<void>
  pause(): void
  resume(): void
  /** End of test: TERM, then KILL after a grace; every descendant gone when it resolves. */
  stop(): Promise<void>
  /** Last stderr lines, for crash reports. */
  stderrTail(): string[]
}
