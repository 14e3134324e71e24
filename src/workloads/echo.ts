/**
 * The echo workload (maelstrom-protocol.md §2.1): each op sends `echo` with the string
 * "Please echo <0..127>" and expects `echo_ok` carrying the same value. The ok op's value is
 * the whole reply body, as Maelstrom records it. No idempotent ops; client not reusable.
 * Copy this file to start a new workload.
 */
import { checkEcho } from '../checkers/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'

export const echo: WorkloadDefinition = {
  name: 'echo',
  doc: 'Clients send echo requests with a random string; the node must reply echo_ok with the same `echo` value. The first workload: it checks that a node speaks the protocol.',
  rpcs: [{ request: 'echo', response: 'echo_ok', responseFields: { echo: 'any' } }],
  reusableClient: false,
  idempotent: [],
  generator: ({ random }) => ({
    next: () => ({ f: 'echo', value: `Please echo ${random.int(128)}` }),
  }),
  createClient: () => ({
    async invoke(invocation, io) {
      const reply = await io.call({ type: 'echo', echo: invocation.value })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, false)
      }
      return { type: 'ok', value: reply.body }
    },
  }),
  check: (history) => checkEcho(history),
}
