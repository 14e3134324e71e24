/**
 * Reads what report.html shows out of a run's results.json object, defensively: results
 * come from many checkers and may lack any field, so every reader accepts `unknown` and
 * falls back to nothing rather than throwing. Also derives fault windows and client
 * operation pairs from the history. Pure.
 */
import { NEMESIS, pairOps } from '../../history/index.js'
import type { Op, OpPair } from '../../history/index.js'

export type Verdict = true | false | 'unknown'

export interface CriterionRow {
  label: string
  threshold: string
  measured: unknown
  /** Unit of the measured value (`ms`), when it has one. */
  unit?: string
  pass: boolean | 'unknown' | null
}

export interface AnomalyRow {
  source: string
  type: string
  message: string
  ops: number[]
}

/** A fault active between two instants (nanoseconds since the start). */
export interface FaultWindow {
  kind: string
  startNs: number
  endNs: number
  description: string
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** Follow a dotted path (`net.servers.msgsPerOp`) through plain objects. */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root
  for (const part of path.split('.')) {
    const record = asRecord(node)
    if (record === undefined) {
      return undefined
    }
    node = record[part]
  }
  return node
}

export function readVerdict(results: Record<string, unknown>): Verdict {
  const valid = results.valid
  if (valid === true || valid === false) {
    return valid
  }
  return 'unknown'
}

function criterionFrom(value: unknown): CriterionRow | undefined {
  const record = asRecord(value)
  if (record === undefined) {
    return undefined
  }
  const label = typeof record.label === 'string' ? record.label : String(record.id ?? '?')
  const pass = record.pass === true || record.pass === false || record.pass === 'unknown'
  return {
    label,
    threshold: typeof record.threshold === 'string' ? record.threshold : '',
    measured: record.measured,
    ...(typeof record.unit === 'string' ? { unit: record.unit } : {}),
    pass: pass ? (record.pass as boolean | 'unknown') : null,
  }
}

/** Figures shown when the run is not a track stage (no thresholds to compare with). */
const DEFAULT_FIGURES: ReadonlyArray<[string, string]> = [
  ['valid', 'valid'],
  ['availability.okFraction', 'ok fraction'],
  ['net.servers.msgsPerOp', 'servers msgs/op'],
  ['net.all.msgsPerOp', 'all msgs/op'],
  ['workload.lostCount', 'elements lost'],
  ['workload.stableLatencies.0.5', 'stable latency p50 (ms)'],
  ['workload.stableLatencies.1', 'stable latency max (ms)'],
]

function readQuantile(results: Record<string, unknown>, path: string): unknown {
  // Quantile keys contain dots ("0.5"): resolve the parent, then index the last part.
  const match = /^(.*\.stableLatencies)\.(.+)$/.exec(path)
  if (match === null) {
    return getPath(results, path)
  }
  return asRecord(getPath(results, match[1] ?? ''))?.[match[2] ?? '']
}

export function readCriteria(results: Record<string, unknown>): CriterionRow[] {
  const staged = getPath(results, 'stage.criteria')
  if (Array.isArray(staged)) {
    return staged.map(criterionFrom).filter((row): row is CriterionRow => row !== undefined)
  }
  const rows: CriterionRow[] = []
  for (const [path, label] of DEFAULT_FIGURES) {
    const measured = readQuantile(results, path)
    if (measured !== undefined) {
      const pass = path === 'valid' ? (measured as boolean | 'unknown') : null
      rows.push({ label, threshold: path === 'valid' ? '= true' : '', measured, pass })
    }
  }
  return rows
}

/** Anomalies of every checker result found at the top level of results.json (capped). */
/** Checker results: top-level fields of results.json and the stage's extra checkers. */
function checkerEntries(results: Record<string, unknown>): Array<[string, unknown]> {
  const extra = asRecord(getPath(results, 'stage.checkers')) ?? {}
  return [...Object.entries(results), ...Object.entries(extra)]
}

export function readAnomalies(results: Record<string, unknown>, cap: number): AnomalyRow[] {
  const rows: AnomalyRow[] = []
  for (const [source, value] of checkerEntries(results)) {
    const anomalies = asRecord(value)?.anomalies
    if (!Array.isArray(anomalies)) {
      continue
    }
    for (const anomaly of anomalies) {
      const record = asRecord(anomaly)
      if (record === undefined || rows.length >= cap) {
        continue
      }
      const ops = Array.isArray(record.ops) ? record.ops.filter(Number.isFinite) : []
      rows.push({
        source,
        type: typeof record.type === 'string' ? record.type : 'anomaly',
        message: typeof record.message === 'string' ? record.message : '',
        ops: ops as number[],
      })
    }
  }
  return rows
}

export function countAnomalies(results: Record<string, unknown>): number {
  let count = 0
  for (const [, value] of checkerEntries(results)) {
    const anomalies = asRecord(value)?.anomalies
    count += Array.isArray(anomalies) ? anomalies.length : 0
  }
  return count
}

export function readStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return value === '' ? [] : [value]
  }
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []
}

/** The name of the workload, wherever the runner put it. */
export function readWorkloadName(results: Record<string, unknown>): string | undefined {
  for (const path of ['workloadName', 'options.workload', 'test.workload', 'workload.name']) {
    const value = getPath(results, path)
    if (typeof value === 'string') {
      return value
    }
  }
  const workload = results.workload
  return typeof workload === 'string' ? workload : undefined
}

/** Client operation pairs (nemesis excluded), invocation order. */
export function clientPairs(history: readonly Op[]): OpPair[] {
  return pairOps(history)
}

/** One kind of error reply seen in the history's completions. */
export interface ErrorRow {
  code: string
  name: string
  count: number
  /** The first error text seen (learner text). */
  text: string
  firstOp: number
}

/** Error completions grouped by code and name, most frequent first (capped). */
export function readErrors(history: readonly Op[], cap: number): ErrorRow[] {
  const rows = new Map<string, ErrorRow>()
  for (const op of history) {
    if (
      op.process === NEMESIS ||
      op.type === 'invoke' ||
      op.type === 'ok' ||
      op.error === undefined
    ) {
      continue
    }
    const parts = Array.isArray(op.error) ? op.error : [op.error]
    const code = parts.length > 1 && typeof parts[0] === 'number' ? String(parts[0]) : ''
    const name = String(code === '' ? parts[0] : parts[1])
    const text = parts.length > 2 ? String(parts[2]) : ''
    const key = `${code}/${name}`
    const row = rows.get(key)
    if (row === undefined) {
      rows.set(key, { code, name, count: 1, text, firstOp: op.index })
    } else {
      row.count++
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count).slice(0, cap)
}

/** The fault windows the runner wrote to results.json (`faults`), if it did. */
export function readFaultWindows(results: Record<string, unknown>): FaultWindow[] | undefined {
  if (!Array.isArray(results.faults)) {
    return undefined
  }
  const windows: FaultWindow[] = []
  for (const item of results.faults) {
    const w = asRecord(item)
    if (w === undefined || typeof w.startNs !== 'number' || typeof w.endNs !== 'number') {
      continue
    }
    const kind = typeof w.kind === 'string' ? w.kind : 'fault'
    const description = typeof w.description === 'string' ? w.description : kind
    windows.push({ kind, startNs: w.startNs, endNs: w.endNs, description })
  }
  return windows
}
