/**
 * The one parallelism policy for seeds, stages and tracks: every test run takes its cost from
 * one machine budget before it starts and gives it back when it ends. Tracks and stages are
 * not limited themselves (they only wait on their runs), so nesting cannot deadlock and the
 * whole process never runs more than the machine can take, however many tracks grade at once.
 *
 * - Budget: 3 units per core: a unit is a third of a core.
 * - Cost of a run: max(1, nodes ÷ 5, rate ÷ 1000) units; a run with 20 nodes or more runs
 *   alone (its latency figures are graded against tight bounds, and its start-up alone is
 *   25 interpreters). Calibrated on this repository's Python references on a 2-core machine
 *   (`/usr/bin/time` over `dsgrade test --track …`, harness and nodes together):
 *   unique-ids/basic (3 nodes, 1,000 ops/s) 0.31 cores; broadcast/efficient-1 (25 nodes)
 *   0.73 cores; the whole demo of tracks 1–5 averages 0.25 cores per run. Client ops go to one
 *   node each, so the rate counts once, not once per node.
 * - `exclusive` (a rerun of an inconclusive seed): alone on the machine.
 * - First come, first served, except that a run that must be alone (20+ nodes, or an
 *   exclusive rerun) waits ahead of the runs that can share: the machine drains once for it
 *   rather than once per small run queued before it. A large run at the head of the queue is
 *   never starved by small ones behind it. (The 25-node broadcast stages are the demo's
 *   critical path: with plain FIFO each waited for the runs queued while the previous one ran.)
 *
 * Units are counted in whole thousandths: a run costs 1.2, 1.4 or 1.8 units (6, 7, 9 nodes),
 * and in floating point 1.2 + 1.8 + 1.4 − 1.8 − 1.2 − 1.4 leaves 6.7e-16 in use, enough that an
 * exclusive rerun (which needs all 6.0) never starts and, with nothing else left to run, the
 * process exits with Node's code 13 (an unsettled top-level await). That ended an idle demo
 * of stop 17 after 684 s; in a random sequence of 60 such takes and releases, 22 % left a
 * residue that blocked an exclusive run.
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
  if (nodes >= ALONE_NODES) {
    return Number.POSITIVE_INFINITY
  }
  return Math.max(1, nodes / 5, Math.max(0, shape.rate) / 1000)
}

/** A run with this many nodes or more runs alone on the machine. */
export const ALONE_NODES = 20

interface Waiter {
  units: number
  start: () => void
}

/** Thousandths of a unit: the budget's arithmetic is on integers (see the header). */
const MILLI = 1000

export class MachineBudget {
  /** In thousandths of a unit. */
  private used = 0
  private readonly queue: Waiter[] = []
  private readonly capacityMilli: number

  constructor(readonly capacity: number) {
    this.capacityMilli = Math.round(capacity * MILLI)
  }

  /** Units in use now (tests, bench). */
  get inUse(): number {
    return this.used / MILLI
  }

  /** Runs `work` once `cost` units (capped at the capacity; all of it when exclusive) are free. */
  async run<T>(cost: number, work: () => Promise<T>, exclusive = false): Promise<T> {
    const units = exclusive
      ? this.capacityMilli
      : Math.round(Math.min(this.capacity, Math.max(1, cost)) * MILLI)
    await this.take(units)
    try {
      return await work()
    } finally {
      this.used -= units
      this.wake()
    }
  }

  private take(units: number): Promise<void> {
    if (this.queue.length === 0 && this.used + units <= this.capacityMilli) {
      this.used += units
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        units,
        start: () => {
          this.used += units
          resolve()
        },
      }
      if (units >= this.capacityMilli) {
        // Alone runs go ahead of every run that can share (FIFO among themselves).
        const at = this.queue.findIndex((w) => w.units < this.capacityMilli)
        this.queue.splice(at === -1 ? this.queue.length : at, 0, waiter)
      } else {
        this.queue.push(waiter)
      }
    })
  }

  private wake(): void {
    for (;;) {
      const head = this.queue[0]
      if (head === undefined || this.used + head.units > this.capacityMilli) {
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
