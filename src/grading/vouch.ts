/**
 * The one rule for which figures a run can vouch for (issue 12). A run whose harness was late
 * — its event loop, its network deliveries or its client pacing behind schedule — measured
 * every time-based figure on a wrong clock. Then:
 *
 * - the learner's nodes were the cause (the nodes together used ≥ half the machine's cores):
 *   a real failure, with the per-node figure and a hint about busy loops and blocking calls
 *   (`nodes-busy`);
 * - otherwise the seed's time-based criteria are `inconclusive` — never a pass, never a fail
 *   (`harness-late`); criteria that do not depend on timing stay graded as they are, and so
 *   does a message budget blown far beyond what lateness can explain (`budgetBlownWhenLate`:
 *   messages over every scheduled operation above LATE_BUDGET_FACTOR × the budget).
 *
 * A node that never waits — one of its threads running or ready to run ≥ 90 % of the main
 * phase's wall time, whatever CPU share the machine gave it — is a busy loop and fails the
 * same way, late harness or not: a correct node waits on its input or a timer.
 *
 * The harness can be on time while the learner's nodes are not: other work on a saturated
 * machine (≥ 90 % busy) left a node ready to run but without a CPU ≥ 25 % of the main phase,
 * and the nodes themselves used under half the cores. Its latencies and availability then
 * measure the machine, not the node: time-based criteria are `inconclusive`
 * (`harness-late`, the sentence names the node and the figures), as for a late harness.
 *
 * A run on time at p99 whose largest single stall was over the stall bound (below) excuses
 * only its failing time-based figures (`failingOnly.stall`): a stall delays, it never speeds
 * up, so a passing figure stands.
 *
 * "Late" is stated relative to the stage: the harness lateness p99 (the largest of event-loop
 * delay, delivery lateness and client pacing lateness) above
 * max(25 ms, min(the stage's network latency, 20 % of its smallest time scale)) — with a floor
 * of 10 ms instead of 25 when the stage grades a p99 or a max — or the
 * largest single stall above half its smallest time scale, where the time scales are its
 * time thresholds and the client's RPC time-out (which decides availability): 5 s, or the
 * workload's own (`clientTimeoutMs`, e.g. load-balance's 1 s).
 *
 * A run within those bounds can still have had one long stall, and a max (a re-election time,
 * a slowest operation) picks up the single worst one: a failing figure with a time threshold
 * that missed it by no more than the harness's largest lateness, or a failing window count
 * (seconds with service) whose harness was late at p99 by WINDOW_SHARE of a window or more,
 * could be lateness alone. Only that failing figure is `inconclusive` (`harness-late`, the
 * sentence names the figure, the miss and the lateness); passing figures and everything else
 * stand. Measured: a correct Python election node failed re-election time at 3.71 s against
 * 3 s on a run 596 ms late at p99 (bound 600 ms) and 1,031 ms late at most; a correct Raft
 * failed seconds with service at 0.30 on a run 999.8 ms late at p99 (bound 1,000 ms).
 *
 * Pure functions of values. Which metrics are time-based: the metric registry's `timeBased`
 * flag (src/metrics/registry.ts); `valid` is time-based only when timing checks alone decided
 * it (see `applyVouch`).
 */
import { isTimeBased, metricWindowS } from '../metrics/index.js'
import { DEFAULT_RPC_TIMEOUT_MS } from '../run/index.js'
import type { HarnessHealth } from '../run/index.js'
import type { CriterionSpec, StageSpec } from '../tracks/index.js'
import type { CriterionResult } from './contract.js'

export const MIN_BOUND_MS = 25
/**
 * The floor of the p99 bound for a stage that grades a tail (a latency quantile ≥ 0.99): an
 * operation crosses the harness several times (client, network hops, backends), so a tail
 * figure picks up several late events. Measured on proxy/tail (GET p99 bound ≈ 70 ms): a
 * correct proxy failed at 1.26 × the bound on a run vouched with event-loop p99 22 ms (under
 * the 25 ms floor); vouched quiet runs measure 2–5 ms.
 */
