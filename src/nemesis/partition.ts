/**
 * Partition faults (curriculum.md §3; maelstrom-protocol.md §4, nemesis paragraph).
 *
 * `partition` is Maelstrom's (Jepsen's combined partition package): alternate
 * start-partition / stop-partition, each after uniform [0, 2×interval); each start picks one
 * shape at random:
 * - `one`: isolate one random node from all the others;
 * - `majority`: a random split into a smaller and a larger half;
 * - `majorities-ring`: each node sees a distinct overlapping majority (itself and its
 *   neighbours on a shuffled ring), so no two nodes agree on who is reachable;
 * - `minority-third`: split off fewer than a third of the nodes (none at all for 3 nodes).
 * `options.extra.partitionShapes` may restrict the shapes (a track preset).
 * `options.extra.partitionTarget: busiest` (a track preset, stop 22) makes every split cut off
 * the busiest sender of the last second, the leader of a leader-based design
 * (busiest-sender.ts): raft/partitions drew the leader's side by chance, and a leader that
 * serves stale reads passed 3 seeds of a loaded clean-clone CI run because no partition had
 * cut it off for long.
 *
 * A shape that cuts no link among the run's nodes (minority-third of 2 or 3 nodes,
 * majorities-ring of 2) is drawn again among the allowed shapes that do cut one, when there
 * is such a shape: unlike Maelstrom, a partition stage always partitions. Before stop 21 it
 * was a no-op: crdt/g-counter (3 nodes, one or two partitions in 20 s) had no partition at all
 * on 2 of 10 seeds, and the known-bad node that forwards each delta once passed them. Only the
 * seeds that drew such a shape changed (the redraw is the only extra draw).
 *
 * `partition-oneway` drops traffic in one direction only: messages from a random group A to
 * the rest B are dropped, while B still reaches A.
 *
 * Grudges cover server nodes only; the network never partitions clients or services.
 */
import type { Grudge } from '../network/index.js'
import type { Random } from '../network/index.js'
import { BusiestSender } from './busiest-sender.js'
import type { NemesisPackage, NemesisWorld } from './contract.js'
import { alternate, listNodes, recordFault, sortNodes, wasWere } from './schedule.js'
import type { FaultValue } from './schedule.js'

export const PARTITION_SHAPES = ['one', 'majority', 'majorities-ring', 'minority-third'] as const
export type PartitionShape = (typeof PARTITION_SHAPES)[number]

export interface PartitionPlan {
  shape: PartitionShape | 'oneway'
  grudge: Map<string, Set<string>>
  description: string
}

/** A complete grudge: no node of one group hears from a node of another group. */
export function groupsGrudge(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  const grudge = new Map<string, Set<string>>()
  for (const group of groups) {
    const others = groups.filter((g) => g !== group).flat()
    for (const node of group) {
      if (others.length > 0) {
        grudge.set(node, new Set(others))
      }
    }
  }
  return grudge
}

function split(shape: PartitionShape, nodes: string[], size: number): PartitionPlan {
  const cut = sortNodes(nodes.slice(0, size))
  const rest = sortNodes(nodes.slice(size))
  if (cut.length === 0) {
    return {
      shape,
      grudge: new Map(),
      description: `no node was cut off (${shape} of ${nodes.length} nodes is empty)`,
    }
  }
  return {
    shape,
    grudge: groupsGrudge([cut, rest]),
    description: `${listNodes(cut)} ${wasWere(cut)} partitioned from ${listNodes(rest)}`,
  }
}

/** Jepsen's majorities-ring: node at the centre of each window of a majority sees the window. */
export function majoritiesRing(nodes: readonly string[]): Map<string, Set<string>> {
  const count = nodes.length
  const majority = Math.floor(count / 2) + 1
  const grudge = new Map<string, Set<string>>()
  for (let i = 0; i < count; i++) {
    const window = Array.from({ length: majority }, (_, j) => nodes[(i + j) % count] as string)
    const centre = window[Math.floor(majority / 2)] as string
    const unseen = nodes.filter((n) => !window.includes(n))
    if (unseen.length > 0) {
      grudge.set(centre, new Set(unseen))
    }
  }
  return grudge
}

/**
 * One partition of `shape`. With `target` (a node of `nodeIds`), a split (one, majority,
 * minority-third) always cuts that node off: it is swapped to the front of the same shuffle,
 * so the draws stay those of an untargeted plan. A majorities ring has no cut-off side and
 * ignores it.
 */
export function planPartition(
  shape: PartitionShape,
  nodeIds: readonly string[],
  random: Random,
  target?: string,
): PartitionPlan {
  const shuffled = random.shuffle(nodeIds)
  const count = nodeIds.length
  const at = target === undefined ? -1 : shuffled.indexOf(target)
  if (at > 0 && shape !== 'majorities-ring') {
    shuffled[at] = shuffled[0] as string
    shuffled[0] = target as string
  }
  switch (shape) {
    case 'one':
      return split(shape, shuffled, 1)
    case 'majority':
      return split(shape, shuffled, Math.floor(count / 2))
    case 'minority-third':
      return split(shape, shuffled, Math.floor((count - 1) / 3))
    case 'majorities-ring': {
      const grudge = majoritiesRing(shuffled)
      const sees = sortNodes(nodeIds).map((node) => {
        const seen = sortNodes(nodeIds.filter((n) => n !== node && !grudge.get(node)?.has(n)))
        return `${node} heard only from ${seen.length > 0 ? listNodes(seen) : 'no one'}`
      })
      return { shape, grudge, description: `majorities ring: ${sees.join('; ')}` }
    }
  }
}

