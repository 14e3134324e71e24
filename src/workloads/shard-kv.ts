/**
 * The shard-kv workload (issue 17, track 13; curriculum.md §2 track 13): lin-kv operations
 * (`read {key}`, `write {key, value}`, `cas {key, from, to}`) over `keys` integer keys (100)
 * that fall into `shards` shards (16; `shard = key mod shards`). A shard controller run by the
 * harness tells every node who owns each shard with `shard_config {version, shards}` (`shards`
 * maps each shard number, as a string, to a node id), answered by `shard_config_ok`: once in
 * setup (version 1, shard s → node s mod n) and, with `reconfigureEveryS`, every that many
 * seconds (× time scale) during the main phase, where each reconfiguration moves
 * `movesPerReconfigure` random shards to another node and raises the version by one. Nodes
 * move the data themselves (node-to-node messages of their own design). Each reconfiguration
 * is recorded in the history as a `reconfigure` op of process "nemesis". With `joinLeave`
 * the controller instead makes nodes leave (shards handed over, then the node is stopped) and
 * join (started again, then given shards) under load: shard-kv-join-leave.ts. With
 * `finalReads`, after the main phase every key is read once (lin-kv's final reads).
 *
 * With `groups` G ≥ 1 (stage replicated) the nodes are split, in order, into G replica groups
 * `g0` … (n0-n2 = g0, n3-n5 = g1, … for 9 nodes and 3 groups; sizes differ by at most one) and
 * the one shard_config, sent in setup, is `{version: 1, groups: {g: [node ids]}, shards:
 * {shard: g}}` with shard s → group s mod G. Every member of a group is to hold the group's
 * shards (replication is the nodes' business: nothing checks how). Groups come with a static
 * map: combining them with `reconfigureEveryS` or `joinLeave` is refused.
 *
 * Clients send any key to any node (worker i → node i mod n); keys are uniform, half the ops
 * are reads, a quarter writes of values unique in the run, a quarter cas from the last value
 * the generator saw for that key to a unique value. A read answered with error 20 (key does
 * not exist) is recorded as `ok` with value null: "no value" is an answer, so a write that
 * vanished in a move is caught. Client time-out 1 s.
 *
 * Checked: per key by the `linearizable` checker (model cas-register: keys are independent);
 * `lostWriteCount` (see lostWrites); `maxOverMeanLoad` (messages delivered to the busiest
 * node over the mean per node, from the journal tap); `moveAvailability` (requests answered
 * during moves, shard-kv-join-leave.ts). Does not check where a key was
 * executed (placement): nodes report nothing that would show it.
 */
import {
  checkLinearizable,
  type Anomaly,
  type Budget,
  type CheckResult,
} from '../checkers/index.js'
import { pairOps, type Op } from '../history/index.js'
import type { TestOptions } from '../options/index.js'
import { extraFlag, type ExtraSpec } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type {
  CheckContext,
  ControllerContext,
  ControllerRun,
  GeneratorContext,
  Invocation,
  JournalTap,
  OpGenerator,
  TapEvent,
  WorkloadDefinition,
} from './contract.js'
import { numberExtra } from './extras.js'
import { FINAL_READS, linKvFinalReads } from './lin-kv.js'
import { joinLeaveController, moveAvailability } from './shard-kv-join-leave.js'

export const SHARD_KV_TIMEOUT_MS = 1000

const GROUPS: ExtraSpec = {
  name: 'groups',
  type: 'number',
  default: '0 (no groups: each shard is owned by one node)',
  meaning:
    'split the nodes, in order, into this many replica groups (g0 = the first n/G nodes, …); shard_config then carries groups {g: [node ids]} and maps each shard to a group',
}

const JOIN_LEAVE: ExtraSpec = {
  name: 'joinLeave',
  type: 'boolean',
  default: 'false',
  meaning:
    'every reconfigureEveryS (default 4) a node leaves (its shards handed over, then it is stopped) or the node away joins again (started, then given shards)',
}

