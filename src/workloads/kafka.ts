/**
 * The kafka workload (maelstrom-protocol.md §2.10): a replicated log per string key.
 * Maelstrom's client behaviour: `send` (one RPC, recorded as `[offset, msg]`), `poll` (one
 * poll RPC from the client's local offsets, which then advance past what it read, then a
 * `commit_offsets` of the highest offsets polled, in the same op; outside the final phase a
 * commit that is not acknowledged makes the poll `info`), `assign` (≈1/64 of ops,
 * and first for every new client: `list_committed_offsets` for the assigned keys; local
 * offsets become existing local, else committed, else 0; recorded as
 * `{keys, committed: {key: offset | null}}`), `crash` (no RPC, `info`, a new
 * client with empty offsets). Keys and unique-per-key messages come from the list-append
 * generator with one micro-op per op (reads → polls, appends → sends).
 *
 * Final phase: each worker crashes its client, assigns every key seen from offset 0 (no
 * RPC) and polls every ~200 ms until it has read up to the highest offset known per key.
 * The client is not reusable; `assign` is idempotent. Checked by src/checkers/kafka.
 */
import { KAFKA_DURABLE_COMMITS, checkKafka } from '../checkers/index.js'
import { extraFlag } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type {
  ClientIO,
  Completed,
  Completion,
  FinalPhase,
  GeneratorContext,
  Invocation,
  Wait,
  OpGenerator,
  RecoveryProbe,
  WorkloadClient,
  WorkloadDefinition,
} from './contract.js'
import type { TestOptions } from '../options/index.js'
import { TxnGenerator } from './txn/generator.js'
import type { MicroOp } from './txn/generator.js'

const ASSIGN_EVERY_OPS = 64
/** Maelstrom clips the final phase to 10 s (scaled by --time-scale). */
const FINAL_PHASE_MS = 10_000

/** What every generator of one run learns from completions (shared by main and final). */
interface Progress {
  keys: Set<string>
  /** Highest offset known per key (acknowledged sends and polls). */
  maxOffset: Map<string, number>
}

const progressByRun = new WeakMap<TestOptions, Progress>()

function progressOf(options: TestOptions): Progress {
  let progress = progressByRun.get(options)
  if (progress === undefined) {
    progress = { keys: new Set(), maxOffset: new Map() }
    progressByRun.set(options, progress)
  }
  return progress
}

function pollPairs(value: unknown): Array<[string, number]> {
  const out: Array<[string, number]> = []
  if (typeof value !== 'object' || value === null) {
    return out
  }
  for (const [key, pairs] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(pairs)) {
      continue
    }
    for (const pair of pairs) {
      if (Array.isArray(pair) && typeof pair[0] === 'number') {
        out.push([key, pair[0]])
      }
    }
  }
  return out
}

function learn(progress: Progress, completed: Completed): void {
  if (completed.type !== 'ok') {
    return
  }
  const note = (key: string, offset: number): void => {
    progress.keys.add(key)
    progress.maxOffset.set(key, Math.max(progress.maxOffset.get(key) ?? -1, offset))
  }
  const { invocation, value } = completed
  if (invocation.f === 'send' && Array.isArray(value) && typeof value[0] === 'number') {
    note(String(invocation.key), value[0])
  } else if (invocation.f === 'poll') {
    for (const [key, offset] of pollPairs(value)) {
      note(key, offset)
    }
  }
}

/**
 * Recovery probe: poll every live node from the highest offset known per key (acknowledged
 * sends, polls); the nodes agree once each of them returns a message at that offset for every
 * key, i.e. each can serve every acknowledged message. No key known yet: nothing to wait for.
 */
export function kafkaProbe(options: TestOptions): RecoveryProbe {
  const wanted = new Map(progressOf(options).maxOffset)
  return {
    body: { type: 'poll', offsets: Object.fromEntries(wanted) },
    converged: (replies) =>
      replies.every((reply) => {
        const have = new Set(pollPairs(reply.msgs).map(([key, offset]) => `${key}\u0000${offset}`))
        return [...wanted].every(([key, offset]) => have.has(`${key}\u0000${offset}`))
      }),
  }
}

