/**
 * A learner's node as an OS process (maelstrom-protocol.md §6.2, github-actions.md §8.5):
 * implements NodeHandle. Each node runs in its own process group (`detached`), with the
 * allow-listed environment the caller built (which must hold DSGRADE_DATA_DIR: the marker
 * that finds every descendant, even double-forked ones that left the group).
 *
 * Guarantees:
 * - stdout → LineFramer → parseEnvelope → onMessage / onFinding; a bad line never stops
 *   reading; an oversized line costs at most `maxLineBytes` of memory;
 * - stdin writes are bounded: past `maxStdinQueueBytes` unflushed, messages are dropped with
 *   one finding per episode (a node that never reads cannot grow dsgrade's memory);
 * - stderr → the log file up to `maxStderrBytes` (then one NODE_STDERR_TRUNCATED finding,
 *   the rest read and discarded), and a ring of the last lines (each cut);
 * - exit is detected when it happens; stdout/stderr get up to `stderrDrainMs` to drain, then
 *   onExit runs once per process, with `expected` true when dsgrade ended it;
 * - kill/stop resolve only when the process and every descendant are gone.
 *
 * It does not send `init`, does not know the network and does not emit NODE_EXITED (the
 * runner decides what an exit means: a failed init, a crash, or the end of the test).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Clock } from '../network/index.js'
import { parseEnvelope, encodeEnvelope } from '../protocol/index.js'
import type { ProtocolFinding } from '../protocol/index.js'
import { LineFramer, DEFAULT_MAX_LINE_BYTES } from '../protocol/index.js'
import { finding } from '../protocol/index.js'
import type { Envelope } from '../protocol/index.js'
import { RunError } from '../shared/index.js'
import { explainSpawnError, type NodeCommand } from './command.js'
import type { SimTimePort } from './sim-time.js'
import { lowerPriority, priorities } from './priority.js'
import type { NodeCallbacks, NodeExit, NodeHandle } from './contract.js'
import { findNodeProcessesAsync, signalEach, signalGroup, waitGone } from './reaper.js'

export const DEFAULT_MAX_STDERR_BYTES = 16 * 1024 * 1024
export const DEFAULT_STDERR_TAIL_LINES = 32
export const DEFAULT_STDERR_LINE_CHARS = 500
export const DEFAULT_MAX_STDIN_QUEUE_BYTES = 32 * 1024 * 1024
export const DEFAULT_STOP_GRACE_MS = 1000
export const DEFAULT_STDERR_DRAIN_MS = 100
/** The line written to the log where the cap cut it. */
export const STDERR_CUT_NOTE = '[dsgrade: the log stops here: stderr passed its size cap]'
/** How long kill/stop wait for SIGKILLed processes to disappear before giving up. */
const KILL_WAIT_MS = 3000

export interface NodeProcessOptions {
  nodeId: string
  command: NodeCommand
  /** Working directory (the directory dsgrade was started from). */
  cwd: string
  /** From buildNodeEnvironment: the whole environment, with DSGRADE_DATA_DIR. */
  env: Record<string, string>
  /** node-logs/<node>.log; its directory is created; restarts append to it. */
  logFile: string
  callbacks: NodeCallbacks
  /** For `atMs` (ms since the test started); default: a clock started with the handle. */
  clock?: Pick<Clock, 'now'>
  maxLineBytes?: number
  maxStderrBytes?: number
  stderrTailLines?: number
  stderrLineChars?: number
  maxStdinQueueBytes?: number
  stopGraceMs?: number
  stderrDrainMs?: number
  /** Directories removed (recursively) once stop() has ended everything: a temp HOME, TMPDIR. */
  cleanupDirs?: string[]
  /**
   * Simulated time (docs/simulation.md): inputs go through the port, time-protocol lines on
   * stdout are taken by it, `pause` holds inputs instead of stopping the process, and starts,
   * kills and stops count as harness work. Absent: a plain run, unchanged.
   */
  simTime?: SimTimePort
}

export interface NodeProcessHandle extends NodeHandle {
  /** The OS pid of the current process (undefined before start or after exit). */
  readonly pid: number | undefined
  /** True between a successful start and the exit of that process. */
  readonly running: boolean
  /** Resolves with the exit of the current process (after onExit ran). */
  exited(): Promise<NodeExit>
  /** Messages dropped because the node was not reading stdin. */
  readonly droppedInputCount: number
}

/**
 * Start a learner node. Resolves once the OS started it; rejects with a RunError naming the
 * node and the binary when it cannot start.
 */
