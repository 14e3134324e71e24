/**
 * Transactions of a history, as Elle sees them: every client `txn` invocation paired with
 * its completion, its micro-ops `[f, k, v]` parsed, keys and values interned so the rest of
 * the checker works on integers and strings only.
 *
 * Guarantees: `graph` lists the transactions that may have committed (`ok` and `info`, plus
 * invocations with no completion) with dense ids 0..n-1 — these are the vertices of the
 * dependency graph; `failed` lists the `fail` ones (definitely aborted). Reads are only
 * trusted for `ok` transactions (an `info` or `fail` completion does not say what was read).
 * Does not judge anything: malformed micro-ops are collected in `malformed` as text.
 */
import type { Op } from '../../history/index.js'
import { pairOps } from '../../history/index.js'
import { canonicalJson } from '../../shared/index.js'

export interface Mop {
  f: string
  /** Interned key id. */
  k: number
  /** The raw micro-op value (a list for list-append reads, anything for registers). */
  v: unknown
}

export interface Txn {
  /** Dense vertex id (graph) or position in `failed`. */
  id: number
  type: 'ok' | 'info' | 'fail'
  process: number
  invokeIndex: number
  /** History index of the completion, -1 if the history ended first. */
  completeIndex: number
  invokeTimeNs: number
  completeTimeNs: number
  node: string | undefined
  mops: Mop[]
  /** True only for `ok`: the read values are what the database returned. */
  readsKnown: boolean
}

export interface TxnHistory {
  graph: Txn[]
  failed: Txn[]
  /** Interned keys: key id → the key as it appeared in the history. */
  keys: unknown[]
  malformed: string[]
  /** ok transactions whose reply changed the requested micro-ops (Maelstrom issue #14). */
  mismatches: { txn: Txn; text: string }[]
}

/** A value's identity: numbers stand for themselves, anything else by canonical JSON. */
export type ValueKey = number | string

export function valueKey(value: unknown): ValueKey {
  return typeof value === 'number' ? value : `j:${canonicalJson(value)}`
}

/** Short display of a key or value for messages. */
export function show(value: unknown): string {
  const text = value === undefined ? 'null' : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

class KeyTable {
  readonly ids = new Map<ValueKey, number>()
  readonly keys: unknown[] = []
  id(key: unknown): number {
    const vk = valueKey(key)
    let id = this.ids.get(vk)
    if (id === undefined) {
      id = this.keys.length
      this.ids.set(vk, id)
      this.keys.push(key)
    }
    return id
  }
}

function parseMops(value: unknown, keys: KeyTable, malformed: string[], where: string): Mop[] {
  if (!Array.isArray(value)) {
    malformed.push(`${where}: the transaction is not a list of micro-ops`)
    return []
  }
  const mops: Mop[] = []
  for (const raw of value) {
    if (!Array.isArray(raw) || raw.length < 2 || typeof raw[0] !== 'string') {
      malformed.push(`${where}: micro-op ${show(raw)} is not [f, key, value]`)
      continue
    }
    mops.push({ f: raw[0], k: keys.id(raw[1]), v: raw[2] ?? null })
  }
  return mops
}

/** Parse the `txn` operations of a history (other ops and the nemesis are ignored). */
export function parseTxns(history: readonly Op[]): TxnHistory {
  const keys = new KeyTable()
  const malformed: string[] = []
  const graph: Txn[] = []
  const failed: Txn[] = []
  const mismatches: { txn: Txn; text: string }[] = []
  for (const pair of pairOps(history)) {
    const { invoke, complete } = pair
    if (invoke.f !== 'txn' || typeof invoke.process !== 'number') {
      continue
    }
    const type = complete === undefined ? 'info' : complete.type
    if (type === 'invoke') {
      continue
    }
    const source = type === 'ok' && complete !== undefined ? complete.value : invoke.value
    const where = `op ${complete?.index ?? invoke.index}`
    const txn: Txn = {
      id: type === 'fail' ? failed.length : graph.length,
      type,
      process: invoke.process,
      invokeIndex: invoke.index,
      completeIndex: complete?.index ?? -1,
      invokeTimeNs: invoke.time,
      completeTimeNs: complete?.time ?? Number.POSITIVE_INFINITY,
      node: invoke.node ?? complete?.node,
      mops: parseMops(source, keys, malformed, where),
      readsKnown: type === 'ok',
    }
    if (type === 'fail') {
      failed.push(txn)
    } else {
      graph.push(txn)
    }
    const mismatch = type === 'ok' ? replyMismatch(invoke.value, complete?.value) : null
    if (mismatch !== null) {
      mismatches.push({ txn, text: mismatch })
    }
  }
  return { graph, failed, keys: keys.keys, malformed, mismatches }
}

function sameJson(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'object' && typeof b === 'object' && canonicalJson(a) === canonicalJson(b))
  )
}

