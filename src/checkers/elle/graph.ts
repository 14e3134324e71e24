/**
 * The transaction dependency graph in compressed sparse row form: vertices are dense
 * integers, each (from, to) pair appears once with a bitmask of its edge types (ww, wr, rw,
 * process, realtime). Strongly connected components come from an iterative Tarjan (no
 * recursion: a 10^5-vertex component must not overflow the stack), restricted to the edges
 * whose mask intersects a projection mask.
 *
 * Guarantees: linear time and memory in vertices + edges; self-edges are dropped.
 */

export const WW = 1
export const WR = 2
export const RW = 4
export const PROCESS = 8
export const REALTIME = 16
export const DATA = WW | WR | RW

export function edgeTypeName(type: number): string {
  switch (type) {
    case WW:
      return 'ww'
    case WR:
      return 'wr'
    case RW:
      return 'rw'
    case PROCESS:
      return 'process'
    case REALTIME:
      return 'realtime'
    default:
      return `mask ${type}`
  }
}

/** Growable edge list (three parallel typed arrays). */
export class EdgeBuilder {
  from = new Int32Array(1024)
  to = new Int32Array(1024)
  type = new Uint8Array(1024)
  length = 0

  add(from: number, to: number, type: number): void {
    if (from === to) {
      return
    }
    if (this.length === this.from.length) {
      this.grow()
    }
    this.from[this.length] = from
    this.to[this.length] = to
    this.type[this.length] = type
    this.length++
  }

  private grow(): void {
    const size = this.from.length * 2
    const from = new Int32Array(size)
    const to = new Int32Array(size)
    const type = new Uint8Array(size)
    from.set(this.from)
    to.set(this.to)
    type.set(this.type)
    this.from = from
    this.to = to
    this.type = type
  }
}

export interface Graph {
  n: number
  /** Out-edges of v are offsets[v] .. offsets[v+1]-1. */
  offsets: Int32Array
  targets: Int32Array
  masks: Uint8Array
}

/** Build the CSR graph, merging duplicate (from, to) pairs into one edge with a mask. */
export function buildGraph(n: number, edges: EdgeBuilder): Graph {
  const counts = new Int32Array(n + 1)
  for (let i = 0; i < edges.length; i++) {
    const next = (edges.from[i] as number) + 1
    counts[next] = (counts[next] as number) + 1
  }
  for (let v = 0; v < n; v++) {
    counts[v + 1] = (counts[v + 1] as number) + (counts[v] as number)
  }
  const cursor = counts.slice(0, n)
  const rawTargets = new Int32Array(edges.length)
  const rawMasks = new Uint8Array(edges.length)
  for (let i = 0; i < edges.length; i++) {
    const slot = (cursor[edges.from[i] as number] as number)++
    rawTargets[slot] = edges.to[i] as number
    rawMasks[slot] = edges.type[i] as number
  }
  const offsets = new Int32Array(n + 1)
  const targets = new Int32Array(edges.length)
  const masks = new Uint8Array(edges.length)
  const stamp = new Int32Array(n).fill(-1)
  const position = new Int32Array(n)
  let out = 0
  for (let v = 0; v < n; v++) {
    offsets[v] = out
    for (let i = counts[v] as number; i < (counts[v + 1] as number); i++) {
      const w = rawTargets[i] as number
      if (stamp[w] === v) {
        const p = position[w] as number
        masks[p] = (masks[p] as number) | (rawMasks[i] as number)
      } else {
        stamp[w] = v
        position[w] = out
        targets[out] = w
        masks[out] = rawMasks[i] as number
        out++
      }
    }
  }
  offsets[n] = out
  return { n, offsets, targets: targets.slice(0, out), masks: masks.slice(0, out) }
}

/** The mask of the edge from → to, 0 if absent. */
export function edgeMask(graph: Graph, from: number, to: number): number {
  for (let i = graph.offsets[from] as number; i < (graph.offsets[from + 1] as number); i++) {
    if (graph.targets[i] === to) {
      return graph.masks[i] as number
    }
  }
  return 0
}

export interface Components {
  /** Component id of each vertex. */
  comp: Int32Array
  /** Vertices of each component with more than one vertex. */
  nonTrivial: number[][]
}

/** Iterative Tarjan over the edges whose mask intersects `allowed`. */
export function stronglyConnected(graph: Graph, allowed: number): Components {
  const n = graph.n
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const comp = new Int32Array(n).fill(-1)
  const onStack = new Uint8Array(n)
  const stack = new Int32Array(n)
  const callVertex = new Int32Array(n)
  const callEdge = new Int32Array(n)
  let stackTop = 0
  let nextIndex = 0
  let compCount = 0
  const nonTrivial: number[][] = []
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) {
      continue
    }
    let depth = 0
    callVertex[0] = root
    callEdge[0] = graph.offsets[root] as number
    index[root] = low[root] = nextIndex++
    stack[stackTop++] = root
    onStack[root] = 1
    while (depth >= 0) {
      const v = callVertex[depth] as number
      const e = callEdge[depth] as number
      if (e < (graph.offsets[v + 1] as number)) {
        callEdge[depth] = e + 1
        if (((graph.masks[e] as number) & allowed) === 0) {
          continue
        }
        const w = graph.targets[e] as number
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++
          stack[stackTop++] = w
          onStack[w] = 1
          depth++
          callVertex[depth] = w
          callEdge[depth] = graph.offsets[w] as number
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number
        }
        continue
      }
      if (low[v] === index[v]) {
        const members: number[] = []
        let w: number
        do {
          w = stack[--stackTop] as number
          onStack[w] = 0
          comp[w] = compCount
          members.push(w)
        } while (w !== v)
        if (members.length > 1) {
          nonTrivial.push(members)
        }
        compCount++
      }
      depth--
      if (depth >= 0) {
        const parent = callVertex[depth] as number
        if ((low[v] as number) < (low[parent] as number)) {
          low[parent] = low[v] as number
        }
      }
    }
  }
  return { comp, nonTrivial }
}
