/**
 * Cycle search and classification over the dependency graph (checkers.md §3.4).
 *
 * Tarjan finds the strongly connected components of the whole graph; inside each
 * non-trivial component a breadth-first search looks for the shortest cycle of each shape,
 * from the most to the least severe, skipping shapes an already found one implies:
 * G0 (ww only), G1c (ww/wr, ≥ 1 wr), G-single (exactly one rw), G-nonadjacent (≥ 2 rw,
 * never two adjacent), G2-item (rw edges, some adjacent), then the same shapes with at
 * least one process or realtime edge (`-process` / `-realtime`). The BFS runs on
 * (vertex, state) pairs where the state records "last edge was rw", "a second rw was used",
 * "a special edge was used" and "a wr edge was used" — Elle's BFSPath state machine.
 *
 * Each search is complete for its shape: when every candidate start edge has been tried
 * and none closes a cycle, the shape is absent. Budgets: a per-component deadline
 * (default 1000 ms, Elle's) and the caller's budget. When a component runs out before a
 * cycle is found, the result carries the weakest projection that is still cyclic
 * (`PL-1-cycle-exists` …) and `cycle-search-timeout`: the verdict is never `valid`.
 */
import type { Budget } from '../contract.js'
import { budgetExpired } from '../contract.js'
import type { Graph } from './graph.js'
import { DATA, PROCESS, REALTIME, RW, WR, WW, stronglyConnected } from './graph.js'
import { anomalyImplies } from './models.js'

export interface CycleStep {
  from: number
  to: number
  /** The single edge type this step is read as. */
  type: number
}

export interface FoundCycle {
  name: string
  steps: CycleStep[]
}

export interface SearchOutcome {
  cycles: FoundCycle[]
  /** Components whose search ran out of budget, with the fallback anomaly name. */
  timeouts: { size: number; fallback: string | undefined; vertices: number[] }[]
}

type RwMode = 'none' | 'one' | 'nonadjacent' | 'any'

interface Shape {
  name: string
  data: number
  special: number
  rw: RwMode
  needWr: boolean
  /** The edge type of the first step of every cycle tried. */
  start: number
}

const LAST_RW = 1
const EXTRA_RW = 2
const SPECIAL = 4
const HAS_WR = 8
const STATES = 16

function baseShapes(): Shape[] {
  return [
    { name: 'G0', data: WW, special: 0, rw: 'none', needWr: false, start: WW },
    { name: 'G1c', data: WW | WR, special: 0, rw: 'none', needWr: true, start: WR },
    { name: 'G-single', data: DATA, special: 0, rw: 'one', needWr: false, start: RW },
    { name: 'G-nonadjacent', data: DATA, special: 0, rw: 'nonadjacent', needWr: false, start: RW },
    { name: 'G2-item', data: DATA, special: 0, rw: 'any', needWr: false, start: RW },
  ]
}

export function shapesFor(special: number): Shape[] {
  const base = baseShapes()
  if (special === 0) {
    return base
  }
  const suffix = special === REALTIME ? '-realtime' : '-process'
  return [...base, ...base.map((s) => ({ ...s, name: s.name + suffix, special }))]
}

/** Name a cycle by counting its edge types (checkers.md §3.4 step 4). */
export function classify(steps: readonly CycleStep[]): string {
  let rw = 0
  let wr = 0
  let adjacent = false
  let special = ''
  steps.forEach((step, i) => {
    const next = steps[(i + 1) % steps.length] as CycleStep
    if (step.type === RW) {
      rw++
      adjacent ||= next.type === RW && steps.length > 1
    } else if (step.type === WR) {
      wr++
    } else if (step.type === REALTIME) {
      special = '-realtime'
    } else if (step.type === PROCESS && special === '') {
      special = '-process'
    }
  })
  let base: string
  if (rw === 0) {
    base = wr > 0 ? 'G1c' : 'G0'
  } else if (rw === 1) {
    base = 'G-single'
  } else {
    base = adjacent ? 'G2-item' : 'G-nonadjacent'
  }
  return base + special
}

/** Reusable BFS buffers, sized for the whole graph once. */
class Searcher {
  readonly visited: Uint16Array
  readonly parent: Int32Array
  readonly via: Uint8Array
  readonly queue: Int32Array
  readonly touched: number[] = []
  steps = 0

