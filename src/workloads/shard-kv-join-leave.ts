/**
 * shard-kv's join-leave mode (track 13 stage `join-leave`, `--extra joinLeave=true`): the
 * shard controller makes nodes leave and join under load, and the figure that says how
 * available the store stayed while shards moved.
 *
 * Every `reconfigureEveryS` (× time scale) of the main phase the controller alternates:
 * - leave: a random member X gives all its shards to the other members (each to the member
 *   that holds fewest); the new shard_config goes to every running node and the controller
 *   waits for every `shard_config_ok` — X's answer means "my shards are handed over" — then
 *   stops X (SIGKILL; messages to it are dropped). Recorded as `reconfigure`, then
 *   `start-leave` (fault kind `leave`).
 * - join: X is started again (fresh process, same data directory, `init`), recorded as
 *   `stop-leave`; it is sent the current shard_config (it owns nothing in it), then a new one
 *   that moves ⌊shards / members⌋ shards onto it from the members that hold most.
 * A node still away when the main phase ends is started again (owning nothing), so the final
 * reads can go through it.
 *
 * `moveAvailability`: of the main-phase client operations invoked once the first
 * reconfiguration had begun (shards keep moving from then on: a shard whose data never reaches
 * its new owner stays unavailable after its reconfiguration has ended), the share the store
 * answered (ok, or a definite key-missing / cas-mismatch error). Final reads are not counted.
 * Operations sent to a node that was away (stopped) at any time during the operation are left
 * out: no node can answer while stopped. Time-based (client time-outs are times). Absent when
 * no operation was counted.
 *
 * Does not check that a leaving node really had nothing left when stopped: that shows as
 * unanswered requests (the new owner waits for data that never comes) or as lost writes.
 */
import { faultWindows, pairOps, type Op, type OpPair } from '../history/index.js'
import type { ControllerContext, ControllerRun } from './contract.js'
import { numberExtra } from './extras.js'
import { answeredPair } from './lin-kv.js'

type ShardMap = Record<string, string>
type Call = ControllerContext['call']

interface Move {
  shard: number
  from: string
  to: string
}

/** The members' shard counts, fewest first (ties by node id order). */
function byLoad(shards: ShardMap, members: readonly string[]): string[] {
  const count = new Map(members.map((id) => [id, 0]))
  Object.values(shards).forEach((id) => count.has(id) && count.set(id, (count.get(id) ?? 0) + 1))
  return [...members].sort((a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0))
}

/** Give every shard of `leaving` to the member that holds fewest at the time. */
export function leaveMoves(shards: ShardMap, leaving: string, members: readonly string[]): Move[] {
  const others = members.filter((id) => id !== leaving)
  const moves: Move[] = []
  for (const [s, owner] of Object.entries(shards)) {
    if (owner === leaving) {
      const to = byLoad(shards, others)[0] as string
      shards[s] = to
      moves.push({ shard: Number(s), from: leaving, to })
    }
  }
  return moves
}

/** Move ⌊shards / (members + 1)⌋ shards onto `joining`, each from the member holding most. */
export function joinMoves(shards: ShardMap, joining: string, members: readonly string[]): Move[] {
  const want = Math.floor(Object.keys(shards).length / (members.length + 1))
  const moves: Move[] = []
  for (let i = 0; i < want; i++) {
    const from = byLoad(shards, members).at(-1) as string
    const s = Object.keys(shards).find((k) => shards[k] === from) as string
    shards[s] = joining
    moves.push({ shard: Number(s), from, to: joining })
  }
  return moves
}

async function sendTo(
  call: Call,
  nodeIds: readonly string[],
  version: number,
  shards: ShardMap,
): Promise<void> {
  await Promise.all(
    nodeIds.map((id) => call(id, { type: 'shard_config', version, shards: { ...shards } })),
  )
}

