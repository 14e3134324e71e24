/**
 * The one parallelism policy for seeds, stages and tracks: every test run takes its cost from
 * one machine budget before it starts and gives it back when it ends. Tracks and stages are
 * not limited themselves (they only wait on their runs), so nesting cannot deadlock and the
 * whole process never runs more than the machine can take, however many tracks grade at once.
 *
 * - Budget: 3 units per core: a unit is a third of a core.
 * - Cost of a run: max(1, nodes ÷ 5, rate ÷ 1000) units, at most half the machine; a run of
 *   20 nodes or more runs alone (below). Calibrated at stop 15 (`/usr/bin/time` over `dsgrade
 *   test --track …`, harness and nodes together, Python references, 2-core machine):
 *   unique-ids/basic (3 nodes, 1,000 ops/s) 0.31 cores; the demo of tracks 1–5 averaged 0.25
 *   cores per run. In CPU most runs cost far less than a unit (stop 18's demo: 0.001–0.2 cores
 *   for a few nodes at ≤ 300 ops/s, from `harness.main.nodesCpu` and 0.12 ms of harness per
 *   message routed), so the rule is in effect a cap of six runs on two cores — and that cap
 *   is what the harness needs. Stop 19 tried max(0.5, nodes ÷ 10, rate ÷ 600): up to twelve
 *   runs at once, and the one harness thread fell behind. In three demos, the runs' harness
 *   lateness p99 (median over runs) was 8.6 ms with about six runs beside each (stop 18,
 *   idle) but 25–60 ms with seven to nine and 150–210 ms with eleven or twelve (stop 19,
 *   a helper's exploration at nice 19 beside it); 16 and 20 seeds were rerun instead of 5, and
 *   the demo took 761 and 780 s instead of 749. Whether a run could be vouched for is
 *   measured per run (grading/vouch.ts): a cost too low shows up as reruns, never as a verdict.
 * - A run of 20 nodes or more (the 25-node broadcast stages) runs alone. Its CPU is small
 *   (0.23–0.25 cores in stop 18's demo) but it is bursty: all 25 nodes gossip at once, and
 *   the harness routes thousands of messages in one timers phase. Tried at 2.5 units beside
 *   other runs (stop 19, a first try stopped half-way): its event-loop delay p99 stayed at 17 ms but its delivery
 *   lateness p99 was 269 ms (deliveries wait behind one another in a phase), and its latency
 *   bounds (median 400 ms, max 600 ms) could not be vouched for; alone: 17 ms.
 * - Priority: among waiting runs the one with the higher `priority` starts first (the grader
 *   gives a run the seconds of its track still to run, so long tracks start early and the
 *   machine is not left to one long track at the end); FIFO among equals.
 * - `exclusive` (a second rerun of a seed the harness could not vouch for): alone on the
 *   machine. A run that must be alone waits ahead of every run that can share: the machine
 *   drains once for it rather than once per small run queued before it, and it is never
 *   starved by small ones behind it.
 * - Backfill: when the head of the queue cannot start yet, a run behind it that fits in what is
 *   free now starts anyway if it is expected to end before the head could start (the
 *   expected ends of the runs in progress tell when that is: EASY backfilling). Runs know
 *   their length (a stage's main phase plus a few seconds, `expectedMs`); without an
 *   expectation for every run in progress and for the candidate, nothing overtakes the head.
 *   This fills the drain before a run that must be alone: in stop 18's and 19's demos the
 *   machine ran one to three small runs for up to 20 s before each 25-node run.
 * - Starts are spaced: after a run of n node processes starts, the next one waits
 *   START_SPACING_MS × n (withRunSlot; 0 for in-process nodes and simulated time). A new
 *   interpreter takes tens of milliseconds of CPU to start, and several runs can become free
 *   at once (the start of the demo, the end of a drain); in stop 19's first try (stopped half-way), with up to
 *   twelve runs at once, three seeds that had started within two seconds of each other all
 *   saw the same 580 ms stall (not attributed further).
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

/** The cost of the lightest run, in units. */
export const MIN_RUN_COST = 1
/** Node processes per unit. */
export const NODES_PER_UNIT = 5
/** Client operations per second per unit. */
export const OPS_PER_UNIT = 1000
/** The largest share of the machine one shared run takes. */
export const MAX_RUN_SHARE = 0.5

export interface RunShape {
  nodeCount: number
  /** Client ops per second. */
  rate: number
}

/** A run with this many nodes or more runs alone on the machine. */
export const ALONE_NODES = 20

/**
 * What one run costs, in budget units, before the cap at MAX_RUN_SHARE of the machine;
 * infinite for a run that must be alone.
 */