  constructor(
    readonly graph: Graph,
    /** Component ids of the projection the current shape searches in. */
    public comp: Int32Array,
    private readonly budget: Budget,
    public deadlineMs: number,
  ) {
    this.visited = new Uint16Array(graph.n)
    this.parent = new Int32Array(graph.n * STATES)
    this.via = new Uint8Array(graph.n * STATES)
    this.queue = new Int32Array(graph.n * STATES)
  }

  expired(): boolean {
    if (this.budget.maxSteps !== undefined && this.steps > this.budget.maxSteps) {
      return true
    }
    const now = performance.now()
    return now >= this.deadlineMs || budgetExpired(this.budget, now)
  }

  private reset(): void {
    for (const v of this.touched) {
      this.visited[v] = 0
    }
    this.touched.length = 0
  }

  private accept(shape: Shape, state: number): boolean {
    if (shape.needWr && (state & HAS_WR) === 0) {
      return false
    }
    if (shape.special !== 0 && (state & SPECIAL) === 0) {
      return false
    }
    if (shape.rw === 'nonadjacent') {
      return (state & EXTRA_RW) !== 0 && (state & LAST_RW) === 0
    }
    return true
  }

  /** Successor states of `state` along an edge of mask `mask`, as [newState, type] pairs. */
  private moves(shape: Shape, state: number, mask: number, out: number[]): void {
    out.length = 0
    const plain = mask & shape.data & (WW | WR)
    if (plain !== 0) {
      const type = (plain & WR) !== 0 ? WR : WW
      out.push((state & ~LAST_RW) | (type === WR ? HAS_WR : 0), type)
    }
    if ((mask & shape.data & RW) !== 0 && shape.rw !== 'none' && shape.rw !== 'one') {
      if (shape.rw === 'any' || (state & LAST_RW) === 0) {
        out.push(state | LAST_RW | EXTRA_RW, RW)
      }
    }
    if ((mask & shape.special) !== 0) {
      out.push((state & ~LAST_RW) | SPECIAL, shape.special)
    }
  }

  /**
   * Shortest path b → a closing the start edge a → b into a cycle of this shape, or
   * undefined. Returns 'timeout' when the budget ran out.
   */
  closeCycle(shape: Shape, a: number, b: number, c: number): CycleStep[] | undefined | 'timeout' {
    const { graph, comp } = this
    const startState = shape.start === RW ? LAST_RW : shape.start === WR ? HAS_WR : 0
    this.reset()
    let head = 0
    let tail = 0
    const startKey = b * STATES + startState
    this.visited[b] = 1 << startState
    this.touched.push(b)
    this.parent[startKey] = -1
    this.queue[tail++] = startKey
    const moves: number[] = []
    while (head < tail) {
      const key = this.queue[head++] as number
      const u = Math.floor(key / STATES)
      const state = key % STATES
      for (let e = graph.offsets[u] as number; e < (graph.offsets[u + 1] as number); e++) {
        const w = graph.targets[e] as number
        if (comp[w] !== c) {
          continue
        }
        if ((++this.steps & 4095) === 0 && this.expired()) {
          return 'timeout'
        }
        this.moves(shape, state, graph.masks[e] as number, moves)
        for (let m = 0; m < moves.length; m += 2) {
          const next = moves[m] as number
          if (w === a) {
            if (this.accept(shape, next)) {
              return this.path(shape, a, b, key, moves[m + 1] as number)
            }
            continue
          }
          if (((this.visited[w] as number) & (1 << next)) !== 0) {
            continue
          }
          if (this.visited[w] === 0) {
            this.touched.push(w)
          }
          this.visited[w] = (this.visited[w] as number) | (1 << next)
          const nextKey = w * STATES + next
          this.parent[nextKey] = key
          this.via[nextKey] = moves[m + 1] as number
          this.queue[tail++] = nextKey
        }
      }
    }
    return undefined
  }

  private path(shape: Shape, a: number, b: number, lastKey: number, lastType: number): CycleStep[] {
    const reversed: CycleStep[] = [{ from: Math.floor(lastKey / STATES), to: a, type: lastType }]
    let key = lastKey
    while (this.parent[key] !== -1) {
      const parentKey = this.parent[key] as number
      reversed.push({
        from: Math.floor(parentKey / STATES),
        to: Math.floor(key / STATES),
        type: this.via[key] as number,
      })
      key = parentKey
    }
    reversed.push({ from: a, to: b, type: shape.start })
    return reversed.reverse()
  }
}

const MAX_TRIES_AFTER_FIRST = 8

