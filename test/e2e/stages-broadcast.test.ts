// Track 4 (broadcast) end to end: references pass every stage (efficiency gated on
// net.servers.msgsPerOp and stable latency, also under partitions); a flooding node passes
// correctness but fails efficient-1 on msgs/op, a 2 s batching node fails it on latency.
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'broadcast'
const BAD: BadCase[] = [
  {
    stage: 'single-node',
    node: 'tracks/broadcast/bad_forgets_old.py',
    failing: 'workload.lostCount',
  },
  {
    stage: 'single-node',
    node: 'tracks/broadcast/bad-forgets-old.js',
    failing: 'workload.lostCount',
  },
  { stage: 'multi-node', node: 'tracks/broadcast/bad_no_gossip.py', failing: 'workload.lostCount' },
  { stage: 'multi-node', node: 'tracks/broadcast/bad-no-gossip.js', failing: 'workload.lostCount' },
  {
    stage: 'partitions',
    node: 'tracks/broadcast/bad_fire_and_forget.py',
    failing: 'workload.lostCount',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'partitions',
    node: 'tracks/broadcast/bad-fire-and-forget.js',
    failing: 'workload.lostCount',
    seeds: 3,
    timeScale: 0.5,
  },
  { stage: 'efficient-1', node: 'tracks/broadcast/bad_flood.py', failing: 'net.servers.msgsPerOp' },
  { stage: 'efficient-1', node: 'tracks/broadcast/bad-flood.js', failing: 'net.servers.msgsPerOp' },
  {
    stage: 'efficient-1',
    node: 'tracks/broadcast/bad_slow_batches.py',
    failing: ['stableLatency.p50', 'stableLatency.max'],
  },
  {
    stage: 'efficient-1',
    node: 'tracks/broadcast/bad-slow-batches.js',
    failing: ['stableLatency.p50', 'stableLatency.max'],
  },
  {
    stage: 'efficient-2',
    node: 'tracks/broadcast/bad_all_to_all.py',
    failing: 'net.servers.msgsPerOp',
  },
  {
    stage: 'efficient-2',
    node: 'tracks/broadcast/bad-all-to-all.js',
    failing: 'net.servers.msgsPerOp',
  },
  {
    stage: 'efficient-partitions',
    node: 'tracks/broadcast/bad_star_no_retry.py',
    failing: 'workload.lostCount',
  },
  {
    stage: 'efficient-partitions',
    node: 'tracks/broadcast/bad-star-no-retry.js',
    failing: 'workload.lostCount',
  },
]

describe('track broadcast', () => {
  it.each(['python/broadcast.py', 'tracks/broadcast/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
