/**
 * Dependency inference for list-append histories (checkers.md §3.2). Micro-ops are
 * `["append", k, v]` and `["r", k, [v1, v2, …]]`; appended values are unique per key.
 *
 * Lists are traceable: a read shows every version of the key up to that point, so the
 * longest read of a key is its version order, and every other read must be a prefix of it
 * (else `incompatible-order`). From it: wr (a reader of [… v] depends on v's writer), ww
 * (v's writer depends on the writer of the element before v; an append never read comes
 * after everything read), rw (whoever read the version before v precedes v's writer).
 * Non-cycle anomalies: G1a, G1b, dirty-update, internal, future-read, duplicate-elements,
 * incompatible-order, lost-update, garbage-read (an element or value no append produced,
 * forbidden by every model) and duplicate appends (which make the verdict unknown).
 *
 * Inference rules and where they are sound (docs/checkers-rules.md): traceability (the
 * version order is read off the lists) and "an append never read comes after every element
 * read" hold under every model, because a list shows every earlier append; process and
 * real-time order are graph edges added only for models that forbid `-process` /
 * `-realtime` anomalies. No rule here depends on the model, so no gating is needed.
 *
 * Linear in the total size of the history (reads are compared with the longest read
 * element by element, never sorted against each other).
 */
import type { Anomaly } from '../contract.js'
import { EdgeBuilder, RW, WR, WW } from './graph.js'
import type { Inference } from './order.js'
import { txnAnomaly } from './order.js'
import type { Txn, TxnHistory, ValueKey, WriterEntry } from './txn.js'
import { indexWriters, show, txnName, valueKey } from './txn.js'

const INIT = '\u0000init'
/** No known writer (a value nobody appended, or the initial state). */
const NONE = -0x7fffffff
type Version = ValueKey

type Writer = WriterEntry

interface KeyState {
  writers: Map<ValueKey, Writer>
  reads: { txn: Txn; list: unknown[] }[]
  order: ValueKey[]
  raw: unknown[]
  position: Map<ValueKey, number>
  /** Readers (ext reads of ok txns, compatible with the order) by the version they saw. */
  readers: Map<Version, number[]>
}

const MAX_PER_TYPE = 10

class ListAppendInference implements Inference {
  readonly edges = new EdgeBuilder()
  readonly anomalies: Anomaly[] = []
  private readonly counts = new Map<string, number>()
  private readonly perKey = new Map<number, KeyState>()
  /** For each ok txn: key → the list its first (external) read returned. */
  private readonly extReads = new Map<number, Map<number, unknown[]>>()

  constructor(
    private readonly history: TxnHistory,
    readonly txns: readonly Txn[] = history.graph,
  ) {}

  private key(k: number): KeyState {
    let state = this.perKey.get(k)
    if (state === undefined) {
      state = {
        writers: new Map(),
        reads: [],
        order: [],
        raw: [],
        position: new Map(),
        readers: new Map(),
      }
      this.perKey.set(k, state)
    }
    return state
  }

  private report(anomaly: Anomaly): void {
    const count = (this.counts.get(anomaly.type) ?? 0) + 1
    this.counts.set(anomaly.type, count)
    if (count <= MAX_PER_TYPE) {
      this.anomalies.push(anomaly)
    }
  }

  private txnOf(w: number): Txn {
    return w >= 0 ? (this.history.graph[w] as Txn) : (this.history.failed[-w - 1] as Txn)
  }

  private k(k: number): string {
    return show(this.history.keys[k])
  }

  run(): this {
    this.indexWrites(this.history.failed, true)
    this.indexWrites(this.history.graph, false)
    for (const txn of this.history.graph) {
      if (txn.readsKnown) {
        this.indexReads(txn)
      }
    }
    for (const [k, state] of this.perKey) {
      this.versionOrder(k, state)
    }
    this.indexExternalReads()
    for (const txn of this.history.graph) {
      if (txn.readsKnown) {
        this.readAnomalies(txn)
      }
    }
    for (const [k, state] of this.perKey) {
      this.keyEdges(state)
      this.dirtyUpdate(k, state)
    }
    this.lostUpdates()
    return this
  }

