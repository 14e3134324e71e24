/**
 * The cache workload's own figures (issue 16, track 9), pure functions of the history and the
 * backing store's execution log: store requests per client operation, store reads per
 * (burst key, node) (coalescing), read latencies, and the nodes named in a stale-read anomaly.
 *
 * Guarantees: a figure with nothing measured is absent, never 0 (nothing measured never
 * passes). Does not judge: the track's criteria compare the figures with thresholds.
 */
import { quantiles, type Anomaly } from '../checkers/index.js'
import { pairOps, type BackendLog, type Op } from '../history/index.js'
import { canonicalJson } from '../shared/index.js'

/**
 * Store requests per client operation invoked (answered or not: a node that timed out still
 * sent its store requests, so a slow harness does not inflate the figure); absent when no
 * client operation was answered ok.
 */
export function backendFigures(
  history: readonly Op[],
  log: BackendLog | undefined,
): { backendMsgs: number; okOps: number; clientOps: number; backendMsgsPerOp?: number } {
  const pairs = pairOps(history)
  const okOps = pairs.filter((p) => p.complete?.type === 'ok').length
  const backendMsgs = log?.executions.length ?? 0
  return {
    backendMsgs,
    okOps,
    clientOps: pairs.length,
    ...(okOps > 0 && log !== undefined ? { backendMsgsPerOp: backendMsgs / pairs.length } : {}),
  }
}

/**
 * Coalescing: store reads of the burst keys (integer keys ≥ `burstKeyFrom`, each the target
 * of one burst) over the (key, node) pairs that read such a key from the store at all. 1.0:
 * every node read each cold key once, however many clients asked it at the same instant.
 * Absent when no burst key was read from the store.
 */
export function coalescingFigures(
  log: BackendLog | undefined,
  burstKeyFrom: number,
): { burstStoreReads: number; burstMisses: number; backendReadsPerMiss?: number } {
  const misses = new Set<string>()
  let reads = 0
  for (const e of log?.executions ?? []) {
    const key = e.body.key
    if (e.type !== 'read' || typeof key !== 'number' || key < burstKeyFrom) {
      continue
    }
    reads++
    misses.add(`${key} ${e.src}`)
  }
  return {
    burstStoreReads: reads,
    burstMisses: misses.size,
    ...(misses.size > 0 ? { backendReadsPerMiss: reads / misses.size } : {}),
  }
}

/** Latencies (ms) of the reads answered ok, as quantiles; absent when none was. */
export function readLatencyFigures(history: readonly Op[]): {
  readLatencies?: Record<string, number>
} {
  const latencies: number[] = []
  for (const pair of pairOps(history)) {
    if (pair.invoke.f === 'read' && pair.complete?.type === 'ok') {
      latencies.push((pair.complete.time - pair.invoke.time) / 1e6)
    }
  }
  const q = quantiles(latencies)
  return q === undefined ? {} : { readLatencies: q }
}

/** An op of the linearizable checker's evidence (the fields read here). */
interface EvidenceOp {
  index: number
  node?: string
  f: string
  output?: unknown
  type: string
  startNs: number
  endNs: number
}

/**
 * A stale read among several caches: add the node that served the read and the node the
 * overwriting write went through (the latest ok write of another value that completed before
 * the read began). Anomalies without that evidence come back unchanged.
 */
export function nameCacheNodes(anomaly: Anomaly): Anomaly {
  const ops = (anomaly.evidence as { ops?: EvidenceOp[] } | undefined)?.ops
  const read = ops?.find((o) => o.index === anomaly.ops?.[0] && o.f === 'read')
  if (ops === undefined || read?.node === undefined) {
    return anomaly
  }
  const seen = canonicalJson(read.output ?? null)
  let write: EvidenceOp | undefined
  for (const o of ops) {
    const fits =
      o.f === 'write' &&
      o.type === 'ok' &&
      o.endNs < read.startNs &&
      canonicalJson(o.output ?? null) !== seen
    if (fits && (write === undefined || o.endNs > write.endNs)) {
      write = o
    }
  }
  if (write?.node === undefined) {
    return anomaly
  }
  return {
    ...anomaly,
    message: `${anomaly.message} The read was served by ${read.node}; the write of ${JSON.stringify(write.output)} went through ${write.node}.`,
    nodes: [...new Set([read.node, write.node])],
  }
}