function crashProbability(options: TestOptions): number {
  // Maelstrom: one crash every 30 / concurrency seconds across the cluster, on average.
  const crashesPerS = options.concurrency / 30
  return options.rate > 0 ? Math.min(0.1, crashesPerS / options.rate) : 0
}

export function kafkaGenerator(context: GeneratorContext): OpGenerator {
  const { random, options } = context
  const progress = progressOf(options)
  const txns = TxnGenerator.fromOptions(random, { ...options, maxTxnLength: 1 }, 'append')
  const keyCount = options.keyCount ?? 10
  for (let k = 0; k < keyCount; k++) {
    progress.keys.add(String(k))
  }
  const started = new Set<number>()
  const pCrash = crashProbability(options)
  const assignKeys = (): string[] => {
    const keys = [...progress.keys].slice(-2 * keyCount)
    const chosen = keys.filter(() => random.chance(0.5))
    return chosen.length > 0 ? chosen : [random.pick(keys)]
  }
  return {
    next(_worker: number, process: number): Invocation {
      if (!started.has(process)) {
        started.add(process)
        return { f: 'assign', value: [...progress.keys].slice(-2 * keyCount) }
      }
      if (random.chance(pCrash)) {
        return { f: 'crash' }
      }
      if (random.int(ASSIGN_EVERY_OPS) === 0) {
        return { f: 'assign', value: assignKeys() }
      }
      const [f, key, value] = txns.next()[0] as MicroOp
      if (f === 'r') {
        return { f: 'poll' }
      }
      progress.keys.add(String(key))
      return { f: 'send', key: String(key), value }
    },
    complete(_worker: number, completed: Completed): void {
      learn(progress, completed)
    },
  }
}

export function kafkaFinalGenerator(context: GeneratorContext): FinalPhase {
  const progress = progressOf(context.options)
  const stage = new Map<number, number>()
  const read = new Map<number, Map<string, number>>()
  // Paced only when a poll brought nothing new: a node that pages its answers (100 per poll)
  // is read back-to-back, or the capped phase (10 s × time scale) ends before the end of a
  // long log, and an unread acknowledged send leaves the verdict unknown.
  const progressed = new Map<number, boolean>()
  const paced = new Map<number, boolean>()
  const limitMs = FINAL_PHASE_MS * (context.options.timeScale || 1)
  let startedMs: number | undefined
  const generator: OpGenerator = {
    next(worker: number, _process: number, nowMs: number): Invocation | Wait | null {
      startedMs ??= nowMs
      const step = stage.get(worker) ?? 0
      stage.set(worker, step + 1)
      if (step === 0) {
        return { f: 'crash', final: true }
      }
      if (step === 1) {
        read.set(worker, new Map())
        return { f: 'assign', value: [...progress.keys], final: true }
      }
      const mine = read.get(worker) ?? new Map<string, number>()
      const behind = [...progress.maxOffset].some(([key, max]) => (mine.get(key) ?? -1) < max)
      if (step > 2 && (!behind || nowMs - startedMs >= limitMs)) {
        return null
      }
      if (step > 2 && progressed.get(worker) !== true && paced.get(worker) !== true) {
        paced.set(worker, true)
        stage.set(worker, step)
        return { waitMs: FINAL_POLL_PACING_MS }
      }
      paced.set(worker, false)
      progressed.set(worker, false)
      return { f: 'poll', final: true }
    },
    complete(worker: number, completed: Completed): void {
      if (completed.type !== 'ok' || completed.invocation.f !== 'poll') {
        return
      }
      const mine = read.get(worker) ?? new Map<string, number>()
      for (const [key, offset] of pollPairs(completed.value)) {
        if (offset > (mine.get(key) ?? -1)) {
          progressed.set(worker, true)
        }
        mine.set(key, Math.max(mine.get(key) ?? -1, offset))
      }
      read.set(worker, mine)
      learn(progress, completed)
    },
  }
  return { generator, pacingMs: 0 }
}

/** Pause between final polls that brought nothing new. */
const FINAL_POLL_PACING_MS = 200

