/**
 * The servers of one run on one network: starts every node (a process or an in-process
 * SimNode), routes what they print into the network, aggregates protocol findings, notices
 * crashes the moment they happen, performs `init` through a fresh client per node, and
 * gives the nemesis its NodeControl handles. A kill by the nemesis is never a crash.
 */
import type { Clock } from '../network/index.js'
import type { Network } from '../network/index.js'
import type { NodeControl } from '../nemesis/index.js'
import type { NodeExit, NodeHandle, NodeCallbacks } from '../process/index.js'
import type { Envelope } from '../protocol/index.js'
import type { Logger } from '../shared/index.js'
import { finding } from '../protocol/index.js'
import { isDsgradeError } from '../shared/index.js'
import { readTreeRunnableNs } from '../process/index.js'
import { RunClient, type ClientIds } from './client.js'
import { yieldTurn } from './yield.js'
import type { FindingLog } from './lint.js'

export const INIT_TIMEOUT_MS = 10_000
/** The last non-empty line of a stderr tail. */
function lastLine(tail: readonly string[]): string | undefined {
  return [...tail].reverse().find((line) => line.trim() !== '')
}

/**
 * A node that timed out on init while it was running or waiting for a CPU at least this share
 * of the time wanted to answer and was starved: the machine was overloaded, not the node.
 */
export const STARVED_INIT_SHARE = 0.5

export interface Crash {
  node: string
  code: number | null
  signal: string | null
  atMs: number
  stderrTail: string[]
  /** One plain sentence. */
  message: string
}

export type NodeStarter = (
  nodeId: string,
  callbacks: NodeCallbacks,
) => NodeHandle | Promise<NodeHandle>

export interface ClusterDeps {
  nodeIds: readonly string[]
  network: Network
  clock: Clock
  clientIds: ClientIds
  lint: FindingLog
  logger: Logger
  logStderr: boolean
  start: NodeStarter
}

export class Cluster {
  readonly nodes = new Map<string, NodeHandle>()
  readonly crashes: Crash[] = []
  /** Set when a node missed init because the machine starved it (see STARVED_INIT_SHARE). */
  starvedInit: { node: string; runnableShare: number } | undefined
  /** Set by the runner while init is in progress, to notice nodes that die first. */
  private readonly exitWaiters = new Map<string, (exit: NodeExit) => void>()

  constructor(private readonly deps: ClusterDeps) {}

