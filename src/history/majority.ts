/**
 * When no majority could talk (stop 22): the spans of a history during which the recorded
 * partitions left no majority of the nodes able to reach each other both ways. Raft and other
 * majority protocols promise progress only while some majority is connected; a majorities ring
 * (each node hears itself and its two neighbours) leaves every node a majority of links but no
 * majority that all hear each other, so a correct Raft without pre-vote may elect leader after
 * leader and serve nothing for the whole ring.
 *
 * Pure function of the history. Reads our partition values (`{kind, nodes, grudge}` on
 * `start-<kind>`; grudge: dest → the sources it drops); a span opens at the start's invoke and
 * closes at the last line of the matching `stop-<kind>` (as history/windows.ts does), or at the
 * history's end. Several partition kinds active at once combine their grudges. Does not: read
 * values without a grudge (Maelstrom's own histories), or decide for more than
 * MAX_EXACT_NODES nodes (no span: every second stays owed, as before this module).
 */
import { NEMESIS, type Op } from './types.js'

/** Above this many nodes the majority test is not tried (subsets grow too fast). */
export const MAX_EXACT_NODES = 15

export interface Span {
  startNs: number
  endNs: number
}

interface PartitionValue {
  kind: string
  nodes: string[]
  grudge: Record<string, string[]>
}

function partitionValue(op: Op): PartitionValue | undefined {
  const v = op.value as Record<string, unknown> | undefined
  if (typeof v !== 'object' || v === null || Array.isArray(v) || typeof v.kind !== 'string') {
    return undefined
  }
  const grudge = v.grudge
  if (typeof grudge !== 'object' || grudge === null || Array.isArray(grudge)) {
    return undefined
  }
  const nodes = Array.isArray(v.nodes)
    ? v.nodes.filter((n): n is string => typeof n === 'string')
    : []
  const clean: Record<string, string[]> = {}
  for (const [dest, srcs] of Object.entries(grudge as Record<string, unknown>)) {
    clean[dest] = Array.isArray(srcs) ? srcs.filter((s): s is string => typeof s === 'string') : []
  }
  return { kind: v.kind, nodes, grudge: clean }
}

/** Whether some ⌊n/2⌋+1 of `nodes` hear each other both ways under the combined grudges. */
export function majorityConnected(
  nodes: readonly string[],
  grudges: readonly Record<string, string[]>[],
): boolean {
  const n = nodes.length
  if (n === 0 || n > MAX_EXACT_NODES) {
    return true
  }
  const index = new Map(nodes.map((node, i) => [node, i]))
  // adjacency as bit masks: bit j of talk[i] set when i and j hear each other
  const talk = nodes.map((_, i) => ((1 << n) - 1) & ~(1 << i))
  for (const grudge of grudges) {
    for (const [dest, srcs] of Object.entries(grudge)) {
      const d = index.get(dest)
      if (d === undefined) {
        continue
      }
      for (const src of srcs) {
        const s = index.get(src)
        if (s !== undefined) {
          talk[d] = (talk[d] as number) & ~(1 << s)
          talk[s] = (talk[s] as number) & ~(1 << d)
        }
      }
    }
  }
  const need = Math.floor(n / 2) + 1
  // grow cliques in index order; stop at the first of the needed size
  const grow = (clique: number, size: number, candidates: number, from: number): boolean => {
    if (size >= need) {
      return true
    }
    for (let i = from; i < n; i++) {
      if ((candidates & (1 << i)) === 0) {
        continue
      }
      if (size + popcount(candidates >> i) < need) {
        return false
      }
      if (grow(clique | (1 << i), size + 1, candidates & (talk[i] as number), i + 1)) {
        return true
      }
    }
    return false
  }
  return grow(0, 0, (1 << n) - 1, 0)
}

function popcount(x: number): number {
  let count = 0
  for (let v = x; v !== 0; v &= v - 1) {
    count++
  }
  return count
}

/** The spans in which the recorded partitions left no majority connected, in time order. */
export function noMajoritySpans(history: readonly Op[]): Span[] {
  const active = new Map<string, PartitionValue>()
  const spans: Span[] = []
  let openAt: number | undefined
  let lastNs = 0
  const update = (timeNs: number): void => {
    const values = [...active.values()]
    const nodes = [...new Set(values.flatMap((v) => v.nodes))]
    const cut =
      values.length > 0 &&
      !majorityConnected(
        nodes,
        values.map((v) => v.grudge),
      )
    if (cut && openAt === undefined) {
      openAt = timeNs
    } else if (!cut && openAt !== undefined) {
      spans.push({ startNs: openAt, endNs: timeNs })
      openAt = undefined
    }
  }
  for (const op of history) {
    lastNs = Math.max(lastNs, op.time)
    if (op.process !== NEMESIS) {
      continue
    }
    if (op.f.startsWith('start-') && op.type === 'invoke') {
      const value = partitionValue(op)
      if (value !== undefined) {
        active.set(value.kind, value)
        update(op.time)
      }
    } else if (op.f.startsWith('stop-') && op.type !== 'invoke') {
      const kind = (op.value as { kind?: unknown } | undefined)?.kind
      if (typeof kind === 'string' && active.delete(kind)) {
        update(op.time)
      }
    }
  }
  if (openAt !== undefined) {
    spans.push({ startNs: openAt, endNs: Math.max(openAt, lastNs) })
  }
  return spans
}
