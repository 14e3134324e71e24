/**
 * Process faults (curriculum.md §3): `kill` and `pause`, alternating with their undo.
 *
 * - `kill`: SIGKILL one or more nodes (one, a minority, a majority or all, chosen at random;
 *   `options.extra.killTargets` may restrict the choice), marking them down on the network so
 *   messages to them are dropped; later restart them in the same data directory (the
 *   runner's `restart()` sends `init` again). Recorded as `kill` then `start`.
 * - `pause`: SIGSTOP one node or a minority (`options.extra.pauseTargets`), SIGCONT later.
 *   A paused node receives nothing and sends nothing; what was sent to it waits in its input.
 *   Recorded as `pause` then `resume`.
 *
 * The network is marked up again *before* `restart()`, so the runner's `init` gets through.
 * A node held by one process fault (killed, or paused) is not taken by the other until
 * released: the packages of one run share that state through `world.nodes`.
 */
import type { Random } from '../network/index.js'
import type { NemesisPackage, NemesisWorld, NodeControl } from './contract.js'
import { alternate, listNodes, pickTargets, recordFault, targetSpecs, wasWere } from './schedule.js'

function controls(world: NemesisWorld, nodes: readonly string[]): NodeControl[] {
  return nodes.flatMap((id) => {
    const control = world.nodes.get(id)
    return control === undefined ? [] : [control]
  })
}

/** node → the fault holding it, per run (keyed by the run's NodeControl map). */
const heldByRun = new WeakMap<object, Map<string, string>>()

function held(world: NemesisWorld): Map<string, string> {
  let nodes = heldByRun.get(world.nodes)
  if (nodes === undefined) {
    nodes = new Map()
    heldByRun.set(world.nodes, nodes)
  }
  return nodes
}

/** Take the free nodes among `chosen` for `fault`. */
function take(world: NemesisWorld, chosen: string[], fault: string): string[] {
  const nodes = held(world)
  const free = chosen.filter((id) => !nodes.has(id))
  free.forEach((id) => nodes.set(id, fault))
  return free
}

function release(world: NemesisWorld, released: readonly string[]): void {
  const nodes = held(world)
  released.forEach((id) => nodes.delete(id))
}

function sentence(nodes: readonly string[], what: string, none: string): string {
  return nodes.length === 0 ? none : `${listNodes(nodes)} ${wasWere(nodes)} ${what}`
}

export const kill: NemesisPackage = {
  name: 'kill',
  doc: 'SIGKILL one or more nodes, restart them after a pause with the same data directory and a fresh init',
  start(world: NemesisWorld, random: Random) {
    let victims: string[] = []
    return alternate(world, random, {
      start: async () => {
        const spec = random.pick(
          targetSpecs(world, 'killTargets', ['one', 'minority', 'majority', 'all']),
        )
        victims = take(world, pickTargets(spec, world.nodeIds, random), 'kill')
        const value = {
          kind: 'kill',
          targets: spec,
          nodes: victims,
          description: sentence(
            victims,
            'killed (SIGKILL): lost everything not in the data directory',
            'no node was killed: the nodes chosen were paused',
          ),
        }
        await recordFault(world, 'kill', value, async () => {
          for (const id of victims) {
            world.network.setDown(id, true)
          }
          await Promise.all(controls(world, victims).map((c) => c.kill()))
        })
      },
      stop: async () => {
        const nodes = victims
        const value = {
          kind: 'kill',
          nodes,
          description: sentence(
            nodes,
            'restarted with the same data directory and a fresh init',
            'no node to restart',
          ),
        }
        await recordFault(world, 'start', value, async () => {
          for (const id of nodes) {
            world.network.setDown(id, false)
          }
          await Promise.all(controls(world, nodes).map((c) => c.restart()))
        })
        release(world, nodes)
      },
    })
  },
}

export const pause: NemesisPackage = {
  name: 'pause',
  doc: 'SIGSTOP a node (a slow or frozen process), SIGCONT it later',
  start(world: NemesisWorld, random: Random) {
    let paused: string[] = []
    return alternate(world, random, {
      start: async () => {
        const spec = random.pick(targetSpecs(world, 'pauseTargets', ['one', 'minority']))
        paused = take(world, pickTargets(spec, world.nodeIds, random), 'pause')
        const value = {
          kind: 'pause',
          targets: spec,
          nodes: paused,
          description: sentence(
            paused,
            'paused (SIGSTOP): received and sent nothing until resumed',
            'no node was paused: the nodes chosen were down',
          ),
        }
        await recordFault(world, 'pause', value, () => {
          for (const control of controls(world, paused)) {
            control.pause()
          }
        })
      },
      stop: async () => {
        const nodes = paused
        const value = {
          kind: 'pause',
          nodes,
          description: sentence(
            nodes,
            'resumed (SIGCONT) and read what had queued up',
            'no node to resume',
          ),
        }
        await recordFault(world, 'resume', value, () => {
          for (const control of controls(world, nodes)) {
            control.resume()
          }
        })
        release(world, nodes)
      },
    })
  },
}
