/**
 * Dependency inference for rw-register histories (checkers.md §3.3). Micro-ops are
 * `["w", k, v]` and `["r", k, v]`; written values are unique per key; `null` is the
 * initial state.
 *
 * A register read shows one version, not its history, so the version order of each key has
 * to be inferred. Each source below is an INFERENCE RULE. A rule is sound for a consistency
 * model when every version order that would explain the history under that model obeys it
 * — equivalently, when breaking the rule would itself produce an anomaly the model forbids.
 * The checker applies a rule only when it is sound for every model being checked (models
 * needing different rules are checked in separate passes, see `checkRwRegister`), names the
 * rules it applied in the result (`inferenceRules`) and in every step it explains. A
 * contradiction between applied rules is reported (`cyclic-versions`), never resolved.
 *
 * | rule | what it infers | breaking it would be | sound under |
 * |---|---|---|---|
 * | `initial-state` | null precedes every written value | impossible (Adya) | every model |
 * | `own-writes` | a txn's successive writes of a key are installed in program order (the earlier one is intermediate) | a G1b for whoever read it | every model |
 * | `writes-follow-reads` (Elle `wfr-keys?`) | a txn that read v1 and later wrote v2 installed v2 after v1 (for EVERY read before the write) | the writer of v2 overwrote nothing after v1's writer, who it read from: G1c (G1a/G1b if v1 was aborted or intermediate) | read-committed and stronger |
 * | `sequential-keys` (Elle `sequential-keys?`) | the versions one client process reads or writes of a key, txn after txn, are in version order | a cycle through that process's order with at most one anti-dependency: G0/G1c/G-single-process | strong-session-snapshot-isolation, strong-session-serializable, strict-serializable (and the strong-SI variants) |
 * | `realtime-keys` (Elle `linearizable-keys?`) | what a txn observed or installed precedes what a txn that began after it completed observes or installs | the same through real-time order: G0/G1c/G-single-realtime | strong-snapshot-isolation, strict-serializable |
 *
 * Consequences a learner must know:
 * - Under read-uncommitted no rule relates two different transactions' writes, and none can:
 *   read-uncommitted only forbids G0, and any history of register writes has SOME version
 *   order without a write cycle (order every key's versions by one arbitrary order of the
 *   transactions). So rw-register cannot show G0 soundly; a stage that must expose G0 uses
 *   a workload whose reads reveal version order (txn-list-append: a list shows every prior
 *   append) — see docs/checkers-rules.md.
 * - Under read-committed, writes-follow-reads applies: a client that reads x and then writes
 *   it pins the order. A client that reads 6 and later 5 has only seen a stale value: that is
 *   not a cycle unless the model grants session order (Maelstrom's rw-register leaves
 *   `sequential-keys` off by default too).
 * - `--extra sequential-keys=true` / `wfr-keys=true` / `linearizable-keys=true` force a rule on
 *   as an explicit ASSUMPTION about the database (recorded in `assumedRules`); `=false`
 *   forces it off.
 *
 * For each version edge v1 → v2: ww from v1's writer to v2's writer, rw from every
 * transaction whose external read saw v1 to v2's writer; wr from a value's writer to its
 * readers. Also G1a, G1b, internal (a read inside one transaction that disagrees with its own
 * earlier write or read — reported as `internal`, never turned into a cycle), lost-update,
 * garbage reads (a value no transaction wrote: every model forbids it) and duplicate writes
 * (→ unknown).
 */
import type { Anomaly } from '../contract.js'
import { EdgeBuilder, RW, WR, WW } from './graph.js'
import type { Inference } from './order.js'
import { txnAnomaly } from './order.js'
import { modelForbids } from './models.js'
import type { Txn, TxnHistory, ValueKey, WriterEntry } from './txn.js'
import { indexWriters, show, txnName, valueKey } from './txn.js'

const INIT = '\u0000init'
type Version = ValueKey

/** The inference rules of the table above, in the order they are applied. */
export const RW_RULES = [
  'initial-state',
  'own-writes',
  'writes-follow-reads',
  'sequential-keys',
  'realtime-keys',
] as const
export type RwRule = (typeof RW_RULES)[number]

/**
 * What a database breaking the rule would show: the rule is sound for a model exactly when
 * the model forbids every one of these (an empty list: sound for every model).
 */
