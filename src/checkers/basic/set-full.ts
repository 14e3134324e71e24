/**
 * Jepsen's `set-full` (broadcast, g-set; checkers.md §4.1) in time linear in the input
 * (§6.3) instead of reads × elements.
 *
 * Per element: `known` = the ok add, or the first read completion that contained it;
 * last-present / last-absent = the latest read *invocation* that did / did not contain it,
 * among reads completing after the add was invoked. stable: present after the last absent;
 * lost: known, and an absent read invoked after both `known` and the last present read;
 * never-read otherwise. Invalid if anything is lost; unknown if nothing is stable.
 *
 * How it stays linear: reads are ranked newest invocation first; one pass over the read
 * contents in rank order computes, per element, the first (newest) eligible present read
 * and the length of the unbroken run of present reads from the newest one; the last-absent
 * read is the read right after that run if it was invoked after the add, else the newest
 * read that was still open when the add was invoked and lacks it (at most `concurrency`).
 */
import type { Anomaly, CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'
import { canonicalJson, truncate } from '../../shared/index.js'

export interface SetFullOptions {
  /** The add function's name: `add` (g-set) or `broadcast`. */
  addF?: string
  readF?: string
}

interface Read {
  invoke: Op
  complete: Op
  elements: readonly unknown[]
}

const QUANTILES = ['0', '0.5', '0.95', '0.99', '1']
const SMALL_INT_LIMIT = 1 << 24

export function quantiles(points: readonly number[]): Record<string, number> | undefined {
  if (points.length === 0) {
    return undefined
  }
  const sorted = points.slice().sort((a, b) => a - b)
  const out: Record<string, number> = {}
  for (const q of QUANTILES) {
    out[q] = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * Number(q)))] as number
  }
  return out
}

/** Dense ids for element values: small non-negative integers fast, else canonical JSON. */
class ElementIds {
  private small = new Int32Array(1024).fill(-1)
  private readonly other = new Map<string, number>()
  size = 0

  lookup(value: unknown, create: boolean): number {
    if (typeof value === 'number' && (value | 0) === value && value >= 0) {
      if (value < this.small.length && (!create || (this.small[value] as number) >= 0)) {
        return this.small[value] as number
      }
      return this.lookupSmall(value, create)
    }
    return this.lookupOther(value, create)
  }

  private lookupSmall(value: number, create: boolean): number {
    if (!create) {
      return -1
    }
    if (value >= SMALL_INT_LIMIT) {
      return this.lookupOther(value, create)
    }
    if (value >= this.small.length) {
      const grown = new Int32Array(Math.max(value + 1, this.small.length * 2)).fill(-1)
      grown.set(this.small)
      this.small = grown
    }
    this.small[value] = this.size
    return this.size++
  }

  private lookupOther(value: unknown, create: boolean): number {
    const key = typeof value === 'string' ? `s${value}` : canonicalJson(value)
    const id = this.other.get(key)
    if (id !== undefined || !create) {
      return id ?? -1
    }
    this.other.set(key, this.size)
    return this.size++
  }
}

interface Scan {
  ids: ElementIds
  values: unknown[]
  addInvoke: Op[]
  addOk: (Op | undefined)[]
  /** Reads open (invoked, not completed) at each element's add invocation. */
  openAtAdd: Read[][]
  reads: Read[]
}

function scan(history: readonly Op[], addF: string, readF: string): Scan {
  const s: Scan = {
    ids: new ElementIds(),
    values: [],
    addInvoke: [],
    addOk: [],
    openAtAdd: [],
    reads: [],
  }
  const openReads = new Map<number | string, Read>()
  const pairs = pairOps(history)
  const readOf = new Map<Op, Read>()
  for (const { invoke, complete } of pairs) {
    if (invoke.f === readF && complete?.type === 'ok') {
      const elements = Array.isArray(complete.value) ? (complete.value as unknown[]) : []
      const read = { invoke, complete, elements }
      readOf.set(invoke, read)
      s.reads.push(read)
    }
  }
  const addCompletion = new Map<Op, Op | undefined>(
    pairs.filter((p) => p.invoke.f === addF).map((p) => [p.invoke, p.complete]),
  )
  for (const op of history) {
    if (op.process === 'nemesis') {
      continue
    }
    if (op.type === 'invoke' && op.f === readF) {
      const read = readOf.get(op)
      if (read !== undefined) {
        openReads.set(op.index, read)
      }
    } else if (op.f === readF && op.type === 'ok') {
      for (const [key, read] of openReads) {
        if (read.complete === op) {
          openReads.delete(key)
        }
      }
    } else if (op.type === 'invoke' && op.f === addF) {
      const before = s.ids.size
      const id = s.ids.lookup(op.value, true)
      if (id === before) {
        s.values.push(op.value)
        s.addInvoke.push(op)
        const done = addCompletion.get(op)
        s.addOk.push(done?.type === 'ok' ? done : undefined)
        s.openAtAdd.push([...openReads.values()])
      }
    }
  }
  return s
}

export function checkSetFull(history: readonly Op[], options: SetFullOptions = {}): CheckResult {
  const s = scan(history, options.addF ?? 'add', options.readF ?? 'read')
  const reads = s.reads.slice().sort((a, b) => b.invoke.index - a.invoke.index)
  return summarize(s, reads, fold(s, reads))
}