  /** Start every node; resolves to null, or the sentence saying why one could not start. */
  async startAll(): Promise<string | null> {
    const startOne = async (id: string): Promise<void> => {
      const handle = await this.deps.start(id, this.callbacks(id))
      this.nodes.set(id, handle)
      this.deps.network.register(handle, 'server')
    }
    const starting: Promise<void>[] = []
    for (const id of this.deps.nodeIds) {
      const start = startOne(id)
      start.catch(() => {}) // settled below; no unhandled rejection while later nodes start
      starting.push(start)
      // One spawn per turn of the event loop on the real clock: a spawn holds the thread until
      // the child has exec'd (20–80 ms on a busy 2-core machine), and 25 in one turn stalled
      // every other run in flight for up to 1.9 s (a CPU profile of stop 18's demo). The virtual
      // clock keeps its one-turn start (its schedule is the seed's, not the machine's).
      if (!this.deps.clock.virtual) {
        await yieldTurn()
      }
    }
    const started = await Promise.allSettled(starting)
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failed === undefined) {
      return null
    }
    const reason: unknown = failed.reason
    if (isDsgradeError(reason)) {
      return reason.message
    }
    throw reason
  }

  private callbacks(id: string): NodeCallbacks {
    return {
      onMessage: (message) => this.route(id, message),
      onFinding: (finding) => this.deps.lint.add(finding),
      onExit: (exit) => this.onExit(exit),
      onStderrLine: this.deps.logStderr
        ? (line) => this.deps.logger.learnerOutput(id, line)
        : undefined,
    }
  }

  private route(id: string, message: Envelope): void {
    const result = this.deps.network.send(message)
    if (!('dropped' in result)) {
      return
    }
    const atMs = this.deps.clock.now()
    if (result.dropped === 'unknown-dest') {
      const gone = this.deps.clientIds.issued(message.dest)
      this.deps.lint.add(
        gone
          ? finding.replyToGoneClient(id, message, atMs)
          : finding.unknownDest(id, message, atMs),
      )
    } else if (result.dropped === 'unknown-src') {
      this.deps.lint.add(finding.unknownSrc(id, message, atMs))
    }
  }

  /** A reply to a client that matches none of its requests. */
  unmatchedReply(message: Envelope): void {
    this.deps.lint.add(finding.replyUnmatched(message.src, message, this.deps.clock.now()))
  }

  private onExit(exit: NodeExit): void {
    this.exitWaiters.get(exit.node)?.(exit)
    if (exit.expected) {
      return
    }
    this.deps.network.setDown(exit.node, true)
    const status = exit.code !== null ? `exit code ${exit.code}` : `signal ${exit.signal ?? '?'}`
    const last = lastLine(exit.stderrTail)
    const message =
      `Node ${exit.node} crashed at ${(exit.atMs / 1000).toFixed(1)} s (${status})` +
      (last !== undefined
        ? `; its last stderr line: ${JSON.stringify(last)}`
        : '; it printed nothing on stderr') +
      '. The test goes on without it.'
    this.crashes.push({ ...exit, message })
    this.deps.logger.warn(message)
  }

  /** Send `init` through a fresh client; resolves to null on success, else one sentence. */
  async init(nodeId: string): Promise<string | null> {
    const client = new RunClient(
      this.deps.clientIds.take(),
      nodeId,
      this.deps.network,
      this.deps.clock,
    )
    const exited = new Promise<NodeExit>((resolve) => this.exitWaiters.set(nodeId, resolve))
    const body = { type: 'init', node_id: nodeId, node_ids: [...this.deps.nodeIds] }
    const runnableBefore = this.runnableNs(nodeId)
    const reply = await Promise.race([client.call(body, { timeoutMs: INIT_TIMEOUT_MS }), exited])
    this.exitWaiters.delete(nodeId)
    client.close()
    if ('node' in reply) {
      const status =
        reply.code !== null ? `exit code ${reply.code}` : `signal ${reply.signal ?? '?'}`
      const last = lastLine(reply.stderrTail)
      return `Node ${nodeId} exited (${status}) before answering init${last !== undefined ? `; its last stderr line: ${JSON.stringify(last)}` : ''}.`
    }
    if (reply.kind === 'timeout') {
      const share = (this.runnableNs(nodeId) - runnableBefore) / 1e6 / INIT_TIMEOUT_MS
      if (runnableBefore > 0 && share >= STARVED_INIT_SHARE) {
        this.starvedInit = { node: nodeId, runnableShare: share }
        return `Node ${nodeId} did not answer init within ${INIT_TIMEOUT_MS / 1000} s, but it was running or waiting for a CPU ${Math.round(share * 100)}% of that time: the grading machine was overloaded; this is not your node — rerun.`
      }
      return `Node ${nodeId} did not answer init within ${INIT_TIMEOUT_MS / 1000} s: it must reply {"type":"init_ok","in_reply_to":<msg_id>} to the init message.${this.strayOutput(nodeId)}`
    }
    if (reply.kind === 'error') {
      return `Node ${nodeId} answered init with error ${reply.code}${reply.text !== undefined ? ` (${reply.text})` : ''} instead of init_ok.`
    }
    if (reply.body.type !== 'init_ok') {
      return `Node ${nodeId} answered init with a message of type ${JSON.stringify(reply.body.type)} instead of "init_ok".`
    }
    return null
  }

  /** Lines the node printed on stdout that are not messages (logs belong on stderr). */
  private strayOutput(nodeId: string): string {
    const stray = this.deps.lint
      .list()
      .filter(
        (f) =>
          f.node === nodeId &&
          (f.code === 'PROTO_NOT_JSON' || f.code === 'PROTO_NOT_MESSAGE') &&
          f.line !== undefined,
      )
    if (stray.length === 0) {
      return ''
    }
    const count = stray.reduce((sum, f) => sum + (f.count ?? 1), 0)
    const first = JSON.stringify(stray[0]!.line)
    return ` Its stdout had ${count === 1 ? 'a line that is' : `${count} lines that are`} not a protocol message (first: ${first}); stdout is only for messages, print logs on stderr.`
  }

  /** Nanoseconds the node's threads ran or waited for a CPU so far (0 when unknown). */
  private runnableNs(nodeId: string): number {
    const pid = this.nodes.get(nodeId)?.pid
    if (pid === undefined || this.deps.clock.virtual) {
      return 0
    }
    const threads = readTreeRunnableNs(new Map([[nodeId, pid]])).get(nodeId)
    return [...(threads?.values() ?? [])].reduce((a, b) => Math.max(a, b), 0)
  }

  /** NodeControl handles for the nemesis: kills are expected, restarts re-send init. */
  controls(): Map<string, NodeControl> {
    const controls = new Map<string, NodeControl>()
    for (const [id, handle] of this.nodes) {
      controls.set(id, {
        id,
        kill: async () => {
          this.deps.network.setDown(id, true)
          await handle.kill()
        },
        restart: async () => {
          // Nothing but its init reaches the new process until it has answered (or failed to).
          this.deps.network.setAwaitingInit?.(id, true)
          try {
            await handle.restart()
            this.deps.network.setDown(id, false)
            const failure = await this.init(id)
            if (failure !== null) {
              this.deps.logger.warn(`After a restart: ${failure}`)
            }
          } finally {
            this.deps.network.setAwaitingInit?.(id, false)
          }
        },
        pause: () => handle.pause(),
        resume: () => handle.resume(),
      })
    }
    return controls
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.nodes.values()].map((handle) => handle.stop()))
    for (const id of this.nodes.keys()) {
      this.deps.network.unregister(id)
    }
  }
}
