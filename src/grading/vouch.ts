/**
 * The one rule for which figures a run can vouch for (issue 12). A run whose harness was late
 * — its event loop, its network deliveries or its client pacing behind schedule — measured
 * every time-based figure on a wrong clock. Then:
 *
 * - the learner's nodes were the cause (one node used ≥ 60 % of a fair share of a core while
 *   it could run, or the nodes together ≥ half the machine): a real failure, with the
 *   per-node figure and a hint about busy loops and blocking calls (`nodes-busy`);
 * - otherwise the seed's time-based criteria are `inconclusive` — never a pass, never a fail
 *   (`harness-late`); criteria that do not depend on timing stay graded as they are.
 *
 * "Late" is stated relative to the stage: the harness lateness p99 (the largest of event-loop
 * delay, delivery lateness and client pacing lateness) above
 * max(25 ms, min(the stage's network latency, 20 % of its smallest time threshold)), or the
 * largest single stall above half its smallest time threshold (1 s when it grades none).
 *
 * Pure functions of values. Which metrics are time-based: PROVISIONAL list below, to be
 * replaced by the metric registry's `timeBased` flag (src/metrics/registry.ts, branch i14).
 */
import type { HarnessHealth } from '../run/health.js'
import type { CriterionSpec } from '../tracks/types.js'
import type { CriterionResult } from './contract.js'

export const MIN_BOUND_MS = 25
/** Share of the smallest time threshold a p99 lateness may reach. */
export const THRESHOLD_SHARE = 0.2
/** A stall longer than this share of the smallest time threshold can break a max by itself. */
export const STALL_SHARE = 0.5
/** p99 bound when the stage has neither a network latency nor a time threshold. */
export const DEFAULT_BOUND_MS = 100
/** Stall bound when the stage grades no time threshold (client timeouts are ≥ 1 s). */
export const DEFAULT_STALL_MS = 1000
/** A node using this share of the CPU a runnable process gets is spinning. */
export const NODE_FAIR_SHARE = 0.6
/** The nodes together using this share of all cores saturate the machine. */
export const NODES_MACHINE_SHARE = 0.5

/**
 * PROVISIONAL (replace with the metric registry's `timeBased` flag when i14 lands): metrics
 * whose value depends on timing — latencies, availability and timeouts, durations, and
 * messages per op (retries and batching follow the clock).
 */
const TIME_BASED_PATTERNS: readonly RegExp[] = [
  /latenc/i,
  /availability|okFraction/i,
  /^stats\./,
  /msgsPer/,
  /OverBound$/,
  /(?:^|\.)(?:first|max|min|mean)[A-Za-z]*S$/,
  /Ms$/,
]

/** True when a metric's value depends on timing (PROVISIONAL list, see above). */
export function isTimeBased(metric: string): boolean {
  return TIME_BASED_PATTERNS.some((pattern) => pattern.test(metric))
}

export type VouchKind = 'vouched' | 'harness-late' | 'nodes-busy' | 'not-measured'

export interface Vouch {
  kind: VouchKind
  /** The p99 and stall bounds this stage allows (ms). */
  boundMs: { p99: number; stall: number }
  lateness: { p99Ms: number; maxMs: number; source: string } | null
  /** One plain sentence (empty when vouched). */
  sentence: string
  /** For nodes-busy: the busiest node and the total. */
  nodes?: { node: string; cores: number; totalCores: number; machineCores: number }
}

/** Time thresholds of a stage in ms (criteria in ms or s on time-based metrics). */
function timeThresholdsMs(specs: readonly CriterionSpec[]): number[] {
  const values: number[] = []
  for (const spec of specs) {
    if (typeof spec.value !== 'number' || !isTimeBased(spec.metric)) {
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
): { p99: number; stall: number } {
  const smallest = Math.min(...timeThresholdsMs(specs))
  const candidates = [latencyMs > 0 ? latencyMs : Infinity, THRESHOLD_SHARE * smallest]
  const p99 = Math.min(...candidates)
  return {
    p99: Number.isFinite(p99) ? Math.max(MIN_BOUND_MS, p99) : DEFAULT_BOUND_MS,
    stall: Number.isFinite(smallest) ? STALL_SHARE * smallest : DEFAULT_STALL_MS,
  }
}

/** The fair share of a core a runnable process got (cores ÷ runnable processes, ≤ 1). */
function fairShare(health: HarnessHealth): number {
  const machine = health.main.machine
  if (machine === null) {
    return 1
  }
  return Math.min(1, machine.cores / Math.max(machine.cores, machine.runnable))
}

/** The rule: can this run's time-based figures be vouched for? */
export function vouchFor(
  health: HarnessHealth | undefined,
  latencyMs: number,
  specs: readonly CriterionSpec[],
): Vouch {
  const boundMs = latenessBounds(latencyMs, specs)
  if (health === undefined) {
    return { kind: 'not-measured', boundMs, lateness: null, sentence: '' }
  }
  const lateness = health.lateness
  const late = lateness.p99Ms > boundMs.p99 || lateness.maxMs > boundMs.stall
  if (!late) {
    return { kind: 'vouched', boundMs, lateness, sentence: '' }
  }
  const nodes = health.main.nodesCpu
  const cores = health.main.machine?.cores ?? 1
  if (
    nodes !== null &&
    (nodes.maxNodeCores >= NODE_FAIR_SHARE * fairShare(health) ||
      nodes.totalCores >= NODES_MACHINE_SHARE * cores)
  ) {
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
 * the cause. `valid` stays graded when the workload's own checker decided it (lost or
 * duplicated values do not depend on timing); when only timing checks made it false, it is
 * time-based too.
 */
export function applyVouch(
  criteria: readonly CriterionResult[],
  specs: readonly CriterionSpec[],
  vouch: Vouch,
  results: Record<string, unknown>,
): CriterionResult[] {
  if (vouch.kind === 'vouched' || vouch.kind === 'not-measured') {
    return [...criteria]
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
  const metricOf = new Map(specs.map((s) => [s.id, s.metric]))
  return criteria.map((c) => {
    const metric = metricOf.get(c.id) ?? c.id
    const timed = isTimeBased(metric) || (metric === 'valid' && validIsTimed(results))
    return timed && c.pass !== 'unknown' ? { ...c, pass: 'inconclusive' } : c
  })
}

/** `valid` is false (or true) only through the timing checks: availability or stats. */
function validIsTimed(results: Record<string, unknown>): boolean {
  const workload = results.workload as { valid?: unknown } | undefined
  const crashes = results.crashes
  return workload?.valid !== false && !(Array.isArray(crashes) && crashes.length > 0)
}

function fmt(value: number, digits = 2): string {
  return value.toFixed(digits)
}