export function runCost(shape: RunShape): number {
  const nodes = Math.max(1, shape.nodeCount)
  if (nodes >= ALONE_NODES) {
    return Number.POSITIVE_INFINITY
  }
  return Math.max(MIN_RUN_COST, nodes / NODES_PER_UNIT, Math.max(0, shape.rate) / OPS_PER_UNIT)
}

/** Start spacing per node process of the run that just started (see the header). */
export const START_SPACING_MS = 40

export interface SlotOptions {
  /** Alone on the machine. @default false */
  exclusive?: boolean
  /** Higher starts first among waiting runs (see the header). @default 0 */
  priority?: number
  /** The next run starts this much later than this one (see the header). @default 0 */
  spacingMs?: number
  /** How long the run is expected to take (backfill, see the header). @default unknown */
  expectedMs?: number
}

interface Waiter {
  units: number
  priority: number
  seq: number
  spacingMs: number
  expectedMs: number | undefined
  start: () => void
}

interface Running {
  units: number
  /** performance.now() at which it is expected to end; undefined when unknown. */
  endsAt: number | undefined
}

/** Thousandths of a unit: the budget's arithmetic is on integers (see the header). */
const MILLI = 1000

/**
 * Takes `cost` units from a budget held elsewhere (another process: run/budget-lease.ts) and
 * resolves with the function that gives them back.
 */
export type Lessor = (cost: number, options: SlotOptions) => Promise<() => void>

export class MachineBudget {
  /** In thousandths of a unit. */
  private used = 0
  /** When set, every run leases its units from there instead of this budget. */
  private lessor: Lessor | undefined
  private readonly queue: Waiter[] = []
  private capacityMilli: number
  private seq = 0
  /** performance.now() before which no run starts (spacing). */
  private nextStartAt = 0
  private spacingTimer: NodeJS.Timeout | undefined
  private readonly running = new Set<Running>()

  constructor(private units: number) {
    this.capacityMilli = Math.round(units * MILLI)
  }

  /** Units in all. */
  get capacity(): number {
    return this.units
  }

  /**
   * From now on, runs lease their units through `lessor` (a budget shared by several
   * processes, held by their parent, of `capacity` units) instead of this budget.
   */
  leaseFrom(lessor: Lessor, capacity: number): void {
    this.lessor = lessor
    // What a run may take (half the machine, all of it) is the lending budget's measure.
    this.units = capacity
    this.capacityMilli = Math.round(capacity * MILLI)
  }

  /** Units in use now (tests, bench). */
  get inUse(): number {
    return this.used / MILLI
  }

  /**
   * Runs `work` once `cost` units (at most the capacity; all of it when exclusive) are free.
   * The caller caps a shared run's cost (withRunSlot: half the machine); a lease for several
   * runs (a group rerun) may take more.
   */
  async run<T>(cost: number, work: () => Promise<T>, options: SlotOptions = {}): Promise<T> {
    if (this.lessor !== undefined) {
      const release = await this.lessor(cost, options)
      try {
        return await work()
      } finally {
        release()
      }
    }
    const units =
      options.exclusive === true
        ? this.capacityMilli
        : Math.max(1, Math.round(Math.min(this.capacity, cost) * MILLI))
    const slot = await this.take(
      units,
      options.priority ?? 0,
      options.spacingMs ?? 0,
      options.expectedMs,
    )
    try {
      return await work()
    } finally {
      this.used -= units
      this.running.delete(slot)
      this.wake()
    }
  }