export async function startNodeProcess(options: NodeProcessOptions): Promise<NodeProcessHandle> {
  const handle = new NodeProcess(options)
  await handle.start()
  return handle
}

/** Harness work on a node: counted by the simulated-time gate when there is one. */
function tracked<T>(options: NodeProcessOptions, work: () => Promise<T>): Promise<T> {
  const sim = options.simTime
  return sim === undefined ? work() : sim.track(work())
}

interface Incarnation {
  child: ChildProcessWithoutNullStreams
  pid: number
  expected: boolean
  exitedAt: number | undefined
  stdinFull: boolean
  exit: Promise<NodeExit>
}

class NodeProcess implements NodeProcessHandle {
  readonly id: string
  private readonly options: NodeProcessOptions
  private readonly clock: Pick<Clock, 'now'>
  private readonly marker: string
  private current: Incarnation | undefined
  private paused = false
  /** The escapee signals of signalAll, in order. */
  private signals: Promise<void> = Promise.resolve()
  private logFd: number | undefined
  private stderrLoggedBytes = 0
  private stderrTruncated = false
  private tail: string[] = []
  private dropped = 0

  constructor(options: NodeProcessOptions) {
    this.options = options
    this.id = options.nodeId
    const dataDir = options.env.DSGRADE_DATA_DIR
    if (dataDir === undefined || dataDir === '') {
      throw new RunError(`node ${options.nodeId}: the environment has no DSGRADE_DATA_DIR.`)
    }
    this.marker = `DSGRADE_DATA_DIR=${dataDir}`
    const started = performance.now()
    this.clock = options.clock ?? { now: () => performance.now() - started }
  }

  get pid(): number | undefined {
    return this.running ? this.current?.pid : undefined
  }

  get running(): boolean {
    return this.current !== undefined && this.current.exitedAt === undefined
  }

  get droppedInputCount(): number {
    return this.dropped
  }

  exited(): Promise<NodeExit> {
    if (this.current === undefined) {
      return Promise.reject(new RunError(`node ${this.id} was never started.`, this.id))
    }
    return this.current.exit
  }

  stderrTail(): string[] {
    return [...this.tail]
  }

  start(): Promise<void> {
    return tracked(this.options, () => this.spawnChild())
  }

  private async spawnChild(): Promise<void> {
    if (this.logFd === undefined) {
      mkdirSync(dirname(this.options.logFile), { recursive: true })
      this.logFd = openSync(this.options.logFile, 'a')
    }
    this.tail = []
    this.paused = false
    const { command, cwd, env } = this.options
    const child = spawn(command.file, command.args, {
      cwd,
      env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', (error: NodeJS.ErrnoException) => reject(this.spawnError(error)))
    })
    child.on('error', () => {
      // after a successful spawn, errors are reported through exit
    })
    // The demo's harness-first policy (priority.ts); nothing by default.
    if (child.pid !== undefined) {
      lowerPriority(child.pid, priorities().nodeSteps)
    }
    this.current = this.wire(child)
    this.options.simTime?.started(
      (line) => {
        if (!child.stdin.destroyed && child.stdin.writable) {
          child.stdin.write(line)
        }
      },
      (line) => this.routeLine(line),
    )
  }

  private spawnError(error: NodeJS.ErrnoException): RunError {
    const { command } = this.options
    return new RunError(
      `node ${this.id} could not start: ${command.display} — ${explainSpawnError(error, command.file)}.`,
      this.id,
      { cause: error },
    )
  }

