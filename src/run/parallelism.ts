/**
 * The one parallelism policy for seeds, stages and tracks: every test run takes its cost from
 * one machine budget before it starts and gives it back when it ends. Tracks and stages are
 * not limited themselves (they only wait on their runs), so nesting cannot deadlock and the
 * whole process never runs more than the machine can take, however many tracks grade at once.
 *
 * - Budget: 3 units per core (a run mostly waits on its nodes and the clock).
 * - Cost of a run: max(1, nodes ÷ 5, nodes × rate ÷ 100) units (its work grows with the nodes
 *   and the rate); a run costing the whole budget or more runs alone. So a 25-node stage never
 *   shares the machine, and on 2 cores a 5-node stage at 10 ops/s shares it with five others.
 * - `exclusive` (a rerun of an inconclusive seed): alone on the machine.
 * - First come, first served: a large run at the head of the queue is not starved by small
 *   ones behind it.
 *
 * Guarantees: `run` always releases what it took (even when the work throws). It does not
 * know about other processes (other dsgrade runs, other work on the machine): the harness
 * health block measures that.
 */
import { availableParallelism } from 'node:os'

/** Budget units per core. */
export const UNITS_PER_CORE = 3

export interface RunShape {
  nodeCount: number
  /** Client ops per second. */
  rate: number
}

/** What one run costs, in budget units (see the header). */
export function runCost(shape: RunShape): number {
  const nodes = Math.max(1, shape.nodeCount)
  return Math.max(1, nodes / 5, (nodes * Math.max(0, shape.rate)) / 100)
}

interface Waiter {
  units: number
  start: () => void
}

export class MachineBudget {
  private used = 0
  private readonly queue: Waiter[] = []

  constructor(readonly capacity: number) {}

  /** Units in use now (tests, bench). */
  get inUse(): number {
    return this.used
  }

  /** Runs `work` once `cost` units (capped at the capacity; all of it when exclusive) are free. */
  async run<T>(cost: number, work: () => Promise<T>, exclusive = false): Promise<T> {
    const units = exclusive ? this.capacity : Math.min(this.capacity, Math.max(1, cost))
    await this.take(units)
    try {
      return await work()
    } finally {
      this.used -= units
      this.wake()
    }
  }

  private take(units: number): Promise<void> {
    if (this.queue.length === 0 && this.used + units <= this.capacity) {
      this.used += units
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      this.queue.push({
        units,
        start: () => {
          this.used += units
          resolve()
        },
      })
    })
  }

  private wake(): void {
    for (;;) {
      const head = this.queue[0]
      if (head === undefined || this.used + head.units > this.capacity) {
        return
      }
      this.queue.shift()
      head.start()
    }
  }
}

/** The process-wide budget every run of this dsgrade process shares. */
export const machineBudget = new MachineBudget(UNITS_PER_CORE * availableParallelism())

/** Run `work` under the process-wide budget at the cost of a run of this shape. */
export function withRunSlot<T>(
  shape: RunShape,
  work: () => Promise<T>,
  options: { exclusive?: boolean } = {},
): Promise<T> {
  return machineBudget.run(runCost(shape), work, options.exclusive === true)
}