export const RULE_BREAKS: Record<RwRule, readonly string[]> = {
  'initial-state': [],
  'own-writes': [],
  'writes-follow-reads': ['G1a', 'G1b', 'G1c'],
  'sequential-keys': ['G0-process', 'G1c-process', 'G-single-process'],
  'realtime-keys': ['G0-realtime', 'G1c-realtime', 'G-single-realtime'],
}

/** The rules sound for every one of `models` (canonical names). */
export function soundRules(models: readonly string[]): RwRule[] {
  return RW_RULES.filter((rule) =>
    models.every((model) => RULE_BREAKS[rule].every((anomaly) => modelForbids(model, anomaly))),
  )
}

export interface RwRegisterOptions {
  /** Force writes-follow-reads on (an assumption) or off. @default sound for the models */
  wfrKeys?: boolean
  /** Force per-key, per-process order on (an assumption) or off. @default sound for the models */
  sequentialKeys?: boolean
  /** Force per-key real-time order on (an assumption) or off. @default sound for the models */
  linearizableKeys?: boolean
}

const RULE_OPTION: Partial<Record<RwRule, keyof RwRegisterOptions>> = {
  'writes-follow-reads': 'wfrKeys',
  'sequential-keys': 'sequentialKeys',
  'realtime-keys': 'linearizableKeys',
}

/** The rules to apply for `models`: the sound ones, then each explicit option on top. */
export function rulesFor(
  models: readonly string[],
  options: RwRegisterOptions,
): { rules: RwRule[]; assumed: RwRule[] } {
  const sound = soundRules(models)
  const rules: RwRule[] = []
  const assumed: RwRule[] = []
  for (const rule of RW_RULES) {
    const option = RULE_OPTION[rule]
    const forced = option === undefined ? undefined : options[option]
    const on = forced ?? sound.includes(rule)
    if (on) {
      rules.push(rule)
      if (!sound.includes(rule)) {
        assumed.push(rule)
      }
    }
  }
  return { rules, assumed }
}

type Writer = WriterEntry

interface KeyState {
  writers: Map<ValueKey, Writer>
  /** Version graph: v1 → (v2 → why). */
  next: Map<Version, Map<Version, string>>
  readers: Map<Version, number[]>
  cyclicReported: boolean
  realtimeCyclicReported: boolean
}

const MAX_PER_TYPE = 10

function versionOf(value: unknown): Version {
  return value === null || value === undefined ? INIT : valueKey(value)
}

class RwRegisterInference implements Inference {
  readonly edges = new EdgeBuilder()
  readonly anomalies: Anomaly[] = []
  readonly txns: readonly Txn[]
  private readonly counts = new Map<string, number>()
  private readonly perKey = new Map<number, KeyState>()
  private readonly extReads = new Map<number, Map<number, unknown>>()
  /** ww edges kept from contradicting version orders, by "from>to" graph ids. */
  private readonly contradictions = new Map<string, { from: unknown; to: unknown; why: string }>()

  constructor(
    private readonly history: TxnHistory,
    private readonly rules: ReadonlySet<RwRule>,
  ) {
    this.txns = history.graph
  }

