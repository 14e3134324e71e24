// Simulated transactional databases that produce histories with known verdicts for the
// elle-* tests: concurrent client workers draw transactions from the real txn generator
// (src/workloads/txn/generator.ts); each transaction takes effect atomically at one
// instant between its invocation and completion, or not at all (fail), or maybe (info).
// Stores: `serial` (one copy: strictly serializable), `replicated-lww` (two nodes, each
// applies locally and replicates, last writer by Lamport timestamp wins: read-uncommitted
// but never G0) and `no-isolation` (two nodes, replicated writes applied on arrival: the
// nodes install concurrent writes in opposite orders, G0).
import type { Op } from '../../src/history/types.js'
import { Random } from '../../src/network/random.js'
import { TxnGenerator } from '../../src/workloads/txn/generator.js'
import type { MicroOp } from '../../src/workloads/txn/generator.js'

export type Store = 'serial' | 'replicated-lww' | 'no-isolation'

export interface SimOptions {
  seed: number
  txns: number
  concurrency: number
  kind: 'append' | 'w'
  store?: Store
  failRatio?: number
  infoRatio?: number
  /** Replication delay in scheduler steps (two-node stores). */
  replicationDelaySteps?: number
  keyCount?: number
}

interface Version {
  value: unknown
  ts: number
}

interface Node {
  data: Map<number, Version>
  clock: number
}

interface InFlight {
  request: MicroOp[]
  reply: MicroOp[] | undefined
  outcome: 'ok' | 'fail' | 'info'
  applied: boolean
}

class Sim {
  readonly ops: Op[] = []
  private readonly random: Random
  private readonly nodes: Node[]
  private readonly pending: { at: number; node: number; writes: [number, Version][] }[] = []
  private step = 0

  constructor(private readonly options: SimOptions) {
    this.random = new Random(options.seed, 'elle-sim')
    this.nodes = [
      { data: new Map(), clock: 0 },
      { data: new Map(), clock: 0 },
    ]
  }

  private store(): Store {
    return this.options.store ?? 'serial'
  }

  private nodeOf(worker: number): number {
    return this.store() === 'serial' ? 0 : worker % 2
  }

  private record(
    process: number,
    type: Op['type'],
    value: unknown,
    worker: number,
    extra: Partial<Op> = {},
  ): void {
    const index = this.ops.length
    this.ops.push({
      index,
      time: index * 1000,
      process,
      type,
      f: 'txn',
      value,
      node: `n${this.nodeOf(worker)}`,
      ...extra,
    })
  }

  private execute(worker: number, request: MicroOp[]): MicroOp[] {
    const node = this.nodes[this.nodeOf(worker)] as Node
    node.clock++
    const writes = new Map<number, Version>()
    const reply = request.map(([f, k, v]): MicroOp => {
      const current = node.data.get(k)
      if (f === 'r') {
        const value = current?.value ?? null
        return [f, k, Array.isArray(value) ? value.slice() : value]
      }
      const next = f === 'append' ? [...((current?.value as unknown[] | undefined) ?? []), v] : v
      const version = { value: next, ts: node.clock * 2 + this.nodeOf(worker) }
      node.data.set(k, version)
      writes.set(k, version)
      return [f, k, v]
    })
    if (this.store() !== 'serial') {
      const delay = this.options.replicationDelaySteps ?? 20
      // Only each key's final write of the transaction is replicated.
      this.pending.push({
        at: this.step + this.random.int(delay * 2),
        node: 1 - this.nodeOf(worker),
        writes: [...writes],
      })
    }
    return reply
  }

  private deliver(): void {
    for (let i = 0; i < this.pending.length; i++) {
      const message = this.pending[i] as (typeof this.pending)[number]
      if (message.at > this.step) {
        continue
      }
      this.pending.splice(i--, 1)
      const node = this.nodes[message.node] as Node
      for (const [k, version] of message.writes) {
        node.clock = Math.max(node.clock, Math.floor(version.ts / 2))
        const current = node.data.get(k)
        if (this.store() === 'no-isolation' || current === undefined || current.ts < version.ts) {
          node.data.set(k, version)
        }
      }
    }
  }

  run(): Op[] {
    const { concurrency, txns } = this.options
    const generator = new TxnGenerator(
      this.random.fork('gen'),
      this.options.kind,
      4,
      16,
      this.options.keyCount ?? 10,
    )
    const flights: (InFlight | undefined)[] = new Array(concurrency).fill(undefined)
    const processes = Array.from({ length: concurrency }, (_, i) => i)
    let started = 0
    while (started < txns || flights.some((f) => f !== undefined)) {
      this.step++
      this.deliver()
      const worker = this.random.int(concurrency)
      const flight = flights[worker]
      const process = processes[worker] as number
      if (flight === undefined) {
        if (started >= txns) {
          continue
        }
        started++
        const request = generator.next()
        const roll = this.random.float()
        const outcome =
          roll < (this.options.failRatio ?? 0)
            ? 'fail'
            : roll < (this.options.failRatio ?? 0) + (this.options.infoRatio ?? 0)
              ? 'info'
              : 'ok'
        flights[worker] = { request, reply: undefined, outcome, applied: false }
        this.record(process, 'invoke', request, worker)
      } else if (!flight.applied) {
        flight.applied = true
        if (flight.outcome === 'ok' || (flight.outcome === 'info' && this.random.chance(0.5))) {
          flight.reply = this.execute(worker, flight.request)
        }
      } else {
        flights[worker] = undefined
        if (flight.outcome === 'ok') {
          this.record(process, 'ok', flight.reply, worker)
        } else if (flight.outcome === 'fail') {
          this.record(process, 'fail', flight.request, worker, { error: [30, 'txn-conflict'] })
        } else {
          this.record(process, 'info', flight.request, worker, { error: [0, 'net-timeout'] })
          processes[worker] = process + concurrency
        }
      }
    }
    return this.ops
  }
}

