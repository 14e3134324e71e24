/**
 * The election workload (curriculum.md track 6): clients poll every node with `status` and
 * record its answer `status_ok {term, role, leader}` — the node's own belief — in the history
 * (`value: {term, role, leader}`, the node in `node`). Polls are idempotent (a failed or timed
 * out poll is a `fail`: it changed nothing) and short (POLL_TIMEOUT_MS), so a paused or killed
 * node does not hold a worker long. At least MIN_POLL_RATE polls per second in total.
 *
 * After the main phase the network heals; recovery probes `status` until exactly one node is
 * leader and every node is in its term (capped as usual); a short final phase polls every
 * node FINAL_POLLS times, so every run ends with a judged, healed epoch.
 *
 * The journal tap (checkers/election/votes.ts) records votes — the contract's
 * `request_vote` / `request_vote_res {term, vote_granted}` messages — and node→node traffic.
 */
import { checkElection, VoteJournal } from '../checkers/index.js'
import { failureFromReply } from './completion.js'
import type { OpGenerator, WorkloadDefinition } from './contract.js'

export const MIN_POLL_RATE = 20
export const POLL_TIMEOUT_MS = 500
export const FINAL_POLLS = 10
export const FINAL_POLL_PACING_MS = 100

function finalPolls(): OpGenerator {
  const done = new Map<number, number>()
  return {
    next(worker) {
      const count = done.get(worker) ?? 0
      if (count >= FINAL_POLLS) {
        return null
      }
      done.set(worker, count + 1)
      return { f: 'status', final: true }
    },
  }
}

export const election: WorkloadDefinition = {
  name: 'election',
  doc: 'Clients poll every node with status; each answers status_ok {term, role, leader} with its own belief. Checked: at most one leader per term ever, one vote per node per term (request_vote / request_vote_res messages), time to elect and re-elect, terms started while a healthy leader exists, and node-to-node messages per node per second.',
  rpcs: [
    {
      request: 'status',
      response: 'status_ok',
      responseFields: { term: 'integer', role: 'string', leader: 'any' },
    },
  ],
  validateOptions: (options) =>
    options.rate < MIN_POLL_RATE
      ? `election needs --rate ${MIN_POLL_RATE} or more (status polls per second in total); got ${options.rate}.`
      : null,
  reusableClient: true,
  idempotent: ['status'],
  generator: () => ({ next: () => ({ f: 'status' }) }),
  finalGenerator: () => ({ generator: finalPolls(), pacingMs: FINAL_POLL_PACING_MS }),
  recoveryProbe: {
    body: { type: 'status' },
    converged(replies) {
      const leaders = replies.filter((r) => r.role === 'leader')
      const term = leaders[0]?.term
      return leaders.length === 1 && replies.every((r) => r.term === term)
    },
  },
  createClient: () => ({
    async invoke(_invocation, io) {
      const reply = await io.call({ type: 'status' }, { timeoutMs: POLL_TIMEOUT_MS })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, true)
      }
      const { term, role, leader } = reply.body
      return { type: 'ok', value: { term, role, leader: leader ?? null } }
    },
  }),
  createJournalTap: ({ nodeIds }) => new VoteJournal(nodeIds),
  check: (history, context) =>
    checkElection(history, {
      nodeIds: context.nodeIds,
      ...(context.journalTap instanceof VoteJournal ? { votes: context.journalTap } : {}),
    }),
}
