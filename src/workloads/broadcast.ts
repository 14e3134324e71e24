/**
 * The broadcast workload (maelstrom-protocol.md §2.3): setup sends `topology` (the full map
 * for --topology) to every node through one setup client per node; then a 50/50 mix of
 * `broadcast` (values 0, 1, 2, … unique, globally increasing) and `read`; after healing and
 * recovery, one final read per worker. Checked by set-full. Idempotent: read. Client not
 * reusable.
 */
import { checkSetFull } from '../checkers/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'
import { buildTopology, TOPOLOGIES } from './broadcast/topology.js'
import { oneFinalReadPerWorker, sameSetProbe } from './broadcast/final-reads.js'

export const broadcast: WorkloadDefinition = {
  name: 'broadcast',
  doc: 'Clients broadcast unique values to any node and read the set of values a node has seen; every acknowledged value must reach every node, even across partitions.',
  rpcs: [
    { request: 'topology', response: 'topology_ok' },
    { request: 'broadcast', response: 'broadcast_ok' },
    { request: 'read', response: 'read_ok', responseFields: { messages: 'array' } },
  ],
  reusableClient: false,
  idempotent: ['read'],
  validateOptions: (options) =>
    buildTopology(options.topology, options.nodeIds) === undefined
      ? `Unknown topology ${JSON.stringify(options.topology)}: use one of ${TOPOLOGIES.join(', ')}.`
      : null,
  async setup({ options, nodeIds, call }) {
    const topology = buildTopology(options.topology, nodeIds) ?? {}
    await Promise.all(nodeIds.map((id) => call(id, { type: 'topology', topology })))
  },
  generator: ({ random }) => {
    let next = 0
    return { next: () => (random.chance(0.5) ? { f: 'broadcast', value: next++ } : { f: 'read' }) }
  },
  finalGenerator: () => oneFinalReadPerWorker(true),
  recoveryProbe: sameSetProbe('messages'),
  createClient: () => ({
    async invoke(invocation, io) {
      if (invocation.f === 'broadcast') {
        const reply = await io.call({ type: 'broadcast', message: invocation.value })
        return reply.kind === 'ok' ? { type: 'ok' } : failureFromReply(reply, false)
      }
      const reply = await io.call({ type: 'read' })
      return reply.kind === 'ok'
        ? { type: 'ok', value: reply.body.messages }
        : failureFromReply(reply, true)
    },
  }),
  check: (history) => checkSetFull(history, { addF: 'broadcast' }),
}