export const TAIL_MIN_BOUND_MS = 10
/** Share of the smallest time threshold a p99 lateness may reach. */
export const THRESHOLD_SHARE = 0.2
/**
 * A failing window count is inconclusive when the harness was late at p99 by this share of a
 * window: deliveries that late make a node's timers (heartbeats, elections) fire on a clock
 * that is not the stage's, window after window.
 */
export const WINDOW_SHARE = 0.1
/**
 * The scale of the timers a correct node runs on (heartbeats, elections, retries: 0.1–1 s):
 * a `valid` that timing checks alone made false (an operation kind that never succeeded, too
 * few answers) is inconclusive on a harness late at p99 by WINDOW_SHARE of it. Measured: a
 * correct Raft (raft-persistence/crash) had none of its 89 cas succeed on a run 821 ms late at
 * p99 (bound 1,000 ms), machine 99.9 % busy with 14.8 processes ready to run on 2 cores.
 */
export const NODE_TIMER_MS = 1000
/** A stall longer than this share of the smallest time threshold can break a max by itself. */
export const STALL_SHARE = 0.5
/** A node with a thread running or runnable this share of the main phase is spinning. */
export const SPIN_SHARE = 0.9
/** The nodes together using this share of all cores saturate the machine. */
export const NODES_MACHINE_SHARE = 0.5
/** A node ready to run but left without a CPU this share of the main phase was starved… */
export const WAIT_SHARE = 0.25
/** …when the machine was at least this busy (other work, the harness and the nodes), or more
 * processes were ready to run than it has cores (work capped by a cgroup quota or a hypervisor
 * leaves CPUs idle while its processes queue: measured at busy 62 %, 12.5 runnable on 2 cores,
 * a Raft node waiting 7.7 % of the phase and a p99 of 273 ms against 200). */
export const MACHINE_BUSY_SHARE = 0.9

function contended(machine: { cores: number; busyShare: number; runnable: number }): boolean {
  return machine.busyShare >= MACHINE_BUSY_SHARE || machine.runnable > machine.cores
}
/**
 * On a contended machine a node that waited for a CPU cannot *fail* a time-based figure (only
 * fail it: waiting makes a node slower, never faster, so a passing figure stands). How much
 * waiting counts depends on the figure. A latency quantile q is the figure of the slowest
 * 1 − q of operations, and a node that waited more than TAIL_WAIT_FACTOR × (1 − q) of the main
 * phase may have delayed all of them: max(TAIL_WAIT_FLOOR, TAIL_WAIT_FACTOR × (1 − q)), at
 * most STARVED_FAIL_SHARE, which is the bound of any other time-based figure (completion
 * times, availability, …). Measured:
 * a MapReduce reference failed stragglers at 1.65 × its bound on a run the harness was on time
 * for (a replay of the seed: 1.16), and Raft references failed p99 with nodes waiting 7.7–7.9 %.
 */
export const TAIL_WAIT_FACTOR = 2
export const TAIL_WAIT_FLOOR = 0.02
export const STARVED_FAIL_SHARE = 0.05

/**
 * The quantile a latency metric grades (`latencyMs.all.0.99` → 0.99, `stableLatencies.1` → 1,
 * `getP99OverBound` → 0.99); undefined for anything else.
 */
export function latencyQuantile(metric: string): number | undefined {
  const tail = /(?:^|\.)(?:latencyMs|stableLatencies)(?:\.[A-Za-z]+)?\.(0\.\d+|1)$/.exec(metric)
  if (tail !== null) {
    return Number(tail[1])
  }
  const named = /P(\d\d)(?:OverBound)?$/.exec(metric)
  return named === null ? undefined : Number(named[1]) / 100
}

/** The CPU wait that makes a failing figure of this metric inconclusive (undefined: none). */
export function failWaitShare(metric: string, timed: TimeBased): number | undefined {
  if (!timed(metric)) {
    return undefined
  }
  const q = latencyQuantile(metric)
  return q === undefined
    ? STARVED_FAIL_SHARE
    : Math.min(STARVED_FAIL_SHARE, Math.max(TAIL_WAIT_FLOOR, TAIL_WAIT_FACTOR * (1 - q)))
}

