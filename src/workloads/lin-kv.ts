/**
 * The lin-kv workload (maelstrom-protocol.md §2.7): a linearizable key-value store of
 * registers. Maelstrom's generator (Jepsen `linearizable-register` + `independent`): worker
 * threads are split into groups of 2n (n = node count); each group works on one key at a
 * time, the first n threads of a group only read, the other n write (1/3) or cas (2/3) with
 * random values 0–4. A group moves to a fresh key once 20 distinct processes have touched
 * its key (only crashes, which give a worker a new process, make that happen). With
 * `--extra valueBytes=N` (raft-persistence/compaction) each of the five values is instead a
 * string of exactly N characters, so that a log that keeps every write grows by kilobytes per
 * operation; the domain stays five values, so cas still succeeds as often. While the run's key
 * holds (shared/key-holds.ts; only `dsgrade explore`'s Figure 8 steer holds keys) hold a key,
 * its writers read it instead of writing or cas-ing it.
 *
 * The client is reusable; `read` is idempotent (its failures are `fail`); the RPC timeout is
 * max(10 × latency, 1000) ms. Checked per key by the `linearizable` checker, model
 * cas-register. It does not check anything the checker does not (no timeline files).
 */
import { checkLinearizable } from '../checkers/index.js'
import { connectivityEpochs, pairOps, type Op, type OpPair } from '../history/index.js'
import type { TestOptions } from '../options/index.js'
import { extraFlag, type ExtraSpec } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import { numberExtra } from './extras.js'
import { SERVED_WINDOW_S } from './metrics.js'
import type {
  FinalPhase,
  GeneratorContext,
  Invocation,
  OpGenerator,
  WorkloadDefinition,
} from './contract.js'

/** Distinct processes per key before its group moves on (Jepsen's process-limit). */
const PROCESSES_PER_KEY = 20

/**
 * The `--extra` key that changes that limit. No stage sets it: `dsgrade explore` raises it on
 * the seeds where it steers Figure 8 (grading/swarm.ts), so that the clients still use the key
 * of the steered entry when the node that applied it answers (each kill of a leader gives up
 * to `concurrency` workers a new process, and a steered episode kills three).
 */
const PROCESSES_PER_KEY_EXTRA: ExtraSpec = {
  name: 'processesPerKey',
  type: 'number',
  default: String(PROCESSES_PER_KEY),
  meaning:
    "distinct client processes that may touch a key before its group of clients moves to a fresh key (Jepsen's process limit; a crashed operation gives its worker a new process)",
}

/** The `--extra` key that makes the five values strings of a given length. */
const VALUE_BYTES: ExtraSpec = {
  name: 'valueBytes',
  type: 'number',
  default: '0',
  meaning:
    'when above 0, each of the five values 0–4 is a string of exactly this many characters ("3:" and a fixed filler), so every write carries that many bytes (2–65536)',
}

/** The largest `valueBytes` accepted (one value per message stays well under a megabyte). */
const MAX_VALUE_BYTES = 65_536

/**
 * The value written for the digit `v` (0–4): `v` itself, or with `valueBytes` N > 0 the string
 * "v:" followed by N - 2 filler characters from a fixed generator seeded by v (the same five
 * strings on every run, different from each other at every position after the first two).
 */
export function linKvValue(v: number, valueBytes: number): number | string {
  if (valueBytes <= 0) {
    return v
  }
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let state = (v + 1) * 0x9e3779b1
  const filler: string[] = []
  for (let i = 2; i < valueBytes; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6a09e667) | 0
    filler.push(alphabet.charAt((state >>> 8) % alphabet.length))
  }
  return `${v}:${filler.join('')}`
}

function valueBytesOf(options: TestOptions): number {
  return numberExtra(options, VALUE_BYTES.name, 0)
}

/** The one-line error for a bad `valueBytes` or a concurrency not a multiple of 2n, or null. */
function linKvOptionsError(options: TestOptions): string | null {
  const bytes = valueBytesOf(options)
  if (bytes !== 0 && !(Number.isInteger(bytes) && bytes >= 2 && bytes <= MAX_VALUE_BYTES)) {
    return `--extra valueBytes must be 0 or an integer from 2 to ${MAX_VALUE_BYTES} (got ${String(options.extra.valueBytes)})`
  }
  const perKey = numberExtra(options, PROCESSES_PER_KEY_EXTRA.name, PROCESSES_PER_KEY)
  if (!(Number.isInteger(perKey) && perKey >= 1)) {
    return `--extra processesPerKey must be an integer of at least 1 (got ${String(options.extra.processesPerKey)})`
  }
  return linKvConcurrencyError(options)
}

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

