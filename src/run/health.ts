/**
 * Harness health, measured on every run (results.json `harness`, docs/harness.md): how late
 * the harness itself was and how busy the machine and the learner's nodes were, over the main
 * phase and around each fault window. Figures:
 *
 * - `eventLoopDelayMs`: the harness's own event-loop delay (perf_hooks), beyond its 10 ms tick;
 * - `deliveryLatenessMs`: network deliveries after their scheduled deadline (whole run);
 * - `pacingLatenessMs`: the main phase's paced op releases after their scheduled time;
 * - `machine`: busy and steal share of every CPU (/proc/stat), other work included;
 * - `nodesCpu`: the learner nodes' CPU seconds per wall second (cores), per node and in total,
 *   children included (/proc/PID/stat).
 *
 * `lateness` is the one figure the vouching rule reads: the largest p99 (and max) of the three
 * lateness figures, a p99 only from a figure with enough samples to have one (worstLateness). On the virtual clock only delivery and pacing lateness exist (a scenario
 * test makes them non-zero with VirtualClock's `lagMs`); the others are null, never 0 made up.
 *
 * Guarantees: sampling never throws and never changes what the run does; timers go through
 * the run's Clock and are all cleared by `finish`.
 */
import type { Clock, TimerHandle } from '../network/index.js'
import type { FaultWindow } from '../history/index.js'
import {
  readMachineTicks,
  readTreeSchedstats,
  readTreeTicks,
  startLoopDelayMonitor,
  TICKS_PER_S,
  type LoopDelayMonitor,
  type MachineTicks,
  type ThreadSchedstat,
} from '../process/index.js'

/** Wall time between two samples. */
export const HEALTH_SAMPLE_MS = 1000
/**
 * A thread that got less CPU than this over the main phase (cores) is never the spinning one,
 * however long it was "ready to run": it cannot have starved the other nodes or the harness.
 * (A CI run measured a correct broadcast node at 100 % running-or-ready with 0.01 cores.)
 */
export const SPIN_MIN_CORES = 0.05
/** A fault window's figures cover this much time on either side of it. */
export const FAULT_MARGIN_MS = 1000

export interface Quantiles {
  p50: number
  p99: number
  max: number
  count: number
}

export interface PhaseHealth {
  startS: number
  endS: number
  eventLoopDelayMs: { p50: number; p99: number; max: number } | null
  pacingLatenessMs: Quantiles
  /** `runnable`: mean number of processes ready to run (fair share of a core = cores ÷ it). */
  machine: { cores: number; busyShare: number; stealShare: number; runnable: number } | null
  nodesCpu: NodesCpu | null
}

export interface NodesCpu {
  /** CPU seconds per wall second of all nodes together (1 = one core busy). */
  totalCores: number
  perNode: Record<string, number>
  /** The busiest node and its figure. */
  maxNode: string
  maxNodeCores: number
  /**
   * The node with the thread that most often ran or was ready to run (0–1 of wall time; 1:
   * it never waited for input or a timer — a busy loop, however little CPU it was given).
   */
  spinNode: string
  spinShare: number
  /**
   * CPU seconds per wall second that thread itself got (cores). A thread counts as the
   * spinning one only when it got at least SPIN_MIN_CORES: one that was "ready" all the time
   * yet hardly ran was held back (or mis-measured), and cannot be starving anyone.
   */
  spinCores: number
  /**
   * The node with the thread that spent the largest share of the main phase ready to run but
   * waiting for a CPU (0–1 of wall time, schedstat run-queue delay): how much the machine held
   * it back. Near 0 on a machine with CPU to spare.
   */
  waitNode: string
  waitShare: number
}

export interface FaultHealth {
  description: string
  startS: number
  endS: number
  deliveryLatenessMaxMs: number
  pacingLatenessMaxMs: number
  eventLoopDelayMaxMs: number | null
  machineBusyShare: number | null
  nodesCpuCores: number | null
}

export type HarnessHealth = {
  clock: 'real' | 'virtual'
  /** Largest p99 (worstLateness: sources with enough samples) / max over event-loop delay, delivery and pacing lateness. */
  lateness: { p99Ms: number; maxMs: number; source: string }
  deliveryLatenessMs: Quantiles
  main: PhaseHealth
  aroundFaults: FaultHealth[]
  samples: number
}

interface Sample {
  atMs: number
  loopMaxMs: number | null
  deliveryMaxMs: number
  pacingMaxMs: number
  busyShare: number | null
  running: number | null
  nodesCores: number | null
}

interface NodeTicks {
  pid: number
  ticks: number
}

