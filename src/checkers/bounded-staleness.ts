/**
 * The bounded-staleness checker (issue 16, track 9 `cache/bounded-staleness`): every read of
 * a key returns a value that was current at some instant in [invoke − Δ, complete]. A pure
 * function of a history of `read` / `write` ops on keys (`key`, `value`), values unique per
 * key (the cache workload writes fresh values), the register starting at `null`.
 *
 * Sound, never accusing a correct store: a value is charged only with what is certain.
 * - A value v written by w may be current from w's invocation on.
 * - v is certainly no longer current once an `ok` write w′ of another value that began after
 *   w completed has itself completed (real-time order puts w′ after w, and v is never written
 *   again). `fail` writes never happened; `info` writes may never have happened, so neither
 *   ever ends a value's currency. The initial `null` ends with the first `ok` write.
 * - A read of v is stale when v's currency certainly ended before `invoke − Δ`; it is a
 *   future read when v's only write began after the read completed; a read of a value nobody
 *   wrote is a garbage read. Each anomaly names the read, the write of v and the overwriting
 *   write (`ops`, times).
 * - Reads that did not complete `ok` constrain nothing. A key written twice with the same
 *   value makes the check of that key `unknown` (uniqueness is what makes it exact).
 *
 * `staleness` figures: how far before the read's invocation the returned value's currency
 * certainly ended (0 when it may still have been current), as quantiles in ms.
 */
import { pairOps, type Op, type OpPair } from '../history/index.js'
import { canonicalJson } from '../shared/index.js'
import { quantiles } from './basic/set-full.js'
import type { Anomaly, CheckResult } from './contract.js'

export interface BoundedStalenessOptions {
  /** Δ: how stale a read may be. @default 500 */
  deltaMs?: number
  readF?: string
  writeF?: string
}

export const DEFAULT_DELTA_MS = 500
const EXAMPLES_MAX = 5
const MS = 1e6

interface Write {
  pair: OpPair
  startNs: number
  /** Completion time of an ok write; undefined for info / open writes. */
  okEndNs: number | undefined
}

/** value (canonical) → its write; plus the keys where a value was written twice. */
interface KeyWrites {
  byValue: Map<string, Write>
  okWrites: Write[]
  duplicated: boolean
}

function seconds(ns: number): string {
  return `${(ns / 1e9).toFixed(3)} s`
}

function emptyKey(): KeyWrites {
  return { byValue: new Map(), okWrites: [], duplicated: false }
}

function collectWrites(pairs: readonly OpPair[], writeF: string): Map<string, KeyWrites> {
  const keys = new Map<string, KeyWrites>()
  for (const pair of pairs) {
    if (pair.invoke.f !== writeF || pair.complete?.type === 'fail') {
      continue
    }
    const key = canonicalJson(pair.invoke.key)
    const entry = keys.get(key) ?? emptyKey()
    keys.set(key, entry)
    const value = canonicalJson(pair.invoke.value)
    const okEndNs = pair.complete?.type === 'ok' ? pair.complete.time : undefined
    const write: Write = { pair, startNs: pair.invoke.time, okEndNs }
    if (entry.byValue.has(value)) {
      entry.duplicated = true
    }
    entry.byValue.set(value, write)
    if (okEndNs !== undefined) {
      entry.okWrites.push(write)
    }
  }
  return keys
}

/** When v's currency certainly ended, and the write that ended it (none: never certainly). */
function currencyEnd(
  writes: KeyWrites,
  own: Write | undefined,
): { endNs: number; by: Write } | undefined {
  let best: { endNs: number; by: Write } | undefined
  const afterNs = own === undefined ? -1 : own.okEndNs
  if (afterNs === undefined) {
    return undefined // v's write may still be in flight for ever: nothing is certain after it
  }
  for (const w of writes.okWrites) {
    if (w === own || w.startNs <= afterNs) {
      continue
    }
    const endNs = w.okEndNs as number
    if (best === undefined || endNs < best.endNs) {
      best = { endNs, by: w }
    }
  }
  return best
}

function describeRead(read: OpPair): string {
  const node = read.invoke.node === undefined ? '' : ` on ${read.invoke.node}`
  const end = read.complete?.time ?? read.invoke.time
  return `The read of key ${JSON.stringify(read.invoke.key)}${node} at ${seconds(read.invoke.time)}–${seconds(end)} returned ${JSON.stringify(read.complete?.value ?? null)}`
}