/** One client = one consumer: local offsets per assigned key. */
export function kafkaClient(): WorkloadClient {
  let offsets = new Map<string, number>()
  const send = async (invocation: Invocation, io: ClientIO): Promise<Completion> => {
    const reply = await io.call({ type: 'send', key: invocation.key, msg: invocation.value })
    if (reply.kind !== 'ok') {
      return failureFromReply(reply, false)
    }
    return { type: 'ok', value: [reply.body.offset, invocation.value] }
  }
  const poll = async (io: ClientIO, final: boolean | undefined): Promise<Completion> => {
    const reply = await io.call({ type: 'poll', offsets: Object.fromEntries(offsets) })
    if (reply.kind !== 'ok') {
      return failureFromReply(reply, true)
    }
    const msgs = (reply.body.msgs ?? {}) as Record<string, unknown>
    const highest: Record<string, number> = {}
    for (const [key, offset] of pollPairs(msgs)) {
      highest[key] = Math.max(highest[key] ?? -1, offset)
      if (offsets.has(key)) {
        offsets.set(key, Math.max(offsets.get(key) ?? 0, offset + 1))
      }
    }
    if (Object.keys(highest).length > 0) {
      const commit = await io.call({ type: 'commit_offsets', offsets: highest })
      if (commit.kind !== 'ok' && final !== true) {
        // The commit's fate is unknown, so the op is too (the checker trusts ok polls' commits).
        return { type: 'info', value: msgs, error: 'commit_offsets was not acknowledged' }
      }
    }
    return { type: 'ok', value: msgs }
  }
  const assign = async (invocation: Invocation, io: ClientIO): Promise<Completion> => {
    const keys = (invocation.value as string[]) ?? []
    let committed: Record<string, unknown> = {}
    if (invocation.final !== true) {
      const reply = await io.call({ type: 'list_committed_offsets', keys })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, true)
      }
      committed = (reply.body.offsets ?? {}) as Record<string, unknown>
    }
    const next = new Map<string, number>()
    for (const key of keys) {
      const c = committed[key]
      next.set(
        key,
        invocation.final === true ? 0 : (offsets.get(key) ?? (typeof c === 'number' ? c : 0)),
      )
    }
    offsets = next
    if (invocation.final === true) {
      return { type: 'ok', value: keys }
    }
    // Record what the node said was committed, for the durable-commit check.
    const listed: Record<string, number | null> = {}
    for (const key of keys) {
      const c = committed[key]
      listed[key] = typeof c === 'number' ? c : null
    }
    return { type: 'ok', value: { keys, committed: listed } }
  }
  return {
    invoke(invocation, io) {
      switch (invocation.f) {
        case 'send':
          return send(invocation, io)
        case 'poll':
          return poll(io, invocation.final)
        case 'assign':
          return assign(invocation, io)
        default:
          return Promise.resolve({ type: 'info', error: 'crash: the client was restarted' })
      }
    },
  }
}

export const kafka: WorkloadDefinition = {
  name: 'kafka',
  doc: 'A replicated log service: clients send messages to string keys and get back offsets, poll from offsets, commit what they processed and read committed offsets back. Every acknowledged message must keep one offset forever, offsets must grow per key, and consumers must see messages in order without gaps or losses.',
  rpcs: [
    { request: 'send', response: 'send_ok', responseFields: { offset: 'integer' } },
    { request: 'poll', response: 'poll_ok', responseFields: { msgs: 'object' } },
    { request: 'commit_offsets', response: 'commit_offsets_ok' },
    {
      request: 'list_committed_offsets',
      response: 'list_committed_offsets_ok',
      responseFields: { offsets: 'object' },
    },
  ],
  reusableClient: false,
  idempotent: ['assign'],
  generator: kafkaGenerator,
  finalGenerator: kafkaFinalGenerator,
  recoveryProbe: kafkaProbe,
  createClient: () => kafkaClient(),
  extras: [KAFKA_DURABLE_COMMITS],
  check: (history, context) =>
    checkKafka(history, {
      durableCommits: extraFlag(context.options.extra, KAFKA_DURABLE_COMMITS) === true,
    }),
}