export interface HealthDeps {
  clock: Clock
  /** Largest delivery lateness since the last call (Simulator.takeLatenessMaxMs). */
  takeDeliveryMaxMs(): number
  /** Delivery lateness over the run so far. */
  deliveryLateness(): Quantiles
  /** Delivery lateness since `startDeliveryWindow` (the graded part of the run). */
  gradedDeliveryLateness(): Quantiles
  /** The graded part of the run begins (Simulator.startLatenessWindow). */
  startDeliveryWindow(): void
  /** The nodes' current pids (absent for in-process nodes). */
  nodePids(): Map<string, number>
}

/**
 * Samples a p99 needs before it is more than the largest one: with fewer than 1 ÷ (1 − 0.99),
 * the 99th percentile of a sample is its max. A source with fewer samples gives only a stall
 * (its max still counts in `lateness.maxMs`). Measured in stop 25's idle demo: client pacing
 * is sampled only when the pacer sleeps, so a main phase whose clients all waited on slow
 * answers (raft/lossy: 3,000 ops, one sample) gave one 112 ms timer fire as the run's "p99"
 * while the event loop's p99 was 8 ms and 8,539 deliveries' p99 7 ms — and a correct node's
 * seed was rerun alone for it, twice.
 */
export const MIN_TAIL_SAMPLES = 100

export interface LatenessSource {
  source: string
  p99: number
  max: number
  /** Infinity for the event loop's histogram (sampled on a timer all along). */
  count: number
}

/**
 * The lateness the vouching rule reads as p99: the largest p99 among the sources with at least
 * MIN_TAIL_SAMPLES samples; when none has that many, the largest among all of them (never less
 * than what was measured).
 */
export function worstLateness(sources: readonly LatenessSource[]): LatenessSource {
  const sampled = sources.filter((s) => s.count >= MIN_TAIL_SAMPLES)
  const pool = sampled.length > 0 ? sampled : sources
  return pool.reduce((a, b) => (b.p99 > a.p99 ? b : a))
}

export class HealthMonitor {
  private readonly samples: Sample[] = []
  private readonly pacing: number[] = []
  private intervalPacingMaxMs = 0
  private readonly loop: LoopDelayMonitor | null
  private timer: TimerHandle | undefined
  private lastMachine: MachineTicks | undefined
  private lastAtMs = 0
  private readonly lastNodes = new Map<string, NodeTicks>()
  private readonly nodeTicks = new Map<string, number>()
  private mainStart:
    | {
        atMs: number
        machine: MachineTicks | undefined
        threads: Map<string, Map<string, ThreadSchedstat>>
      }
    | undefined
  private mainHealth: PhaseHealth | undefined
  private gradedDelivery: Quantiles | undefined

  constructor(private readonly deps: HealthDeps) {
    this.loop = deps.clock.virtual ? null : startLoopDelayMonitor()
  }

  /** The main phase begins: sampling starts. */
  startMain(): void {
    this.lastMachine = this.readMachine()
    this.readNodes()
    this.nodeTicks.clear()
    this.lastAtMs = this.deps.clock.now()
    this.mainStart = {
      atMs: this.lastAtMs,
      machine: this.lastMachine,
      threads: this.readThreads(),
    }
    // Main-phase figures: start-up stalls (spawning, init) are not what the criteria grade.
    this.loop?.restart()
    this.deps.startDeliveryWindow()
    this.deps.takeDeliveryMaxMs()
    this.schedule()
  }

  /** A paced release of the main phase came `latenessMs` after its time. */
  recordPacing(latenessMs: number): void {
    this.pacing.push(latenessMs)
    this.intervalPacingMaxMs = Math.max(this.intervalPacingMaxMs, latenessMs)
  }

  /** The main phase ended: its figures are fixed now; sampling goes on until `finish`. */
  endMain(): void {
    this.sample()
    const start = this.mainStart
    const nowMs = this.deps.clock.now()
    const wallS = start === undefined ? 0 : (nowMs - start.atMs) / 1000
    const machineNow = this.readMachine()
    this.mainHealth = {
      startS: round((start?.atMs ?? nowMs) / 1000),
      endS: round(nowMs / 1000),
      eventLoopDelayMs: this.loopSummary(),
      pacingLatenessMs: quantiles(this.pacing),
      machine: withRunnable(machineShare(start?.machine, machineNow), this.samples),
      nodesCpu: this.nodesCpu(wallS, start?.threads),
    }
  }

