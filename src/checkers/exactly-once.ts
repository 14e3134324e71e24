/**
 * The `exactly-once` checker (track 2, curriculum.md §2 rpc): appends of unique elements to
 * per-key lists, executed at most once per request even when the client re-sends it.
 *
 * Verifies, per key:
 * - `duplicate`: no element appears twice in one read (a re-sent append executed twice);
 * - `lost`: every acknowledged (`ok`) append is in every final read;
 * - `failed-present` / `phantom` / `wrong-key`: a definitely failed append, an element never
 *   appended, or one appended to another key does not appear;
 * - `not-prefix`: all reads of a key are prefixes of the longest one (one order per key);
 * - with `linearizable`: `stale-read` (an append acknowledged before a read began is missing
 *   from it) and `non-monotonic` (a read that began after another ended is shorter).
 * Info appends may appear at most once. Pure: a function of the history only.
 */
import type { Op } from '../history/index.js'
import { pairOps } from '../history/index.js'
import { canonicalJson, truncate } from '../shared/index.js'
import type { Anomaly, Budget, CheckResult } from './contract.js'
import type { ExtraSpec } from '../shared/index.js'

/** `--extra linearizable`: also check real-time order of appends and reads. */
export const EXACTLY_ONCE_LINEARIZABLE: ExtraSpec = {
  name: 'linearizable',
  type: 'boolean',
  default: 'false',
  meaning: 'also require real-time order: a read sees every append that completed before it began',
}

export interface ExactlyOnceOptions {
  /** Also check real-time order (rpc/replicated). @default false */
  linearizable?: boolean
}

interface Append {
  key: string
  element: unknown
  type: 'ok' | 'fail' | 'info'
  invoke: Op
  complete: Op | undefined
}

interface Read {
  key: string
  elements: unknown[]
  invoke: Op
  complete: Op
}

const MAX_ANOMALIES_PER_TYPE = 8

function collect(history: readonly Op[]): { appends: Map<string, Append>; reads: Read[] } {
  const appends = new Map<string, Append>()
  const reads: Read[] = []
  for (const { invoke, complete } of pairOps(history)) {
    const key = canonicalJson(invoke.key)
    if (invoke.f === 'append') {
      const type = complete?.type === 'ok' || complete?.type === 'fail' ? complete.type : 'info'
      appends.set(canonicalJson(invoke.value), {
        key,
        element: invoke.value,
        type,
        invoke,
        complete,
      })
    } else if (invoke.f === 'read' && complete?.type === 'ok' && Array.isArray(complete.value)) {
      reads.push({ key, elements: complete.value as unknown[], invoke, complete })
    }
  }
  return { appends, reads }
}

function where(op: Op): string {
  const node = op.node === undefined ? '' : ` on ${op.node}`
  return `op ${op.index} (process ${String(op.process)}${node}, t=${(op.time / 1e6).toFixed(0)} ms)`
}

function describeAppend(append: Append | undefined): string {
  if (append === undefined) {
    return 'never appended'
  }
  const how =
    append.type === 'ok'
      ? 'acknowledged'
      : append.type === 'info'
        ? 'of unknown outcome (timed out)'
        : 'definitely failed'
  return `appended by ${where(append.invoke)}, ${how}`
}

function checkDuplicates(read: Read, appends: Map<string, Append>, out: Anomaly[]): void {
  const seen = new Map<string, number>()
  read.elements.forEach((element, position) => {
    const id = canonicalJson(element)
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, position)
      return
    }
    const append = appends.get(id)
    out.push({
      type: 'duplicate',
      message:
        `Element ${id} appears twice in key ${read.key}: read ${where(read.complete)} returned it at positions ${first} and ${position}. ` +
        `It was ${describeAppend(append)}. A re-sent request (same src and msg_id) was executed again: remember each (src, msg_id) you executed and answer a repeat with the original reply instead of appending again.`,
      ops: [read.complete.index, ...(append ? [append.invoke.index] : [])],
      ...(read.complete.node ? { nodes: [read.complete.node] } : {}),
      timeNs: [read.invoke.time, read.complete.time],
      evidence: { key: read.key, element, positions: [first, position] },
    })
  })
}

