// Track 10 (proxy, workload proxy, harness backends) end to end: the references (JS, Python) pass
// every ready stage; a known-bad proxy that ignores its routes table fails forward on the
// routing check (valid = false, routed-outside-table named); one that always waits for the
// route's first backend fails failover on GET availability.
import { describe, expect, it } from 'vitest'
import { expectBadFails, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'proxy'
const BAD: BadCase[] = [
  {
    stage: 'forward',
    node: 'tracks/proxy/bad-misroute.js',
    failing: 'valid',
    explanation:
      /sent (GET|POST) \/\w+\/\d+ \(request \d+\) to backend-\d .* only to backend-\d, backend-\d/,
  },
  {
    stage: 'failover',
    node: 'tracks/proxy/bad-no-failover.js',
    failing: 'getAvailability',
  },
]

describe('track proxy', () => {
  // Only the ready stages are graded: safe-retries and tail are still planned.
  const REFERENCES = ['tracks/proxy/reference.js', 'python/proxy.py']
  const CASES = REFERENCES.flatMap((node) =>
    ['forward', 'failover'].map((stage) => ({ node, stage })),
  )
  it.concurrent.each(CASES)('reference $node passes $stage', async ({ node, stage }) => {
    const { result, table } = await grade({ track: TRACK, node, stage })
    expect(
      result.stages.map((s) => `${s.stageId} ${s.status}`),
      table,
    ).toEqual([`proxy/${stage} pass`])
  })
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, { seeds: 1, ...bad })
  })
})
