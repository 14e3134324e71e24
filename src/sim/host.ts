/**
 * The host of an in-process node (issue 4, deterministic simulation mode): adapts a SimNode
 * (sim/contract.ts) to the NodeHandle the runner drives, exactly as a process node would be.
 *
 * - What the node sends goes to `callbacks.onMessage`, like a process node's stdout: the
 *   runner routes it through the network. The runner also registers the handle as the
 *   node's Endpoint; the host only marks the node down / up on the network.
 * - `kill()` drops the node object and its timers and marks it down; `restart()` builds a
 *   fresh object from the factory with the *same* storage map (the node's data directory)
 *   and marks it up; the runner then sends `init`.
 * - `pause()` holds deliveries and timer callbacks; `resume()` runs them in order (SIGSTOP /
 *   SIGCONT: nothing is lost, everything is late).
 * - A node that throws is a crash, as a process exiting with status 1: the error goes to the
 *   stderr tail and `onExit` is called with `expected: false`.
 *
 * Everything runs on the given Clock, so on the VirtualClock a run replays bit for bit.
 */
import type { Clock, TimerHandle } from '../network/index.js'
import type { Network } from '../network/index.js'
import type { NodeCallbacks, NodeHandle } from '../process/index.js'
import type { Envelope } from '../protocol/index.js'
import type { SimNode, SimNodeContext, SimNodeFactory } from './contract.js'

export interface StartSimNodeOptions {
  nodeId: string
  factory: SimNodeFactory
  network: Network
  clock: Clock
  callbacks: NodeCallbacks
  /** Durable storage kept across kill/restart. @default a new empty Map */
  storage?: Map<string, unknown>
}

export type SimNodeState = 'running' | 'paused' | 'dead' | 'stopped'

export interface SimNodeHandle extends NodeHandle {
  readonly state: SimNodeState
  readonly storage: Map<string, unknown>
  /** Incarnations started so far (1 + restarts). */
  readonly incarnation: number
}

/** Last stderr lines kept for crash reports (Maelstrom keeps 32). */
export const STDERR_TAIL_LINES = 32

class SimHost implements SimNodeHandle {
  state: SimNodeState = 'running'
  incarnation = 0
  readonly storage: Map<string, unknown>
  private node: SimNode | undefined
  private context: SimNodeContext | undefined
  private readonly timers = new Map<number, TimerHandle>()
  private held: (() => void)[] = []
  private readonly tail: string[] = []

  constructor(private readonly options: StartSimNodeOptions) {
    this.storage = options.storage ?? new Map()
    this.boot()
  }

  get id(): string {
    return this.options.nodeId
  }

  deliver(message: Envelope): void {
    this.whenRunning(() => this.node?.receive(message, this.context as SimNodeContext))
  }

  async kill(): Promise<void> {
    this.halt('dead')
    this.options.network.setDown(this.id, true)
    this.exit({ code: null, signal: 'SIGKILL', expected: true })
  }

  async restart(): Promise<void> {
    if (this.state === 'running' || this.state === 'paused') {
      this.halt('dead')
    }
    this.state = 'running'
    this.options.network.setDown(this.id, false)
    this.boot()
  }

  pause(): void {
    if (this.state === 'running') {
      this.state = 'paused'
    }
  }

  resume(): void {
    if (this.state !== 'paused') {
      return
    }
    this.state = 'running'
    const held = this.held
    this.held = []
    for (const action of held) {
      this.whenRunning(action)
    }
  }

  async stop(): Promise<void> {
    if (this.state === 'dead' || this.state === 'stopped') {
      this.state = 'stopped'
      return
    }
    this.halt('stopped')
    this.exit({ code: 0, signal: null, expected: true })
  }

  stderrTail(): string[] {
    return [...this.tail]
  }

  private boot(): void {
    this.incarnation++
    const incarnation = this.incarnation
    const alive = (): boolean => this.incarnation === incarnation && this.node !== undefined
    this.context = {
      nodeId: this.id,
      now: () => this.options.clock.now(),
      send: (message) => {
        if (alive() && this.state === 'running') {
          this.options.callbacks.onMessage(message)
        }
      },
      setTimer: (delayMs, callback) => {
        const handle: TimerHandle = this.options.clock.setTimer(delayMs, () => {
          this.timers.delete(handle.id)
          if (alive()) {
            this.whenRunning(callback)
          }
        })
        this.timers.set(handle.id, handle)
        return handle
      },
      clearTimer: (handle) => {
        this.timers.delete(handle.id)
        this.options.clock.clearTimer(handle)
      },
      storage: this.storage,
      log: (line) => this.log(line),
    }
    this.node = this.options.factory(this.id)
  }

  /** Run now if running, hold if paused, drop if dead; a throw is a crash. */
  private whenRunning(action: () => void): void {
    if (this.state === 'paused') {
      this.held.push(action)
      return
    }
    if (this.state !== 'running' || this.node === undefined) {
      return
    }
    try {
      action()
    } catch (error) {
      this.crash(error)
    }
  }

  private crash(error: unknown): void {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    for (const line of text.split('\n')) {
      this.log(line)
    }
    this.halt('dead')
    this.options.network.setDown(this.id, true)
    this.exit({ code: 1, signal: null, expected: false })
  }

  private halt(state: SimNodeState): void {
    for (const handle of this.timers.values()) {
      this.options.clock.clearTimer(handle)
    }
    this.timers.clear()
    this.held = []
    this.node = undefined
    this.context = undefined
    this.state = state
  }

  private exit(how: { code: number | null; signal: string | null; expected: boolean }): void {
    this.options.callbacks.onExit({
      node: this.id,
      ...how,
      stderrTail: this.stderrTail(),
      atMs: this.options.clock.now(),
    })
  }

  private log(line: string): void {
    this.tail.push(line)
    if (this.tail.length > STDERR_TAIL_LINES) {
      this.tail.shift()
    }
    this.options.callbacks.onStderrLine?.(line)
  }
}

/** Start an in-process node; see the file header for what kill, restart and pause do. */
export function startSimNode(options: StartSimNodeOptions): SimNodeHandle {
  return new SimHost(options)
}
