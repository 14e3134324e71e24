// Track 9 (cache, workload cache, the backing store as harness backend backend-0) end to end,
// stage read-through (the only ready stage): the references (Python, JS) pass it; a cache
// without invalidation serves stale reads (fails valid, the linearizable checker names the
// stale read), and a "cache" that caches nothing sends about one store request per client
// operation (fails backend msgs per client op).
import { describe, expect, it } from 'vitest'
import { expectBadFails, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'cache'
const BAD: BadCase[] = [
  {
    stage: 'read-through',
    node: 'tracks/cache/bad_stale.py',
    failing: 'valid',
    explanation: /read of key \d+ returned \d+ .*the read returned a stale value/,
  },
  {
    stage: 'read-through',
    node: 'tracks/cache/bad-no-cache.js',
    failing: 'backendPerOp',
  },
]

describe('track cache', () => {
  it.concurrent.each(['python/cache.py', 'tracks/cache/reference.js'])(
    'reference %s passes read-through',
    async (node) => {
      const { result, table } = await grade({ track: TRACK, node, stage: 'read-through' })
      expect(result.stages.map((s) => s.status), table).toEqual(['pass'])
    },
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, { seeds: 1, ...bad })
  })
})