/** Why a reply's micro-ops do not answer the request, or null when they do. */
export function replyMismatch(request: unknown, reply: unknown): string | null {
  if (!Array.isArray(request)) {
    return null
  }
  if (!Array.isArray(reply)) {
    return `the reply carries ${show(reply)} instead of a list of micro-ops`
  }
  if (reply.length !== request.length) {
    return `the request had ${request.length} micro-ops but the reply has ${reply.length}`
  }
  for (let i = 0; i < request.length; i++) {
    const asked = request[i] as unknown
    const got = reply[i] as unknown
    if (!Array.isArray(asked) || asked.length < 2) {
      continue
    }
    if (!Array.isArray(got) || got[0] !== asked[0] || !sameJson(got[1], asked[1])) {
      return `micro-op ${i} was ${show(asked)} but the reply has ${show(got)}`
    }
    if (asked[0] !== 'r' && !sameJson(got[2] ?? null, asked[2] ?? null)) {
      return `micro-op ${i} was ${show(asked)} but the reply echoes ${show(got)}`
    }
  }
  return null
}

/** History index that best names a transaction (its completion, else its invocation). */
export function txnIndex(txn: Txn): number {
  return txn.completeIndex >= 0 ? txn.completeIndex : txn.invokeIndex
}

/** `T12 (process 3, op 57)`-style name used in every explanation. */
export function txnName(txn: Txn): string {
  return `T${txnIndex(txn)}`
}

/** The micro-ops in Maelstrom's wire form, for evidence. */
export function txnValue(txn: Txn, keys: readonly unknown[]): unknown[] {
  return txn.mops.map((m) => [m.f, keys[m.k], m.v])
}

/** Who wrote a value: the graph id (≥ 0) or -(failed id + 1), and whether it was final. */
export interface WriterEntry {
  w: number
  /** False when the same transaction wrote the key again afterwards (its value is intermediate). */
  final: boolean
  /** The written value as it came. */
  raw: unknown
}

/**
 * Index the writes (`append` or `w` micro-ops) of `txns` per key: each value → its writer,
 * marking a transaction's earlier writes to a key as not final. A value written twice goes to
 * `onDuplicate` (values must be unique per key) and keeps its first writer. Shared by the
 * list-append and rw-register inferences.
 */
export function indexWriters(
  txns: readonly Txn[],
  failed: boolean,
  writeF: 'append' | 'w',
  writersOf: (k: number) => Map<ValueKey, WriterEntry>,
  onDuplicate: (k: number, v: unknown, firstWriter: number, txn: Txn) => void,
): void {
  for (const txn of txns) {
    const last = new Map<number, ValueKey>()
    for (const mop of txn.mops) {
      if (mop.f !== writeF) {
        continue
      }
      const writers = writersOf(mop.k)
      const vk = valueKey(mop.v)
      const previous = writers.get(vk)
      if (previous !== undefined) {
        onDuplicate(mop.k, mop.v, previous.w, txn)
        continue
      }
      const before = last.get(mop.k)
      if (before !== undefined) {
        ;(writers.get(before) as WriterEntry).final = false
      }
      last.set(mop.k, vk)
      writers.set(vk, { w: failed ? -(txn.id + 1) : txn.id, final: true, raw: mop.v })
    }
  }
}
