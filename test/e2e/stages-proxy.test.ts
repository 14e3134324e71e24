// Track 10 (proxy, workload proxy, harness backends) end to end: the references (JS, Python) pass
// every ready stage; a known-bad proxy that ignores its routes table fails forward on the
// routing check (valid = false, routed-outside-table named); one that always waits for the
// route's first backend fails failover on GET availability; on lossy backend links one that
// retries an unanswered POST fails safe-retries on postTwice (post-executed-twice named) and
// one that reports an unanswered POST as error 11 on falseDefinite (false-definite-error).
// tail grades GET p99 against a bound of ≈ 70 ms (2 × the healthy backends' median + 50 ms):
// when this file's runs shared 2 loaded cores the references measured 1.07 and 1.13 × the
// bound, so the vouching rule now bounds the harness lateness by that scale (the proxy
// workload's timeGrainMs) and such a run is inconclusive, never a fail; on a quiet machine
// they pass (0.67–0.83) and bad-no-failover.js, which never hedges, fails it (3.6, 7.3).
import { describe, expect, it } from 'vitest'
import type { StageResult } from '../../src/grading/index.js'
import { expectBadFails, expectReferenceNotFailed, grade } from './stages-support.js'
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
  // Lost answers are random: 3 seeds, as learners' runs do.
  {
    stage: 'safe-retries',
    node: 'tracks/proxy/bad-retry-post.js',
    failing: 'postTwice',
    explanation:
      /POST \/\w+\/\d+ \(request \d+\) executed 2 times: on backend-\d at [\d.]+ s, on backend-\d/,
    seeds: 3,
  },
  {
    stage: 'safe-retries',
    node: 'tracks/proxy/bad-definite-timeout.js',
    failing: 'falseDefinite',
    explanation: /answered with a definite error \[11,.* but backend-\d had executed it/,
    seeds: 3,
  },
  {
    stage: 'tail',
    node: 'tracks/proxy/bad-no-failover.js',
    failing: 'getP99',
  },
]

describe('track proxy', () => {
  const REFERENCES = ['tracks/proxy/reference.js', 'python/proxy.py']
  const CASES = REFERENCES.flatMap((node) =>
    ['forward', 'failover', 'safe-retries', 'tail'].map((stage) => ({ node, stage })),
  )
  it.concurrent.each(CASES)('reference $node passes $stage', async ({ node, stage }) => {
    // tail at full length: at a quarter a run has ≈ 190 GETs and its p99 is the second
    // slowest, so one slow draw decides it (the JS reference measured 1.07 once at 0.25 on a
    // vouched run; 0.63–0.66 on seeds 1–3 at full length).
    const timeScale = stage === 'tail' ? 1 : undefined
    const { result, table } = await grade({ track: TRACK, node, stage, timeScale })
    expect(result.stages, table).toHaveLength(1)
    const graded = result.stages[0] as StageResult
    // A late harness delays every backend answer: tail's 70 ms scale, and the other stages'
    // backend deadlines (a few hundred ms), may be unvouchable on a loaded machine:
    // inconclusive, never failed (a 479 ms stall once cost a correct proxy two GETs).
    expectReferenceNotFailed(graded, table)
  })
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, { seeds: 1, ...bad })
  })
})