/**
 * Try the shape's start edges inside the component. Both ends of a start edge, and every
 * step of the BFS, must lie in one strongly connected component of the shape's own
 * projection (only the edge types it may use): no cycle of the shape can leave it, and a
 * projection without a non-trivial component is skipped at once.
 */
function searchShape(
  searcher: Searcher,
  shape: Shape,
  members: readonly number[],
  projection: Int32Array,
): CycleStep[] | undefined | 'timeout' {
  const { graph } = searcher
  searcher.comp = projection
  let best: CycleStep[] | undefined
  let triesAfterFirst = 0
  for (const a of members) {
    const c = projection[a] as number
    for (let e = graph.offsets[a] as number; e < (graph.offsets[a + 1] as number); e++) {
      const b = graph.targets[e] as number
      if (projection[b] !== c || ((graph.masks[e] as number) & shape.start) === 0) {
        continue
      }
      const found = searcher.closeCycle(shape, a, b, c)
      if (found === 'timeout') {
        return best ?? 'timeout'
      }
      if (found !== undefined && (best === undefined || found.length < best.length)) {
        best = found
      }
      if (best !== undefined && (best.length <= 2 || ++triesAfterFirst >= MAX_TRIES_AFTER_FIRST)) {
        return best
      }
    }
  }
  return best
}

/** Component ids per projection mask, computed once per check. */
class Projections {
  private readonly byMask = new Map<number, Int32Array>()
  constructor(private readonly graph: Graph) {}
  get(mask: number): Int32Array {
    let comp = this.byMask.get(mask)
    if (comp === undefined) {
      comp = stronglyConnected(this.graph, mask).comp
      this.byMask.set(mask, comp)
    }
    return comp
  }
}

/** The weakest projection of this component that is still cyclic, as an anomaly name. */
function fallbackAnomaly(
  graph: Graph,
  projections: Projections,
  members: readonly number[],
  special: number,
): string | undefined {
  const candidates: [number, string][] = [
    [WW, 'PL-1-cycle-exists'],
    [WW | WR, 'PL-2-cycle-exists'],
    [DATA, 'PL-2.99-cycle-exists'],
  ]
  if (special === REALTIME) {
    candidates.push([DATA | REALTIME, 'PL-SS-cycle-exists'])
  }
  for (const [mask, name] of candidates) {
    const comp = projections.get(mask)
    const cyclic = members.some((a) => {
      for (let e = graph.offsets[a] as number; e < (graph.offsets[a + 1] as number); e++) {
        if (
          ((graph.masks[e] as number) & mask) !== 0 &&
          comp[graph.targets[e] as number] === comp[a]
        ) {
          return true
        }
      }
      return false
    })
    if (cyclic) {
      return name
    }
  }
  return undefined
}

export interface SearchOptions {
  /** Extra order in the graph: 0, PROCESS or REALTIME. */
  special: number
  /** Per-component search budget. @default 1000 (Elle's :cycle-search-timeout) */
  componentBudgetMs?: number
}

/** Find, per strongly connected component, a short cycle of each shape not already implied. */
export function searchCycles(graph: Graph, budget: Budget, options: SearchOptions): SearchOutcome {
  const { comp, nonTrivial } = stronglyConnected(graph, DATA | options.special)
  const outcome: SearchOutcome = { cycles: [], timeouts: [] }
  if (nonTrivial.length === 0) {
    return outcome
  }
  const shapes = shapesFor(options.special)
  const projections = new Projections(graph)
  const perComponentMs = options.componentBudgetMs ?? 1000
  let searcher: Searcher | undefined
  for (const members of nonTrivial) {
    const deadline = performance.now() + perComponentMs
    searcher = searcher ?? new Searcher(graph, comp, budget, deadline)
    searcher.deadlineMs = deadline
    const found: string[] = []
    let timedOut = false
    for (const shape of shapes) {
      if (found.some((name) => name === shape.name || anomalyImplies(name, shape.name))) {
        continue
      }
      const steps = searchShape(
        searcher,
        shape,
        members,
        projections.get(shape.data | shape.special),
      )
      if (steps === 'timeout') {
        timedOut = true
        break
      }
      if (steps !== undefined) {
        const name = classify(steps)
        found.push(name)
        outcome.cycles.push({ name, steps })
      }
    }
    if (timedOut || found.length === 0) {
      const fallback = fallbackAnomaly(graph, projections, members, options.special)
      outcome.timeouts.push({ size: members.length, fallback, vertices: members.slice(0, 20) })
    }
  }
  return outcome
}