export function simulate(options: SimOptions): Op[] {
  return new Sim(options).run()
}

type Mops = [string, unknown, unknown][]

function pairs(ops: readonly Op[]): Map<number, number> {
  const open = new Map<unknown, number>()
  const completionOf = new Map<number, number>()
  for (const op of ops) {
    if (op.type === 'invoke') {
      open.set(op.process, op.index)
    } else {
      completionOf.set(open.get(op.process) as number, op.index)
    }
  }
  return completionOf
}

/** Turn one observed, committed append into an aborted one (G1a for whoever read it). */
export function injectAbortedRead(ops: Op[]): { writer: number; reader: number } {
  const readers = new Map<string, number>()
  for (const op of ops) {
    if (op.type === 'ok') {
      for (const [f, k, v] of op.value as Mops) {
        if (f === 'r' && Array.isArray(v)) {
          v.forEach((e) => readers.set(`${String(k)}/${String(e)}`, op.index))
        }
      }
    }
  }
  for (const op of ops) {
    const appends = op.type === 'ok' ? (op.value as Mops).filter(([f]) => f === 'append') : []
    if (appends.length === 0) {
      continue
    }
    const read = appends
      .map(([, k, v]) => readers.get(`${String(k)}/${String(v)}`))
      .find((r) => r !== undefined && r !== op.index)
    if (read !== undefined) {
      ops[op.index] = { ...op, type: 'fail', error: [30, 'txn-conflict'] }
      return { writer: op.index, reader: read }
    }
  }
  throw new Error('no observed append to abort')
}

/**
 * Make one read stale: drop the last element of a list read whose writer had completed
 * before the reader was invoked (a G-single-realtime for strict serializability).
 */
export function injectStaleRead(ops: Op[]): number {
  const completionOf = pairs(ops)
  const writerDone = new Map<string, number>()
  for (const op of ops) {
    if (op.type === 'invoke') {
      const done = completionOf.get(op.index)
      const completion = done === undefined ? undefined : ops[done]
      if (completion?.type !== 'ok') {
        continue
      }
      const mops = completion.value as Mops
      // A transaction of one read only: its only incoming data edge is the wr from the new
      // last element's writer, so the injected cycle must go through real time.
      const idx =
        mops.length === 1
          ? mops.findIndex(([f, , v]) => f === 'r' && Array.isArray(v) && v.length > 0)
          : -1
      const read = mops[idx]
      if (
        read !== undefined &&
        mops.slice(0, idx).every(([f, k]) => !(f === 'append' && k === read[1]))
      ) {
        const list = read[2] as unknown[]
        const done = writerDone.get(`${String(read[1])}/${String(list[list.length - 1])}`)
        if (done !== undefined && done < op.index) {
          const changed = mops.map((m, i) => (i === idx ? [m[0], m[1], list.slice(0, -1)] : m))
          ops[completion.index] = { ...completion, value: changed }
          return completion.index
        }
      }
    } else if (op.type === 'ok') {
      for (const [f, k, v] of op.value as Mops) {
        if (f === 'append') {
          writerDone.set(`${String(k)}/${String(v)}`, op.index)
        }
      }
    }
  }
  throw new Error('no read to make stale')
}

/** Append a fresh value after an observed final append, so that whoever read it saw an intermediate state (G1b). */
export function injectIntermediateRead(ops: Op[]): number {
  for (const op of ops) {
    if (op.type !== 'ok') {
      continue
    }
    for (const other of ops) {
      if (other.type !== 'ok' || other.index === op.index) {
        continue
      }
      const mops = other.value as Mops
      const read = (op.value as Mops).find(([f, k, v]) => {
        if (f !== 'r' || !Array.isArray(v) || v.length === 0) {
          return false
        }
        const last = v[v.length - 1]
        return mops.some(([g, k2, w]) => g === 'append' && k2 === k && w === last)
      })
      if (read !== undefined) {
        const at = mops.findIndex(
          ([g, k2, w]) => g === 'append' && k2 === read[1] && w === (read[2] as unknown[]).at(-1),
        )
        const changed: Mops = [
          ...mops.slice(0, at + 1),
          ['append', read[1], 1_000_000],
          ...mops.slice(at + 1),
        ]
        ops[other.index] = { ...other, value: changed }
        const invoke = ops.findLast(
          (o) => o.index < other.index && o.process === other.process && o.type === 'invoke',
        ) as Op
        ops[invoke.index] = {
          ...invoke,
          value: changed.map(([f, k, v]) => [f, k, f === 'r' ? null : v]),
        }
        return op.index
      }
    }
  }
  throw new Error('no read of a final append')
}