export function checkBoundedStaleness(
  history: readonly Op[],
  options: BoundedStalenessOptions = {},
): CheckResult {
  const deltaNs = (options.deltaMs ?? DEFAULT_DELTA_MS) * MS
  const readF = options.readF ?? 'read'
  const pairs = pairOps(history)
  const keys = collectWrites(pairs, options.writeF ?? 'write')
  const anomalies: Anomaly[] = []
  const staleness: number[] = []
  let readCount = 0
  let staleCount = 0
  const uncheckable = new Set<string>()
  for (const read of pairs) {
    if (read.invoke.f !== readF || read.complete?.type !== 'ok') {
      continue
    }
    const key = canonicalJson(read.invoke.key)
    const writes = keys.get(key) ?? emptyKey()
    if (writes.duplicated) {
      uncheckable.add(key)
      continue
    }
    readCount++
    const value = read.complete.value ?? null
    const own = value === null ? undefined : writes.byValue.get(canonicalJson(value))
    const anomaly = judge(read, value, own, writes, deltaNs, staleness)
    if (anomaly !== undefined) {
      staleCount++
      if (anomalies.length < EXAMPLES_MAX) {
        anomalies.push(anomaly)
      }
    }
  }
  const valid =
    anomalies.length > 0 ? false : uncheckable.size > 0 || readCount === 0 ? 'unknown' : true
  return {
    valid,
    ...(valid === 'unknown'
      ? {
          reason:
            readCount === 0
              ? 'No read completed ok: there is nothing to check.'
              : `Keys ${[...uncheckable].slice(0, 3).join(', ')} were written twice with the same value, so which write a read saw cannot be told.`,
        }
      : {}),
    anomalies,
    deltaMs: deltaNs / MS,
    readCount,
    staleCount,
    ...(staleness.length === 0 ? {} : { stalenessMs: quantiles(staleness) }),
  }
}

function judge(
  read: OpPair,
  value: unknown,
  own: Write | undefined,
  writes: KeyWrites,
  deltaNs: number,
  staleness: number[],
): Anomaly | undefined {
  const complete = read.complete as Op
  const readOps = [read.invoke.index, complete.index]
  const nodes = read.invoke.node === undefined ? {} : { nodes: [read.invoke.node] }
  if (value !== null && own === undefined) {
    return {
      type: 'garbage-read',
      message: `${describeRead(read)}, a value no client ever wrote to that key.`,
      ops: readOps,
      ...nodes,
      timeNs: [read.invoke.time, complete.time],
    }
  }
  if (own !== undefined && own.startNs > complete.time) {
    return {
      type: 'future-read',
      message: `${describeRead(read)}, but that value was only written at ${seconds(own.startNs)}, after the read completed.`,
      ops: [...readOps, own.pair.invoke.index],
      ...nodes,
      timeNs: [read.invoke.time, own.startNs],
    }
  }
  const end = currencyEnd(writes, own)
  const lateNs = end === undefined ? 0 : Math.max(0, read.invoke.time - end.endNs)
  staleness.push(lateNs / MS)
  if (end === undefined || end.endNs >= read.invoke.time - deltaNs) {
    return undefined
  }
  const by = end.by.pair
  const written = own === undefined ? 'the initial null' : `written at ${seconds(own.startNs)}`
  const through = by.invoke.node === undefined ? '' : ` through ${by.invoke.node}`
  const involved = [read.invoke.node, by.invoke.node].filter((n) => n !== undefined)
  return {
    type: 'stale-read',
    message: `${describeRead(read)} (${written}), but the write of ${JSON.stringify(by.invoke.value)}${through} had replaced it by ${seconds(end.endNs)}, ${(lateNs / MS).toFixed(0)} ms before the read began: a read may return a value at most ${(deltaNs / MS).toFixed(0)} ms stale (bounded staleness).`,
    ops: [
      ...readOps,
      ...(own === undefined ? [] : [own.pair.invoke.index]),
      by.invoke.index,
      (by.complete as Op).index,
    ],
    ...(involved.length === 0 ? {} : { nodes: [...new Set(involved)] }),
    timeNs: [end.endNs, complete.time],
    evidence: {
      read: readOps,
      overwrittenBy: [by.invoke.index, (by.complete as Op).index],
      stalenessMs: lateNs / MS,
    },
  }
}