/** The `--extra` keys of the shard-kv workload. */
export const SHARD_KV_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'keys',
    type: 'number',
    default: '100',
    meaning: 'how many keys the clients use (0 … keys-1, uniform)',
  },
  {
    name: 'shards',
    type: 'number',
    default: '16',
    meaning: 'how many shards (shard = key mod shards)',
  },
  {
    name: 'reconfigureEveryS',
    type: 'number',
    default: '0 (never)',
    meaning: 'the controller moves shards every this many seconds (× time scale) of the main phase',
  },
  {
    name: 'movesPerReconfigure',
    type: 'number',
    default: '4',
    meaning: 'shards moved to another node at each reconfiguration',
  },
  JOIN_LEAVE,
  GROUPS,
  FINAL_READS,
]

function joinLeave(options: TestOptions): boolean {
  return extraFlag(options.extra, JOIN_LEAVE) === true
}

function validate(options: TestOptions): string | null {
  const keys = numberExtra(options, 'keys', 100)
  if (!Number.isInteger(keys) || keys < 1 || keys > 100_000) {
    return `--extra keys must be an integer from 1 to 100000 (got ${String(options.extra.keys)})`
  }
  const shards = numberExtra(options, 'shards', 16)
  if (!Number.isInteger(shards) || shards < 1 || shards > 1024) {
    return `--extra shards must be an integer from 1 to 1024 (got ${String(options.extra.shards)})`
  }
  if (!(numberExtra(options, 'reconfigureEveryS', 0) >= 0)) {
    return `--extra reconfigureEveryS must be ≥ 0 (got ${String(options.extra.reconfigureEveryS)})`
  }
  const moves = numberExtra(options, 'movesPerReconfigure', 4)
  if (!Number.isInteger(moves) || moves < 1) {
    return `--extra movesPerReconfigure must be a positive integer (got ${String(options.extra.movesPerReconfigure)})`
  }
  if (joinLeave(options) && options.nodeIds.length < 3) {
    return `--extra joinLeave needs at least 3 nodes (got ${options.nodeIds.length})`
  }
  return validateGroups(options)
}

function validateGroups(options: TestOptions): string | null {
  const groups = numberExtra(options, 'groups', 0)
  if (groups === 0) {
    return null
  }
  const nodeCount = options.nodeIds.length
  if (!Number.isInteger(groups) || groups < 1 || groups > nodeCount) {
    return `--extra groups must be an integer from 1 to the node count ${nodeCount} (got ${String(options.extra.groups)}): every group needs at least one node`
  }
  if (joinLeave(options) || numberExtra(options, 'reconfigureEveryS', 0) > 0) {
    return '--extra groups gives a static shard map: it cannot be combined with reconfigureEveryS or joinLeave'
  }
  return null
}

/**
 * The replica groups: `groups` consecutive runs of the node ids, in order, sizes differing by
 * at most one (9 nodes, 3 groups: g0 = n0 n1 n2, g1 = n3 n4 n5, g2 = n6 n7 n8).
 */
export function replicaGroups(
  groups: number,
  nodeIds: readonly string[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * nodeIds.length) / groups)
    const to = Math.floor(((g + 1) * nodeIds.length) / groups)
    out[`g${g}`] = nodeIds.slice(from, to)
  }
  return out
}

/** The version-1 map: shard s → node s mod n (as sent, shard numbers as strings). */
export function initialShardMap(
  shardCount: number,
  nodeIds: readonly string[],
): Record<string, string> {
  const shards: Record<string, string> = {}
  for (let s = 0; s < shardCount; s++) {
    shards[String(s)] = nodeIds[s % nodeIds.length] as string
  }
  return shards
}

// A type alias, not an interface: it must fit the index signature of a message body.
type ConfigBody = {
  type: string
  version: number
  shards: Record<string, string>
  groups?: Record<string, string[]>
}

async function sendConfig(
  call: (nodeId: string, body: ConfigBody) => Promise<unknown>,
  nodeIds: readonly string[],
  version: number,
  shards: Record<string, string>,
  groups?: Record<string, string[]>,
): Promise<void> {
  await Promise.all(
    nodeIds.map((id) =>
      call(id, {
        type: 'shard_config',
        version,
        ...(groups === undefined ? {} : { groups: structuredClone(groups) }),
        shards: { ...shards },
      }),
    ),
  )
}

