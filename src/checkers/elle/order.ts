/**
 * Session and real-time orders between transactions, plus the shared helpers that turn
 * transactions into `Anomaly` evidence.
 *
 * - process edges: consecutive transactions of one client process (a process runs one
 *   transaction at a time; a process id is retired after an `info`);
 * - realtime edges: T1 → T2 when T1 completed before T2 was invoked, as Elle's buffered
 *   transitive reduction: a buffer of completed transactions not yet known to precede a
 *   later completed one; each invocation links the whole buffer; each completion removes
 *   from the buffer what was already there at its invocation. O(n·p) for p concurrent
 *   processes, and reachability is exactly the real-time order.
 */
import type { Anomaly } from '../contract.js'
import type { EdgeBuilder } from './graph.js'
import { PROCESS, REALTIME } from './graph.js'
import type { Txn } from './txn.js'
import { txnIndex, txnName } from './txn.js'

export function addProcessEdges(txns: readonly Txn[], edges: EdgeBuilder): void {
  const last = new Map<number, Txn>()
  const ordered = txns.slice().sort((x, y) => x.invokeIndex - y.invokeIndex)
  for (const txn of ordered) {
    const previous = last.get(txn.process)
    if (previous !== undefined) {
      edges.add(previous.id, txn.id, PROCESS)
    }
    last.set(txn.process, txn)
  }
}

export function addRealtimeEdges(txns: readonly Txn[], edges: EdgeBuilder): void {
  // Events sorted by history index: id+1 for an invocation, -(id+1) for an ok completion.
  const events: [number, number][] = []
  for (const txn of txns) {
    events.push([txn.invokeIndex, txn.id + 1])
    if (txn.type === 'ok' && txn.completeIndex >= 0) {
      events.push([txn.completeIndex, -(txn.id + 1)])
    }
  }
  events.sort((x, y) => x[0] - y[0])
  const seqAtInvoke = new Float64Array(txns.length)
  let buffer: { id: number; seq: number }[] = []
  let seq = 0
  for (const [, e] of events) {
    if (e > 0) {
      const id = e - 1
      for (const entry of buffer) {
        edges.add(entry.id, id, REALTIME)
      }
      seqAtInvoke[id] = seq
    } else {
      const id = -e - 1
      const cut = seqAtInvoke[id] as number
      buffer = buffer.filter((entry) => entry.seq >= cut)
      buffer.push({ id, seq: seq++ })
    }
  }
}

/** Explain a process or realtime step; undefined for data edges. */
export function explainOrderStep(from: Txn, to: Txn, type: number): string | undefined {
  if (type === PROCESS) {
    return `${txnName(from)} < ${txnName(to)} because client process ${from.process} ran ${txnName(from)} before ${txnName(to)}`
  }
  if (type === REALTIME) {
    return (
      `${txnName(from)} < ${txnName(to)} because ${txnName(from)} completed (op ${from.completeIndex}) ` +
      `before ${txnName(to)} was invoked (op ${to.invokeIndex})`
    )
  }
  return undefined
}

/** An Anomaly whose evidence is a set of transactions. */
export function txnAnomaly(
  type: string,
  message: string,
  txns: readonly Txn[],
  evidence: Record<string, unknown>,
): Anomaly {
  const ops = [...new Set(txns.map(txnIndex))].sort((x, y) => x - y)
  const nodes = [...new Set(txns.map((t) => t.node).filter((n): n is string => n !== undefined))]
  const start = Math.min(...txns.map((t) => t.invokeTimeNs))
  const ends = txns.map((t) => t.completeTimeNs).filter(Number.isFinite)
  const anomaly: Anomaly = { type, message, ops, evidence }
  if (nodes.length > 0) {
    anomaly.nodes = nodes.sort()
  }
  if (txns.length > 0 && Number.isFinite(start)) {
    anomaly.timeNs = [start, ends.length > 0 ? Math.max(...ends) : start]
  }
  return anomaly
}

/** What an inference (list-append or rw-register) hands to the cycle search. */
export interface Inference {
  txns: readonly Txn[]
  edges: EdgeBuilder
  /** Non-cycle anomalies found while inferring (G1a, internal, incompatible-order, …). */
  anomalies: Anomaly[]
  /** One plain sentence for a data step (ww, wr or rw): "T1 < T2 because …". */
  explainData(from: Txn, to: Txn, type: number): string
}