  private indexWrites(txns: readonly Txn[], failed: boolean): void {
    indexWriters(
      txns,
      failed,
      'append',
      (k) => this.key(k).writers,
      (k, v, first, txn) => this.duplicateAppend(k, v, this.txnOf(first), txn),
    )
  }

  private duplicateAppend(k: number, v: unknown, first: Txn, second: Txn): void {
    this.report(
      txnAnomaly(
        'duplicate-writes',
        `duplicate-writes: ${txnName(first)} and ${txnName(second)} both appended ${show(v)} to key ` +
          `${this.k(k)}. The checker needs every appended value to be unique per key to know ` +
          'who wrote what, so it cannot decide this history.',
        [first, second],
        { key: this.history.keys[k], value: v },
      ),
    )
  }

  private indexReads(txn: Txn): void {
    const appended = new Set<number>()
    let ext: Map<number, unknown[]> | undefined
    for (const mop of txn.mops) {
      if (mop.f === 'append') {
        appended.add(mop.k)
        continue
      }
      if (mop.f !== 'r') {
        continue
      }
      if (mop.v !== null && !Array.isArray(mop.v)) {
        this.report(
          txnAnomaly(
            'txn-mismatch',
            `txn-mismatch: ${txnName(txn)} read key ${this.k(mop.k)} as ${show(mop.v)}, which is not a ` +
              'list. A list-append read returns the whole list (or null when the key does not exist).',
            [txn],
            { key: this.history.keys[mop.k], read: mop.v },
          ),
        )
      }
      const list = Array.isArray(mop.v) ? mop.v : []
      this.key(mop.k).reads.push({ txn, list })
      if (!appended.has(mop.k)) {
        ext ??= new Map()
        if (!ext.has(mop.k)) {
          ext.set(mop.k, list)
        }
      }
    }
    if (ext !== undefined) {
      this.extReads.set(txn.id, ext)
    }
  }

  private versionOrder(k: number, state: KeyState): void {
    let longest: unknown[] = []
    for (const read of state.reads) {
      if (read.list.length > longest.length) {
        longest = read.list
      }
    }
    state.raw = longest
    state.order = longest.map(valueKey)
    let duplicated = false
    state.order.forEach((vk, i) => {
      if (state.position.has(vk)) {
        duplicated = true
      } else {
        state.position.set(vk, i)
      }
    })
    if (duplicated) {
      this.duplicateElements(k, longest, state.reads.find((r) => r.list === longest)?.txn)
    }
    let reportedIncompatible = false
    for (const read of state.reads) {
      if (!this.isPrefix(read.list, state.order)) {
        if (!reportedIncompatible) {
          this.incompatible(k, read, longest, state)
          reportedIncompatible = true
        }
        if (new Set(read.list.map(valueKey)).size < read.list.length) {
          this.duplicateElements(k, read.list, read.txn)
        }
      }
    }
  }

  private isPrefix(list: readonly unknown[], order: readonly ValueKey[]): boolean {
    for (let i = 0; i < list.length; i++) {
      if (valueKey(list[i]) !== order[i]) {
        return false
      }
    }
    return true
  }

  private duplicateElements(k: number, list: readonly unknown[], txn: Txn | undefined): void {
    const seen = new Set<ValueKey>()
    const dup = list.find((v) => {
      const vk = valueKey(v)
      return seen.has(vk) || (seen.add(vk), false)
    })
    this.report(
      txnAnomaly(
        'duplicate-elements',
        `duplicate-elements: ${txn ? txnName(txn) : 'a transaction'} read key ${this.k(k)} as ` +
          `${show(list)}, which contains ${show(dup)} twice, although it was appended once. ` +
          'A list only grows by appends: each appended value appears exactly once.',
        txn ? [txn] : [],
        { key: this.history.keys[k], read: list, element: dup },
      ),
    )
  }

  private incompatible(
    k: number,
    read: { txn: Txn; list: unknown[] },
    longest: unknown[],
    state: KeyState,
  ): void {
    const other = state.reads.find((r) => r.list === longest)?.txn
    this.report(
      txnAnomaly(
        'incompatible-order',
        `incompatible-order: ${txnName(read.txn)} read key ${this.k(k)} as ${show(read.list)} but ` +
          `${other ? txnName(other) : 'another transaction'} read it as ${show(longest)}; neither is a ` +
          'prefix of the other. Appends only ever extend a list, so every read of a key must be ' +
          'a prefix of the longest one: the two reads saw the key in different orders.',
        other ? [read.txn, other] : [read.txn],
        { key: this.history.keys[k], read: read.list, longest },
      ),
    )
  }

