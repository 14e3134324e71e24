/**
 * Time, injected. Every module that waits or timestamps takes a Clock; nothing else calls
 * Date.now, performance.now or setTimeout (the edges and this file excepted).
 *
 * - RealClock: wall time for runs with real learner processes.
 * - VirtualClock: simulated time for in-process nodes and scenario tests. Timers fire in
 *   (time, insertion) order; between two timers every pending microtask and promise
 *   continuation runs, so async code sees a consistent world. Same inputs ⇒ same order.
 *
 * Times are milliseconds since the clock's start, as floats.
 */

import { heapPop, heapPush } from '../shared/index.js'

export interface TimerHandle {
  readonly id: number
}

export interface Clock {
  /** Milliseconds since this clock started. */
  now(): number
  /** Run `callback` after `delayMs` (≥ 0). */
  setTimer(delayMs: number, callback: () => void): TimerHandle
  clearTimer(handle: TimerHandle): void
  /** Resolves after `delayMs`. */
  sleep(delayMs: number): Promise<void>
  readonly virtual: boolean
}

export class RealClock implements Clock {
  readonly virtual = false
  private readonly startMs = performance.now()
  private readonly timers = new Map<number, NodeJS.Timeout | NodeJS.Immediate>()
  private nextId = 1

  now(): number {
    return performance.now() - this.startMs
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const id = this.nextId++
    const fire = (): void => {
      this.timers.delete(id)
      callback()
    }
    // setTimeout waits at least 1 ms; a zero delay (client hops, which have no latency)
    // must not arrive late, so it runs on the next turn of the event loop instead.
    const timer = delayMs <= 0 ? setImmediate(fire) : setTimeout(fire, delayMs)
    this.timers.set(id, timer)
    return { id }
  }

  clearTimer(handle: TimerHandle): void {
    const timer = this.timers.get(handle.id)
    if (timer !== undefined) {
      cancel(timer)
      this.timers.delete(handle.id)
    }
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(delayMs, resolve))
  }

  /** Cancel every pending timer (end of a run). */
  clearAll(): void {
    for (const timer of this.timers.values()) {
      cancel(timer)
    }
    this.timers.clear()
  }
}

function cancel(timer: NodeJS.Timeout | NodeJS.Immediate): void {
  if ('hasRef' in timer && 'refresh' in timer) {
    clearTimeout(timer)
  } else {
    clearImmediate(timer as NodeJS.Immediate)
  }
}

interface VirtualTimer {
  id: number
  atMs: number
  callback: () => void
}

/** Let every queued microtask and promise continuation run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export interface VirtualClockOptions {
  /**
   * How late every timer set at `nowMs` fires, in simulated milliseconds: scenario tests use
   * it to stand for an overloaded harness (its event loop late, so deliveries and pacing late).
   * @default none
   */
  lagMs?: (nowMs: number) => number
  /**
   * Simulated time for real processes (docs/simulation.md): before time moves on (the next
   * timer is later than now, or there is none), the clock waits while this returns a promise
   * (nodes busy, harness work in flight), re-reading it after each wait; timers due now fire
   * back to back. @default none (timers fire back to back)
   */
  gate?: () => Promise<void> | undefined
}

export class VirtualClock implements Clock {
  readonly virtual = true
  private nowMs = 0
  private nextId = 1
  /** Binary min-heap ordered by (atMs, id). */
  private readonly heap: VirtualTimer[] = []
  private readonly cancelled = new Set<number>()

  constructor(private readonly clockOptions: VirtualClockOptions = {}) {}

  now(): number {
    return this.nowMs
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    const lagMs = Math.max(0, this.clockOptions.lagMs?.(this.nowMs) ?? 0)
    const timer = {
      id: this.nextId++,
      atMs: this.nowMs + Math.max(0, delayMs) + lagMs,
      callback,
    }
    this.push(timer)
    return { id: timer.id }
  }

  clearTimer(handle: TimerHandle): void {
    this.cancelled.add(handle.id)
  }

  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(delayMs, resolve))
  }

  /** Number of timers still pending (cancelled ones included until they surface). */
  get pendingCount(): number {
    return this.heap.length
  }

  /**
   * Fire timers in order until simulated time would pass `untilMs` or no timer is left;
   * then set the time to `untilMs`. Returns the number of timers fired.
   */
  async runUntil(untilMs: number): Promise<number> {
    let fired = 0
    await settle()
    for (;;) {
      if (this.timeWouldMove()) {
        await this.passGate()
      }
      const top = this.heap[0]
      if (top === undefined || top.atMs > untilMs) {
        break
      }
      this.pop()
      if (this.cancelled.delete(top.id)) {
        continue
      }
      this.nowMs = Math.max(this.nowMs, top.atMs)
      top.callback()
      fired++
      await settle()
    }
    this.nowMs = Math.max(this.nowMs, untilMs)
    return fired
  }

  /** Run until `done()` is true, no timer is left, or `limitMs` is reached. */
  async runWhile(condition: () => boolean, limitMs = Number.POSITIVE_INFINITY): Promise<void> {
    await settle()
    while (condition()) {
      if (this.timeWouldMove()) {
        await this.passGate()
        if (!condition()) {
          return
        }
      }
      const top = this.heap[0]
      if (top === undefined || top.atMs > limitMs) {
        return
      }
      this.pop()
      if (this.cancelled.delete(top.id)) {
        continue
      }
      this.nowMs = Math.max(this.nowMs, top.atMs)
      top.callback()
      await settle()
    }
  }

  /** With a gate: the next timer is later than now (or there is none). */
  private timeWouldMove(): boolean {
    if (this.clockOptions.gate === undefined) {
      return false
    }
    const top = this.heap[0]
    return top === undefined || top.atMs > this.nowMs
  }

  /** Wait until the gate (if any) lets time move; everything it released runs first. */
  private async passGate(): Promise<void> {
    const gate = this.clockOptions.gate
    if (gate === undefined) {
      return
    }
    for (let wait = gate(); wait !== undefined; wait = gate()) {
      await wait
      await settle()
    }
  }

  private push(timer: VirtualTimer): void {
    heapPush(this.heap, timer, before)
  }

  private pop(): void {
    heapPop(this.heap, before)
  }
}

function before(a: VirtualTimer, b: VirtualTimer): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.id < b.id)
}
