// Track 12 (message-queue) end to end: the references pass every stage; known-bad nodes fail
// theirs for the named reason (per-node offsets, a log in a KV service, forgotten commits,
// a log kept in memory only).
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'message-queue'
const DIR = 'tracks/message-queue'
const BAD: BadCase[] = [
  {
    stage: 'multi-node',
    node: `${DIR}/bad_per_node_offsets.py`,
    failing: 'valid',
    explanation: /inconsistent-offsets/,
  },
  {
    stage: 'multi-node',
    node: `${DIR}/bad-per-node-offsets.js`,
    failing: 'valid',
    explanation: /inconsistent-offsets/,
  },
  { stage: 'efficient', node: `${DIR}/bad_kv_everything.py`, failing: 'net.servers.msgsPerOp' },
  { stage: 'efficient', node: `${DIR}/bad-kv-everything.js`, failing: 'net.servers.msgsPerOp' },
  {
    stage: 'durable',
    node: `${DIR}/bad_forget_commits.py`,
    failing: 'workload.lostCommitCount',
    explanation: /lost-commit/,
    timeScale: 0.5,
    // A forgotten commit shows only when a kill falls between a commit and a later
    // list_committed_offsets; 3 seeds, as a learner's run of this stage gets.
    seeds: 3,
  },
  {
    stage: 'durable',
    node: `${DIR}/bad-forget-commits.js`,
    failing: 'workload.lostCommitCount',
    explanation: /lost-commit/,
    timeScale: 0.5,
    // A forgotten commit shows only when a kill falls between a commit and a later
    // list_committed_offsets; 3 seeds, as a learner's run of this stage gets.
    seeds: 3,
  },
  { stage: 'durable', node: `${DIR}/bad_volatile_log.py`, failing: 'valid', timeScale: 0.5 },
  // the KV services are forbidden here: a log kept in lin-kv fails on the first message
  {
    stage: 'durable',
    node: `${DIR}/bad_kv_everything.py`,
    failing: 'valid',
    explanation: /lin-kv/,
    timeScale: 0.1,
  },
]

describe('track message-queue', () => {
  it.concurrent.each(['python/kafka.py', `${DIR}/reference.js`])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