/** The smallest such wait over a stage's criteria (WAIT_SHARE when none is time-based). */
export function stageFailWaitShare(specs: readonly CriterionSpec[], timed: TimeBased): number {
  let bound = WAIT_SHARE
  for (const spec of specs) {
    bound = Math.min(bound, failWaitShare(spec.metric, timed) ?? WAIT_SHARE)
  }
  return bound
}

/** A spinning thread gets at least this share of its fair share of a core… */
export const SPIN_FAIR_SHARE = 0.25

/**
 * Whether the thread that never waited also ran: at least SPIN_FAIR_SHARE of a fair share of
 * a core (cores ÷ mean runnable processes, at most 1). A busy loop gets its fair share even on
 * a loaded machine; a thread "ready to run" all the time that hardly ran was held back by the
 * machine, or mis-measured, and is never the learner's fault.
 */
function spinnerGotCpu(
  nodes: NonNullable<HarnessHealth['main']['nodesCpu']>,
  machine: HarnessHealth['main']['machine'],
): boolean {
  const fair = machine === null ? 1 : Math.min(1, machine.cores / Math.max(1, machine.runnable))
  return nodes.spinCores >= SPIN_FAIR_SHARE * fair
}

/** Whether a criterion's metric is time-based: the metric registry's `timeBased` flag. */
export type TimeBased = (metric: string) => boolean

/** The registry's answer for the metrics of one stage (its workload and extra checkers). */
export function stageTimeBased(stage: Pick<StageSpec, 'workload' | 'checkers'>): TimeBased {
  const scope = { workload: stage.workload, checkers: stage.checkers.map((c) => c.name) }
  return (metric) => isTimeBased(scope, metric)
}

/** The registry's windows for one stage's metrics, in ms with the stage's time scale applied. */
export function stageWindowOf(
  stage: Pick<StageSpec, 'workload' | 'checkers'>,
  timeScale: number,
): WindowOf {
  const scope = { workload: stage.workload, checkers: stage.checkers.map((c) => c.name) }
  const scale = timeScale > 0 ? timeScale : 1
  return (metric) => {
    const windowS = metricWindowS(scope, metric)
    return windowS === undefined ? undefined : windowS * 1000 * scale
  }
}

/** `swarm`: on time, but the seed's fault parameters were swarmed (grading/swarm.ts). */
export type VouchKind = 'vouched' | 'harness-late' | 'nodes-busy' | 'not-measured' | 'swarm'

export interface Vouch {
  kind: VouchKind
  /** The p99 and stall bounds this stage allows (ms). */
  boundMs: { p99: number; stall: number }
  lateness: { p99Ms: number; maxMs: number; source: string } | null
  /** One plain sentence (empty when vouched). */
  sentence: string
  /** The run could not start: a node was starved of CPU while it should answer init. */
  starvedInit?: boolean
  /** For nodes-busy: the busiest node and the total. */
  nodes?: { node: string; cores: number; totalCores: number; machineCores: number }
  /**
   * A node starved for this share of the main phase on a contended machine, under WAIT_SHARE:
   * only a *failing* time-based figure whose failWaitShare it reaches is inconclusive (waiting
   * for a CPU delays, it never speeds up); everything else stands, and with nothing failing
   * the run counts as vouched.
   */
  failingOnly?: { waitShare: number; stall?: true }
  /** How busy the machine was in the main phase (for the sentences). */
  machine?: { busyShare: number; runnable: number; cores: number }
}

/** What a failing figure missed by, when the harness's lateness could explain it. */
export interface LateExcuse {
  id: string
  label: string
  /** A time threshold missed by this much (ms) … */
  overshootMs?: number
  /** … or a window count on windows of this length (ms) … */
  windowMs?: number
  /** … or `valid` decided by timing checks alone (operations that never succeeded). */
  liveness?: true
}

/** The window (ms, time scale applied) a window-counting metric counts; undefined otherwise. */
export type WindowOf = (metric: string) => number | undefined