function checkMembership(read: Read, appends: Map<string, Append>, out: Anomaly[]): void {
  for (const element of new Set(read.elements.map((e) => canonicalJson(e)))) {
    const append = appends.get(element)
    if (append === undefined) {
      out.push({
        type: 'phantom',
        message: `Read ${where(read.complete)} of key ${read.key} returned ${element}, which no client ever appended. Return only elements that were appended.`,
        ops: [read.complete.index],
        evidence: { key: read.key, element },
      })
    } else if (append.key !== read.key) {
      out.push({
        type: 'wrong-key',
        message: `Element ${element} was appended to key ${append.key} (${where(append.invoke)}) but read ${where(read.complete)} returned it for key ${read.key}. Keep one list per key.`,
        ops: [append.invoke.index, read.complete.index],
        evidence: { element, appendedTo: append.key, readFrom: read.key },
      })
    } else if (append.type === 'fail') {
      out.push({
        type: 'failed-present',
        message: `Element ${element} is in key ${read.key} (read ${where(read.complete)}) although its append definitely failed (${where(append.complete ?? append.invoke)}). A definite error must mean the append did not happen.`,
        ops: [append.invoke.index, read.complete.index],
        evidence: { key: read.key, element },
      })
    }
  }
}

function isPrefix(short: readonly unknown[], long: readonly unknown[]): number {
  for (let i = 0; i < short.length; i++) {
    if (canonicalJson(short[i]) !== canonicalJson(long[i])) {
      return i
    }
  }
  return -1
}

function checkPrefixes(reads: readonly Read[], out: Anomaly[]): void {
  const longest = reads.reduce<Read | undefined>(
    (best, r) => (best === undefined || r.elements.length > best.elements.length ? r : best),
    undefined,
  )
  if (longest === undefined) {
    return
  }
  for (const read of reads) {
    const at = isPrefix(read.elements, longest.elements)
    if (at >= 0) {
      out.push({
        type: 'not-prefix',
        message:
          `Two reads of key ${read.key} disagree on the order: ${where(read.complete)} has ${truncate(canonicalJson(read.elements[at]), 40)} at position ${at}, ` +
          `${where(longest.complete)} has ${truncate(canonicalJson(longest.elements[at]), 40)} there. Each key is one list: every read must be a prefix of every longer read.`,
        ops: [read.complete.index, longest.complete.index],
        evidence: { key: read.key, position: at },
      })
    }
  }
}

function checkLost(
  key: string,
  finals: readonly Read[],
  appends: Map<string, Append>,
  out: Anomaly[],
): number {
  let lost = 0
  const sets = finals.map((read) => ({
    read,
    ids: new Set(read.elements.map((e) => canonicalJson(e))),
  }))
  for (const [id, append] of appends) {
    if (append.key !== key || append.type !== 'ok') {
      continue
    }
    const missing = sets.find((s) => !s.ids.has(id))?.read
    if (missing !== undefined) {
      lost++
      out.push({
        type: 'lost',
        message: `Element ${id} was acknowledged (${where(append.complete ?? append.invoke)}) but the final read ${where(missing.complete)} of key ${key} does not contain it. An acknowledged append must never be lost.`,
        ops: [append.invoke.index, missing.complete.index],
        evidence: { key, element: append.element },
      })
    }
  }
  return lost
}