  private lastAppendCache: { txn: Txn; at: Map<number, number> } | undefined

  /** Key → position of the transaction's last append to it (cached for the current txn). */
  private lastAppendAt(txn: Txn): Map<number, number> {
    if (this.lastAppendCache?.txn !== txn) {
      const at = new Map<number, number>()
      txn.mops.forEach((mop, i) => mop.f === 'append' && at.set(mop.k, i))
      this.lastAppendCache = { txn, at }
    }
    return this.lastAppendCache.at
  }

  private readAnomalies(txn: Txn): void {
    const expected = new Map<number, { full: boolean; list: ValueKey[]; raw: unknown[] }>()
    txn.mops.forEach((mop, i) => {
      if (mop.f === 'append') {
        const state = expected.get(mop.k) ?? { full: false, list: [], raw: [] }
        state.list.push(valueKey(mop.v))
        state.raw.push(mop.v)
        expected.set(mop.k, state)
        return
      }
      if (mop.f !== 'r') {
        return
      }
      const list = Array.isArray(mop.v) ? mop.v : []
      this.checkGarbage(txn, mop.k, mop.v)
      this.checkAbortedAndIntermediate(txn, mop.k, list)
      if (this.checkFutureRead(txn, i, mop.k, list)) {
        expected.set(mop.k, { full: true, list: list.map(valueKey), raw: list.slice() })
        return
      }
      const state = expected.get(mop.k)
      if (state !== undefined && !this.internalOk(state, list)) {
        this.internal(txn, mop.k, list, state)
      }
      expected.set(mop.k, { full: true, list: list.map(valueKey), raw: list.slice() })
    })
  }

  private internalOk(
    state: { full: boolean; list: ValueKey[] },
    list: readonly unknown[],
  ): boolean {
    if (state.full && list.length !== state.list.length) {
      return false
    }
    if (list.length < state.list.length) {
      return false
    }
    const offset = list.length - state.list.length
    return state.list.every((vk, j) => valueKey(list[offset + j]) === vk)
  }

  private internal(
    txn: Txn,
    k: number,
    list: unknown[],
    state: { full: boolean; raw: unknown[] },
  ): void {
    const want = state.full ? `exactly ${show(state.raw)}` : `a list ending in ${show(state.raw)}`
    this.report(
      txnAnomaly(
        'internal',
        `internal: ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, but given its own earlier ` +
          `reads and appends it should have seen ${want}. A transaction must see its own writes ` +
          'and a stable view of what it already read.',
        [txn],
        { key: this.history.keys[k], read: list, expected: state.raw, txn: txn.mops.length },
      ),
    )
  }

  private checkFutureRead(txn: Txn, at: number, k: number, list: readonly unknown[]): boolean {
    if ((this.lastAppendAt(txn).get(k) ?? -1) < at) {
      return false
    }
    const later = new Set<ValueKey>()
    for (let j = at + 1; j < txn.mops.length; j++) {
      const mop = txn.mops[j]
      if (mop !== undefined && mop.f === 'append' && mop.k === k) {
        later.add(valueKey(mop.v))
      }
    }
    const future = later.size === 0 ? undefined : list.find((v) => later.has(valueKey(v)))
    if (future === undefined) {
      return false
    }
    this.report(
      txnAnomaly(
        'future-read',
        `future-read: ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, which already contains ` +
          `${show(future)}, a value the same transaction only appends later. A read cannot see ` +
          'a write that has not happened yet.',
        [txn],
        { key: this.history.keys[k], read: list, element: future },
      ),
    )
    return true
  }