/** Time thresholds of a stage in ms (criteria in ms or s on time-based metrics). */
function timeThresholdsMs(specs: readonly CriterionSpec[], timed: TimeBased): number[] {
  const values: number[] = []
  for (const spec of specs) {
    if (typeof spec.value !== 'number' || !timed(spec.metric)) {
      continue
    }
    if (spec.unit === 'ms' || /Ms$/.test(spec.metric)) {
      values.push(spec.value)
    } else if (spec.unit === 's' || /S$/.test(spec.metric)) {
      values.push(spec.value * 1000)
    }
  }
  return values.filter((v) => v > 0)
}

/** The lateness bounds of a stage (see the header). */
export function latenessBounds(
  latencyMs: number,
  specs: readonly CriterionSpec[],
  timed: TimeBased,
  rpcTimeoutMs: number = DEFAULT_RPC_TIMEOUT_MS,
): { p99: number; stall: number } {
  // The client's RPC time-out is a time scale every stage grades (availability, timeouts).
  const smallest = Math.min(rpcTimeoutMs, ...timeThresholdsMs(specs, timed))
  const p99 = Math.min(latencyMs > 0 ? latencyMs : Infinity, THRESHOLD_SHARE * smallest)
  const gradesTail = specs.some(
    (spec) => timed(spec.metric) && (latencyQuantile(spec.metric) ?? 0) >= 0.99,
  )
  const floor = gradesTail ? TAIL_MIN_BOUND_MS : MIN_BOUND_MS
  return { p99: Math.max(floor, p99), stall: STALL_SHARE * smallest }
}

