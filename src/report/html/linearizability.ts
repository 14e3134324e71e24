/**
 * The linearizability-failure panel of report.html: the failing key's operations on their
 * own timeline, with the longest partial linearization drawn as numbered points (ops the
 * search could not place stay grey, the blocking op is outlined) and the candidates that
 * could have come next. Reads the checker's evidence (checkers/linearizable/evidence.ts:
 * `{key, ops: TimelineOp[], partial: op ids, states, blocking, stateBefore, candidates}`)
 * defensively; without `evidence.ops` it falls back to the key's ops in the history and
 * the anomaly's op indices. Pure.
 */
import type { Op, OpPair } from '../../history/index.js'
import { escapeHtml, shortJson } from './escape.js'
import { asRecord, clientPairs } from './model.js'
import type { FaultWindow } from './model.js'
import { renderTimeline } from './timeline.js'

export interface LinFailure {
  key: unknown
  message: string
  /** The key's ops as invocation/completion pairs (synthesised from evidence.ops). */
  pairs: OpPair[]
  /** Invocation index → position in the longest partial linearization (from 1). */
  linearized: Map<number, number>
  /** Invocation indices to outline (the blocking op / the anomaly's ops). */
  evidenceOps: Set<number>
  /** "write 3 → state 3" lines for the candidates that could have come next. */
  candidates: string[]
  stateBefore: unknown
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A TimelineOp of the evidence as an invocation/completion pair of history ops. */
function pairFromTimelineOp(item: unknown, endNs: number): OpPair | undefined {
  const op = asRecord(item)
  const index = num(op?.index)
  const startNs = num(op?.startNs)
  if (op === undefined || index === undefined || startNs === undefined) {
    return undefined
  }
  const process =
    typeof op.process === 'number' || typeof op.process === 'string' ? op.process : '?'
  const f = typeof op.f === 'string' ? op.f : 'op'
  const invoke = {
    index,
    time: startNs,
    process,
    type: 'invoke',
    f,
    value: op.value,
    node: op.node,
  } as Op
  const type = op.type === 'ok' || op.type === 'fail' ? op.type : 'info'
  const complete: Op = {
    index: num(op.completeIndex) ?? index,
    time: num(op.endNs) ?? endNs,
    process,
    type,
    f,
    value: op.output ?? op.value,
  } as Op
  return { invoke, complete: op.endNs === null && type === 'info' ? undefined : complete }
}

function fromEvidence(
  evidence: Record<string, unknown>,
  endNs: number,
): Omit<LinFailure, 'key' | 'message'> | undefined {
  if (!Array.isArray(evidence.ops)) {
    return undefined
  }
  const idToIndex = new Map<number, number>()
  const pairs: OpPair[] = []
  for (const item of evidence.ops) {
    const pair = pairFromTimelineOp(item, endNs)
    const id = num(asRecord(item)?.id)
    if (pair !== undefined) {
      pairs.push(pair)
      if (id !== undefined) {
        idToIndex.set(id, pair.invoke.index)
      }
    }
  }
  const partial = Array.isArray(evidence.partial) ? evidence.partial : []

  const linearized = new Map<number, number>()
  partial.forEach((id, i) => {
    const index = idToIndex.get(Number(id))
    if (index !== undefined) {
      linearized.set(index, i + 1)
    }
  })
  const blocking = idToIndex.get(Number(evidence.blocking))
  const candidates = (Array.isArray(evidence.candidates) ? evidence.candidates : []).map((c) => {
    const record = asRecord(c) ?? {}
    const index = idToIndex.get(Number(record.op))
    const pair = pairs.find((p) => p.invoke.index === index)
    const asked =
      pair?.invoke.value === undefined || pair.invoke.value === null
        ? ''
        : ` ${shortJson(pair.invoke.value, 30)}`
    const got =
      pair?.complete?.type === 'ok' && pair.invoke.f === 'read'
        ? ` → ${shortJson(pair.complete.value, 30)}`
        : ''
    const label =
      pair === undefined
        ? ''
        : ` (${pair.invoke.f}${asked}${got}, process ${String(pair.invoke.process)})`
    const what =
      record.legal === true
        ? `would leave ${shortJson(record.result, 60)}`
        : 'cannot happen in this state'
    return `op ${index ?? String(record.op)}${label}: ${what}`
  })
  return {
    pairs,
    linearized,
    evidenceOps: new Set(blocking === undefined ? [] : [blocking]),
    candidates,
    stateBefore: evidence.stateBefore,
  }
}

function fromHistory(
  anomaly: Record<string, unknown>,
  key: unknown,
  history: readonly Op[],
): Omit<LinFailure, 'key' | 'message'> {
  const pairs = clientPairs(history).filter(
    (pair) => key === undefined || JSON.stringify(pair.invoke.key) === JSON.stringify(key),
  )
  const ops = Array.isArray(anomaly.ops)
    ? anomaly.ops.filter((i): i is number => Number.isInteger(i))
    : []
  return {
    pairs,
    linearized: new Map(),
    evidenceOps: new Set(ops),
    candidates: [],
    stateBefore: undefined,
  }
}

export function readLinFailure(
  results: Record<string, unknown>,
  history: readonly Op[],
): LinFailure | undefined {
  const anomalies = asRecord(results.workload)?.anomalies
  if (!Array.isArray(anomalies)) {
    return undefined
  }
  const endNs = history.reduce((max, op) => Math.max(max, op.time), 0)
  for (const item of anomalies) {
    const anomaly = asRecord(item)
    const type = typeof anomaly?.type === 'string' ? anomaly.type : ''
    if (anomaly === undefined || !/lineari[sz]/i.test(type)) {
      continue
    }
    const evidence = asRecord(anomaly.evidence) ?? {}
    const ops = Array.isArray(anomaly.ops) ? anomaly.ops : []
    const byIndex = new Map(history.map((op) => [op.index, op]))
    const key =
      'key' in evidence
        ? evidence.key
        : ops.map((i) => byIndex.get(Number(i))?.key).find((k) => k !== undefined)
    const message = typeof anomaly.message === 'string' ? anomaly.message : type
    const parts = fromEvidence(evidence, endNs) ?? fromHistory(anomaly, key, history)
    return { key, message, ...parts }
  }
  return undefined
}

export function renderLinFailure(
  failure: LinFailure,
  faults: readonly FaultWindow[],
  endNs: number,
): string {
  const keyText =
    failure.key === undefined || failure.key === null
      ? 'the register'
      : `key ${shortJson(failure.key, 40)}`
  const steps = failure.linearized.size
  const candidates =
    failure.candidates.length === 0
      ? ''
      : `<p>After those ${steps} operations the value is <code>${escapeHtml(shortJson(failure.stateBefore, 80))}</code>. What could have come next:</p><ul id="lin-candidates">` +
        failure.candidates
          .slice(0, 20)
          .map((c) => `<li>${escapeHtml(c)}</li>`)
          .join('') +
        '</ul>'
  return (
    `<section id="linearizability"><h2>Linearizability: ${escapeHtml(keyText)}</h2>` +
    `<p class="hint">The numbered operations are the longest partial linearization the checker found (${steps} operations): ` +
    'one order, consistent with real time, in which every read sees the latest write. Grey operations could not be added to it; ' +
    'the outlined one is where every order got stuck. Hover an operation for its values.</p>' +
    renderTimeline({
      pairs: failure.pairs,
      faults,
      endNs,
      linearized: failure.linearized,
      highlighted: failure.evidenceOps,
      id: 'lin-timeline',
    }) +
    candidates +
    '</section>'
  )
}
