// Track 11 (load-balancer, workload load-balance, harness backends) end to end: the
// references (Python, JS) pass every stage; known-bad balancers fail their stage for the
// named reason — round robin that ignores capacity and speed passes refusals on (even,
// heterogeneous, many-balancers), a balancer that never marks a backend down keeps sending
// it work after it crashed (health).
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'load-balancer'
// The checker's verdict (valid) carries the dead-backend anomalies and stays graded on a late
// harness, while the count itself is time-based and then inconclusive: either names the
// reason, and the explanation must show the job sent to the dead backend.
const DEAD_TRAFFIC = ['workload.deadBackendRequests', 'valid']
const BAD: BadCase[] = [
  {
    // At full length: at the suite's time scale (5 s) the refusals are 1–2 % of the requests,
    // and a clean-clone CI run measured 0.99 (a pass) for this known-bad node; seed 1 run alone
    // measured 0.98 at 5 s and 0.97 at 20 s (stop 19).
    stage: 'even',
    node: 'tracks/load-balancer/bad_round_robin.py',
    failing: 'availability.okFraction',
    timeScale: 1,
  },
  {
    stage: 'heterogeneous',
    node: 'tracks/load-balancer/bad-round-robin.js',
    failing: ['availability.okFraction', 'workload.latencyMs.0.99'],
  },
  {
    stage: 'many-balancers',
    node: 'tracks/load-balancer/bad_round_robin.py',
    failing: 'availability.okFraction',
  },
  {
    stage: 'health',
    node: 'tracks/load-balancer/bad_keeps_dead.py',
    failing: DEAD_TRAFFIC,
    explanation: /sent job \d+ to backend-\d .* after backend-\d crashed/,
  },
  {
    stage: 'health',
    node: 'tracks/load-balancer/bad-keeps-dead.js',
    failing: DEAD_TRAFFIC,
    explanation: /sent job \d+ to backend-\d .* after backend-\d crashed/,
  },
]

describe('track load-balancer', () => {
  it.concurrent.each(['python/load_balancer.py', 'tracks/load-balancer/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, { seeds: 1, ...bad })
  })
})