/** The rule: can this run's time-based figures be vouched for? */
export function vouchFor(
  health: HarnessHealth | undefined,
  latencyMs: number,
  specs: readonly CriterionSpec[],
  timed: TimeBased,
  couldNotRun = false,
  rpcTimeoutMs: number = DEFAULT_RPC_TIMEOUT_MS,
): Vouch {
  const boundMs = latenessBounds(latencyMs, specs, timed, rpcTimeoutMs)
  if (health === undefined) {
    return { kind: 'not-measured', boundMs, lateness: null, sentence: '' }
  }
  const starved = (health as { starvedInit?: { node: string; runnableShare: number } }).starvedInit
  if (starved !== undefined) {
    return {
      kind: 'harness-late',
      boundMs,
      lateness: health.lateness,
      starvedInit: true,
      sentence:
        `the grading machine was overloaded: node ${starved.node} waited for a CPU ` +
        `${Math.round(starved.runnableShare * 100)}% of its init time-out; this is not your ` +
        `node — rerun`,
    }
  }
  const lateness = health.lateness
  const late = lateness.p99Ms > boundMs.p99 || lateness.maxMs > boundMs.stall
  if (couldNotRun && lateness.maxMs > boundMs.stall) {
    // Start-up timed out (init) while the harness itself stalled: its own timers, not the
    // node, may have run out first.
    return {
      kind: 'harness-late',
      boundMs,
      lateness,
      starvedInit: true,
      sentence:
        `the grading machine was overloaded: the harness stalled ${fmt(lateness.maxMs, 0)} ms ` +
        `while the nodes started; this is not your node — rerun`,
    }
  }
  const nodes = health.main.nodesCpu
  const cores = health.main.machine?.cores ?? 1
  if (
    nodes !== null &&
    nodes.spinShare >= SPIN_SHARE &&
    spinnerGotCpu(nodes, health.main.machine)
  ) {
    return {
      kind: 'nodes-busy',
      boundMs,
      lateness,
      nodes: {
        node: nodes.spinNode,
        cores: nodes.perNode[nodes.spinNode] ?? 0,
        totalCores: nodes.totalCores,
        machineCores: cores,
      },
      sentence:
        `Node ${nodes.spinNode} never waited: one of its threads was running or ready to run ` +
        `${Math.round(nodes.spinShare * 100)}% of the main phase (it got ` +
        `${fmt(nodes.perNode[nodes.spinNode] ?? 0)} cores; all nodes ${fmt(nodes.totalCores)} ` +
        `of ${cores}), which starves the other nodes and the harness; look for a busy loop`,
    }
  }
  const machine = health.main.machine
  // Starved by someone else: a node waited for a CPU at least `share` of the main phase on a
  // contended machine while the nodes themselves used under half of it.
  const starvedFor = (share: number): boolean =>
    nodes !== null &&
    machine !== null &&
    nodes.waitShare >= share &&
    contended(machine) &&
    nodes.totalCores < NODES_MACHINE_SHARE * cores
  if (nodes !== null && machine !== null && starvedFor(WAIT_SHARE)) {
    return {
      kind: 'harness-late',
      boundMs,
      lateness,
      sentence:
        `the grading machine was overloaded: node ${nodes.waitNode} was ready to run but ` +
        `waited for a CPU ${Math.round(nodes.waitShare * 100)}% of the main phase (machine ` +
        `${Math.round(machine.busyShare * 100)}% busy; all your nodes used ` +
        `${fmt(nodes.totalCores)} of ${cores} cores); this is not your node — rerun`,
    }
  }
  if (!late && nodes !== null && machine !== null && starvedFor(stageFailWaitShare(specs, timed))) {
    return {
      kind: 'harness-late',
      boundMs,
      lateness,
      failingOnly: { waitShare: nodes.waitShare },
      machine: pickMachine(machine),
      sentence:
        `the grading machine was overloaded: node ${nodes.waitNode} was ready to run but ` +
        `waited for a CPU ${Math.round(nodes.waitShare * 100)}% of the main phase (machine ` +
        `${Math.round(machine.busyShare * 100)}% busy, ${fmt(machine.runnable, 1)} processes ` +
        `ready to run on ${cores} cores), enough to slow your nodes down; this is not your ` +
        `node — rerun`,
    }
  }
  if (!late) {
    return {
      kind: 'vouched',
      boundMs,
      lateness,
      sentence: '',
      ...(machine === null ? {} : { machine: pickMachine(machine) }),
    }
  }
  if (nodes !== null && nodes.totalCores >= NODES_MACHINE_SHARE * cores) {
    return {
      kind: 'nodes-busy',
      boundMs,
      lateness,
      nodes: {
        node: nodes.maxNode,
        cores: nodes.maxNodeCores,
        totalCores: nodes.totalCores,
        machineCores: cores,
      },
      sentence:
        `Your nodes kept the CPU busy: ${nodes.maxNode} used ${fmt(nodes.maxNodeCores)} cores ` +
        `(all nodes ${fmt(nodes.totalCores)} of ${cores}) and the harness ran ` +
        `${fmt(lateness.p99Ms, 0)} ms late (p99), so every timing of this run suffered; ` +
        `look for a busy loop or a blocking call`,
    }
  }
  const busy = health.main.machine
  const machinePart = busy === null ? '' : `, machine ${Math.round(busy.busyShare * 100)}% busy`
  if (lateness.p99Ms <= boundMs.p99) {
    // On time at p99, with one stall over the bound: a stall delays, it never speeds up, so
    // only a failing time-based figure is not a verdict (stop 24: a MapReduce reference was
    // rerun twice, alone, for one 87 ms stall at p99 11 ms on a machine 30 % busy).
    return {
      kind: 'harness-late',
      boundMs,
      lateness,
      failingOnly: { waitShare: 0, stall: true },
      ...(busy === null ? {} : { machine: pickMachine(busy) }),
      sentence:
        `the grading machine was overloaded: the harness stalled ${fmt(lateness.maxMs, 0)} ms ` +
        `at once (bound ${fmt(boundMs.stall, 0)} ms; p99 ${fmt(lateness.p99Ms, 0)} ms` +
        `${machinePart}), which can only slow your nodes' figures down; this is not your ` +
        `node — rerun`,
    }
  }
  return {
    kind: 'harness-late',
    boundMs,
    lateness,
    sentence:
      `the grading machine was overloaded: harness lateness p99 ${fmt(lateness.p99Ms, 0)} ms, ` +
      `max ${fmt(lateness.maxMs, 0)} ms (bound ${fmt(boundMs.p99, 0)} ms${machinePart}); ` +
      `this is not your node — rerun`,
  }
}

function pickMachine(machine: { busyShare: number; runnable: number; cores: number }): {
  busyShare: number
  runnable: number
  cores: number
} {
  return { busyShare: machine.busyShare, runnable: machine.runnable, cores: machine.cores }
}

