// set-full (broadcast, g-set): hand-made histories with known verdicts, agreement with a
// naive O(reads × elements) fold of Jepsen's definition on random concurrent histories, and
// the linear-time target (10,000 elements × 10,000 reads).
import { describe, expect, it } from 'vitest'
import { checkSetFull } from '../../src/checkers/basic/set-full.js'
import type { Op, OpType } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'

class HistoryBuilder {
  readonly ops: Op[] = []
  private timeNs = 0
  op(process: number, type: OpType, f: string, value?: unknown): Op {
    this.timeNs += 1_000_000
    const op: Op = { index: this.ops.length, time: this.timeNs, process, type, f }
    if (value !== undefined) {
      op.value = value
    }
    this.ops.push(op)
    return op
  }
}

function naiveSetFull(history: readonly Op[], addF: string) {
  type State = { add: Op; known?: Op; present?: Op; absent?: Op }
  const elements = new Map<string, State>()
  const invokes = new Map<number | string, Op>()
  for (const op of history) {
    if (op.type === 'invoke') {
      invokes.set(op.process, op)
    }
    if (op.f === addF && op.type === 'invoke' && !elements.has(JSON.stringify(op.value))) {
      elements.set(JSON.stringify(op.value), { add: op })
    }
    if (op.f === addF && op.type === 'ok') {
      const state = elements.get(JSON.stringify(op.value))
      if (state && state.known === undefined) {
        state.known = op
      }
    }
    if (op.f === 'read' && op.type === 'ok') {
      const inv = invokes.get(op.process) as Op
      const seen = new Set((op.value as unknown[]).map((v) => JSON.stringify(v)))
      for (const [key, state] of elements) {
        if (seen.has(key)) {
          state.known ??= op
          if (!state.present || state.present.index < inv.index) {
            state.present = inv
          }
        } else if (!state.absent || state.absent.index < inv.index) {
          state.absent = inv
        }
      }
    }
  }
  let stable = 0
  const lost: unknown[] = []
  let never = 0
  for (const [key, s] of elements) {
    if (s.present && (!s.absent || s.present.index > s.absent.index)) {
      stable++
    } else if (s.known && s.absent && s.absent.index > s.known.index) {
      lost.push(JSON.parse(key))
    } else {
      never++
    }
  }
  return { stable, lost, never }
}

function randomHistory(seed: number): Op[] {
  const random = new Random(seed)
  const h = new HistoryBuilder()
  const inflight = new Map<number, Op>()
  const added: unknown[] = []
  let next = 0
  for (let step = 0; step < 300; step++) {
    const p = random.int(4)
    const op = inflight.get(p)
    if (op === undefined) {
      inflight.set(
        p,
        random.chance(0.5) ? h.op(p, 'invoke', 'add', next++) : h.op(p, 'invoke', 'read'),
      )
      if (op === undefined && h.ops[h.ops.length - 1]?.f === 'add') {
        added.push(h.ops[h.ops.length - 1]?.value)
      }
      continue
    }
    inflight.delete(p)
    if (op.f === 'add') {
      h.op(p, random.pick(['ok', 'ok', 'ok', 'info', 'fail'] as OpType[]), 'add', op.value)
    } else {
      const value = added.filter(() => random.chance(0.85))
      h.op(p, 'ok', 'read', random.shuffle(value))
    }
  }
  return h.ops
}

describe('set-full', () => {
  it('is valid when every element is read after it is added', () => {
    const h = new HistoryBuilder()
    h.op(0, 'invoke', 'add', 1)
    h.op(0, 'ok', 'add', 1)
    h.op(1, 'invoke', 'read')
    h.op(1, 'ok', 'read', [1])
    const result = checkSetFull(h.ops)
    expect(result.valid).toBe(true)
    expect(result.stableCount).toBe(1)
  })

  it('finds a lost element and names it with its evidence', () => {
    const h = new HistoryBuilder()
    h.op(0, 'invoke', 'broadcast', 7)
    h.op(0, 'ok', 'broadcast', 7)
    h.op(1, 'invoke', 'read')
    h.op(1, 'ok', 'read', [7])
    h.op(1, 'invoke', 'read')
    h.op(1, 'ok', 'read', [])
    const result = checkSetFull(h.ops, { addF: 'broadcast' })
    expect(result.valid).toBe(false)
    expect(result.lost).toEqual([7])
    expect(result.anomalies[0]?.type).toBe('lost')
    expect(result.anomalies[0]?.message).toMatch(/Element 7 was lost/)
  })

  it('does not count a read concurrent with the add as evidence of loss', () => {
    const h = new HistoryBuilder()
    h.op(1, 'invoke', 'read')
    h.op(0, 'invoke', 'add', 1)
    h.op(0, 'ok', 'add', 1)
    h.op(1, 'ok', 'read', [])
    h.op(1, 'invoke', 'read')
    h.op(1, 'ok', 'read', [1])
    expect(checkSetFull(h.ops).valid).toBe(true)
  })

  it('answers unknown when nothing was read stably', () => {
    const h = new HistoryBuilder()
    h.op(0, 'invoke', 'add', 1)
    h.op(0, 'ok', 'add', 1)
    const result = checkSetFull(h.ops)
    expect(result.valid).toBe('unknown')
    expect(result.reason).toBeDefined()
  })

  it('agrees with the naive fold on random concurrent histories', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const history = randomHistory(seed)
      const naive = naiveSetFull(history, 'add')
      const fast = checkSetFull(history)
      expect({
        seed,
        stable: fast.stableCount,
        lost: (fast.lost as unknown[]).slice().sort(),
        never: fast.neverReadCount,
      }).toEqual({
        seed,
        stable: naive.stable,
        lost: naive.lost.slice().sort(),
        never: naive.never,
      })
    }
  })

  it('checks 10,000 elements × 10,000 reads in linear time', () => {
    const ops: Op[] = []
    const push = (op: Omit<Op, 'index'>) => ops.push({ index: ops.length, ...op } as Op)
    const elements = 10_000
    const reads = 10_000
    const all: number[] = []
    let t = 0
    for (let i = 0; i < Math.max(elements, reads); i++) {
      if (i < elements) {
        push({ time: t++, process: 0, type: 'invoke', f: 'add', value: i })
        push({ time: t++, process: 0, type: 'ok', f: 'add', value: i })
        all.push(i)
      }
      if (i < reads) {
        push({ time: t++, process: 1, type: 'invoke', f: 'read' })
        push({ time: t++, process: 1, type: 'ok', f: 'read', value: all.slice() })
      }
    }
    const started = performance.now()
    const result = checkSetFull(ops)
    const ms = performance.now() - started
    expect(result.valid).toBe(true)
    expect(result.stableCount).toBe(elements)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)
})
