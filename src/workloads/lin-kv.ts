/**
 * The lin-kv workload (maelstrom-protocol.md §2.7): a linearizable key-value store of
 * registers. Maelstrom's generator (Jepsen `linearizable-register` + `independent`): worker
 * threads are split into groups of 2n (n = node count); each group works on one key at a
 * time, the first n threads of a group only read, the other n write (1/3) or cas (2/3) with
 * random values 0–4. A group moves to a fresh key once 20 distinct processes have touched
 * its key (only crashes, which give a worker a new process, make that happen).
 *
 * The client is reusable; `read` is idempotent (its failures are `fail`); the RPC timeout is
 * max(10 × latency, 1000) ms. Checked per key by the `linearizable` checker, model
 * cas-register. It does not check anything the checker does not (no timeline files).
 */
import { checkLinearizable } from '../checkers/index.js'
import { failureFromReply } from './completion.js'
import type { GeneratorContext, Invocation, OpGenerator, WorkloadDefinition } from './contract.js'
import type { TestOptions } from '../options/index.js'

/** Distinct processes per key before its group moves on (Jepsen's process-limit). */
const PROCESSES_PER_KEY = 20

/** The one-line error for a concurrency that is not a multiple of 2n, or null. */
export function linKvConcurrencyError(options: TestOptions): string | null {
  const group = 2 * options.nodeIds.length
  const c = options.concurrency
  if (c > 0 && c % group === 0) {
    return null
  }
  const below = Math.floor(c / group) * group
  const tries =
    below > 0 ? [below, below + group, below + 2 * group] : [group, 2 * group, 3 * group]
  return `--concurrency must be a multiple of 2n = ${group} for lin-kv (got ${c}): try ${tries[0]}, ${tries[1]} or ${tries[2]}`
}

interface Group {
  key: number
  processes: Set<number>
}

/** Maelstrom's lin-kv generator: key groups of 2n threads, half readers, half writers. */
export function linKvGenerator(context: GeneratorContext): OpGenerator {
  const n = context.nodeIds.length
  const size = 2 * n
  const groups: Group[] = []
  let nextKey = 0
  const groupOf = (worker: number): Group => {
    const g = Math.floor(worker / size)
    while (groups.length <= g) {
      groups.push({ key: nextKey++, processes: new Set() })
    }
    return groups[g] as Group
  }
  const { random } = context
  return {
    next(worker: number, process: number): Invocation {
      const group = groupOf(worker)
      if (!group.processes.has(process) && group.processes.size >= PROCESSES_PER_KEY) {
        group.key = nextKey++
        group.processes = new Set()
      }
      group.processes.add(process)
      const key = group.key
      if (worker % size < n) {
        return { f: 'read', key }
      }
      return random.chance(1 / 3)
        ? { f: 'write', key, value: random.int(5) }
        : { f: 'cas', key, value: [random.int(5), random.int(5)] }
    },
  }
}

function rpcTimeoutMs(options: TestOptions): number {
  return Math.max(10 * options.latencyMs, 1000)
}

export const linKv: WorkloadDefinition = {
  name: 'lin-kv',
  doc: 'A linearizable key-value store of registers: clients read, write and compare-and-set integer keys (values 0–4) through any node; every key, checked on its own, must behave like one register that changes at a single instant within each operation. Run with --concurrency a multiple of 2n.',
  rpcs: [
    { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
    { request: 'write', response: 'write_ok' },
    { request: 'cas', response: 'cas_ok' },
  ],
  validateOptions: linKvConcurrencyError,
  reusableClient: true,
  idempotent: ['read'],
  generator: linKvGenerator,
  createClient: (context) => ({
    async invoke(invocation, io) {
      const timeoutMs = rpcTimeoutMs(context.options)
      const { f, key, value } = invocation
      const body =
        f === 'read'
          ? { type: 'read', key }
          : f === 'write'
            ? { type: 'write', key, value }
            : { type: 'cas', key, from: (value as unknown[])[0], to: (value as unknown[])[1] }
      const reply = await io.call(body, { timeoutMs })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, f === 'read')
      }
      return f === 'read' ? { type: 'ok', value: reply.body.value } : { type: 'ok', value }
    },
  }),
  check: (history, _context, budget) =>
    checkLinearizable(history, { model: 'cas-register' }, budget),
}