  private take(
    units: number,
    priority: number,
    spacingMs: number,
    expectedMs: number | undefined,
  ): Promise<Running> {
    if (
      this.queue.length === 0 &&
      this.used + units <= this.capacityMilli &&
      performance.now() >= this.nextStartAt
    ) {
      return Promise.resolve(this.started(units, spacingMs, expectedMs))
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        units,
        // Runs that must be alone wait ahead of every run that can share.
        priority: units >= this.capacityMilli ? Number.POSITIVE_INFINITY : priority,
        seq: this.seq++,
        spacingMs,
        expectedMs,
        start: () => resolve(this.started(units, spacingMs, expectedMs)),
      }
      const at = this.queue.findIndex(
        (w) =>
          w.priority < waiter.priority || (w.priority === waiter.priority && w.seq > waiter.seq),
      )
      this.queue.splice(at === -1 ? this.queue.length : at, 0, waiter)
      this.wake()
    })
  }

  private started(units: number, spacingMs: number, expectedMs: number | undefined): Running {
    const now = performance.now()
    this.used += units
    if (spacingMs > 0) {
      this.nextStartAt = now + spacingMs
    }
    const slot = { units, endsAt: expectedMs === undefined ? undefined : now + expectedMs }
    this.running.add(slot)
    return slot
  }

  private wake(): void {
    for (;;) {
      const head = this.queue[0]
      if (head === undefined) {
        return
      }
      const wait = this.nextStartAt - performance.now()
      if (wait > 0) {
        // A plain (ref'd) timer: a run is waiting, so the process must not exit meanwhile.
        this.spacingTimer ??= setTimeout(() => {
          this.spacingTimer = undefined
          this.wake()
        }, wait)
        return
      }
      if (this.used + head.units <= this.capacityMilli) {
        this.queue.shift()
        head.start()
        continue
      }
      const filler = this.backfillCandidate(head)
      if (filler === undefined) {
        return
      }
      this.queue.splice(this.queue.indexOf(filler), 1)
      filler.start()
    }
  }

  /** A waiter behind `head` that fits now and is expected to end before `head` can start. */
  private backfillCandidate(head: Waiter): Waiter | undefined {
    const ends: { endsAt: number; units: number }[] = []
    for (const slot of this.running) {
      if (slot.endsAt === undefined) {
        return undefined
      }
      ends.push({ endsAt: slot.endsAt, units: slot.units })
    }
    ends.sort((a, b) => a.endsAt - b.endsAt)
    let free = this.capacityMilli - this.used
    let headStartsAt: number | undefined
    for (const end of ends) {
      free += end.units
      if (free >= head.units) {
        headStartsAt = end.endsAt
        break
      }
    }
    if (headStartsAt === undefined) {
      return undefined
    }
    const now = performance.now()
    return this.queue.find(
      (w) =>
        w !== head &&
        w.expectedMs !== undefined &&
        this.used + w.units <= this.capacityMilli &&
        now + w.expectedMs <= headStartsAt,
    )
  }
}

/** What a run is expected to take besides its main phase: start-up, recovery, final reads. */
export const RUN_OVERHEAD_MS = 4000

/** How long a run of these options is expected to take (backfill). */
export function expectedRunMs(options: { timeLimitS: number; timeScale?: number }): number {
  return options.timeLimitS * (options.timeScale ?? 1) * 1000 + RUN_OVERHEAD_MS
}

/**
 * Budget units per core when the harness work is spread over one process per track (the
 * demo: cli/commands/demo-harnesses.ts, run/budget-lease.ts). Stop 20 tried 4 and kept 3
 * (idle: 683 s with 10 seeds rerun against 641.5 s with none; at 4 the seeds of one stage
 * shared stalls of 64–137 ms in their process). Stop 21 gave the harness threads the CPU first
 * in those processes (process/priority.ts: nodes 5 nice steps below, the check worker 10):
 * at 4 units the idle demo took 548.8 s with 3 seeds rerun (docs/harness.md). Stop 24 took
 * pyenv's shim out of every Python node start (0.33 → 0.07 CPU-s): at 4 units the idle demo
 * then used 60 % of the machine (763 CPU-s over 636.1 s). Stop 25 at 5 units: 589.4 s, 11 seeds
 * rerun, the machine 95–100 % busy while it was full; most reruns were read off one late timer
 * taken for a p99 (run/health.ts, MIN_TAIL_SAMPLES).
 */
export const SPREAD_UNITS_PER_CORE = 5

/** A budget for runs whose harness work is spread over several processes. */
export function spreadBudget(): MachineBudget {
  return new MachineBudget(SPREAD_UNITS_PER_CORE * availableParallelism())
}

/** The process-wide budget every run of this dsgrade process shares. */
export const machineBudget = new MachineBudget(UNITS_PER_CORE * availableParallelism())

/**
 * The units a run of this shape takes from `budget`: runCost, at most half of it — or all of
 * it for a run that must be alone.
 */
export function slotCost(shape: RunShape, budget: MachineBudget = machineBudget): number {
  const cost = runCost(shape)
  return cost === Number.POSITIVE_INFINITY
    ? budget.capacity
    : Math.min(budget.capacity * MAX_RUN_SHARE, cost)
}

/**
 * Run `work` under the process-wide budget at the cost of a run of this shape; runs of node
 * processes space their starts (`processes: false` for in-process nodes).
 */
export function withRunSlot<T>(
  shape: RunShape & { processes?: boolean },
  work: () => Promise<T>,
  options: SlotOptions = {},
): Promise<T> {
  const spacingMs = shape.processes === false ? 0 : START_SPACING_MS * Math.max(1, shape.nodeCount)
  return machineBudget.run(slotCost(shape), work, { spacingMs, ...options })
}
