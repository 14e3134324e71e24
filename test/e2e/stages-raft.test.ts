// Tracks 7 (raft) and 8 (raft-persistence) end to end with real processes: the Python and JS
// reference Rafts pass every stage; each known-bad variant fails its stage for the named
// reason; a Raft written in the shape of Maelstrom's own tutorial (Maelstrom's message names,
// nothing dsgrade-specific) passes raft/replication and raft/partitions unchanged.
// Short runs (time scale); many-seed fidelity figures come from `dsgrade test --seeds 20`.
import { describe, expect, it, vi } from 'vitest'
import type { StageResult } from '../../src/grading/contract.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { expectBadFails, expectReferenceNotFailed, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const RAFT: BadCase[] = [
  {
    stage: 'partitions',
    node: 'tracks/raft/bad_stale_reads.py',
    failing: 'valid',
    explanation: /read of key/,
    // Full length (twice the partitions of a seed at 0.5): at time scale 0.5 a clean-clone CI run of
    // stop 18 saw all three seeds pass this node (no stale read served inside a partition),
    // while the same seeds failed it on the same build run alone. Stop 21's clean-clone CI saw
    // seeds 1–3 pass at full length too: the partitions cut the leader off only by chance.
    // Since stop 22 the stage aims them at the leader (extra.partitionTarget busiest).
    seeds: 3,
    timeScale: 1,
  },
  {
    stage: 'replication',
    node: 'lin-kv/proxy.js',
    failing: ['valid', 'workload.answeredFraction'],
    explanation: /forbids lin-kv/,
  },
]

const PERSISTENCE: BadCase[] = [
  {
    stage: 'crash',
    node: 'tracks/raft-persistence/bad_no_persistence.py',
    failing: 'valid',
    explanation: /returned null/,
    seeds: 3,
    timeScale: 0.5,
  },
  {
    stage: 'full-restart',
    node: 'tracks/raft-persistence/bad-no-persistence.js',
    failing: 'valid',
    explanation: /returned null/,
    // Three seeds, as a learner's run has: one seed let this node pass in a clean-clone CI run
    // (every key written again after the last restart before it was read); 1 of 36 seed runs
    // passed it at scale 0.25 (`dsgrade test --track raft-persistence --stage full-restart
    // --seed N --time-scale 0.25`, N = 1…12, three seeds each).
    seeds: 3,
  },
]

// Two tests at a time (not vitest's five): with the shared machine busy, five concurrent stage
// runs starved the Python nodes (a reference p99 of 244 ms on raft/efficient beside an on-time
// harness) and made the harness late enough that bad nodes came back inconclusive. A test's
// time-out starts only when it runs, so waiting for a slot does not eat into it.
vi.setConfig({ maxConcurrency: 2 })

/** The raft-persistence stages this file runs (compaction and chaos are in stages-raft-persistence.test.ts). */
const PERSISTENCE_STAGES = ['crash', 'full-restart']

/** The raft stages graded strictly (lossy and efficient: their own blocks below). */
const RAFT_STAGES = ['replication', 'partitions']

describe('track raft', () => {
  // Half scale, not a quarter: a Raft's own election timers do not scale, so at 0.25 a
  // partition window leaves the reference too little time with a leader (a clean-clone CI
  // run measured seconds with service 0.40 < 0.5 on a vouched run).
  it.concurrent.each(RAFT_STAGES)('reference python/raft.py passes %s', async (stage) => {
    const { result, table } = await grade({
      track: 'raft',
      node: 'python/raft.py',
      stage,
      timeScale: 0.5,
    })
    expect(result.stages[0]?.status, table).toBe('pass')
  })
  it.concurrent.each(RAFT)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails('raft', bad)
  })
  it.concurrent.each(['replication', 'partitions'])(
    "a Raft in the shape of Maelstrom's tutorial passes raft/%s unchanged",
    async (stage) => {
      const { result, table } = await grade({
        track: 'raft',
        node: 'maelstrom-style/raft.py',
        stage,
        // Full length: this node answers error 11 at once while no leader is known, so on a
        // 5 s run (scale 0.25) one slow election on a busy machine cost 25–85 % of the
        // requests (answeredFraction 0.75 and 0.15, harness within its 1 s bound).
        timeScale: 1,
      })
      expect(result.stages[0]?.status, table).toBe('pass')
    },
  )
})