  /** Connect a freshly spawned child's pipes and exit to the callbacks. */
  private wire(child: ChildProcessWithoutNullStreams): Incarnation {
    const pid = child.pid!
    const stdoutFramer = new LineFramer({
      maxLineBytes: this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
      onLineTooLong: ({ head, maxLineBytes }) =>
        this.report(finding.lineTooLong(this.id, head, maxLineBytes, this.clock.now())),
    })
    const stderrFramer = new LineFramer({
      maxLineBytes: 64 * 1024,
      onLineTooLong: ({ head }) => this.pushTail(`${head}… (line cut)`),
    })
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of stdoutFramer.feed(chunk)) {
        this.handleLine(line)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => this.handleStderr(chunk, stderrFramer))
    child.stdin.on('error', () => {
      // EPIPE after the node exited: the exit is what gets reported
    })
    const incarnation: Incarnation = {
      child,
      pid,
      expected: false,
      exitedAt: undefined,
      stdinFull: false,
      exit: undefined as unknown as Promise<NodeExit>,
    }
    child.stdin.on('drain', () => (incarnation.stdinFull = false))
    incarnation.exit = new Promise<NodeExit>((resolve) => {
      child.once('exit', (code, signal) => {
        incarnation.exitedAt = this.clock.now()
        this.options.simTime?.exited()
        void this.afterExit(incarnation, code, signal, { stdoutFramer, stderrFramer }).then(resolve)
      })
    })
    return incarnation
  }

  private handleLine(line: string): void {
    if (this.options.simTime !== undefined) {
      this.options.simTime.takeLine(line)
      return
    }
    this.routeLine(line)
  }

  /** A stdout line as a message (or a protocol finding). */
  private routeLine(line: string): void {
    const atMs = this.clock.now()
    const result = parseEnvelope(line, this.id, atMs)
    if (result.finding !== undefined) {
      this.report(result.finding)
    }
    if (result.envelope !== undefined) {
      this.options.callbacks.onMessage(result.envelope)
    }
  }

  private handleStderr(chunk: Buffer, framer: LineFramer): void {
    const cap = this.options.maxStderrBytes ?? DEFAULT_MAX_STDERR_BYTES
    const room = Math.max(0, cap - this.stderrLoggedBytes)
    if (room > 0 && this.logFd !== undefined) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room)
      writeSync(this.logFd, part)
      this.stderrLoggedBytes += part.length
    }
    if (chunk.length > room && !this.stderrTruncated) {
      this.stderrTruncated = true
      this.logLine(`\n${STDERR_CUT_NOTE}\n`)
      this.report(finding.stderrTruncated(this.id, cap, this.clock.now()))
    }
    for (const line of framer.feed(chunk)) {
      this.pushTail(line)
      this.options.callbacks.onStderrLine?.(line)
    }
  }

  private pushTail(line: string): void {
    const maxChars = this.options.stderrLineChars ?? DEFAULT_STDERR_LINE_CHARS
    this.tail.push(line.length > maxChars ? `${line.slice(0, maxChars)}… (line cut)` : line)
    const keep = this.options.stderrTailLines ?? DEFAULT_STDERR_TAIL_LINES
    if (this.tail.length > keep) {
      this.tail.splice(0, this.tail.length - keep)
    }
  }

  private report(item: ProtocolFinding): void {
    this.options.callbacks.onFinding(item)
  }

  /** Give the pipes a moment to drain, flush the tails, then tell the runner. */
  private async afterExit(
    incarnation: Incarnation,
    code: number | null,
    signal: NodeJS.Signals | null,
    framers: { stdoutFramer: LineFramer; stderrFramer: LineFramer },
  ): Promise<NodeExit> {
    const { child } = incarnation
    const drainMs = this.options.stderrDrainMs ?? DEFAULT_STDERR_DRAIN_MS
    await Promise.race([
      Promise.all([streamEnded(child.stdout), streamEnded(child.stderr)]),
      new Promise((resolve) => setTimeout(resolve, drainMs)),
    ])
    child.stdout.removeAllListeners('data')
    child.stderr.removeAllListeners('data')
    child.stdout.destroy()
    child.stderr.destroy()
    child.stdin.destroy()
    const stdoutTail = framers.stdoutFramer.end()
    if (stdoutTail !== undefined && stdoutTail.trim() !== '') {
      this.report(finding.missingNewline(this.id, stdoutTail, this.clock.now()))
    }
    const stderrTail = framers.stderrFramer.end()
    if (stderrTail !== undefined) {
      this.pushTail(stderrTail)
      this.options.callbacks.onStderrLine?.(stderrTail)
    }
    const exit: NodeExit = {
      node: this.id,
      code,
      signal,
      expected: incarnation.expected,
      stderrTail: this.stderrTail(),
      atMs: incarnation.exitedAt ?? this.clock.now(),
    }
    this.options.callbacks.onExit(exit)
    return exit
  }

  deliver(message: Envelope): void {
    const incarnation = this.current
    if (incarnation === undefined || incarnation.exitedAt !== undefined) {
      return
    }
    if (this.options.simTime !== undefined) {
      this.options.simTime.deliver(message)
      return
    }
    const cap = this.options.maxStdinQueueBytes ?? DEFAULT_MAX_STDIN_QUEUE_BYTES
    const stdin = incarnation.child.stdin
    if (stdin.destroyed || !stdin.writable) {
      return
    }
    if (stdin.writableLength > cap) {
      this.dropped++
      // a paused node is not reading because we paused it: not the learner's finding
      if (!incarnation.stdinFull && !this.paused) {
        incarnation.stdinFull = true
        this.report(finding.stdinFull(this.id, cap, this.clock.now()))
      }
      return
    }
    // The messages due at one instant for this node go out in one write: the network delivers
    // a destination's due messages in one callback, and each write to a pipe wakes the node,
    // which on a busy machine can take the CPU from the harness (writes to node stdins were
    // the harness's largest cost in a CPU profile of stop 18's demo).
    if (stdin.writableCorked === 0) {
      stdin.cork()
      process.nextTick(() => stdin.uncork())
    }
    stdin.write(encodeEnvelope(message))
  }

  pause(): void {
    if (!this.running || this.paused) {
      return
    }
    this.paused = true
    if (this.options.simTime !== undefined) {
      this.options.simTime.hold(true)
      return
    }
    void this.signalAll('SIGSTOP')
  }

  resume(): void {
    if (!this.paused) {
      return
    }
    this.paused = false
    if (this.options.simTime !== undefined) {
      this.options.simTime.hold(false)
      return
    }
    void this.signalAll('SIGCONT')
  }

  kill(): Promise<void> {
    return tracked(this.options, () => this.killNow())
  }

  private async killNow(): Promise<void> {
    const incarnation = this.current
    if (incarnation !== undefined && incarnation.exitedAt === undefined) {
      incarnation.expected = true
    }
    this.paused = false
    await this.killEverything(incarnation)
  }

  restart(): Promise<void> {
    return tracked(this.options, () => this.restartNow())
  }

  private async restartNow(): Promise<void> {
    await this.killNow()
    this.logLine(`---- dsgrade: node ${this.id} restarted ----\n`)
    await this.spawnChild()
  }

  stop(): Promise<void> {
    return tracked(this.options, () => this.stopNow())
  }

  private async stopNow(): Promise<void> {
    const incarnation = this.current
    if (incarnation !== undefined && incarnation.exitedAt === undefined) {
      incarnation.expected = true
      // the grace starts now; the scans for escapees finish in the background
      void this.signalAll('SIGTERM', 'SIGCONT')
      const graceMs = this.options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        incarnation.exit,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ])
      clearTimeout(timer)
    }
    this.paused = false
    await this.killEverything(incarnation)
    if (this.logFd !== undefined) {
      closeSync(this.logFd)
      this.logFd = undefined
    }
    for (const dir of this.options.cleanupDirs ?? []) {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  /** SIGKILL the group and every marked descendant until none is left; await the exit. */
  private async killEverything(incarnation: Incarnation | undefined): Promise<void> {
    const roots =
      incarnation !== undefined && incarnation.exitedAt === undefined ? [incarnation.pid] : []
    for (let round = 0; round < 5; round++) {
      if (incarnation !== undefined) {
        signalGroup(incarnation.pid, 'SIGKILL')
      }
      // asynchronous: a whole-cluster kill scans /proc once per node, all at once
      const pids = await findNodeProcessesAsync(this.marker, roots)
      if (pids.length === 0) {
        break
      }
      signalEach(pids, 'SIGKILL')
      await waitGone(pids, KILL_WAIT_MS)
    }
    if (incarnation !== undefined) {
      await incarnation.exit
    }
  }

  /**
   * Signal the group now, then the descendants that left it once an asynchronous /proc scan
   * has found them. The scans of one node run in order (a SIGCONT never overtakes the SIGSTOP
   * before it); the returned promise settles when this signal has reached them all. A
   * synchronous scan blocked the harness 50–300 ms per call on a busy machine, and stopping a
   * cluster made two per node: every other run sharing the process then measured a stall
   * (ten seeds of one idle `npm run demo` were rerun alone for it).
   */
  private signalAll(...signals: NodeJS.Signals[]): Promise<void> {
    const incarnation = this.current
    const roots =
      incarnation !== undefined && incarnation.exitedAt === undefined ? [incarnation.pid] : []
    const group = incarnation?.pid
    if (group !== undefined) {
      signals.forEach((signal) => signalGroup(group, signal))
    }
    // the group got them already; signal once more only those that left the group (one scan
    // for all the signals, sent in order)
    this.signals = this.signals.then(async () => {
      try {
        const pids = await findNodeProcessesAsync(this.marker, roots, group)
        signals.forEach((signal) => signalEach(pids, signal))
      } catch {
        // a scan that fails leaves the group signalled; killEverything scans again at the end
      }
    })
    return this.signals
  }

  private logLine(text: string): void {
    if (this.logFd !== undefined) {
      writeSync(this.logFd, text)
    }
  }
}

function streamEnded(stream: NodeJS.ReadableStream & { readableEnded?: boolean }): Promise<void> {
  if (stream.readableEnded === true) {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    stream.once('end', resolve)
    stream.once('close', resolve)
  })
}