/** The setup config: shard → node, or with `groups` shard → group and the groups' members. */
export function initialConfig(
  options: TestOptions,
  nodeIds: readonly string[],
): {
  shards: Record<string, string>
  groups?: Record<string, string[]>
} {
  const shardCount = numberExtra(options, 'shards', 16)
  const groupCount = numberExtra(options, 'groups', 0)
  if (groupCount <= 0) {
    return { shards: initialShardMap(shardCount, nodeIds) }
  }
  const groups = replicaGroups(groupCount, nodeIds)
  return { shards: initialShardMap(shardCount, Object.keys(groups)), groups }
}

/** The controller: every `reconfigureEveryS` (× time scale), move some shards and tell everyone. */
function shardController(context: ControllerContext): ControllerRun | null {
  const { options, nodeIds, random } = context
  const shardCount = numberExtra(options, 'shards', 16)
  if (joinLeave(options)) {
    return joinLeaveController(context, initialShardMap(shardCount, nodeIds))
  }
  const everyS = numberExtra(options, 'reconfigureEveryS', 0)
  if (everyS <= 0 || nodeIds.length < 2 || numberExtra(options, 'groups', 0) > 0) {
    return null
  }
  const moveCount = Math.min(numberExtra(options, 'movesPerReconfigure', 4), shardCount)
  const shards = initialShardMap(shardCount, nodeIds)
  const loop = async (): Promise<void> => {
    for (let version = 2; ; version++) {
      await context.sleep(everyS * 1000 * options.timeScale)
      if (context.stopped()) {
        return
      }
      const moved = random
        .shuffle(Array.from({ length: shardCount }, (_, s) => s))
        .slice(0, moveCount)
      const moves = moved.map((s) => {
        const from = shards[String(s)] as string
        const others = nodeIds.filter((id) => id !== from)
        const to = others[random.int(others.length)] as string
        shards[String(s)] = to
        return { shard: s, from, to }
      })
      const description = moves.map((m) => `shard ${m.shard} ${m.from}→${m.to}`).join(', ')
      context.record({
        type: 'invoke',
        f: 'reconfigure',
        value: { kind: 'reconfigure', version, moves },
      })
      await sendConfig((id, body) => context.call(id, body), nodeIds, version, shards)
      context.record({
        type: 'info',
        f: 'reconfigure',
        value: {
          kind: 'reconfigure',
          version,
          moves,
          description: `shard_config version ${version}: ${description}`,
        },
      })
    }
  }
  return { done: loop() }
}

/** Uniform keys; read ½, write ¼, cas ¼ (from the last value seen for the key). */
function shardKvGenerator(context: GeneratorContext): OpGenerator {
  const { random, options } = context
  const keys = numberExtra(options, 'keys', 100)
  const lastSeen = new Map<number, unknown>()
  let nextValue = 1
  return {
    next(): Invocation {
      const key = random.int(keys)
      const roll = random.float()
      if (roll < 0.5) {
        return { f: 'read', key }
      }
      if (roll < 0.75 || !lastSeen.has(key)) {
        return { f: 'write', key, value: nextValue++ }
      }
      return { f: 'cas', key, value: [lastSeen.get(key), nextValue++] }
    },
    complete(_worker, completed) {
      const { invocation } = completed
      if (completed.type !== 'ok' || typeof invocation.key !== 'number') {
        return
      }
      if (invocation.f === 'read' && completed.value !== null && completed.value !== undefined) {
        lastSeen.set(invocation.key, completed.value)
      } else if (invocation.f === 'write') {
        lastSeen.set(invocation.key, invocation.value)
      } else if (invocation.f === 'cas') {
        lastSeen.set(invocation.key, (invocation.value as unknown[])[1])
      }
    },
  }
}

/** Counts messages delivered to each node (from clients, other nodes and the harness). */
class NodeLoadTap implements JournalTap {
  readonly delivered = new Map<string, number>()
  constructor(nodeIds: readonly string[]) {
    nodeIds.forEach((id) => this.delivered.set(id, 0))
  }
  observe(event: TapEvent): void {
    const count = this.delivered.get(event.message.dest)
    if (event.type === 'deliver' && count !== undefined) {
      this.delivered.set(event.message.dest, count + 1)
    }
  }
}

/** The busiest node's delivered messages over the mean; absent when nothing was delivered. */
function loadFigures(tap: JournalTap | undefined): {
  maxOverMeanLoad?: number
  busiestNode?: string
} {
  if (!(tap instanceof NodeLoadTap)) {
    return {}
  }
  const counts = [...tap.delivered.values()]
  const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)
  return mean > 0
    ? {
        maxOverMeanLoad: Math.max(...counts) / mean,
        busiestNode: [...tap.delivered].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
      }
    : {}
}

