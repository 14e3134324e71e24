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
 * lateness figures. On the virtual clock only delivery and pacing lateness exist (a scenario
 * test makes them non-zero with VirtualClock's `lagMs`); the others are null, never 0 made up.
 *
 * Guarantees: sampling never throws and never changes what the run does; timers go through
 * the run's Clock and are all cleared by `finish`.
 */
import type { Clock, TimerHandle } from '../network/clock.js'
import type { FaultWindow } from '../nemesis/windows.js'
import {
  readMachineTicks,
  readTreeTicks,
  startLoopDelayMonitor,
  TICKS_PER_S,
  type LoopDelayMonitor,
  type MachineTicks,
} from '../process/cpu.js'

/** Wall time between two samples. */
export const HEALTH_SAMPLE_MS = 500
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

export interface HarnessHealth {
  clock: 'real' | 'virtual'
  /** Largest p99 / max over event-loop delay, delivery and pacing lateness. */
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
  /** The nodes' current pids (absent for in-process nodes). */
  nodePids(): Map<string, number>
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
  private mainStart: { atMs: number; machine: MachineTicks | undefined } | undefined
  private mainHealth: PhaseHealth | undefined

  constructor(private readonly deps: HealthDeps) {
    this.loop = deps.clock.virtual ? null : startLoopDelayMonitor()
  }

  /** The main phase begins: sampling starts. */
  startMain(): void {
    this.lastMachine = this.readMachine()
    this.readNodes()
    this.nodeTicks.clear()
    this.lastAtMs = this.deps.clock.now()
    this.mainStart = { atMs: this.lastAtMs, machine: this.lastMachine }
    this.loop?.takeInterval()
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
      nodesCpu: this.nodesCpu(wallS),
    }
  }

  /** Stops sampling; the health block, with figures around each fault window. */
  finish(faults: readonly FaultWindow[]): HarnessHealth {
    if (this.timer !== undefined) {
      this.deps.clock.clearTimer(this.timer)
      this.timer = undefined
    }
    if (this.mainHealth === undefined) {
      this.endMain()
    }
    this.loop?.stop()
    const main = this.mainHealth as PhaseHealth
    const delivery = this.deps.deliveryLateness()
    const loop = main.eventLoopDelayMs
    const candidates: [string, number, number][] = [
      ['delivery lateness', delivery.p99, delivery.max],
      ['client pacing lateness', main.pacingLatenessMs.p99, main.pacingLatenessMs.max],
    ]
    if (loop !== null) {
      candidates.push(['event-loop delay', loop.p99, loop.max])
    }
    const worst = candidates.reduce((a, b) => (b[1] > a[1] ? b : a))
    return {
      clock: this.deps.clock.virtual ? 'virtual' : 'real',
      lateness: {
        p99Ms: round(worst[1]),
        maxMs: round(Math.max(...candidates.map((c) => c[2]))),
        source: worst[0],
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

  private nodesCpu(wallS: number): NodesCpu | null {
    if (this.nodeTicks.size === 0 || wallS <= 0) {
      return null
    }
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
    return { totalCores: round(total), perNode, maxNode, maxNodeCores: round(maxNodeCores) }
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
