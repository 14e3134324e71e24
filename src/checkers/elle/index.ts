/**
 * Elle-style transactional consistency checkers: `checkListAppend` (txn-list-append) and
 * `checkRwRegister` (txn-rw-register). Pipeline: parse transactions → infer the
 * dependency graph (ww / wr / rw, plus process or realtime order when a requested model
 * needs it) → CSR graph → Tarjan → per-component BFS for the shortest cycle of each shape →
 * classify, explain step by step, and judge against the requested consistency models
 * (default strict-serializable).
 *
 * Verdict: `false` if any anomaly a requested model forbids was found; `unknown` if the
 * search ran out of budget, values were not unique, or there was nothing to check;
 * otherwise `true`. Also returns `anomalyTypes`, `forbiddenAnomalyTypes`, `anomalyCounts`
 * (at most 10 anomalies of each type are kept), the boundary `not` / `alsoNot`, and
 * figures (`txnCount`, `edgeCount`). Pure: never throws on a learner's history; a model
 * name we do not know is a UsageError (bad input to dsgrade, not a learner mistake).
 */
import type { Op } from '../../history/index.js'
import { UsageError } from '../../shared/index.js'
import type { Anomaly, Budget, CheckResult } from '../contract.js'
import { mergeValidity } from '../contract.js'
import type { CycleStep, FoundCycle } from './cycles.js'
import { searchCycles } from './cycles.js'
import { EdgeBuilder, PROCESS, REALTIME, buildGraph } from './graph.js'
import { inferListAppend } from './list-append.js'
import {
  MODEL_NAMES,
  UNKNOWN_ANOMALIES,
  anomalyImplies,
  brokenModels,
  canonicalModel,
  extraOrderFor,
  modelBoundary,
} from './models.js'
import type { Inference } from './order.js'
import { addProcessEdges, addRealtimeEdges, explainOrderStep, txnAnomaly } from './order.js'
import type { RwRegisterOptions, RwRule } from './rw-register.js'
import { inferRwRegister, rulesFor, soundRules } from './rw-register.js'
import type { Txn, TxnHistory } from './txn.js'
import { parseTxns, txnIndex, txnName, txnValue } from './txn.js'

export { canonicalModel, modelBoundary, MODEL_NAMES } from './models.js'

export interface ElleOptions extends RwRegisterOptions {
  /** Models to check (names or PL-aliases). @default ['strict-serializable'] */
  consistencyModels?: readonly string[]
  /** Per strongly-connected-component search budget. @default 1000 */
  componentBudgetMs?: number
}

/** A cycle's message shows this many steps; its evidence keeps this many transactions. */
const MAX_MESSAGE_STEPS = 12
const MAX_EVIDENCE_STEPS = 200
/** Anomalies kept per type (each inference also stops recording after this many). */
const MAX_PER_TYPE = 10

/** Report order: the most basic violation first (a write cycle before a write skew). */
const SEVERITY = [
  'txn-mismatch',
  'garbage-read',
  'G0',
  'cyclic-versions',
  'duplicate-elements',
  'incompatible-order',
  'G1a',
  'G1b',
  'dirty-update',
  'G1c',
  'future-read',
  'internal',
  'lost-update',
  'G-single',
  'G-nonadjacent',
  'G2-item',
]

const DESCRIPTIONS: Record<string, string> = {
  G0: 'write cycle: transactions overwrote each other in a circle',
  G1c: 'cyclic information flow: each transaction saw or overwrote the next',
  'G-single': 'read skew: a cycle with exactly one anti-dependency (a read that missed a write)',
  'G-nonadjacent': 'a cycle whose anti-dependencies are never adjacent',
  'G2-item': 'write skew: a cycle with adjacent anti-dependencies (reads that missed writes)',
}

const SUFFIXES: Record<string, string> = {
  '-realtime':
    ', using real-time order (a transaction that finished before another began must come first)',
  '-process': ', using each client process’s own order',
}

export function resolveModels(names: readonly string[] | undefined): string[] {
  const requested = names === undefined || names.length === 0 ? ['strict-serializable'] : names
  return requested.map((name) => {
    const model = canonicalModel(name)
    if (model === undefined) {
      throw new UsageError(
        `unknown consistency model "${name}"; known models: ${[...MODEL_NAMES].sort().join(', ')}`,
      )
    }
    return model
  })
}

function describe(name: string): string {
  const suffix = Object.keys(SUFFIXES).find((s) => name.endsWith(s)) ?? ''
  const base = suffix === '' ? name : name.slice(0, -suffix.length)
  return `${DESCRIPTIONS[base] ?? base}${SUFFIXES[suffix] ?? ''}`
}

function explainStep(inference: Inference, step: CycleStep): string {
  const from = inference.txns[step.from] as Txn
  const to = inference.txns[step.to] as Txn
  return explainOrderStep(from, to, step.type) ?? inference.explainData(from, to, step.type)
}