  /** A read of something no append produced: not a list, or an element nobody appended. */
  private checkGarbage(txn: Txn, k: number, read: unknown): void {
    const writers = this.perKey.get(k)?.writers
    const garbage = !Array.isArray(read)
      ? read === null || read === undefined
        ? undefined
        : { what: show(read), value: read }
      : read
          .filter((v) => writers?.get(valueKey(v)) === undefined)
          .slice(0, 1)
          .map((v) => ({ what: `${show(v)} in ${show(read)}`, value: v }))[0]
    if (garbage === undefined) {
      return
    }
    this.report(
      txnAnomaly(
        'garbage-read',
        `garbage-read: ${txnName(txn)} read key ${this.k(k)} as ${show(read)}, but no transaction ever ` +
          `appended ${garbage.what} to key ${this.k(k)}. A read must return the list of values ` +
          'clients appended (or an empty list); every consistency model forbids inventing one.',
        [txn],
        { key: this.history.keys[k], read, value: garbage.value },
      ),
    )
  }

  private checkAbortedAndIntermediate(txn: Txn, k: number, list: readonly unknown[]): void {
    const state = this.perKey.get(k)
    if (state === undefined || list.length === 0) {
      return
    }
    for (const v of list) {
      const writer = state.writers.get(valueKey(v))
      if (writer !== undefined && writer.w < 0) {
        const failed = this.txnOf(writer.w)
        this.report(
          txnAnomaly(
            'G1a',
            `G1a (aborted read): ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, which includes ` +
              `${show(v)}, appended by ${txnName(failed)} — and ${txnName(failed)} failed, so its ` +
              'append never happened. Reading an aborted write is a dirty read.',
            [txn, failed],
            { key: this.history.keys[k], read: list, element: v },
          ),
        )
        break
      }
    }
    const last = list[list.length - 1]
    const writer = state.writers.get(valueKey(last))
    if (writer !== undefined && writer.w >= 0 && writer.w !== txn.id && !writer.final) {
      const other = this.txnOf(writer.w)
      this.report(
        txnAnomaly(
          'G1b',
          `G1b (intermediate read): ${txnName(txn)} read key ${this.k(k)} as ${show(list)}, ending in ` +
            `${show(last)}; ${txnName(other)} appended ${show(last)} but then appended to the key again ` +
            'in the same transaction. Another transaction may only see its final state.',
          [txn, other],
          { key: this.history.keys[k], read: list, element: last },
        ),
      )
    }
  }

  private writerOf(state: KeyState, vk: ValueKey | undefined): number {
    return vk === undefined ? NONE : (state.writers.get(vk)?.w ?? NONE)
  }

  private keyEdges(state: KeyState): void {
    const { order } = state
    for (let i = 1; i < order.length; i++) {
      const from = this.writerOf(state, order[i - 1])
      const to = this.writerOf(state, order[i])
      if (from >= 0 && to >= 0) {
        this.edges.add(from, to, WW)
      }
    }
    const lastWriter = this.writerOf(state, order[order.length - 1])
    const lastVersion: Version = order.length > 0 ? (order[order.length - 1] as ValueKey) : INIT
    for (const [vk, writer] of state.writers) {
      if (writer.w < 0) {
        continue
      }
      const pos = state.position.get(vk)
      if (pos === undefined) {
        if (lastWriter >= 0) {
          this.edges.add(lastWriter, writer.w, WW)
        }
        for (const reader of state.readers.get(lastVersion) ?? []) {
          this.edges.add(reader, writer.w, RW)
        }
      } else {
        const before: Version = pos === 0 ? INIT : (order[pos - 1] as ValueKey)
        for (const reader of state.readers.get(before) ?? []) {
          this.edges.add(reader, writer.w, RW)
        }
      }
    }
  }

  /** wr edges and the readers index; called once per ok txn's external reads. */
  indexExternalReads(): void {
    for (const [id, ext] of this.extReads) {
      for (const [k, list] of ext) {
        const state = this.perKey.get(k) as KeyState
        if (!this.isPrefix(list, state.order)) {
          continue
        }
        const version: Version = list.length === 0 ? INIT : valueKey(list[list.length - 1])
        const readers = state.readers.get(version)
        if (readers === undefined) {
          state.readers.set(version, [id])
        } else {
          readers.push(id)
        }
        const writer = this.writerOf(state, version === INIT ? undefined : version)
        if (writer >= 0) {
          this.edges.add(writer, id, WR)
        }
      }
    }
  }