  private key(k: number): KeyState {
    let state = this.perKey.get(k)
    if (state === undefined) {
      state = {
        writers: new Map(),
        next: new Map(),
        readers: new Map(),
        cyclicReported: false,
        realtimeCyclicReported: false,
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

  private k(k: number): string {
    return show(this.history.keys[k])
  }

  private txnOf(w: number): Txn {
    return w >= 0 ? (this.history.graph[w] as Txn) : (this.history.failed[-w - 1] as Txn)
  }

  run(): this {
    this.indexWrites(this.history.failed, true)
    this.indexWrites(this.history.graph, false)
    for (const txn of this.history.graph) {
      if (txn.readsKnown) {
        this.readsOf(txn)
      }
    }
    this.versionSources()
    for (const state of this.perKey.values()) {
      this.keyEdges(state)
    }
    this.lostUpdates()
    return this
  }

  private indexWrites(txns: readonly Txn[], failed: boolean): void {
    indexWriters(
      txns,
      failed,
      'w',
      (k) => this.key(k).writers,
      (k, v, first, txn) => this.duplicateWrite(k, v, this.txnOf(first), txn),
    )
  }

  private duplicateWrite(k: number, v: unknown, first: Txn, second: Txn): void {
    this.report(
      txnAnomaly(
        'duplicate-writes',
        `duplicate-writes: ${txnName(first)} and ${txnName(second)} both wrote ${show(v)} to key ` +
          `${this.k(k)}. The checker needs written values to be unique per key to know which ` +
          'write a read saw, so it cannot decide this history.',
        [first, second],
        { key: this.history.keys[k], value: v },
      ),
    )
  }

  /** External reads, wr edges, G1a, G1b and internal consistency of one ok txn. */
  private readsOf(txn: Txn): void {
    const known = new Map<number, { value: unknown; own: boolean }>()
    let ext: Map<number, unknown> | undefined
    for (const mop of txn.mops) {
      if (mop.f === 'w') {
        known.set(mop.k, { value: mop.v, own: true })
        continue
      }
      if (mop.f !== 'r') {
        continue
      }
      const before = known.get(mop.k)
      if (before === undefined) {
        ext ??= new Map()
        ext.set(mop.k, mop.v)
        this.external(txn, mop.k, mop.v)
      } else if (versionOf(before.value) !== versionOf(mop.v)) {
        this.internal(txn, mop.k, mop.v, before)
      }
      this.dirtyReads(txn, mop.k, mop.v)
      known.set(mop.k, { value: mop.v, own: false })
    }
    if (ext !== undefined) {
      this.extReads.set(txn.id, ext)
    }
  }

  private external(txn: Txn, k: number, value: unknown): void {
    const state = this.key(k)
    const version = versionOf(value)
    const readers = state.readers.get(version)
    if (readers === undefined) {
      state.readers.set(version, [txn.id])
    } else {
      readers.push(txn.id)
    }
    const writer = version === INIT ? undefined : state.writers.get(version)
    if (writer !== undefined && writer.w >= 0) {
      this.edges.add(writer.w, txn.id, WR)
    }
  }

  private internal(
    txn: Txn,
    k: number,
    value: unknown,
    before: { value: unknown; own: boolean },
  ): void {
    const why = before.own ? 'its own write of' : 'its earlier read of'
    this.report(
      txnAnomaly(
        'internal',
        `internal: ${txnName(txn)} read key ${this.k(k)} as ${show(value)} right after ${why} ` +
          `${show(before.value)}. A transaction must see its own writes and a stable view of what ` +
          'it already read.',
        [txn],
        { key: this.history.keys[k], read: value, expected: before.value },
      ),
    )
  }

  private dirtyReads(txn: Txn, k: number, value: unknown): void {
    const version = versionOf(value)
    if (version === INIT) {
      return
    }
    const writer = this.perKey.get(k)?.writers.get(version)
    if (writer === undefined) {
      this.garbageRead(txn, k, value)
      return
    }
    if (writer.w === txn.id) {
      return
    }
    const other = this.txnOf(writer.w)
    if (writer.w < 0) {
      this.report(
        txnAnomaly(
          'G1a',
          `G1a (aborted read): ${txnName(txn)} read ${show(value)} from key ${this.k(k)}, written by ` +
            `${txnName(other)} — which failed, so that write never happened. Reading an aborted ` +
            'write is a dirty read.',
          [txn, other],
          { key: this.history.keys[k], value },
        ),
      )
    } else if (!writer.final) {
      this.report(
        txnAnomaly(
          'G1b',
          `G1b (intermediate read): ${txnName(txn)} read ${show(value)} from key ${this.k(k)}; ` +
            `${txnName(other)} wrote it but then wrote the key again in the same transaction. ` +
            'Another transaction may only see its final write.',
          [txn, other],
          { key: this.history.keys[k], value },
        ),
      )
    }
  }

  /** A read of a value no transaction (ok, info or failed) ever wrote to that key. */
  private garbageRead(txn: Txn, k: number, value: unknown): void {
    this.report(
      txnAnomaly(
        'garbage-read',
        `garbage-read: ${txnName(txn)} read key ${this.k(k)} as ${show(value)}, but no transaction ` +
          `ever wrote ${show(value)} to key ${this.k(k)}. A read must return the initial value ` +
          '(null) or a value some client wrote; every consistency model forbids inventing one.',
        [txn],
        { key: this.history.keys[k], read: value },
      ),
    )
  }

  private versionSources(): void {
    for (const [k, state] of this.perKey) {
      for (const [vk, writer] of state.writers) {
        if (writer.w >= 0) {
          this.addVersion(
            k,
            INIT,
            vk,
            'every value comes after the initial empty state [initial-state]',
          )
        }
      }
    }
    for (const txn of this.history.graph) {
      this.withinTxn(txn)
    }
    if (this.rules.has('sequential-keys')) {
      this.sessionOrder()
    }
    if (this.rules.has('realtime-keys')) {
      this.realtimeOrder()
    }
  }

  /** Own write order and writes-follow-reads. */
  private withinTxn(txn: Txn): void {
    const seen = new Map<number, { value: unknown; own: boolean }[]>()
    for (const mop of txn.mops) {
      if (mop.f === 'r' && txn.readsKnown) {
        const list = seen.get(mop.k) ?? []
        list.push({ value: mop.v, own: false })
        seen.set(mop.k, list)
      } else if (mop.f === 'w') {
        const to = valueKey(mop.v)
        for (const earlier of seen.get(mop.k) ?? []) {
          if (earlier.own) {
            this.addVersion(
              mop.k,
              valueKey(earlier.value),
              to,
              `${txnName(txn)} wrote ${show(earlier.value)} and then ${show(mop.v)} [own-writes]`,
            )
          } else if (this.rules.has('writes-follow-reads')) {
            const from = versionOf(earlier.value)
            this.addVersion(
              mop.k,
              from,
              to,
              `${txnName(txn)} read ${show(earlier.value)} before writing ${show(mop.v)} [writes-follow-reads]`,
            )
          }
        }
        seen.set(mop.k, [{ value: mop.v, own: true }])
      }
    }
  }

  private sessionOrder(): void {
    const ordered = this.history.graph
      .filter((t) => t.readsKnown)
      .sort((a, b) => a.invokeIndex - b.invokeIndex)
    const last = new Map<number, Map<number, unknown>>()
    for (const txn of ordered) {
      const mine = last.get(txn.process) ?? new Map<number, unknown>()
      last.set(txn.process, mine)
      for (const mop of txn.mops) {
        if (mop.f !== 'r' && mop.f !== 'w') {
          continue
        }
        if (mine.has(mop.k)) {
          const before = mine.get(mop.k)
          this.addVersion(
            mop.k,
            versionOf(before),
            versionOf(mop.v),
            `client process ${txn.process} saw ${show(before)} and later ${show(mop.v)} (in ${txnName(txn)}) [sequential-keys]`,
          )
        }
        mine.set(mop.k, mop.v)
      }
    }
  }

  private reaches(state: KeyState, from: Version, to: Version): Version[] | undefined {
    const parent = new Map<Version, Version>([[from, from]])
    const todo: Version[] = [from]
    while (todo.length > 0) {
      const v = todo.pop() as Version
      if (v === to) {
        const path: Version[] = [to]
        let at = to
        while (at !== from) {
          at = parent.get(at) as Version
          path.push(at)
        }
        return path.reverse()
      }
      for (const w of state.next.get(v)?.keys() ?? []) {
        if (!parent.has(w)) {
          parent.set(w, v)
          todo.push(w)
        }
      }
    }
    return undefined
  }

  /** The first and last version of each key a transaction observed or installed. */
  private versionsOf(txn: Txn): { first: Map<number, Version>; last: Map<number, Version> } {
    const first = new Map<number, Version>()
    const last = new Map<number, Version>()
    const unknown = new Set<number>()
    for (const mop of txn.mops) {
      if ((mop.f !== 'r' && mop.f !== 'w') || unknown.has(mop.k)) {
        continue
      }
      if (mop.f === 'r' && !txn.readsKnown) {
        if (!first.has(mop.k)) {
          unknown.add(mop.k)
        }
        continue
      }
      const version = mop.f === 'r' ? versionOf(mop.v) : valueKey(mop.v)
      if (!first.has(mop.k)) {
        first.set(mop.k, version)
      }
      last.set(mop.k, version)
    }
    return { first, last }
  }

  /**
   * Real-time order per key, as a buffered reduction (like the realtime edges): a frontier of
   * the last versions of completed transactions not yet covered by a later completed one;
   * each invocation orders the frontier before its first versions.
   */
  private realtimeOrder(): void {
    const events: [number, Txn, boolean][] = []
    for (const txn of this.history.graph) {
      events.push([txn.invokeIndex, txn, true])
      if (txn.type === 'ok' && txn.completeIndex >= 0) {
        events.push([txn.completeIndex, txn, false])
      }
    }
    events.sort((x, y) => x[0] - y[0])
    const frontier = new Map<number, { v: Version; txn: Txn; seq: number }[]>()
    const seqAtInvoke = new Map<number, number>()
    let seq = 0
    for (const [, txn, invoke] of events) {
      const { first, last } = this.versionsOf(txn)
      if (invoke) {
        for (const [k, v] of first) {
          for (const entry of frontier.get(k) ?? []) {
            const why = `${txnName(entry.txn)} completed before ${txnName(txn)} began [realtime-keys]`
            this.addVersion(k, entry.v, v, why, true)
          }
        }
        seqAtInvoke.set(txn.id, seq)
        continue
      }
      const cut = seqAtInvoke.get(txn.id) ?? 0
      for (const [k, v] of last) {
        const kept = (frontier.get(k) ?? []).filter((entry) => entry.seq >= cut)
        kept.push({ v, txn, seq: seq++ })
        frontier.set(k, kept)
      }
    }
  }

  private addVersion(k: number, from: Version, to: Version, why: string, realtime = false): void {
    if (from === to) {
      return
    }
    const state = this.key(k)
    const out = state.next.get(from)
    if (out?.has(to) === true) {
      return
    }
    const back = this.reaches(state, to, from)
    if (back !== undefined) {
      if (realtime) {
        this.cyclicVersions(k, state, from, to, why, back, 'cyclic-versions-realtime')
      } else {
        this.cyclicVersions(k, state, from, to, why, back, 'cyclic-versions')
        this.contradictingWrite(state, from, to, why)
      }
      return
    }
    if (out === undefined) {
      state.next.set(from, new Map([[to, why]]))
    } else {
      out.set(to, why)
    }
  }

  /**
   * A version edge that contradicts the key's order still orders the two writes: keep it as
   * a ww edge between the writers (not in the version graph), so that two nodes installing
   * the same writes in opposite orders show up as the write cycle they are (G0).
   */
  private contradictingWrite(state: KeyState, from: Version, to: Version, why: string): void {
    const a = from === INIT ? undefined : state.writers.get(from)
    const b = state.writers.get(to)
    if (a === undefined || b === undefined || a.w < 0 || b.w < 0 || a.w === b.w) {
      return
    }
    this.edges.add(a.w, b.w, WW)
    this.contradictions.set(`${a.w}>${b.w}`, { from: a.raw, to: b.raw, why })
  }

  private showVersion(state: KeyState, v: Version): string {
    return v === INIT ? 'null (initial)' : show(state.writers.get(v)?.raw ?? v)
  }

  private cyclicVersions(
    k: number,
    state: KeyState,
    from: Version,
    to: Version,
    why: string,
    back: Version[],
    type: 'cyclic-versions' | 'cyclic-versions-realtime',
  ): void {
    const flag = type === 'cyclic-versions' ? 'cyclicReported' : 'realtimeCyclicReported'
    if (state[flag]) {
      return
    }
    state[flag] = true
    const steps = back.slice(1).map((v, i) => {
      const u = back[i] as Version
      return `${this.showVersion(state, u)} < ${this.showVersion(state, v)} because ${state.next.get(u)?.get(v) ?? '?'}`
    })
    const writers = [...back, from, to]
      .map((v) => state.writers.get(v)?.w)
      .filter((w): w is number => w !== undefined)
      .map((w) => this.txnOf(w))
    this.report(
      txnAnomaly(
        type,
        `${type}: the versions of key ${this.k(k)} were seen in contradictory orders: ` +
          `${this.showVersion(state, from)} < ${this.showVersion(state, to)} because ${why}, but ` +
          `${steps.join('; ')}. ` +
          (type === 'cyclic-versions'
            ? "A key's versions are installed in one order; different clients saw them go in " +
              'different directions.'
            : 'Under strict serializability a transaction that begins after another completed ' +
              'sees at least its versions; this one saw an older one.'),
        [...new Set(writers)],
        { key: this.history.keys[k], edge: [from, to], reverse: back },
      ),
    )
  }

  private keyEdges(state: KeyState): void {
    for (const [from, outs] of state.next) {
      const fromWriter = from === INIT ? undefined : state.writers.get(from)
      for (const to of outs.keys()) {
        const toWriter = state.writers.get(to)
        if (toWriter === undefined || toWriter.w < 0) {
          continue
        }
        if (fromWriter !== undefined && fromWriter.w >= 0) {
          this.edges.add(fromWriter.w, toWriter.w, WW)
        }
        for (const reader of state.readers.get(from) ?? []) {
          this.edges.add(reader, toWriter.w, RW)
        }
      }
    }
  }

  private lostUpdates(): void {
    const groups = new Map<string, { k: number; value: unknown; txns: Txn[] }>()
    for (const [id, ext] of this.extReads) {
      const txn = this.history.graph[id] as Txn
      const written = new Set(txn.mops.filter((m) => m.f === 'w').map((m) => m.k))
      for (const [k, value] of ext) {
        if (!written.has(k)) {
          continue
        }
        const group = `${k}\u0000${String(versionOf(value))}`
        const entry = groups.get(group) ?? { k, value, txns: [] }
        entry.txns.push(txn)
        groups.set(group, entry)
      }
    }
    for (const { k, value, txns } of groups.values()) {
      if (txns.length >= 2) {
        this.report(
          txnAnomaly(
            'lost-update',
            `lost-update: ${txns.slice(0, 4).map(txnName).join(', ')} all read key ${this.k(k)} as ` +
              `${show(value)} and then wrote it, each committing. Only one of them can have read the ` +
              "latest version before writing: the others' updates were based on a stale read.",
            txns.slice(0, 4),
            { key: this.history.keys[k], read: value },
          ),
        )
      }
    }
  }

  explainData(from: Txn, to: Txn, type: number): string {
    const a = txnName(from)
    const b = txnName(to)
    for (const mop of to.mops) {
      const state = this.perKey.get(mop.k)
      const contradiction = type === WW ? this.contradictions.get(`${from.id}>${to.id}`) : undefined
      if (
        contradiction !== undefined &&
        mop.f === 'w' &&
        valueKey(mop.v) === valueKey(contradiction.to)
      ) {
        return (
          `${a} < ${b} because ${b}'s write of ${show(mop.v)} to key ${this.k(mop.k)} came after ` +
          `${a}'s write of ${show(contradiction.from)} (${contradiction.why})`
        )
      }
      if (state === undefined) {
        continue
      }
      if (type === WR && mop.f === 'r') {
        const value = this.extReads.get(to.id)?.get(mop.k)
        const writer = value === undefined ? undefined : state.writers.get(versionOf(value))
        if (writer?.w === from.id) {
          return `${a} < ${b} because ${b} read ${a}'s write of ${show(value)} to key ${this.k(mop.k)}`
        }
      }
      if (mop.f !== 'w' || type === WR) {
        continue
      }
      const to2 = valueKey(mop.v)
      for (const [v1, outs] of state.next) {
        const why = outs.get(to2)
        if (why === undefined) {
          continue
        }
        if (type === WW && v1 !== INIT && state.writers.get(v1)?.w === from.id) {
          return (
            `${a} < ${b} because ${b}'s write of ${show(mop.v)} to key ${this.k(mop.k)} came after ` +
            `${a}'s write of ${this.showVersion(state, v1)} (${why})`
          )
        }
        if (type === RW && (state.readers.get(v1) ?? []).includes(from.id)) {
          return (
            `${a} < ${b} because ${a} read key ${this.k(mop.k)} as ${this.showVersion(state, v1)}, ` +
            `a version before ${b}'s write of ${show(mop.v)} (${why})`
          )
        }
      }
    }
    return `${a} < ${b} (${type === WW ? 'ww' : type === WR ? 'wr' : 'rw'} dependency)`
  }
}

export function inferRwRegister(history: TxnHistory, rules: readonly RwRule[]): Inference {
  const inference = new RwRegisterInference(history, new Set(rules))
  inference.run()
  return inference
}
