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
 */
import type { Random } from '../network/random.js'
import type { NemesisPackage, NemesisWorld, NodeControl } from './contract.js'
import { alternate, listNodes, pickTargets, recordFault, targetSpecs, wasWere } from './schedule.js'

function controls(world: NemesisWorld, nodes: readonly string[]): NodeControl[] {
  return nodes.flatMap((id) => {
    const control = world.nodes.get(id)
    return control === undefined ? [] : [control]
  })
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
        victims = pickTargets(spec, world.nodeIds, random)
        const value = {
          kind: 'kill',
          targets: spec,
          nodes: victims,
          description: `${listNodes(victims)} ${wasWere(victims)} killed (SIGKILL): lost everything not in the data directory`,
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
          description: `${listNodes(nodes)} ${wasWere(nodes)} restarted with the same data directory and a fresh init`,
        }
        await recordFault(world, 'start', value, async () => {
          for (const id of nodes) {
            world.network.setDown(id, false)
          }
          await Promise.all(controls(world, nodes).map((c) => c.restart()))
        })
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
        paused = pickTargets(spec, world.nodeIds, random)
        const value = {
          kind: 'pause',
          targets: spec,
          nodes: paused,
          description: `${listNodes(paused)} ${wasWere(paused)} paused (SIGSTOP): received and sent nothing until resumed`,
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
          description: `${listNodes(nodes)} ${wasWere(nodes)} resumed (SIGCONT) and read what had queued up`,
        }
        await recordFault(world, 'resume', value, () => {
          for (const control of controls(world, nodes)) {
            control.resume()
          }
        })
      },
    })
  },
}