// raft/lossy: both references pass (or come back inconclusive on an overloaded machine: its
// requests-answered figure is time-based, issue 12) and bad_no_retry fails on requests
// answered. Ready since stop 16: 20/20 seeds per reference, bad nodes 18/20 and 20/20
// (scripts/fidelity-raft.sh; the figures are in tracks/raft/track.yml).
const LOSSY_READY =
  loadTracks()
    .find((t) => t.id === 'raft')
    ?.stages.find((s) => s.fullId === 'raft/lossy')?.status === 'ready'

const LOSSY_BAD: BadCase[] = ['tracks/raft/bad_no_retry.py', 'tracks/raft/bad-no-retry.js'].map(
  (node) => ({
    // Answered 0.28–0.55 over 40 seeds (references 0.86–0.91).
    stage: 'lossy',
    node,
    failing: 'workload.answeredFraction',
    timeScale: 0.5,
    explanation: /requests answered 0\.\d+ \(≥ 0\.7\) ✗/,
  }),
)

describe.runIf(LOSSY_READY)('track raft: lossy', () => {
  const references = ['python/raft.py', 'tracks/raft/reference.js']
  it.concurrent.each(references)('reference %s passes lossy', async (node) => {
    // Half scale, as the fidelity run: a Raft's own timers do not scale.
    const { result, table } = await grade({ track: 'raft', node, stage: 'lossy', timeScale: 0.5 })
    expectReferenceNotFailed(result.stages[0] as StageResult, table)
  })
  it.concurrent.each(LOSSY_BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails('raft', bad)
  })
})

// raft/efficient: both references pass (a failing p99 on a machine that starved a node is
// inconclusive: grading/vouch.ts, tailOnly) and bad_chatty fails on the message budget (20 of
// 20 seeds each, 431–756 servers msgs/op against 8; scripts/fidelity-raft.sh). Half scale, as
// the fidelity run: a Raft's heartbeat and election timers do not scale.
const stageReady = (id: string): boolean =>
  loadTracks()
    .find((t) => t.id === 'raft')
    ?.stages.find((s) => s.fullId === id)?.status === 'ready'

describe.runIf(stageReady('raft/efficient'))('track raft: efficient', () => {
  const references = ['python/raft.py', 'tracks/raft/reference.js']
  it.concurrent.each(references)('reference %s passes efficient', async (node) => {
    const { result, table } = await grade({
      track: 'raft',
      node,
      stage: 'efficient',
      timeScale: 0.5,
    })
    expectReferenceNotFailed(result.stages[0] as StageResult, table)
  })
  const chatty: BadCase[] = ['tracks/raft/bad_chatty.py', 'tracks/raft/bad-chatty.js'].map(
    (node) => ({
      stage: 'efficient',
      node,
      failing: 'net.servers.msgsPerOp',
      explanation: /servers msgs\/op \d+(\.\d+)? \(≤ 8\) ✗/,
      timeScale: 0.5,
    }),
  )
  it.concurrent.each(chatty)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails('raft', bad)
  })
})

describe('track raft-persistence', () => {
  const cases = PERSISTENCE_STAGES.map((stage) => ({ node: 'tracks/raft/reference.js', stage }))
  it.concurrent.each(cases)('reference $node passes $stage', async ({ node, stage }) => {
    const { result, table } = await grade({ track: 'raft-persistence', node, stage })
    expect(result.stages[0]?.status, table).toBe('pass')
  })
  it.concurrent.each(PERSISTENCE)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails('raft-persistence', bad)
  })
})