/** A threshold in ms on a figure that must stay below it; undefined for anything else. */
function ceilingMs(spec: CriterionSpec): number | undefined {
  if (typeof spec.value !== 'number' || (spec.op !== '<' && spec.op !== '<=')) {
    return undefined
  }
  if (spec.unit === 'ms' || (spec.unit === undefined && /Ms$/.test(spec.metric))) {
    return 1
  }
  if (spec.unit === 's' || (spec.unit === undefined && /S$/.test(spec.metric))) {
    return 1000
  }
  return undefined
}

/**
 * Whether the harness's own lateness could explain this failing time-based figure on a run
 * within the bounds (see the header): a time threshold missed by no more than the largest
 * lateness, or a window count on a harness late at p99 by WINDOW_SHARE of a window.
 */
export function lateExcuse(
  criterion: CriterionResult,
  spec: CriterionSpec | undefined,
  lateness: Vouch['lateness'],
  timed: TimeBased,
  windowOf: WindowOf,
  validTimed = false,
): LateExcuse | undefined {
  if (criterion.pass !== false || spec === undefined || lateness === null) {
    return undefined
  }
  const base = { id: criterion.id, label: criterion.label }
  if (spec.metric === 'valid' && validTimed) {
    return lateness.p99Ms >= WINDOW_SHARE * NODE_TIMER_MS ? { ...base, liveness: true } : undefined
  }
  if (!timed(spec.metric)) {
    return undefined
  }
  const windowMs = windowOf(spec.metric)
  if (windowMs !== undefined) {
    return lateness.p99Ms >= WINDOW_SHARE * windowMs ? { ...base, windowMs } : undefined
  }
  const perUnit = ceilingMs(spec)
  if (perUnit === undefined || typeof criterion.measured !== 'number') {
    return undefined
  }
  const overshootMs = (criterion.measured - (spec.value as number)) * perUnit
  return overshootMs >= 0 && overshootMs <= lateness.maxMs ? { ...base, overshootMs } : undefined
}

/**
 * The failing figures a run within the lateness bounds cannot vouch for (see lateExcuse): only
 * for a run that is vouched or excuses failing figures only (`failingOnly`).
 */
export function lateExcuses(
  criteria: readonly CriterionResult[],
  specs: readonly CriterionSpec[],
  vouch: Vouch,
  timed: TimeBased,
  windowOf: WindowOf,
  results: Record<string, unknown> = {},
): LateExcuse[] {
  if (vouch.kind !== 'vouched' && vouch.failingOnly === undefined) {
    return []
  }
  const specOf = new Map(specs.map((s) => [s.id, s]))
  const validTimed = validIsTimed(results)
  const out: LateExcuse[] = []
  for (const c of criteria) {
    const excuse = lateExcuse(c, specOf.get(c.id), vouch.lateness, timed, windowOf, validTimed)
    if (excuse !== undefined) {
      out.push(excuse)
    }
  }
  return out
}

/** What each excused figure's clause says (lateExcuseSentence). */
function lateExcuseParts(excused: readonly LateExcuse[]): string {
  return excused
    .map((e) =>
      e.liveness === true
        ? `${e.label} failed on timing checks alone (operations that did not succeed in time), ` +
          `and lateness of that size makes a node's heartbeats and election timers misfire`
        : e.windowMs !== undefined
          ? `${e.label} counts ${fmt(e.windowMs / 1000, 1)} s windows, and lateness of that ` +
            `size makes a node's timers miss them`
          : `${e.label} missed its target by ${fmt(e.overshootMs ?? 0, 0)} ms, no more than ` +
            `that lateness`,
    )
    .join('; ')
}

/** The harness's lateness as the sentences quote it, with the machine when measured. */
function latenessClause(vouch: Vouch, withMachine = true): string {
  const lateness = vouch.lateness
  const machine = withMachine ? vouch.machine : undefined
  const busy =
    machine === undefined
      ? ''
      : `, machine ${Math.round(machine.busyShare * 100)}% busy with ` +
        `${fmt(machine.runnable, 1)} processes ready to run on ${machine.cores} cores`
  return lateness === null
    ? ''
    : `the harness ran up to ${fmt(lateness.maxMs, 0)} ms late ` +
        `(p99 ${fmt(lateness.p99Ms, 0)} ms${busy})`
}

