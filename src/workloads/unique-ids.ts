/**
 * The unique-ids workload (maelstrom-protocol.md §2.2): endless `generate` ops; each reply
 * `generate_ok` carries an `id` of any JSON type, which must never repeat. The client is
 * reusable (it keeps its network client after an info); no idempotent ops.
 */
import { checkUniqueIds } from '../checkers/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'

export const uniqueIds: WorkloadDefinition = {
  name: 'unique-ids',
  doc: 'Clients ask nodes to generate ids; every id returned must be globally unique, across nodes, partitions and restarts, without coordination if possible.',
  rpcs: [{ request: 'generate', response: 'generate_ok', responseFields: { id: 'any' } }],
  reusableClient: true,
  idempotent: [],
  generator: () => ({ next: () => ({ f: 'generate' }) }),
  createClient: () => ({
    async invoke(_invocation, io) {
      const reply = await io.call({ type: 'generate' })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, false)
      }
      return { type: 'ok', value: reply.body.id }
    },
  }),
  check: (history) => checkUniqueIds(history),
}