function cycleAnomaly(inference: Inference, history: TxnHistory, cycle: FoundCycle): Anomaly {
  const txns = cycle.steps.map((s) => inference.txns[s.from] as Txn)
  const explanation = cycle.steps.slice(0, MAX_EVIDENCE_STEPS).map((s) => explainStep(inference, s))
  const shown = explanation.slice(0, MAX_MESSAGE_STEPS)
  const more =
    txns.length > shown.length
      ? `; … (${txns.length - shown.length} more steps close the circle)`
      : ''
  const message =
    `${cycle.name} (${describe(cycle.name)}): ${txns.length} transactions each must come before ` +
    `the next, in a circle, so no order of them explains what they read and wrote. ` +
    `${shown.join('; ')}${more}.`
  return txnAnomaly(cycle.name, message, txns.slice(0, MAX_EVIDENCE_STEPS), {
    cycleLength: txns.length,
    cycle: txns.slice(0, MAX_EVIDENCE_STEPS).map((t) => ({
      txn: txnName(t),
      op: txnIndex(t),
      process: t.process,
      node: t.node,
      type: t.type,
      value: txnValue(t, history.keys),
    })),
    steps: explanation,
  })
}

function timeoutAnomalies(
  inference: Inference,
  timeouts: ReturnType<typeof searchCycles>['timeouts'],
  found: readonly string[],
): Anomaly[] {
  const anomalies: Anomaly[] = []
  for (const timeout of timeouts) {
    const txns = timeout.vertices.map((v) => inference.txns[v] as Txn)
    const fallback = timeout.fallback
    if (
      fallback !== undefined &&
      !found.some((f) => f === fallback || anomalyImplies(f, fallback))
    ) {
      anomalies.push(
        txnAnomaly(
          fallback,
          `${fallback}: ${timeout.size} transactions (${txns.slice(0, 5).map(txnName).join(', ')}, …) ` +
            'depend on each other in a circle, but the search for a short cycle to show ran out of ' +
            'time. A cycle means no order of the transactions explains what they read and wrote.',
          txns,
          { componentSize: timeout.size },
        ),
      )
    }
    anomalies.push(
      txnAnomaly(
        'cycle-search-timeout',
        `cycle-search-timeout: the search for cycles among ${timeout.size} mutually dependent ` +
          'transactions ran out of time; the verdict cannot be "valid".',
        txns,
        { componentSize: timeout.size },
      ),
    )
  }
  return anomalies
}

function verdict(
  anomalies: Anomaly[],
  models: readonly string[],
  extra: { txnCount: number; edgeCount: number },
  within?: (model: string) => boolean,
): CheckResult {
  const types = [...new Set(anomalies.map((a) => a.type))].sort()
  const forbidden = types.filter((t) => brokenModels(t, models).length > 0)
  for (const anomaly of anomalies) {
    const breaks = brokenModels(anomaly.type, models)
    anomaly.evidence = { ...(anomaly.evidence as object), breaks }
    if (breaks.length > 0) {
      anomaly.message += ` This is forbidden by ${breaks.join(' and ')}.`
    }
  }
  const rank = (a: Anomaly): number =>
    (forbidden.includes(a.type) ? 0 : 1000) +
    (SEVERITY.indexOf(a.type.replace(/-(realtime|process)$/, '')) + 1 || 100)
  anomalies.sort((x, y) => rank(x) - rank(y))
  const shown = new Map<string, number>()
  const kept = anomalies.filter((a) => {
    const count = (shown.get(a.type) ?? 0) + 1
    shown.set(a.type, count)
    return count <= MAX_PER_TYPE
  })
  const unknown = types.filter((t) => UNKNOWN_ANOMALIES.has(t) || t === 'empty-transaction-graph')
  const { not, alsoNot } = modelBoundary(types, within)
  const result: CheckResult = {
    valid: forbidden.length > 0 ? false : unknown.length > 0 ? 'unknown' : true,
    anomalyTypes: types,
    forbiddenAnomalyTypes: forbidden,
    anomalies: kept,
    anomalyCounts: Object.fromEntries(shown),
    not,
    alsoNot,
    consistencyModels: [...models],
    ...extra,
  }
  if (result.valid === 'unknown') {
    result.reason = `could not decide: ${unknown.join(', ')}`
  }
  return result
}