/** One pass over every read's contents, newest read first (the hot loop: typed arrays only). */
function fold(s: Scan, reads: readonly Read[]): Folded {
  const n = s.ids.size
  const addIndex = Int32Array.from(s.addInvoke, (op) => op.index)
  const firstPresent = new Int32Array(n).fill(-1)
  const run = new Int32Array(n)
  const knownIndex = new Int32Array(n).fill(0x7fffffff)
  const knownRank = new Int32Array(n).fill(-1)
  const earlyPresent = new Map<number, Set<Read>>()
  for (let rank = 0; rank < reads.length; rank++) {
    const read = reads[rank] as Read
    const completeIndex = read.complete.index
    const invokeIndex = read.invoke.index
    const elements = read.elements
    for (let j = 0; j < elements.length; j++) {
      const id = s.ids.lookup(elements[j], false)
      if (id < 0 || completeIndex < (addIndex[id] as number)) {
        continue
      }
      if (run[id] === rank) {
        run[id] = rank + 1
      }
      if (firstPresent[id] === -1) {
        firstPresent[id] = rank
      }
      if (completeIndex < (knownIndex[id] as number)) {
        knownIndex[id] = completeIndex
        knownRank[id] = rank
      }
      if (invokeIndex < (addIndex[id] as number)) {
        let set = earlyPresent.get(id)
        if (set === undefined) {
          earlyPresent.set(id, (set = new Set()))
        }
        set.add(read)
      }
    }
  }
  const knownRead = Array.from(knownRank, (rank) =>
    rank < 0 ? undefined : (reads[rank] as Read).complete,
  )
  return { firstPresent, run, knownRead, earlyPresent }
}

interface Folded {
  firstPresent: Int32Array
  run: Int32Array
  knownRead: (Op | undefined)[]
  earlyPresent: Map<number, Set<Read>>
}

function lastAbsentOf(id: number, s: Scan, reads: Read[], f: Folded): Op | undefined {
  const add = s.addInvoke[id] as Op
  const next = reads[f.run[id] as number]
  if (next !== undefined && next.invoke.index > add.index) {
    return next.invoke
  }
  let best: Op | undefined
  for (const read of s.openAtAdd[id] as Read[]) {
    if (f.earlyPresent.get(id)?.has(read) === true) {
      continue
    }
    if (best === undefined || read.invoke.index > best.index) {
      best = read.invoke
    }
  }
  return best
}

function summarize(s: Scan, reads: Read[], f: Folded): CheckResult {
  const stableLatencies: number[] = []
  const lostLatencies: number[] = []
  const lost: { element: unknown; op: Op; known: Op; absent: Op }[] = []
  const stale: { element: unknown; latencyMs: number }[] = []
  let stableCount = 0
  let neverReadCount = 0
  for (let id = 0; id < s.ids.size; id++) {
    const addOk = s.addOk[id]
    const readKnown = f.knownRead[id]
    const known =
      addOk === undefined
        ? readKnown
        : readKnown === undefined || addOk.index < readKnown.index
          ? addOk
          : readKnown
    const present =
      f.firstPresent[id] === -1 ? undefined : (reads[f.firstPresent[id] as number] as Read).invoke
    const absent = lastAbsentOf(id, s, reads, f)
    if (present !== undefined && (absent === undefined || present.index > absent.index)) {
      stableCount++
      const latencyMs =
        known === undefined
          ? 0
          : Math.max(0, (absent === undefined ? 0 : absent.time + 1) - known.time) / 1e6
      stableLatencies.push(Math.floor(latencyMs))
      if (latencyMs > 0) {
        stale.push({ element: s.values[id], latencyMs: Math.floor(latencyMs) })
      }
    } else if (known !== undefined && absent !== undefined && absent.index > known.index) {
      lost.push({ element: s.values[id], op: s.addInvoke[id] as Op, known, absent })
      lostLatencies.push(
        Math.floor(Math.max(0, (present === undefined ? 0 : present.time + 1) - known.time) / 1e6),
      )
    } else {
      neverReadCount++
    }
  }
  stale.sort((a, b) => b.latencyMs - a.latencyMs)
  const valid = lost.length > 0 ? false : stableCount === 0 ? 'unknown' : true
  return {
    valid,
    reason:
      valid === 'unknown'
        ? 'No element was ever read stably, so nothing can be concluded: the test needs successful reads after the adds.'
        : undefined,
    anomalies: lost.slice(0, 8).map(lostAnomaly),
    attemptCount: s.ids.size,
    stableCount,
    lostCount: lost.length,
    lost: lost.slice(0, 64).map((l) => l.element),
    neverReadCount,
    staleCount: stale.length,
    worstStale: stale.slice(0, 8),
    duplicatedCount: 0,
    stableLatencies: quantiles(stableLatencies),
    lostLatencies: quantiles(lostLatencies),
  }
}

function lostAnomaly(l: { element: unknown; op: Op; known: Op; absent: Op }): Anomaly {
  const value = truncate(JSON.stringify(l.element), 60)
  return {
    type: 'lost',
    message: `Element ${value} was lost: it was acknowledged (op ${l.known.index}, ${(l.known.time / 1e9).toFixed(2)} s) but a later read (op ${l.absent.index} on ${l.absent.node ?? '?'}, ${(l.absent.time / 1e9).toFixed(2)} s) did not contain it, and no read after that did. Every acknowledged element must eventually reach every node and stay there.`,
    ops: [l.op.index, l.known.index, l.absent.index],
    nodes: l.absent.node !== undefined ? [l.absent.node] : undefined,
    timeNs: [l.known.time, l.absent.time],
  }
}