/** The value an ok write or cas put into its key. */
function writtenValue(op: Op): unknown {
  return op.f === 'cas' ? (op.value as unknown[] | undefined)?.[1] : op.value
}

/** One acknowledged write shown lost, with the read that shows it. */
export interface LostWrite {
  key: unknown
  value: unknown
  writeIndex: number
  readIndex: number
  readValue: unknown
  readNode: string | undefined
}

/**
 * Acknowledged writes that a later read does not reflect: a write or cas W answered ok, and a
 * read invoked after W's ok that returned no value (null) or a value whose own write was
 * answered ok before W was invoked (strictly older than W). Written values are unique per
 * run, so a correct store can never give such a read: sound for any shard map or schedule.
 * Writes that timed out (info) are never counted, nor used as the older write.
 */
export function lostWrites(history: readonly Op[]): LostWrite[] {
  const pairs = pairOps(history).filter((p) => p.complete?.type === 'ok')
  const writesByKey = new Map<
    string,
    { invokeNs: number; okNs: number; op: Op; value: unknown }[]
  >()
  const writerOf = new Map<string, { invokeNs: number; okNs: number }>()
  for (const { invoke, complete } of pairs) {
    if (invoke.f !== 'write' && invoke.f !== 'cas') {
      continue
    }
    const k = JSON.stringify(invoke.key)
    const value = writtenValue(invoke)
    const entry = { invokeNs: invoke.time, okNs: (complete as Op).time, op: invoke, value }
    writesByKey.set(k, [...(writesByKey.get(k) ?? []), entry])
    writerOf.set(`${k}/${JSON.stringify(value)}`, entry)
  }
  const lost = new Map<number, LostWrite>()
  for (const { invoke, complete } of pairs) {
    if (invoke.f !== 'read') {
      continue
    }
    const k = JSON.stringify(invoke.key)
    const value = (complete as Op).value ?? null
    const writer = value === null ? undefined : writerOf.get(`${k}/${JSON.stringify(value)}`)
    if (value !== null && writer === undefined) {
      continue // a value no acknowledged write produced: the linearizable checker's business
    }
    for (const w of writesByKey.get(k) ?? []) {
      const older = writer === undefined || writer.okNs < w.invokeNs
      if (w.okNs < invoke.time && older && !lost.has(w.op.index)) {
        lost.set(w.op.index, {
          key: invoke.key,
          value: w.value,
          writeIndex: w.op.index,
          readIndex: invoke.index,
          readValue: value,
          readNode: invoke.node,
        })
      }
    }
  }
  return [...lost.values()].sort((a, b) => a.writeIndex - b.writeIndex)
}

/** Shard moves recorded between two times (the controller's `reconfigure` ops). */
function movesBetween(history: readonly Op[], fromNs: number, toNs: number): number {
  return history.filter(
    (op) =>
      op.process === 'nemesis' &&
      op.f === 'reconfigure' &&
      op.type === 'invoke' &&
      op.time >= fromNs &&
      op.time <= toNs,
  ).length
}

/**
 * The lost-write figures, and one anomaly naming the first lost write (the write, the read that
 * shows it, the node that answered the read, and whether a reconfiguration came between).
 */
