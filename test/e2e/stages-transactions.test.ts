// Track 14 (transactions) end to end: the references pass every stage; known-bad nodes fail
// theirs for the named reason (a reply that reorders micro-ops, a leader that is not totally
// available, dirty reads, no isolation between nodes, stale follower reads).
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'transactions'
const DIR = 'tracks/transactions'
const BAD: BadCase[] = [
  {
    stage: 'single-node',
    node: `${DIR}/bad_reads_first.py`,
    failing: 'valid',
    explanation: /txn-mismatch/,
  },
  {
    stage: 'single-node',
    node: `${DIR}/bad-reads-first.js`,
    failing: 'valid',
    explanation: /txn-mismatch/,
  },
  {
    stage: 'read-uncommitted',
    node: `${DIR}/bad_leader_only.py`,
    failing: 'availability.okFraction',
  },
  {
    stage: 'read-uncommitted',
    node: `${DIR}/bad-leader-only.js`,
    failing: 'availability.okFraction',
  },
  { stage: 'read-committed', node: `${DIR}/bad_dirty.py`, failing: 'valid' },
  { stage: 'read-committed', node: `${DIR}/bad-dirty.js`, failing: 'valid' },
  { stage: 'serializable', node: `${DIR}/bad_no_isolation.py`, failing: 'valid' },
  { stage: 'serializable', node: `${DIR}/bad-no-isolation.js`, failing: 'valid' },
  {
    stage: 'serializable',
    node: `${DIR}/bad_follower_reads.py`,
    failing: 'valid',
    explanation: /realtime/,
  },
  {
    stage: 'serializable',
    node: `${DIR}/bad-follower-reads.js`,
    failing: 'valid',
    explanation: /realtime/,
  },
]

describe('track transactions', () => {
  it.concurrent.each(['python/txn.py', `${DIR}/reference.js`])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