function checkRealTime(reads: readonly Read[], appends: Map<string, Append>, out: Anomaly[]): void {
  const acked = [...appends.values()].filter((a) => a.type === 'ok' && a.complete !== undefined)
  for (const read of reads) {
    const present = new Set(read.elements.map((e) => canonicalJson(e)))
    const stale = acked.find(
      (a) =>
        a.key === read.key &&
        (a.complete as Op).index < read.invoke.index &&
        !present.has(canonicalJson(a.element)),
    )
    if (stale !== undefined) {
      out.push({
        type: 'stale-read',
        message: `Read ${where(read.complete)} of key ${read.key} began after the append of ${canonicalJson(stale.element)} was acknowledged (${where(stale.complete as Op)}) but does not contain it. Linearizability: once acknowledged, an append is visible to every later read, on every node.`,
        ops: [(stale.complete as Op).index, read.invoke.index],
        evidence: { key: read.key, element: stale.element },
      })
    }
  }
  for (const earlier of reads) {
    const later = reads.find(
      (r) =>
        r.key === earlier.key &&
        r.invoke.index > earlier.complete.index &&
        r.elements.length < earlier.elements.length,
    )
    if (later !== undefined) {
      out.push({
        type: 'non-monotonic',
        message: `Read ${where(later.complete)} of key ${later.key} began after read ${where(earlier.complete)} ended, yet saw ${later.elements.length} elements instead of at least ${earlier.elements.length}. A later read must not go back in time.`,
        ops: [earlier.complete.index, later.complete.index],
        evidence: { key: later.key },
      })
    }
  }
}

/** The most telling anomalies first: what the learner must fix before the rest make sense. */
const PRIORITY = [
  'duplicate',
  'lost',
  'stale-read',
  'failed-present',
  'phantom',
  'wrong-key',
  'not-prefix',
  'non-monotonic',
]

function limitPerType(anomalies: Anomaly[]): Anomaly[] {
  const counts = new Map<string, number>()
  const ranked = [...anomalies].sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type))
  return ranked.filter((a) => {
    const n = (counts.get(a.type) ?? 0) + 1
    counts.set(a.type, n)
    return n <= MAX_ANOMALIES_PER_TYPE
  })
}

export function checkExactlyOnce(
  history: readonly Op[],
  options: ExactlyOnceOptions = {},
  _budget: Budget = {},
): CheckResult {
  const { appends, reads } = collect(history)
  const anomalies: Anomaly[] = []
  const keys = [
    ...new Set([...[...appends.values()].map((a) => a.key), ...reads.map((r) => r.key)]),
  ].sort()
  let lostCount = 0
  let finalReadCount = 0
  for (const key of keys) {
    const keyReads = reads.filter((r) => r.key === key)
    const finals = keyReads.filter((r) => r.invoke.final === true)
    finalReadCount += finals.length
    keyReads.forEach((read) => checkDuplicates(read, appends, anomalies))
    keyReads.forEach((read) => checkMembership(read, appends, anomalies))
    checkPrefixes(keyReads, anomalies)
    lostCount += checkLost(key, finals.length > 0 ? finals : [], appends, anomalies)
    if (options.linearizable === true) {
      checkRealTime(keyReads, appends, anomalies)
    }
  }
  return summarize(appends, anomalies, { lostCount, finalReadCount, readCount: reads.length })
}

function summarize(
  appends: Map<string, Append>,
  anomalies: Anomaly[],
  counts: { lostCount: number; finalReadCount: number; readCount: number },
): CheckResult {
  const all = [...appends.values()]
  const duplicated = [
    ...new Set(
      anomalies
        .filter((a) => a.type === 'duplicate')
        .map((a) => canonicalJson((a.evidence as { element: unknown }).element)),
    ),
  ]
  const result: CheckResult = {
    valid: anomalies.length > 0 ? false : counts.finalReadCount === 0 ? 'unknown' : true,
    anomalies: limitPerType(anomalies),
    anomalyTypes: [...new Set(anomalies.map((a) => a.type))].sort(),
    attemptedCount: all.length,
    acknowledgedCount: all.filter((a) => a.type === 'ok').length,
    infoCount: all.filter((a) => a.type === 'info').length,
    failCount: all.filter((a) => a.type === 'fail').length,
    readCount: counts.readCount,
    finalReadCount: counts.finalReadCount,
    duplicatedCount: duplicated.length,
    duplicated: duplicated.slice(0, 48),
    lostCount: counts.lostCount,
  }
  if (result.valid === 'unknown') {
    result.reason = 'no final read completed, so no element could be checked'
  }
  return result
}