/** Keys the main generator of a run handed out (0 … n-1), for the optional final reads. */
const keysUsed = new WeakMap<TestOptions, number>()

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
  const valueBytes = valueBytesOf(context.options)
  const values = [0, 1, 2, 3, 4].map((v) => linKvValue(v, valueBytes))
  const value = (): number | string => values[random.int(5)] as number | string
  const note = () => keysUsed.set(context.options, nextKey)
  const perKey = numberExtra(context.options, PROCESSES_PER_KEY_EXTRA.name, PROCESSES_PER_KEY)
  return {
    next(worker: number, process: number): Invocation {
      note()
      const group = groupOf(worker)
      if (!group.processes.has(process) && group.processes.size >= perKey) {
        group.key = nextKey++
        group.processes = new Set()
      }
      group.processes.add(process)
      note()
      const key = group.key
      if (worker % size < n) {
        return { f: 'read', key }
      }
      const write: Invocation = random.chance(1 / 3)
        ? { f: 'write', key, value: value() }
        : { f: 'cas', key, value: [value(), value()] }
      // a held key (the Figure 8 steer of dsgrade explore): a read of it instead, drawn after
      // the write's values so that the workload's stream is the same as without the hold
      return context.keyHolds?.isHeld(key) === true ? { f: 'read', key } : write
    },
  }
}

/** The `--extra` key that asks for final reads of every key (declared: see shared/extras). */
export const FINAL_READS: ExtraSpec = {
  name: 'finalReads',
  type: 'boolean',
  default: 'false',
  meaning:
    'after heal and recovery, read every key the run used once (a store that forgot an older key after restarts is asked again)',
}

/**
 * With `options.extra.finalReads` (the raft-persistence stages): after heal and recovery, one
 * read of every key the run used, spread over the workers. The generator moves to a fresh key
 * after crashes, so without these reads a store that forgot an older key after a restart
 * would never be asked about it again. Null (no final phase) otherwise, as in Maelstrom.
 * `keyCount` (keys 0 … keyCount-1) replaces the keys this generator handed out (shard-kv:
 * its fixed key space).
 */
export function linKvFinalReads(context: GeneratorContext, keyCount?: number): FinalPhase | null {
  if (extraFlag(context.options.extra, FINAL_READS) !== true) {
    return null
  }
  const keys = keyCount ?? keysUsed.get(context.options) ?? 0
  const nextOf = new Map<number, number>()
  const generator: OpGenerator = {
    next(worker: number): Invocation | null {
      const key = nextOf.get(worker) ?? worker
      if (key >= keys) {
        return null
      }
      nextOf.set(worker, key + context.concurrency)
      return { f: 'read', key, final: true }
    },
  }
  return { generator }
}

function rpcTimeoutMs(options: TestOptions): number {
  return Math.max(10 * options.latencyMs, 1000)
}