/** The sentence for figures excused by lateness (one plain sentence, names each figure). */
export function lateExcuseSentence(excused: readonly LateExcuse[], vouch: Vouch): string {
  return (
    `the grading machine was overloaded: ${latenessClause(vouch)}; ` +
    `${lateExcuseParts(excused)}; so this run cannot tell your node from the machine — rerun`
  )
}

/** The end of every sentence that excuses failing figures only (vouchFor). */
const RERUN_TAIL = '; this is not your node — rerun'

/**
 * The vouch a seed ends with, once its criteria are graded: a starved node that only a failing
 * figure could feel, or a lateness that only a failing figure could show, excused nothing —
 * the run is vouched for; a vouched run that had figures excused by lateness is `harness-late`
 * with the sentence naming them.
 */
export function settleVouch(
  ruled: Vouch,
  graded: readonly CriterionResult[],
  excused: readonly LateExcuse[],
): Vouch {
  const anyInconclusive = graded.some((c) => c.pass === 'inconclusive')
  if (ruled.failingOnly !== undefined && !anyInconclusive) {
    const { failingOnly: _unused, ...rest } = ruled
    return { ...rest, kind: 'vouched', sentence: '' }
  }
  if (
    ruled.failingOnly !== undefined &&
    ruled.failingOnly.stall !== true &&
    excused.length > 0 &&
    ruled.sentence.endsWith(RERUN_TAIL)
  ) {
    // Both a CPU wait and the lateness excused figures: the sentence names both (the wait's
    // part already quotes the machine).
    const head = ruled.sentence.slice(0, -RERUN_TAIL.length)
    const late = `${latenessClause(ruled, false)}, and ${lateExcuseParts(excused)}`
    return { ...ruled, sentence: `${head}; besides, ${late}${RERUN_TAIL}` }
  }
  if (ruled.kind === 'vouched' && excused.length > 0) {
    return { ...ruled, kind: 'harness-late', sentence: lateExcuseSentence(excused, ruled) }
  }
  return ruled
}

/** The hint for nodes that saturate the CPU. */
export const BUSY_NODE_HINT =
  'A node should wait in a blocking read of stdin or on a timer, never spin: look for loops ' +
  'that poll without sleeping, sleeps of 0, and slow or blocking calls (sleep, big ' +
  'computations, synchronous I/O) inside a message handler.'

/** The criterion a nodes-busy run fails (its figure is the busiest node's cores). */
export const NODES_CPU_CRITERION = 'harness.nodesCpu'

/**
 * The criteria of one seed under the rule: unchanged when vouched; time-based ones
 * `inconclusive` when the harness was late; one more failing criterion when the nodes were
 * the cause; for a swarmed seed (kind `swarm`) only failing time-based ones become
 * `inconclusive`. `valid` stays graded when the workload's own checker decided it (lost or
 * duplicated values do not depend on timing); when only timing checks made it false, it is
 * time-based too.
 */
