// Track 3 (unique-ids) end to end: references pass every stage; known-bad nodes fail theirs.
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'unique-ids'
const BAD: BadCase[] = [
  {
    stage: 'basic',
    node: 'tracks/unique-ids/bad_counter_only.py',
    failing: 'workload.duplicatedCount',
  },
  {
    stage: 'basic',
    node: 'tracks/unique-ids/bad-counter-only.js',
    failing: 'workload.duplicatedCount',
  },
  {
    stage: 'partitions',
    node: 'tracks/unique-ids/bad_central_counter.py',
    failing: 'availability.okFraction',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'partitions',
    node: 'tracks/unique-ids/bad-central-counter.js',
    failing: 'availability.okFraction',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'crash',
    node: 'tracks/unique-ids/bad_volatile_counter.py',
    failing: 'workload.duplicatedCount',
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'crash',
    node: 'tracks/unique-ids/bad-volatile-counter.js',
    failing: 'workload.duplicatedCount',
    seeds: 3,
    timeScale: 0.5,
  },
]

describe('track unique-ids', () => {
  it.concurrent.each(['python/unique_ids.py', 'tracks/unique-ids/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
