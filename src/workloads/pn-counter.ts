/**
 * The pn-counter workload (maelstrom-protocol.md §2.5) and its g-counter variant (§2.6):
 * a 50/50 mix of `add` with delta uniform in [-5, 4] and `read`; g-counter drops the
 * negative adds (so deltas 0..4 and about two reads in three). After recovery one read per
 * worker flagged final. Errors are indeterminate. Checked by the counter checker.
 */
import { checkCounter } from '../checkers/index.js'
import { indeterminateFromReply } from './completion.js'
import type { Invocation, WorkloadDefinition } from './contract.js'
import { oneFinalReadPerWorker, sameValueProbe } from './broadcast/final-reads.js'
import type { Random } from '../network/index.js'

/** How long nodes must keep reading the same sum before recovery ends (contract.ts, settleMs). */
export const COUNTER_SETTLE_MS = 1_000

function nextOp(random: Random, grow: boolean): Invocation {
  for (;;) {
    if (random.chance(0.5)) {
      return { f: 'read' }
    }
    const delta = random.intBetween(-5, 5)
    if (!grow || delta >= 0) {
      return { f: 'add', value: delta }
    }
  }
}

function counter(name: string, grow: boolean, doc: string): WorkloadDefinition {
  return {
    name,
    doc,
    rpcs: [
      { request: 'add', response: 'add_ok' },
      { request: 'read', response: 'read_ok', responseFields: { value: 'number' } },
    ],
    reusableClient: false,
    idempotent: [],
    errorsAreIndeterminate: true,
    generator: ({ random }) => ({ next: () => nextOp(random, grow) }),
    finalGenerator: () => oneFinalReadPerWorker(true),
    // A sum can agree by coincidence while an add is still in flight: the agreement must hold
    // for a second (several gossip rounds of any sensible node) before the final reads.
    recoveryProbe: sameValueProbe('value', COUNTER_SETTLE_MS),
    createClient: () => ({
      async invoke(invocation, io) {
        const reply =
          invocation.f === 'add'
            ? await io.call({ type: 'add', delta: invocation.value })
            : await io.call({ type: 'read' })
        if (reply.kind !== 'ok') {
          return indeterminateFromReply(reply)
        }
        return invocation.f === 'add' ? { type: 'ok' } : { type: 'ok', value: reply.body.value }
      },
    }),
    check: (history) => checkCounter(history),
  }
}

export const pnCounter = counter(
  'pn-counter',
  false,
  'A counter that goes up and down, replicated on every node: clients add deltas in [-5, 4] and read; after the cluster heals every read must be a sum of the acknowledged adds plus some of the uncertain ones.',
)

export const gCounter = counter(
  'g-counter',
  true,
  'A grow-only counter replicated on every node: clients add non-negative deltas and read; after the cluster heals every read must count every acknowledged add exactly once.',
)