function lostWriteFigures(
  history: readonly Op[],
  grouped: boolean,
): {
  lostWriteCount: number
  lostWriteExample?: string
  anomaly?: Anomaly
} {
  const lost = lostWrites(history)
  const first = lost[0]
  if (first === undefined) {
    return { lostWriteCount: 0 }
  }
  const timeOf = (index: number) => history[index]?.time ?? 0
  const at = (index: number) => `${(timeOf(index) / 1e9).toFixed(2)} s`
  const okIndex = history.findIndex(
    (op) => op.index > first.writeIndex && op.process === history[first.writeIndex]?.process,
  )
  const moves = movesBetween(history, timeOf(first.writeIndex), timeOf(first.readIndex))
  const why =
    moves > 0
      ? `${moves} reconfiguration(s) came between them: the shard moved without this write`
      : grouped
        ? 'no reconfiguration came between them: the read was answered from a copy the write had not reached (does every read go through its group’s log, or does one member answer from its own copy, behind or cut off?)'
        : 'no reconfiguration came between them: the read reached a copy the write never reached (is every request answered by the owner of its shard?)'
  const message =
    `acknowledged write lost: write of ${JSON.stringify(first.value)} to key ${JSON.stringify(first.key)} was acknowledged at ${at(okIndex >= 0 ? okIndex : first.writeIndex)}, ` +
    `but a read that began at ${at(first.readIndex)} (through ${first.readNode ?? 'a node'}) returned ${JSON.stringify(first.readValue)}, an older state; ${why}.` +
    (lost.length > 1 ? ` ${lost.length} acknowledged writes were lost in all.` : '')
  return {
    lostWriteCount: lost.length,
    lostWriteExample: message,
    anomaly: {
      type: 'lost-write',
      message,
      ops: [first.writeIndex, first.readIndex],
      ...(first.readNode === undefined ? {} : { nodes: [first.readNode] }),
      timeNs: [timeOf(first.writeIndex), timeOf(first.readIndex)],
    },
  }
}

/** Per-key linearizability, with a lost write (a sound proof of non-linearizability) named first. */
function checkShardKv(history: readonly Op[], context: CheckContext, budget: Budget): CheckResult {
  const linearizable = checkLinearizable(history, { model: 'cas-register' }, budget)
  const grouped = numberExtra(context.options, 'groups', 0) > 0
  const { anomaly, ...lost } = lostWriteFigures(history, grouped)
  return {
    ...linearizable,
    ...(anomaly === undefined
      ? {}
      : { valid: false, anomalies: [anomaly, ...linearizable.anomalies] }),
    ...lost,
    ...loadFigures(context.journalTap),
    ...moveAvailability(history),
  }
}

export const shardKv: WorkloadDefinition = {
  name: 'shard-kv',
  extras: SHARD_KV_EXTRAS,
  doc: 'Clients read, write and compare-and-set integer keys (100 keys in 16 shards, shard = key mod 16) through any node; the harness shard controller sends every node shard_config {version, shards: {shard: node}} at the start and at reconfigurations, and a node forwards a request for a shard it does not own to its owner, moving a shard’s data itself when the shard changes owner; with --extra groups the nodes form replica groups (shard_config carries groups {g: [nodes]} and maps shards to groups) and every member of a group replicates its shards. Checked: every key behaves like one linearizable register; no acknowledged write is lost; messages per node are reported.',
  rpcs: [
    { request: 'shard_config', response: 'shard_config_ok' },
    { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
    { request: 'write', response: 'write_ok' },
    { request: 'cas', response: 'cas_ok' },
  ],
  validateOptions: validate,
  reusableClient: true,
  idempotent: ['read'],
  clientTimeoutMs: () => SHARD_KV_TIMEOUT_MS,
  async setup({ options, nodeIds, call }) {
    const { shards, groups } = initialConfig(options, nodeIds)
    await sendConfig(call, nodeIds, 1, shards, groups)
  },
  controller: shardController,
  generator: shardKvGenerator,
  finalGenerator: (context) => linKvFinalReads(context, numberExtra(context.options, 'keys', 100)),
  // Recovery is over once every node answers a read of key 0 (a value, or "no such key").
  recoveryProbe: {
    body: { type: 'read', key: 0 },
    converged: (replies) =>
      replies.every(
        (body) => body.type === 'read_ok' || (body.type === 'error' && body.code === 20),
      ),
  },
  createClient: () => ({
    async invoke(invocation, io) {
      const { f, key, value } = invocation
      const body =
        f === 'read'
          ? { type: 'read', key }
          : f === 'write'
            ? { type: 'write', key, value }
            : { type: 'cas', key, from: (value as unknown[])[0], to: (value as unknown[])[1] }
      const reply = await io.call(body, { timeoutMs: SHARD_KV_TIMEOUT_MS })
      if (f === 'read' && reply.kind === 'error' && reply.code === 20) {
        return { type: 'ok', value: null }
      }
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, f === 'read')
      }
      return f === 'read' ? { type: 'ok', value: reply.body.value ?? null } : { type: 'ok', value }
    },
  }),
  createJournalTap: ({ nodeIds }: CheckContext) => new NodeLoadTap(nodeIds),
  check: checkShardKv,
}