export const linKv: WorkloadDefinition = {
  name: 'lin-kv',
  extras: [FINAL_READS, VALUE_BYTES, PROCESSES_PER_KEY_EXTRA],
  doc: 'A linearizable key-value store of registers: clients read, write and compare-and-set integer keys (values 0–4) through any node; every key, checked on its own, must behave like one register that changes at a single instant within each operation. Run with --concurrency a multiple of 2n.',
  rpcs: [
    { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
    { request: 'write', response: 'write_ok' },
    { request: 'cas', response: 'cas_ok' },
  ],
  validateOptions: linKvOptionsError,
  reusableClient: true,
  idempotent: ['read'],
  generator: linKvGenerator,
  finalGenerator: linKvFinalReads,
  // Recovery is over once every node answers a read (of key 0) through the cluster.
  recoveryProbe: {
    body: { type: 'read', key: 0 },
    converged: (replies) => replies.every((body) => body.type === 'read_ok'),
  },
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
  check: (history, context, budget) => ({
    ...checkLinearizable(history, { model: 'cas-register' }, budget),
    ...answered(history, context.options.timeScale, context.options.nodeIds),
  }),
}

/** Errors that are the store's answer, not a refusal: key missing (20), cas mismatch (22). */
const ANSWER_CODES = new Set([20, 22])

/**
 * How well the cluster kept serving, from the client side:
 * - `answeredFraction`: the share of client operations the cluster *answered* — ok, or a
 *   definite key-missing / cas-mismatch error (a correct store gives those: cas values are
 *   random). Unlike `availability.okFraction` it does not count a correct cas refusal as
 *   unavailability; timeouts, error 11 and other errors are unanswered.
 * - `servedFraction`: the share of 1-second windows (× time scale), from the first invocation
 *   to the last completion, in which at least one operation was answered. Progress over time,
 *   so a burst of fast refusals while no leader is known weighs no more than one quiet second.
 *   A window that overlaps a stretch with no clean majority — no majority of the up nodes that
 *   all reach each other and nothing else, as the election checker defines it
 *   (history/connectivity.ts): a majorities ring, most nodes down, or a fault that model does
 *   not read — is not counted at all, served or not: a majority protocol owes no progress then.
 *   Nor is one within ELECTION_GRACE_S (× time scale) of the first request or of a partition
 *   that cut a node off the majority (the curriculum's leader-election bound: a majority
 *   connected for 3 s has a leader). Stop 22: raft/partitions aims its partitions at the leader, and a Raft with
 *   Maelstrom's 2–4 s election timeouts served nothing through three rings in a row (0.33)
 *   and took 5–8 s after each cut leader. When every window is left out, all are counted.
 * - `why.servedFraction` (when some owed window went unanswered): one sentence naming the
 *   longest run of such windows and who could talk then, which a failing stage quotes.
 */
export function answered(
  history: readonly Op[],
  timeScale = 1,
  nodeIds: readonly string[] = [],
): {
  answeredFraction: number
  answered: number
  servedFraction: number
  why?: { servedFraction: string }
} {
  const pairs = pairOps(history)
  const answeredPairs = pairs.filter(answeredPair)
  const count = answeredPairs.length
  const served = servedWindows(history, pairs, answeredPairs, timeScale, nodeIds)
  return {
    answeredFraction: pairs.length === 0 ? 0 : count / pairs.length,
    answered: count,
    servedFraction: served.fraction,
    ...(served.silence === undefined ? {} : { why: { servedFraction: served.silence } }),
  }
}

/** An operation the store answered: ok, or a definite key-missing / cas-mismatch error. */
export function answeredPair(p: OpPair): boolean {
  const done = p.complete
  if (done?.type === 'ok') {
    return true
  }
  const code = Array.isArray(done?.error) ? (done.error[0] as unknown) : undefined
  return done?.type === 'fail' && typeof code === 'number' && ANSWER_CODES.has(code)
}

/** Seconds (× time scale) a new majority has to elect before its windows are owed. */
export const ELECTION_GRACE_S = 3

/**
 * The spans in which no progress is owed: every stretch without a clean majority, and the first
 * ELECTION_GRACE_S after a stretch whose majority lost a node of the previous one (that node may
 * have been the leader: a new one needs an election timeout and a vote), follows a stretch
 * without one, or is the first (no leader has been elected yet). A heal that only adds nodes to the majority owes progress at once. The instants
 * between stretches (a fault operation in flight, milliseconds) are no span.
 */
function unowedSpans(
  history: readonly Op[],
  nodeIds: readonly string[],
  startNs: number,
  endNs: number,
  timeScale: number,
): { startNs: number; endNs: number }[] {
  const graceNs = ELECTION_GRACE_S * 1e9 * (timeScale > 0 ? timeScale : 1)
  const spans: { startNs: number; endNs: number }[] = []
  // the run's start is a majority forming: the first election gets its grace too
  let previous: readonly string[] | undefined
  // A heal that only adds nodes keeps what is left of the running grace: it does not restart
  // the election, nor does it finish one.
  let graceUntil = -Infinity
  for (const epoch of connectivityEpochs(history, nodeIds, startNs, endNs)) {
    const majority = epoch.majority
    if (majority === undefined) {
      spans.push({ startNs: epoch.startNs, endNs: epoch.endNs })
    } else {
      if (previous === undefined || previous.some((n) => !majority.includes(n))) {
        graceUntil = epoch.startNs + graceNs
      }
      if (graceUntil > epoch.startNs) {
        spans.push({ startNs: epoch.startNs, endNs: Math.min(epoch.endNs, graceUntil) })
      }
    }
    previous = majority
  }
  return spans
}

function servedWindows(
  history: readonly Op[],
  pairs: readonly OpPair[],
  answeredPairs: readonly OpPair[],
  timeScale: number,
  nodeIds: readonly string[],
): { fraction: number; silence?: string } {
  if (pairs.length === 0) {
    return { fraction: 0 }
  }
  const windowNs = SERVED_WINDOW_S * 1e9 * (timeScale > 0 ? timeScale : 1)
  let startNs = Infinity
  let endNs = -Infinity
  for (const p of pairs) {
    startNs = Math.min(startNs, p.invoke.time)
    endNs = Math.max(endNs, p.complete?.time ?? p.invoke.time)
  }
  const windows = Math.max(1, Math.floor((endNs - startNs) / windowNs))
  const served = new Set<number>()
  for (const pair of answeredPairs) {
    const index = Math.floor(((pair.complete as Op).time - startNs) / windowNs)
    if (index < windows) {
      served.add(index)
    }
  }
  const unowed =
    nodeIds.length === 0 ? [] : unowedSpans(history, nodeIds, startNs, endNs, timeScale)
  const owed: number[] = []
  for (let i = 0; i < windows; i++) {
    const from = startNs + i * windowNs
    const to = from + windowNs
    if (!unowed.some((span) => span.startNs < to && from < span.endNs)) {
      owed.push(i)
    }
  }
  if (owed.length === 0) {
    return { fraction: served.size / windows }
  }
  const fraction = owed.filter((i) => served.has(i)).length / owed.length
  if (nodeIds.length === 0) {
    return { fraction }
  }
  const silence = longestSilence(owed, served)
  if (silence === undefined) {
    return { fraction }
  }
  const fromNs = startNs + silence.first * windowNs
  const toNs = startNs + (silence.last + 1) * windowNs
  return { fraction, silence: silenceSentence(history, nodeIds, fromNs, toNs, timeScale) }
}

/** The longest run of consecutive owed windows in which nothing was answered. */
function longestSilence(
  owed: readonly number[],
  served: ReadonlySet<number>,
): { first: number; last: number } | undefined {
  let best: { first: number; last: number } | undefined
  let run: { first: number; last: number } | undefined
  for (const i of owed) {
    if (served.has(i)) {
      run = undefined
      continue
    }
    run =
      run !== undefined && run.last === i - 1
        ? { first: run.first, last: i }
        : { first: i, last: i }
    if (best === undefined || run.last - run.first > best.last - best.first) {
      best = run
    }
  }
  return best
}

/**
 * "No client operation was answered from 26.0 s to 31.0 s, although every node could reach
 * every other …": the evidence for a low servedFraction, naming who could talk.
 */
function silenceSentence(
  history: readonly Op[],
  nodeIds: readonly string[],
  fromNs: number,
  toNs: number,
  timeScale: number,
): string {
  // the epochs of the silence only (the list runs on to the history's last fault), each by
  // the part of it inside the silence
  const inside = (e: { startNs: number; endNs: number }): number =>
    Math.min(e.endNs, toNs) - Math.max(e.startNs, fromNs)
  const epochs = connectivityEpochs(history, nodeIds, fromNs, toNs).filter(
    (e) => e.majority !== undefined && inside(e) > 0,
  )
  const longest = [...epochs].sort((a, b) => inside(b) - inside(a))[0]
  const s = (ns: number): string => `${(ns / 1e9).toFixed(1)} s`
  let who = 'a majority could reach each other'
  if (longest !== undefined) {
    const majority = longest.majority as string[]
    const everyone = majority.length === nodeIds.length && longest.down.length === 0
    const from = Math.max(longest.startNs, fromNs)
    const to = Math.min(longest.endNs, toNs)
    const whole = to - from >= toNs - fromNs - 1e8
    who =
      (whole ? '' : `from ${s(from)} to ${s(to)} `) +
      (everyone
        ? 'every node could reach every other'
        : `a majority (${majority.join(', ')}) could reach each other`)
  }
  const grace = ELECTION_GRACE_S * (timeScale > 0 ? timeScale : 1)
  return (
    `No client operation was answered from ${s(fromNs)} to ${s(toNs)}, although ${who} ` +
    `and had had at least ${grace} s to elect a leader. A majority that can talk ` +
    `must elect a leader within ${grace} s and answer through it; seconds with service counts only such seconds.`
  )
}
