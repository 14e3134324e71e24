/**
 * The g-set workload (maelstrom-protocol.md §2.4): a 50/50 mix of `add` (elements 0, 1, 2, …
 * never repeated) and `read` (reply field `value`); after recovery one read per worker.
 * Errors and timeouts are indeterminate (`info`), as in Maelstrom. Checked by set-full.
 */
import { checkSetFull } from '../checkers/index.js'
import { indeterminateFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'
import { oneFinalReadPerWorker, sameSetProbe } from './broadcast/final-reads.js'

export const gSet: WorkloadDefinition = {
  name: 'g-set',
  doc: 'A grow-only set replicated on every node: clients add unique elements and read the whole set; after the cluster heals every node must hold every acknowledged element.',
  rpcs: [
    { request: 'add', response: 'add_ok' },
    { request: 'read', response: 'read_ok', responseFields: { value: 'array' } },
  ],
  reusableClient: false,
  idempotent: [],
  errorsAreIndeterminate: true,
  generator: ({ random }) => {
    let next = 0
    return { next: () => (random.chance(0.5) ? { f: 'add', value: next++ } : { f: 'read' }) }
  },
  finalGenerator: () => oneFinalReadPerWorker(false),
  recoveryProbe: sameSetProbe('value'),
  createClient: () => ({
    async invoke(invocation, io) {
      const reply =
        invocation.f === 'add'
          ? await io.call({ type: 'add', element: invocation.value })
          : await io.call({ type: 'read' })
      if (reply.kind !== 'ok') {
        return indeterminateFromReply(reply)
      }
      return invocation.f === 'add' ? { type: 'ok' } : { type: 'ok', value: reply.body.value }
    },
  }),
  check: (history) => checkSetFull(history, { addF: 'add' }),
}