export function planOneWay(nodeIds: readonly string[], random: Random): PartitionPlan {
  const shuffled = random.shuffle(nodeIds)
  const size = 1 + random.int(Math.max(1, shuffled.length - 1))
  const senders = sortNodes(shuffled.slice(0, size))
  const receivers = sortNodes(shuffled.slice(size))
  const grudge = new Map<string, Set<string>>()
  for (const receiver of receivers) {
    grudge.set(receiver, new Set(senders))
  }
  const description =
    receivers.length === 0
      ? 'no one-way partition (a single node)'
      : `messages from ${listNodes(senders)} to ${listNodes(receivers)} were dropped; ` +
        'the other direction still worked'
  return { shape: 'oneway', grudge, description }
}

/** A grudge as plain JSON for the history: dest → sorted sources. */
export function grudgeToJson(grudge: Grudge): Record<string, string[]> {
  const json: Record<string, string[]> = {}
  for (const dest of sortNodes(grudge.keys())) {
    json[dest] = sortNodes(grudge.get(dest) ?? [])
  }
  return json
}

function allowedShapes(world: NemesisWorld): PartitionShape[] {
  const given = world.options.extra.partitionShapes
  if (Array.isArray(given)) {
    const shapes = given.filter((s): s is PartitionShape => PARTITION_SHAPES.includes(s))
    if (shapes.length > 0) {
      return shapes
    }
  }
  return [...PARTITION_SHAPES]
}

/** The stage's `extra.partitionTarget`: 'busiest' cuts off the busiest sender (the leader). */
function targetsBusiest(world: NemesisWorld): boolean {
  return world.options.extra.partitionTarget === 'busiest'
}

function partitionPackage(
  name: string,
  doc: string,
  plan: (world: NemesisWorld, random: Random, target?: string) => PartitionPlan,
): NemesisPackage {
  return {
    name,
    doc,
    start(world, random) {
      let current: FaultValue | undefined
      const busiest =
        name === 'partition' && targetsBusiest(world) && world.watchMessages !== undefined
          ? new BusiestSender(new Set(world.nodeIds))
          : undefined
      const unwatch =
        busiest === undefined ? undefined : world.watchMessages?.((e) => busiest.observe(e))
      const run = alternate(world, random, {
        start: async () => {
          const target = busiest?.busiest()
          const chosen = plan(world, random, target)
          if (
            target !== undefined &&
            chosen.shape !== 'majorities-ring' &&
            chosen.grudge.has(target)
          ) {
            chosen.description += `; ${target} had sent to the most nodes in the last second, as a leader does`
          }
          const nodes = sortNodes(world.nodeIds)
          current = {
            kind: name,
            shape: chosen.shape,
            nodes,
            grudge: grudgeToJson(chosen.grudge),
            description: chosen.description,
          }
          await recordFault(world, `start-${name}`, current, () =>
            world.network.setGrudge(chosen.grudge),
          )
        },
        stop: async () => {
          const nodes = current?.nodes ?? sortNodes(world.nodeIds)
          const value = {
            kind: name,
            nodes,
            description: `the network healed: ${listNodes(nodes)} could all reach each other again`,
          }
          await recordFault(world, `stop-${name}`, value, () => world.network.heal())
        },
      })
      return {
        async stop() {
          unwatch?.()
          await run.stop()
        },
      }
    },
  }
}

/** Whether `shape` cuts at least one link among `count` nodes (it depends on the count only). */
export function shapeCuts(shape: PartitionShape, count: number): boolean {
  switch (shape) {
    case 'one':
      return count >= 2
    case 'majority':
      return Math.floor(count / 2) >= 1
    case 'minority-third':
      return Math.floor((count - 1) / 3) >= 1
    case 'majorities-ring':
      return count - (Math.floor(count / 2) + 1) >= 1
  }
}

/** One of `allowed`, drawn again among those that cut a link when the first cuts none. */
export function pickShape(
  allowed: readonly PartitionShape[],
  count: number,
  random: Random,
): PartitionShape {
  const shape = random.pick(allowed)
  if (shapeCuts(shape, count)) {
    return shape
  }
  const cutting = allowed.filter((s) => shapeCuts(s, count))
  return cutting.length > 0 ? random.pick(cutting) : shape
}

export const partition = partitionPackage(
  'partition',
  'Maelstrom’s partitions (one, majority, majorities-ring, minority-third; a shape that would cut no link among the nodes is drawn again), alternating with heals',
  (world, random, target) =>
    planPartition(
      pickShape(allowedShapes(world), world.nodeIds.length, random),
      world.nodeIds,
      random,
      target,
    ),
)

export const partitionOneway = partitionPackage(
  'partition-oneway',
  'drops traffic in one direction only between two groups of nodes, alternating with heals',
  (world, random) => planOneWay(world.nodeIds, random),
)
