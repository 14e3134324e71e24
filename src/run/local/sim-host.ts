/**
 * Hosts an in-process SimNode as a NodeHandle (sim/contract.ts), used by the runner until/
 * unless sim/host.ts is wired in. Timers run on the run's Clock (virtual or real), storage
 * survives kill/restart, a paused node queues its deliveries and receives them on resume.
 * A node that throws is treated like a process that crashed.
 */
import type { Clock, TimerHandle } from '../../network/clock.js'
import type { NodeCallbacks, NodeHandle } from '../../process/contract.js'
import type { Envelope } from '../../protocol/types.js'
import type { SimNode, SimNodeContext, SimNodeFactory } from '../../sim/contract.js'

const TAIL_LINES = 20

export function startSimHost(
  nodeId: string,
  factory: SimNodeFactory,
  clock: Clock,
  callbacks: NodeCallbacks,
): NodeHandle {
  return new SimHost(nodeId, factory, clock, callbacks)
}

class SimHost implements NodeHandle {
  private node: SimNode | undefined
  private generation = 0
  private paused = false
  private readonly queued: Envelope[] = []
  private readonly timers = new Set<number>()
  private readonly tail: string[] = []
  private readonly storage = new Map<string, unknown>()

  constructor(
    readonly id: string,
    private readonly factory: SimNodeFactory,
    private readonly clock: Clock,
    private readonly callbacks: NodeCallbacks,
  ) {
    this.node = factory(id)
  }

  private context(generation: number): SimNodeContext {
    return {
      nodeId: this.id,
      now: () => this.clock.now(),
      send: (message) => {
        if (this.node !== undefined && generation === this.generation) {
          this.callbacks.onMessage(message)
        }
      },
      setTimer: (delayMs, callback) => {
        const handle: TimerHandle = this.clock.setTimer(delayMs, () => {
          this.timers.delete(handle.id)
          if (generation === this.generation && this.node !== undefined) {
            this.guard(callback)
          }
        })
        this.timers.add(handle.id)
        return handle
      },
      clearTimer: (handle) => {
        this.timers.delete(handle.id)
        this.clock.clearTimer(handle)
      },
      storage: this.storage,
      log: (line) => {
        this.tail.push(line)
        if (this.tail.length > TAIL_LINES) {
          this.tail.shift()
        }
        this.callbacks.onStderrLine?.(line)
      },
    }
  }

  private guard(action: () => void): void {
    try {
      action()
    } catch (error) {
      this.context(this.generation).log(
        `uncaught: ${error instanceof Error ? error.message : String(error)}`,
      )
      this.end(false, 1)
    }
  }

  deliver(message: Envelope): void {
    if (this.node === undefined) {
      return
    }
    if (this.paused) {
      this.queued.push(message)
      return
    }
    const node = this.node
    const generation = this.generation
    this.guard(() => node.receive(message, this.context(generation)))
  }

  private end(expected: boolean, code: number | null): void {
    if (this.node === undefined) {
      return
    }
    this.node = undefined
    this.generation++
    for (const id of this.timers) {
      this.clock.clearTimer({ id })
    }
    this.timers.clear()
    this.queued.length = 0
    this.callbacks.onExit({
      node: this.id,
      code,
      signal: expected ? 'SIGKILL' : null,
      expected,
      stderrTail: this.tail.slice(),
      atMs: this.clock.now(),
    })
  }

  kill(): Promise<void> {
    this.end(true, null)
    return Promise.resolve()
  }

  restart(): Promise<void> {
    this.end(true, null)
    this.paused = false
    this.node = this.factory(this.id)
    return Promise.resolve()
  }

  pause(): void {
    this.paused = true
  }

  resume(): void {
    this.paused = false
    for (const message of this.queued.splice(0)) {
      this.deliver(message)
    }
  }

  stop(): Promise<void> {
    this.end(true, 0)
    return Promise.resolve()
  }

  stderrTail(): string[] {
    return this.tail.slice()
  }
}
