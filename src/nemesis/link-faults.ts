/**
 * Link faults (curriculum.md §3): `loss`, `duplicate`, `reorder` on node↔node (and
 * node↔service) messages, `client-loss` and `client-duplicate` on client↔node messages (the
 * rpc track: clients re-send the same msg_id on time-out).
 *
 * Each is on for the whole main phase: it starts the moment the package starts and stops
 * when the run stops it (before the final phase), recorded as `start-<name>` /
 * `stop-<name>`. The ratio comes from the options (`--loss-rate` and friends); a ratio left
 * at 0 means the default, 0.1. Every per-message decision is the network's, drawn from its
 * seeded per-path streams.
 */
import type { LinkFaults } from '../network/index.js'
import type { TestOptions } from '../options/index.js'
import type { NemesisPackage, NemesisWorld } from './contract.js'
import { recordFault, sortNodes } from './schedule.js'

export const DEFAULT_FAULT_RATIO = 0.1

type RatioField = keyof LinkFaults & keyof TestOptions

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`
}

function linkFault(
  name: string,
  field: RatioField,
  doc: string,
  describe: (ratio: string) => string,
): NemesisPackage {
  return {
    name,
    doc,
    start(world: NemesisWorld) {
      const given = world.options[field]
      const ratio = given > 0 ? given : DEFAULT_FAULT_RATIO
      const nodes = sortNodes(world.nodeIds)
      const started = recordFault(
        world,
        `start-${name}`,
        { kind: name, nodes, ratio, description: describe(percent(ratio)) },
        () => world.network.setLinkFaults({ [field]: ratio }),
      )
      return {
        async stop() {
          await started
          const value = { kind: name, nodes, ratio: 0, description: `${name} stopped` }
          await recordFault(world, `stop-${name}`, value, () =>
            world.network.setLinkFaults({ [field]: 0 }),
          )
        },
      }
    },
  }
}

export const loss = linkFault(
  'loss',
  'lossRatio',
  'drops node↔node messages with probability --loss-rate (default 0.1)',
  (p) => `${p} of node↔node messages were dropped at random`,
)

export const duplicate = linkFault(
  'duplicate',
  'duplicateRatio',
  'delivers node↔node messages twice with probability --duplicate-rate (default 0.1)',
  (p) => `${p} of node↔node messages were delivered twice`,
)

export const reorder = linkFault(
  'reorder',
  'reorderRatio',
  'heavy-tailed extra delay on a fraction of messages so later messages overtake earlier ones',
  (p) =>
    `${p} of node↔node messages were delayed by a heavy-tailed extra time, so later ones overtook them`,
)

export const clientLoss = linkFault(
  'client-loss',
  'clientLossRatio',
  'drops client↔node messages (requests and replies) with probability --client-loss-rate (default 0.1)',
  (p) => `${p} of client↔node messages (requests and replies) were dropped at random`,
)

export const clientDuplicate = linkFault(
  'client-duplicate',
  'clientDuplicateRatio',
  'delivers client↔node messages twice with probability --client-duplicate-rate (default 0.1)',
  (p) => `${p} of client↔node messages were delivered twice`,
)
