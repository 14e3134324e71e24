// Track 5 (crdt) end to end: references pass every stage; known-bad nodes fail theirs (a
// counter without persistence fails pn-counter-crash).
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'crdt'
const BAD: BadCase[] = [
  {
    stage: 'g-set',
    node: 'tracks/crdt/bad_gset_fire_and_forget.py',
    failing: 'workload.lostCount',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'g-set',
    node: 'tracks/crdt/bad-gset-fire-and-forget.js',
    failing: 'workload.lostCount',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'g-counter',
    node: 'tracks/crdt/bad_counter_deltas.py',
    failing: 'workload.valid',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'g-counter',
    node: 'tracks/crdt/bad-counter-deltas.js',
    failing: 'workload.valid',
    seeds: 3,
    timeScale: 0.5,
  },
  { stage: 'pn-counter', node: 'tracks/crdt/bad_pn_single_max.py', failing: 'workload.valid' },
  { stage: 'pn-counter', node: 'tracks/crdt/bad-pn-single-max.js', failing: 'workload.valid' },
  {
    stage: 'pn-counter-crash',
    node: 'tracks/crdt/bad_no_persistence.py',
    failing: 'workload.valid',
  },
  {
    stage: 'pn-counter-crash',
    node: 'tracks/crdt/bad-no-persistence.js',
    failing: 'workload.valid',
  },
]

describe('track crdt', () => {
  it.concurrent.each(['python/crdt.py', 'tracks/crdt/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
