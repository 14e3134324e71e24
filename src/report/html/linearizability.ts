/**
 * The linearizability-failure panel of report.html: the failing key's operations on their
 * own timeline, with the longest partial linearization drawn as numbered points (ops the
 * checker could not place stay grey, the anomaly's ops are outlined). Reads the checker's
 * evidence defensively: the key from `evidence.key` or the anomaly's ops; the partial
 * linearization from the first array of op indices (or objects with an index) under one of
 * several names. Pure.
 */
import type { Op, OpPair } from '../../history/types.js'
import { escapeHtml, shortJson } from './escape.js'
import { asRecord, clientPairs } from './model.js'
import type { FaultWindow } from './model.js'
import { renderTimeline } from './timeline.js'

export interface LinFailure {
  key: unknown
  message: string
  /** Op indices in linearization order. */
  partial: number[]
  evidenceOps: number[]
}

const PARTIAL_NAMES = [
  'longestPartialLinearization',
  'longestPartial',
  'partialLinearization',
  'partialLinearizations',
  'linearization',
  'partial',
  'longest',
]

function indexOf(item: unknown): number | undefined {
  if (typeof item === 'number' && Number.isInteger(item)) {
    return item
  }
  const record = asRecord(item)
  if (record === undefined) {
    return undefined
  }
  for (const field of ['index', 'op', 'invoke', 'id']) {
    const value = record[field]
    const nested = typeof value === 'number' ? value : asRecord(value)?.index
    if (typeof nested === 'number' && Number.isInteger(nested)) {
      return nested
    }
  }
  return undefined
}

/** The longest list of op indices among the candidates (a list, or a list of lists). */
function readPartial(evidence: Record<string, unknown>): number[] {
  for (const name of PARTIAL_NAMES) {
    const value = evidence[name]
    if (!Array.isArray(value)) {
      continue
    }
    const lists = value.length > 0 && value.every(Array.isArray) ? (value as unknown[][]) : [value]
    const best = lists
      .map((list) => list.map(indexOf).filter((i): i is number => i !== undefined))
      .reduce<number[]>((a, b) => (b.length > a.length ? b : a), [])
    if (best.length > 0) {
      return best
    }
  }
  return []
}

export function readLinFailure(
  results: Record<string, unknown>,
  history: readonly Op[],
): LinFailure | undefined {
  const anomalies = asRecord(results.workload)?.anomalies
  if (!Array.isArray(anomalies)) {
    return undefined
  }
  for (const item of anomalies) {
    const anomaly = asRecord(item)
    const evidence = asRecord(anomaly?.evidence) ?? {}
    const type = typeof anomaly?.type === 'string' ? anomaly.type : ''
    const partial = readPartial(evidence)
    if (anomaly === undefined || (!/lineari[sz]/i.test(type) && partial.length === 0)) {
      continue
    }
    const ops = Array.isArray(anomaly.ops)
      ? anomaly.ops.filter((i): i is number => Number.isInteger(i))
      : []
    const byIndex = new Map(history.map((op) => [op.index, op]))
    const keyed = [...ops, ...partial].map((i) => byIndex.get(i)?.key).find((k) => k !== undefined)
    const key = 'key' in evidence ? evidence.key : 'key' in anomaly ? anomaly.key : keyed
    const message = typeof anomaly.message === 'string' ? anomaly.message : type
    return { key, message, partial, evidenceOps: ops }
  }
  return undefined
}

function sameKey(pair: OpPair, key: unknown): boolean {
  return key === undefined || JSON.stringify(pair.invoke.key) === JSON.stringify(key)
}

export function renderLinFailure(
  failure: LinFailure,
  history: readonly Op[],
  faults: readonly FaultWindow[],
  endNs: number,
): string {
  const pairs = clientPairs(history).filter((pair) => sameKey(pair, failure.key))
  const linearized = new Map<number, number>()
  failure.partial.forEach((index, i) => linearized.set(index, i + 1))
  const keyText = failure.key === undefined ? 'the register' : `key ${shortJson(failure.key, 40)}`
  const steps = failure.partial.length
  return (
    `<section id="linearizability"><h2>Linearizability: ${escapeHtml(keyText)}</h2>` +
    `<p>${escapeHtml(failure.message)}</p>` +
    `<p class="hint">The numbered operations are the longest partial linearization the checker found (${steps} operations): ` +
    'a single order, consistent with real time, in which every read sees the latest write. Grey operations could not be added to it; ' +
    'outlined ones are the evidence. Hover an operation for its values.</p>' +
    renderTimeline({
      pairs,
      faults,
      endNs,
      linearized,
      highlighted: new Set(failure.evidenceOps),
      id: 'lin-timeline',
    }) +
    '</section>'
  )
}