export function applyVouch(
  criteria: readonly CriterionResult[],
  specs: readonly CriterionSpec[],
  vouch: Vouch,
  results: Record<string, unknown>,
  timed: TimeBased,
  windowOf: WindowOf = () => undefined,
  excused: readonly LateExcuse[] = lateExcuses(criteria, specs, vouch, timed, windowOf, results),
): CriterionResult[] {
  if (vouch.kind === 'not-measured') {
    return [...criteria]
  }
  const late = new Set(excused.map((e) => e.id))
  if (vouch.kind === 'vouched') {
    return criteria.map((c) => (late.has(c.id) ? { ...c, pass: 'inconclusive' } : c))
  }
  if (vouch.kind === 'nodes-busy') {
    return [
      ...criteria,
      {
        id: NODES_CPU_CRITERION,
        label: `busiest node CPU (${vouch.nodes?.node ?? '?'})`,
        threshold: 'no saturation',
        measured: vouch.nodes?.cores ?? null,
        pass: false,
      },
    ]
  }
  if (vouch.starvedInit === true) {
    return criteria.map((c) => ({ ...c, pass: 'inconclusive' }))
  }
  const specOf = new Map(specs.map((s) => [s.id, s]))
  const failingOnly = vouch.failingOnly
  if (failingOnly !== undefined) {
    const byTime: TimeBased = (metric) =>
      timed(metric) || (metric === 'valid' && validIsTimed(results))
    return criteria.map((c) => {
      const spec = specOf.get(c.id)
      const bound = failWaitShare(spec?.metric ?? c.id, byTime)
      const excused =
        c.pass === false &&
        bound !== undefined &&
        (failingOnly.stall === true || failingOnly.waitShare >= bound) &&
        !(spec !== undefined && budgetBlownWhenLate(spec, results))
      return excused || late.has(c.id) ? { ...c, pass: 'inconclusive' } : c
    })
  }
  return criteria.map((c) => {
    const spec = specOf.get(c.id)
    const metric = spec?.metric ?? c.id
    const byTime = timed(metric) || (metric === 'valid' && validIsTimed(results))
    if (c.pass === false && spec !== undefined && budgetBlownWhenLate(spec, results)) {
      return c
    }
    // a swarmed seed: only a failing time-based figure is not a verdict (others stand)
    const graded = vouch.kind === 'swarm' ? c.pass === false : c.pass !== 'unknown'
    return byTime && graded ? { ...c, pass: 'inconclusive' } : c
  })
}

/**
 * Per-operation message figures and the message count each divides (by client operations).
 * The count is not time-based; the operation count is (a late harness invokes fewer).
 */
const PER_OP_COUNTS: Readonly<Record<string, string>> = {
  'net.all.msgsPerOp': 'net.all.msgCount',
  'net.clients.msgsPerOp': 'net.clients.msgCount',
  'net.servers.msgsPerOp': 'net.servers.msgCount',
}

/**
 * On a late harness a message budget stays failed when the messages exceed it this many
 * times over, counted against every operation the schedule asked for. A late harness lowers
 * the operation count (the schedule is the most it can be) and may add timer-driven retries:
 * the largest inflation seen for a correct node was 2.3× (59 vs 25.5 msgs/op, issue 12).
 */
export const LATE_BUDGET_FACTOR = 4

/**
 * Whether a per-operation message budget is blown beyond doubt on a late harness: messages ÷
 * max(operations invoked, rate × main-phase seconds) above LATE_BUDGET_FACTOR × the budget.
 */
export function budgetBlownWhenLate(
  spec: CriterionSpec,
  results: Record<string, unknown>,
): boolean {
  const countPath = PER_OP_COUNTS[spec.metric]
  if (countPath === undefined || typeof spec.value !== 'number' || spec.value <= 0) {
    return false
  }
  if (spec.op !== '<' && spec.op !== '<=') {
    return false
  }
  const messages = numberAt(results, countPath)
  const invoked = numberAt(results, 'stats.count')
  const options = results.options as Record<string, unknown> | undefined
  const rate = numberAt(options, 'rate')
  const limitS = numberAt(options, 'timeLimitS')
  const scale = numberAt(options, 'timeScale') ?? 1
  if (
    messages === undefined ||
    invoked === undefined ||
    rate === undefined ||
    limitS === undefined
  ) {
    return false
  }
  const scheduled = Math.max(invoked, rate * limitS * scale, 1)
  return messages / scheduled > LATE_BUDGET_FACTOR * spec.value
}

function numberAt(data: unknown, path: string): number | undefined {
  let value: unknown = data
  for (const key of path.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * `valid` is false (or true) only through the timing checks: availability or stats. A message
 * to a forbidden service is no timing matter either.
 */
function validIsTimed(results: Record<string, unknown>): boolean {
  const workload = results.workload as { valid?: unknown } | undefined
  const bans = results.serviceBans as { valid?: unknown } | undefined
  const crashes = results.crashes
  return (
    workload?.valid !== false &&
    bans?.valid !== false &&
    !(Array.isArray(crashes) && crashes.length > 0)
  )
}

function fmt(value: number, digits = 2): string {
  return value.toFixed(digits)
}