function check(
  history: readonly Op[],
  options: ElleOptions,
  budget: Budget,
  infer: (parsed: TxnHistory) => Inference,
  within?: (model: string) => boolean,
): CheckResult {
  const models = resolveModels(options.consistencyModels)
  const parsed = parseTxns(history)
  const inference = infer(parsed)
  const anomalies = [...inference.anomalies]
  for (const { txn, text } of parsed.mismatches.slice(0, 10)) {
    anomalies.push(
      txnAnomaly(
        'txn-mismatch',
        `txn-mismatch: the reply to ${txnName(txn)} does not answer its request: ${text}. A txn_ok ` +
          'must return the same micro-ops in the same order, with reads filled in and writes echoed.',
        [txn],
        { reply: txnValue(txn, parsed.keys) },
      ),
    )
  }
  if (parsed.malformed.length > 0) {
    anomalies.push({
      type: 'malformed-txn',
      message: `malformed-txn: ${parsed.malformed.length} micro-ops are not [f, key, value], e.g. ${parsed.malformed[0]}.`,
      evidence: { examples: parsed.malformed.slice(0, 5) },
    })
  }
  if (!parsed.graph.some((t) => t.type === 'ok')) {
    anomalies.push({
      type: 'empty-transaction-graph',
      message: 'empty-transaction-graph: no transaction completed, so there is nothing to check.',
    })
  }
  const order = extraOrderFor(models)
  const edges: EdgeBuilder = inference.edges
  if (order === 'realtime') {
    addRealtimeEdges(inference.txns, edges)
  } else if (order === 'process') {
    addProcessEdges(inference.txns, edges)
  }
  const graph = buildGraph(inference.txns.length, edges)
  const special = order === 'realtime' ? REALTIME : order === 'process' ? PROCESS : 0
  const search = searchCycles(graph, budget, {
    special,
    ...(options.componentBudgetMs !== undefined
      ? { componentBudgetMs: options.componentBudgetMs }
      : {}),
  })
  const found = search.cycles.map((c) => c.name)
  for (const cycle of search.cycles) {
    anomalies.push(cycleAnomaly(inference, parsed, cycle))
  }
  anomalies.push(...timeoutAnomalies(inference, search.timeouts, found))
  return verdict(
    anomalies,
    models,
    { txnCount: parsed.graph.length + parsed.failed.length, edgeCount: graph.targets.length },
    within,
  )
}

/** Elle's list-append checker (txn-list-append). */
export function checkListAppend(
  history: readonly Op[],
  options: ElleOptions,
  budget: Budget,
): CheckResult {
  return check(history, options, budget, inferListAppend)
}

/**
 * Elle's rw-register checker (txn-rw-register). Version orders come only from the inference
 * rules sound for the models checked (rw-register.ts states each rule and where it holds);
 * models that grant different rules are checked in separate passes and the results merged,
 * so a rule one model grants never convicts a history under another.
 */
export function checkRwRegister(
  history: readonly Op[],
  options: ElleOptions,
  budget: Budget,
): CheckResult {
  const models = resolveModels(options.consistencyModels)
  const groups = new Map<string, { rules: RwRule[]; assumed: RwRule[]; models: string[] }>()
  for (const model of models) {
    const { rules, assumed } = rulesFor([model], options)
    const key = rules.join(',')
    const group = groups.get(key) ?? { rules, assumed: [], models: [] }
    group.models.push(model)
    group.assumed = [...new Set([...group.assumed, ...assumed])]
    groups.set(key, group)
  }
  const results = [...groups.values()].map((group) => {
    // A model is ruled out only if every rule this pass applied is sound for it (or assumed).
    const within = (model: string): boolean => {
      const sound = soundRules([model])
      return group.rules.every((rule) => sound.includes(rule) || group.assumed.includes(rule))
    }
    const result = check(
      history,
      { ...options, consistencyModels: group.models },
      budget,
      (parsed) => inferRwRegister(parsed, group.rules),
      within,
    )
    result.inferenceRules = group.rules
    if (group.assumed.length > 0) {
      result.assumedRules = group.assumed
    }
    return result
  })
  return mergeResults(results, models)
}

/** One result for several passes over the same history (one per set of inference rules). */
function mergeResults(results: CheckResult[], models: readonly string[]): CheckResult {
  if (results.length === 1) {
    return results[0] as CheckResult
  }
  const union = (field: string): string[] =>
    [...new Set(results.flatMap((r) => (r[field] as string[] | undefined) ?? []))].sort()
  const valid = mergeValidity(results.map((r) => r.valid))
  const anomalies = results.flatMap((r) => r.anomalies)
  const seen = new Set<string>()
  const merged: CheckResult = {
    valid,
    anomalyTypes: union('anomalyTypes'),
    forbiddenAnomalyTypes: union('forbiddenAnomalyTypes'),
    anomalies: anomalies.filter((a) => !seen.has(a.message) && (seen.add(a.message), true)),
    anomalyCounts: Object.fromEntries(
      union('anomalyTypes').map((t) => [
        t,
        Math.max(...results.map((r) => (r.anomalyCounts as Record<string, number>)[t] ?? 0)),
      ]),
    ),
    not: union('not'),
    alsoNot: union('alsoNot'),
    consistencyModels: [...models],
    txnCount: results[0]?.txnCount,
    edgeCount: Math.max(...results.map((r) => Number(r.edgeCount))),
    passes: results.map((r) => ({
      consistencyModels: r.consistencyModels,
      inferenceRules: r.inferenceRules,
      valid: r.valid,
    })),
    inferenceRules: union('inferenceRules'),
  }
  const reasons = results.map((r) => r.reason).filter((r) => r !== undefined)
  if (valid === 'unknown' && reasons.length > 0) {
    merged.reason = reasons.join('; ')
  }
  return merged
}