  /**
   * The graded part of the run (main, recovery and final phases) ended: sampling stops, so
   * stopping 25 processes cannot count as the harness being late while grading.
   */
  endGraded(): void {
    if (this.mainHealth === undefined) {
      this.endMain()
    }
    if (this.timer !== undefined) {
      this.deps.clock.clearTimer(this.timer)
      this.timer = undefined
      this.sample()
    }
    this.gradedDelivery ??= this.deps.gradedDeliveryLateness()
  }

  /** Stops sampling; the health block, with figures around each fault window. */
  finish(faults: readonly FaultWindow[]): HarnessHealth {
    this.endGraded()
    this.loop?.stop()
    const main = this.mainHealth as PhaseHealth
    const delivery = this.deps.deliveryLateness()
    // What the vouching rule reads covers the same span for every figure: from the main
    // phase's start to now. Start-up (spawning, init) is not graded on time, and a p99 over
    // the whole run let a 5-second stage's start-up stall outweigh its main phase.
    const graded = this.gradedDelivery ?? this.deps.gradedDeliveryLateness()
    const loop = main.eventLoopDelayMs
    const worst = worstLateness([
      { source: 'delivery lateness', ...graded },
      { source: 'client pacing lateness', ...main.pacingLatenessMs },
      ...(loop === null ? [] : [{ source: 'event-loop delay', ...loop, count: Infinity }]),
    ])
    return {
      clock: this.deps.clock.virtual ? 'virtual' : 'real',
      lateness: {
        p99Ms: round(worst.p99),
        // The largest single stall since the main phase began (every sample is after it).
        maxMs: round(
          Math.max(
            main.pacingLatenessMs.max,
            loop?.max ?? 0,
            graded.max,
            ...this.samples.map((s) => Math.max(s.deliveryMaxMs, s.loopMaxMs ?? 0)),
          ),
        ),
        source: worst.source,
      },
      deliveryLatenessMs: roundQuantiles(delivery),
      main,
      aroundFaults: faults.map((window) => this.aroundFault(window)),
      samples: this.samples.length,
    }
  }

  private schedule(): void {
    this.timer = this.deps.clock.setTimer(HEALTH_SAMPLE_MS, () => {
      this.sample()
      this.schedule()
    })
  }

  private sample(): void {
    const atMs = this.deps.clock.now()
    const machine = this.readMachine()
    const wallS = (atMs - this.lastAtMs) / 1000
    const nodes = this.readNodes()
    this.samples.push({
      atMs,
      loopMaxMs: this.loop?.takeInterval().maxMs ?? null,
      deliveryMaxMs: this.deps.takeDeliveryMaxMs(),
      pacingMaxMs: this.intervalPacingMaxMs,
      busyShare: machineShare(this.lastMachine, machine)?.busyShare ?? null,
      running: machine?.running ?? null,
      nodesCores: nodes === null || wallS <= 0 ? null : nodes / TICKS_PER_S / wallS,
    })
    this.intervalPacingMaxMs = 0
    this.lastMachine = machine
    this.lastAtMs = atMs
  }

  private readMachine(): MachineTicks | undefined {
    return this.deps.clock.virtual ? undefined : readMachineTicks()
  }

  /** Adds each node's ticks since the last read; returns the ticks of all nodes, or null. */
  private readNodes(): number | null {
    const pids = this.deps.nodePids()
    if (this.deps.clock.virtual || pids.size === 0) {
      return null
    }
    const ticks = readTreeTicks(pids)
    let added = 0
    for (const [id, pid] of pids) {
      const now = ticks.get(id)
      if (now === undefined) {
        continue
      }
      const last = this.lastNodes.get(id)
      // A restarted node is a new process: every tick of it is new.
      const delta = last !== undefined && last.pid === pid ? Math.max(0, now - last.ticks) : now
      this.lastNodes.set(id, { pid, ticks: now })
      this.nodeTicks.set(id, (this.nodeTicks.get(id) ?? 0) + delta)
      added += delta
    }
    return added
  }

  private readThreads(): Map<string, Map<string, ThreadSchedstat>> {
    return this.deps.clock.virtual ? new Map() : readTreeSchedstats(this.deps.nodePids())
  }

