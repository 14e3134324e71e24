// Track 2 (rpc, workload exactly-once) end to end: references pass every stage; known-bad
// nodes fail their stage for the named reason (a node without deduplication fails rpc/lossy
// with the duplicated element named).
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'rpc'
const BAD: BadCase[] = [
  {
    stage: 'reliable',
    node: 'tracks/rpc/bad_reversed_reads.py',
    failing: 'valid',
    explanation: /disagree on the order/,
  },
  {
    stage: 'reliable',
    node: 'tracks/rpc/bad-sorted-desc.js',
    failing: 'valid',
    explanation: /every read must be a prefix/,
  },
  {
    stage: 'lossy',
    node: 'tracks/rpc/bad_no_dedup.py',
    failing: 'workload.duplicatedCount',
    explanation: /Element \d+ appears twice in key \d+/,
  },
  {
    stage: 'lossy',
    node: 'tracks/rpc/bad-no-dedup.js',
    failing: 'workload.duplicatedCount',
    explanation: /Element \d+ appears twice in key \d+/,
  },
  {
    stage: 'replicated',
    node: 'tracks/rpc/bad_local_only.py',
    failing: 'valid',
    explanation: /was acknowledged .* does not contain it/,
  },
  {
    stage: 'replicated',
    node: 'tracks/rpc/bad-local-only.js',
    failing: 'valid',
    explanation: /was acknowledged .* does not contain it/,
  },
]

describe('track rpc', () => {
  it.concurrent.each(['python/exactly_once.py', 'tracks/rpc/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
