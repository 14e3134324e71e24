/**
 * Composition of fault packages (`--nemesis partition,kill,loss`): every named package runs
 * its own schedule from its own stream (`random.fork(name)`), side by side.
 *
 * Two packages that both partition (`partition` and `partition-oneway`) must not undo each
 * other: each package sees a network whose `setGrudge` / `heal` change only *its* layer, and
 * the real partition table is the union of the layers. Stopping the composite stops every
 * package (healing, resuming, restarting, clearing link faults) and rethrows the first error.
 */
import type { Grudge, Network } from '../network/index.js'
import type { Random } from '../network/index.js'
import { UsageError } from '../shared/index.js'
import type { NemesisPackage, NemesisRun, NemesisWorld } from './contract.js'
import { findNemesis, nemesisNames } from './registry.js'

/** The union of several packages' grudges, written to the real network on each change. */
class GrudgeLayers {
  private readonly layers = new Map<string, Grudge>()

  constructor(private readonly network: Network) {}

  set(layer: string, grudge: Grudge): void {
    this.layers.set(layer, grudge)
    this.apply()
  }

  clear(layer: string): void {
    this.layers.delete(layer)
    this.apply()
  }

  private apply(): void {
    const union = new Map<string, Set<string>>()
    for (const grudge of this.layers.values()) {
      for (const [dest, sources] of grudge) {
        const set = union.get(dest) ?? new Set<string>()
        sources.forEach((s) => set.add(s))
        union.set(dest, set)
      }
    }
    if (union.size === 0) {
      this.network.heal()
    } else {
      this.network.setGrudge(union)
    }
  }
}

/** A view of the network for one package: partitions go to its own layer. */
function layeredNetwork(network: Network, layers: GrudgeLayers, layer: string): Network {
  return {
    register: (endpoint, role) => network.register(endpoint, role),
    unregister: (id) => network.unregister(id),
    isRegistered: (id) => network.isRegistered(id),
    send: (message) => network.send(message),
    setGrudge: (grudge) => layers.set(layer, grudge),
    heal: () => layers.clear(layer),
    setLinkFaults: (faults) => network.setLinkFaults(faults),
    setDown: (id, down) => network.setDown(id, down),
    setEndpointLoss: (id, ratio) => network.setEndpointLoss?.(id, ratio),
    stats: (clientOps) => network.stats(clientOps),
    close: () => network.close(),
  }
}

export function resolveNemeses(names: readonly string[]): NemesisPackage[] {
  return [...new Set(names)].map((name) => {
    const found = findNemesis(name)
    if (found === undefined) {
      throw new UsageError(`unknown nemesis ${name}: the faults are ${nemesisNames().join(', ')}`)
    }
    return found
  })
}

/** Several packages as one. Unknown names are a UsageError. */
export function composeNemeses(names: readonly string[]): NemesisPackage {
  const packages = resolveNemeses(names)
  return {
    name: packages.map((p) => p.name).join(','),
    doc: packages.map((p) => `${p.name}: ${p.doc}`).join('; '),
    start(world: NemesisWorld, random: Random): NemesisRun {
      const layers = new GrudgeLayers(world.network)
      const runs = packages.map((p) => {
        const view: NemesisWorld = {
          options: world.options,
          nodeIds: world.nodeIds,
          clock: world.clock,
          nodes: world.nodes,
          ...(world.backends === undefined ? {} : { backends: world.backends }),
          network: layeredNetwork(world.network, layers, p.name),
          record: (event) => world.record(event),
          ...(world.watchMessages === undefined
            ? {}
            : { watchMessages: (listener) => world.watchMessages!(listener) }),
          ...(world.keyHolds === undefined ? {} : { keyHolds: world.keyHolds }),
        }
        return p.start(view, random.fork(p.name))
      })
      return {
        async stop() {
          const results = await Promise.allSettled(runs.map((run) => run.stop()))
          const failed = results.find((r) => r.status === 'rejected')
          if (failed !== undefined) {
            throw failed.reason
          }
        },
      }
    },
  }
}