  /**
   * From one schedstat read against `before`: the node whose busiest thread ran or was
   * runnable the largest share of `wallS` (a thread must exist at both reads), and the node
   * with the thread that waited for a CPU the largest share (one thread: a JVM's or Go
   * runtime's helper threads must not add up; a thread born since `before`, as in a restarted
   * node, counts whole; a thread gone since is not counted).
   */
  private spinAndWait(
    before: Map<string, Map<string, ThreadSchedstat>> | undefined,
    wallS: number,
  ): {
    spin: { node: string; share: number; cores: number }
    wait: { node: string; share: number }
  } {
    let spin = { node: '', share: 0, cores: 0 }
    let wait = { node: '', share: 0 }
    for (const [node, threads] of this.readThreads()) {
      for (const [thread, now] of threads) {
        const start = before?.get(node)?.get(thread)
        const waitShare = Math.min(
          1,
          Math.max(0, now.waiting - (start?.waiting ?? 0)) / 1e9 / wallS,
        )
        if (waitShare > wait.share) {
          wait = { node, share: waitShare }
        }
        if (start === undefined) {
          continue
        }
        const ranNs = now.onCpu + now.waiting - (start.onCpu + start.waiting)
        const spinShare = Math.min(1, ranNs / 1e9 / wallS)
        const cores = Math.max(0, now.onCpu - start.onCpu) / 1e9 / wallS
        if (cores >= SPIN_MIN_CORES && spinShare > spin.share) {
          spin = { node, share: spinShare, cores }
        }
      }
    }
    return { spin, wait }
  }

  private nodesCpu(
    wallS: number,
    threadsBefore: Map<string, Map<string, ThreadSchedstat>> | undefined,
  ): NodesCpu | null {
    if (this.nodeTicks.size === 0 || wallS <= 0) {
      return null
    }
    const { spin, wait } = this.spinAndWait(threadsBefore, wallS)
    const perNode: Record<string, number> = {}
    let total = 0
    let maxNode = ''
    let maxNodeCores = -1
    for (const [id, ticks] of this.nodeTicks) {
      const cores = ticks / TICKS_PER_S / wallS
      perNode[id] = round(cores)
      total += cores
      if (cores > maxNodeCores) {
        maxNode = id
        maxNodeCores = cores
      }
    }
    return {
      totalCores: round(total),
      perNode,
      maxNode,
      maxNodeCores: round(maxNodeCores),
      spinNode: spin.node,
      spinShare: round(spin.share),
      spinCores: round(spin.cores),
      waitNode: wait.node,
      waitShare: round(wait.share),
    }
  }

  private loopSummary(): PhaseHealth['eventLoopDelayMs'] {
    if (this.loop === null) {
      return null
    }
    const s = this.loop.summary()
    return { p50: round(s.p50Ms), p99: round(s.p99Ms), max: round(s.maxMs) }
  }

  private aroundFault(window: FaultWindow): FaultHealth {
    const fromMs = window.startNs / 1e6 - FAULT_MARGIN_MS
    const toMs = window.endNs / 1e6 + FAULT_MARGIN_MS + HEALTH_SAMPLE_MS
    const inside = this.samples.filter((s) => s.atMs >= fromMs && s.atMs <= toMs)
    const maxOf = (pick: (s: Sample) => number | null): number | null => {
      const values = inside.map(pick).filter((v): v is number => v !== null)
      return values.length === 0 ? null : round(Math.max(...values))
    }
    return {
      description: window.description,
      startS: round(window.startNs / 1e9),
      endS: round(window.endNs / 1e9),
      deliveryLatenessMaxMs: maxOf((s) => s.deliveryMaxMs) ?? 0,
      pacingLatenessMaxMs: maxOf((s) => s.pacingMaxMs) ?? 0,
      eventLoopDelayMaxMs: maxOf((s) => s.loopMaxMs),
      machineBusyShare: maxOf((s) => s.busyShare),
      nodesCpuCores: maxOf((s) => s.nodesCores),
    }
  }
}

function machineShare(
  before: MachineTicks | undefined,
  after: MachineTicks | undefined,
): PhaseHealth['machine'] {
  if (before === undefined || after === undefined || after.total <= before.total) {
    return null
  }
  const total = after.total - before.total
  return {
    cores: after.cores,
    busyShare: round((after.busy - before.busy) / total),
    stealShare: round((after.steal - before.steal) / total),
    runnable: after.running,
  }
}

/** The mean runnable count over the samples (the harness itself counted as one). */
function withRunnable(
  machine: PhaseHealth['machine'],
  samples: readonly Sample[],
): PhaseHealth['machine'] {
  const counts = samples.map((s) => s.running).filter((n): n is number => n !== null)
  if (machine === null || counts.length === 0) {
    return machine
  }
  return { ...machine, runnable: round(counts.reduce((a, b) => a + b, 0) / counts.length) }
}

export function quantiles(values: readonly number[]): Quantiles {
  if (values.length === 0) {
    return { p50: 0, p99: 0, max: 0, count: 0 }
  }
  const sorted = Float64Array.from(values).sort()
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] as number),
    count: values.length,
  }
}

function roundQuantiles(q: Quantiles): Quantiles {
  return { p50: round(q.p50), p99: round(q.p99), max: round(q.max), count: q.count }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
