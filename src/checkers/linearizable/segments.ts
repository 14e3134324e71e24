/**
 * Splitting a key's history at quiescent points (checkers.md §6.1.6): where every op so far
 * has completed before the next one begins, every linearization must finish the first part
 * before starting the second. Each segment is searched on its own, from every state the
 * previous segment can end in (a Knossos-`linear`-style frontier of states), so bitsets and
 * caches stay as small as a segment however long the history is. A single-op segment (a
 * stretch with no concurrency at all) is replayed directly, without a search.
 *
 * Sound and complete: the key is linearizable iff some chain of per-segment linearizations
 * connects null to the end. Ops that never completed are open forever, so there is no cut
 * after the first of them. Resumable like WglSearch, with the same budget unit (steps).
 */
import type { PreparedOp, StateTable } from './prepare.js'
import { stepPrepared } from './prepare.js'
import type { DeadEnd, KeySearch, SearchStatus } from './search.js'
import { WglSearch } from './search.js'

/** One way to reach a frontier state: the ops of the last segment, then how we got there. */
interface PathNode {
  ops: number[]
  prev: PathNode | undefined
}

function flatten(node: PathNode | undefined): number[] {
  const parts: number[][] = []
  for (let n = node; n !== undefined; n = n.prev) {
    parts.push(n.ops)
  }
  return parts.reverse().flat()
}

interface Segment {
  ops: PreparedOp[]
  /** Segment op id → key op id. */
  origin: number[]
}

/** Cut the key's ops (sorted by invocation) at quiescent points. */
export function splitSegments(ops: readonly PreparedOp[]): Segment[] {
  const sorted = [...ops].sort((a, b) => a.callPos - b.callPos)
  const segments: Segment[] = []
  let current: PreparedOp[] = []
  let maxReturn = -Infinity
  const flush = (): void => {
    if (current.length === 0) {
      return
    }
    const origin = current.map((op) => op.id)
    segments.push({ ops: current.map((op, i) => ({ ...op, id: i })), origin })
    current = []
  }
  for (const op of sorted) {
    if (current.length > 0 && maxReturn < op.callPos) {
      flush()
    }
    current.push(op)
    maxReturn = Math.max(maxReturn, op.returnPos)
  }
  flush()
  return segments
}

export class SegmentedSearch implements KeySearch {
  status: SearchStatus = 'running'
  steps = 0
  best: DeadEnd | undefined
  private segment = 0
  private starts: number[] = [0]
  private startIndex = 0
  private nextStates = new Map<number, PathNode>()
  private paths = new Map<number, PathNode>()
  private current: WglSearch | undefined
  private failed: { search: WglSearch; segment: number } | undefined
  private finishedEntries = 0

  constructor(
    private readonly segments: readonly Segment[],
    private readonly allOps: readonly PreparedOp[],
    private readonly states: StateTable,
  ) {}

  get cacheEntries(): number {
    return this.finishedEntries + (this.current?.cacheEntries ?? 0)
  }

  get cacheBytes(): number {
    return this.current?.cacheBytes ?? 0
  }

  step(op: number, state: number): number {
    return stepPrepared(this.allOps[op] as PreparedOp, state, this.states)
  }

  refute(blocking: number): void {
    this.status = 'invalid'
    this.best = { partial: [], blocking, startState: 0 }
  }

  private get isLast(): boolean {
    return this.segment === this.segments.length - 1
  }

  /** Replay a one-op segment from every start state. */
  private replaySingle(): void {
    const seg = this.segments[this.segment] as Segment
    const op = seg.origin[0] as number
    for (const s of this.starts) {
      const next = this.step(op, s)
      const prev = this.paths.get(s)
      if (next >= 0 && !this.nextStates.has(next)) {
        this.nextStates.set(next, { ops: [op], prev })
      }
      // an op that never completed may also never happen
      if ((seg.ops[0] as PreparedOp).optional && !this.nextStates.has(s)) {
        this.nextStates.set(s, { ops: [], prev })
      }
    }
    this.steps += this.starts.length
    this.left -= this.starts.length
    if (this.nextStates.size === 0) {
      this.status = 'invalid'
      this.best = { partial: flatten(this.paths.get(this.starts[0] as number)), blocking: op, startState: 0 }
    }
    this.advanceSegment()
  }

  private advanceSegment(): void {
    if (this.status !== 'running') {
      return
    }
    if (this.isLast) {
      this.status = 'valid'
      return
    }
    this.segment++
    this.starts = [...this.nextStates.keys()]
    this.paths = this.nextStates
    this.nextStates = new Map()
    this.startIndex = 0
    this.failed = undefined
  }

  /** One search of the current segment from one start state has finished. */
  private finishSearch(search: WglSearch): void {
    this.finishedEntries += search.cacheEntries
    this.current = undefined
    this.startIndex++
    if (search.status === 'valid') {
      if (this.isLast) {
        this.status = 'valid'
        return
      }
      const origin = (this.segments[this.segment] as Segment).origin
      const prev = this.paths.get(search.initialState)
      for (const [s, path] of search.endPaths) {
        if (!this.nextStates.has(s)) {
          this.nextStates.set(s, { ops: path.map((id) => origin[id] as number), prev })
        }
      }
    } else if (
      this.failed === undefined ||
      (search.best?.partial.length ?? 0) > (this.failed.search.best?.partial.length ?? 0)
    ) {
      this.failed = { search, segment: this.segment }
    }
    if (this.startIndex < this.starts.length) {
      return
    }
    if (this.nextStates.size === 0 && !(this.isLast && this.status === 'valid')) {
      this.fail()
      return
    }
    this.advanceSegment()
  }

  private fail(): void {
    this.status = 'invalid'
    const failed = this.failed
    const dead = failed?.search.best
    if (failed === undefined || dead === undefined) {
      return
    }
    const origin = (this.segments[failed.segment] as Segment).origin
    this.best = {
      partial: [
        ...flatten(this.paths.get(dead.startState)),
        ...dead.partial.map((id) => origin[id] as number),
      ],
      blocking: origin[dead.blocking] as number,
      startState: 0,
    }
  }

  private left = 0

  run(maxSteps: number): SearchStatus {
    this.left = maxSteps
    while (this.left > 0 && this.status === 'running') {
      const seg = this.segments[this.segment] as Segment
      if (this.current === undefined && seg.ops.length === 1) {
        this.replaySingle()
        continue
      }
      this.current ??= new WglSearch(seg.ops, this.states, {
        initialState: this.starts[this.startIndex],
        enumerate: !this.isLast,
      })
      const before = this.current.steps
      const status = this.current.run(this.left)
      this.left -= this.current.steps - before
      this.steps += this.current.steps - before
      if (status === 'running') {
        break
      }
      this.finishSearch(this.current)
    }
    return this.status
  }
}