  private dirtyUpdate(k: number, state: KeyState): void {
    const { order } = state
    for (let i = 0; i < order.length; i++) {
      const w = this.writerOf(state, order[i])
      if (w >= 0 || w === NONE) {
        continue
      }
      for (let j = i + 1; j < order.length; j++) {
        const next = this.writerOf(state, order[j])
        if (next >= 0) {
          const failed = this.txnOf(w)
          const committed = this.txnOf(next)
          this.report(
            txnAnomaly(
              'dirty-update',
              `dirty-update: on key ${this.k(k)}, ${txnName(committed)} appended ${show(state.raw[j])} ` +
                `on top of ${show(state.raw[i])}, which ${txnName(failed)} appended and then failed. ` +
                'A committed write was built on a state that was rolled back.',
              [failed, committed],
              { key: this.history.keys[k], aborted: state.raw[i], committed: state.raw[j] },
            ),
          )
          return
        }
      }
      return
    }
  }

  private lostUpdates(): void {
    const groups = new Map<string, { k: number; list: unknown[]; txns: Txn[] }>()
    for (const [id, ext] of this.extReads) {
      const txn = this.history.graph[id] as Txn
      const appended = this.lastAppendAt(txn)
      for (const [k, list] of ext) {
        if (!appended.has(k)) {
          continue
        }
        const version = list.length === 0 ? INIT : String(valueKey(list[list.length - 1]))
        const group = `${k}\u0000${version}`
        const entry = groups.get(group) ?? { k, list, txns: [] }
        entry.txns.push(txn)
        groups.set(group, entry)
      }
    }
    for (const { k, list, txns } of groups.values()) {
      if (txns.length < 2) {
        continue
      }
      const names = txns.slice(0, 4).map(txnName).join(', ')
      this.report(
        txnAnomaly(
          'lost-update',
          `lost-update: ${names} all read key ${this.k(k)} as ${show(list)} and then appended to it, ` +
            'each committing. Only one of them can have read the latest version before writing: ' +
            "the others' updates were based on a stale read.",
          txns.slice(0, 4),
          { key: this.history.keys[k], read: list },
        ),
      )
    }
  }

  explainData(from: Txn, to: Txn, type: number): string {
    const a = txnName(from)
    const b = txnName(to)
    for (const mop of to.mops) {
      const state = this.perKey.get(mop.k)
      if (state === undefined) {
        continue
      }
      if (type === WR && mop.f === 'r') {
        const list = this.extReads.get(to.id)?.get(mop.k)
        const last = list?.[list.length - 1]
        if (
          list !== undefined &&
          list.length > 0 &&
          this.writerOf(state, valueKey(last)) === from.id
        ) {
          return `${a} < ${b} because ${b} read ${a}'s append of ${show(last)} to key ${this.k(mop.k)}`
        }
      }
      if (mop.f !== 'append' || (type !== WW && type !== RW)) {
        continue
      }
      const pos = state.position.get(valueKey(mop.v))
      const beforeIndex = pos === undefined ? state.order.length - 1 : pos - 1
      const unseen = pos === undefined ? ' (never read, so after everything read)' : ''
      if (
        type === WW &&
        beforeIndex >= 0 &&
        this.writerOf(state, state.order[beforeIndex]) === from.id
      ) {
        return (
          `${a} < ${b} because ${b} appended ${show(mop.v)} to key ${this.k(mop.k)}${unseen} ` +
          `after ${a}'s append of ${show(state.raw[beforeIndex])}`
        )
      }
      if (type === RW) {
        const version: Version = beforeIndex < 0 ? INIT : (state.order[beforeIndex] as ValueKey)
        if ((state.readers.get(version) ?? []).includes(from.id)) {
          const saw = beforeIndex < 0 ? 'empty' : `as ${show(state.raw.slice(0, beforeIndex + 1))}`
          return (
            `${a} < ${b} because ${a} read key ${this.k(mop.k)} ${saw}, without ${b}'s append of ` +
            `${show(mop.v)}${unseen}`
          )
        }
      }
    }
    return `${a} < ${b} (${type === WW ? 'ww' : type === WR ? 'wr' : 'rw'} dependency)`
  }
}

export function inferListAppend(history: TxnHistory): Inference {
  const inference = new ListAppendInference(history)
  inference.run()
  return inference
}