/** Record a reconfiguration around sending it to the running nodes. */
async function reconfigure(
  context: ControllerContext,
  running: readonly string[],
  version: number,
  shards: ShardMap,
  moves: Move[],
): Promise<void> {
  const value = { kind: 'reconfigure', version, moves }
  context.record({ type: 'invoke', f: 'reconfigure', value })
  await sendTo(context.call, running, version, shards)
  const list = moves.map((m) => `shard ${m.shard} ${m.from}→${m.to}`).join(', ')
  context.record({
    type: 'info',
    f: 'reconfigure',
    value: { ...value, description: `shard_config version ${version}: ${list}` },
  })
}

/** Record a membership fault (kind `leave`) around stopping or starting a node. */
async function membership(
  context: ControllerContext,
  f: 'start-leave' | 'stop-leave',
  node: string,
  action: () => Promise<void>,
): Promise<void> {
  const description =
    f === 'start-leave'
      ? `${node} left: it answered the shard_config that took its shards, then was stopped (SIGKILL)`
      : `${node} joined: started again (fresh process, same data directory, init), owning no shard yet`
  const value = { kind: 'leave', nodes: [node], description }
  context.record({ type: 'invoke', f, value })
  await action()
  context.record({ type: 'info', f, value })
}

/** The join-leave controller, started from a version-1 map `shards` (mutated). */
export function joinLeaveController(context: ControllerContext, shards: ShardMap): ControllerRun {
  const { options, nodeIds, random } = context
  const everyMs = numberExtra(options, 'reconfigureEveryS', 4) * 1000 * options.timeScale
  let members = [...nodeIds]
  let away: string | undefined
  let version = 1
  const join = async (node: string, withShards: boolean): Promise<void> => {
    await membership(context, 'stop-leave', node, () => context.startNode(node))
    away = undefined
    await sendTo(context.call, [node], version, shards)
    if (withShards) {
      const moves = joinMoves(shards, node, members)
      members = [...members, node]
      await reconfigure(context, members, ++version, shards, moves)
    }
  }
  const leave = async (): Promise<void> => {
    const node = random.pick(members)
    const moves = leaveMoves(shards, node, members)
    await reconfigure(context, members, ++version, shards, moves)
    members = members.filter((id) => id !== node)
    await membership(context, 'start-leave', node, () => context.stopNode(node))
    away = node
  }
  const loop = async (): Promise<void> => {
    while (true) {
      await context.sleep(everyMs)
      if (context.stopped()) {
        break
      }
      if (away === undefined) {
        await leave()
      } else {
        await join(away, true)
      }
    }
    if (away !== undefined) {
      await join(away, false)
    }
  }
  return { done: loop() }
}

/** When the first reconfiguration began (ns), if there was one. */
function firstMoveNs(history: readonly Op[]): number | undefined {
  return history.find(
    (op) => op.process === 'nemesis' && op.f === 'reconfigure' && op.type === 'invoke',
  )?.time
}

/** True when `node` was away (left, not yet joined) at some time in [fromNs, toNs]. */
function awayDuring(
  history: readonly Op[],
): (node: string, fromNs: number, toNs: number) => boolean {
  const windows = faultWindows(history).filter((w) => w.kind === 'leave')
  return (node, fromNs, toNs) =>
    windows.some((w) => w.nodes.includes(node) && w.startNs <= toNs && w.endNs >= fromNs)
}

/** The move-availability figures (see the header); empty when no operation fell in a move. */
export function moveAvailability(history: readonly Op[]): {
  moveAvailability?: number
  moveOps?: number
} {
  const fromNs = firstMoveNs(history)
  if (fromNs === undefined) {
    return {}
  }
  const away = awayDuring(history)
  const lastNs = history.at(-1)?.time ?? 0
  const inMove = (p: OpPair): boolean =>
    p.invoke.process !== 'nemesis' &&
    p.invoke.final !== true &&
    p.invoke.time >= fromNs &&
    !away(p.invoke.node ?? '', p.invoke.time, p.complete?.time ?? lastNs)
  const pairs = pairOps(history).filter(inMove)
  if (pairs.length === 0) {
    return {}
  }
  return {
    moveAvailability: pairs.filter(answeredPair).length / pairs.length,
    moveOps: pairs.length,
  }
}
