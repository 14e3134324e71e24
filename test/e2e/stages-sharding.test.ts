// Track 13 (sharding, workload shard-kv, the harness shard controller) end to end, stages
// static, rebalance, join-leave and replicated: the static-shard references (Python, JS) pass
// the first three; a node that serves every key locally without forwarding gives reads that go back
// in time (fails valid on static); a node that switches ownership at a reconfiguration without
// moving the data loses acknowledged writes (fails workload.lostWriteCount on rebalance); an old
// owner that sends the data but keeps serving the shard it gave away answers from a stale copy
// (fails valid or lostWriteCount). One seed each: these bugs show on every schedule (every
// reconfiguration moves 4 shards) — 5/5 seeds failed for each bad node at scale 0.25, with 27 to
// 112 writes lost (scripts/fidelity-sharding.sh, BAD_SEEDS=5). On join-leave (the harness
// stops a leaving node once it has answered the shard_config that took its shards, and starts
// it again later), a node that answers shard_config at once and hands its shards over from a
// background loop is stopped before its data has left it: the new owners wait for data that
// never comes, and requests for those shards go unanswered (fails workload.moveAvailability;
// every leave does this, so one seed).
// Many-seed fidelity figures: scripts/fidelity-sharding.sh. join-leave, 20 seeds at scale 0.25
// on a loaded machine (load average ~20 on 2 cores): JS reference 14 pass, 6 inconclusive, 0
// fail; Python reference 19 pass, 1 inconclusive, 0 fail; bad-ack-first.js and
// bad_ack_first.py 20/20 failed on workload.moveAvailability. The join-leave cases run once the
// manifest marks the stage ready (a planned stage is not graded at all).
// Replicated (9 nodes in 3 Raft groups, kill one node at a time + partitions, 3 seeds, at half
// scale: the Raft election timers do not scale): the replicated references (shard_kv_raft.py,
// replicated.js) are never failed (pass, or inconclusive on an overloaded machine); a node
// whose group members answer reads from their own copy, without a log round, reads back in
// time (fails valid, an acknowledged write lost). Fidelity, 20 seeds each at scale 0.5 (load
// average 5-22 on 2 cores): replicated.js 20 pass; shard_kv_raft.py 19 pass, 1 inconclusive;
// bad-local-reads.js 20/20 failed valid; bad_local_reads.py 18 failed, 1 inconclusive, 1 passed
// (seed 15, under load): a 3-seed stage run still fails it in ≈ 99.9 % of runs, so the stage
// is ready since stop 16. Each case runs the stage's 3 seeds, as a learner's run does.
// Fidelity counts: scripts/fidelity-sharding.sh (STAGES=replicated) and track.yml.
import { describe, expect, it, vi } from 'vitest'
import { findStage, findTrack } from '../../src/tracks/index.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { expectBadFails, expectReferenceNotFailed, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'
import type { StageResult } from '../../src/grading/contract.js'

const TRACK = 'sharding'
const sharding = findTrack(loadTracks(), TRACK)
const STAGES = ['static', 'rebalance', 'join-leave', 'replicated'].filter(
  (id) => findStage(sharding, id).status === 'ready',
)
const REFERENCES = ['python/shard_kv.py', 'tracks/sharding/reference.js']
/** The stage replicated's references (the static-shard references above do not replicate). */
const REPLICATED_REFERENCES = ['python/shard_kv_raft.py', 'tracks/sharding/replicated.js']
/** Raft election timers do not scale: the replicated stage runs at half scale. */
const REPLICATED_SCALE = 0.5
const UNREPLICATED = STAGES.filter((stage) => stage !== 'replicated')
/**
 * A replicated case runs 9 nodes × 3 seeds, and each seed may be rerun alone twice when the
 * machine is overloaded: at load 10-14 (other work) one took 660 s, past the 360 s default.
 */
const REPLICATED_TIMEOUT_MS = 1_200_000

const BAD: BadCase[] = [
  {
    stage: 'static',
    node: 'tracks/sharding/bad_serve_local.py',
    failing: 'valid',
    explanation: /read of key \d+ returned/,
  },
  {
    stage: 'static',
    node: 'tracks/sharding/bad-serve-local.js',
    failing: 'valid',
    explanation: /read of key \d+ returned/,
  },
  {
    stage: 'rebalance',
    node: 'tracks/sharding/bad_no_move.py',
    failing: 'workload.lostWriteCount',
  },
  {
    stage: 'rebalance',
    node: 'tracks/sharding/bad-no-move.js',
    failing: 'workload.lostWriteCount',
  },
  {
    stage: 'rebalance',
    node: 'tracks/sharding/bad_keeps_serving.py',
    failing: ['valid', 'workload.lostWriteCount'],
  },
  {
    stage: 'rebalance',
    node: 'tracks/sharding/bad-keeps-serving.js',
    failing: ['valid', 'workload.lostWriteCount'],
  },
  {
    stage: 'replicated',
    node: 'tracks/sharding/bad_local_reads.py',
    failing: 'valid',
    explanation: /acknowledged write lost|read of key \d+ returned/,
    seeds: 3,
    timeScale: REPLICATED_SCALE,
  },
  {
    stage: 'replicated',
    node: 'tracks/sharding/bad-local-reads.js',
    failing: 'valid',
    explanation: /acknowledged write lost|read of key \d+ returned/,
    seeds: 3,
    timeScale: REPLICATED_SCALE,
  },
  {
    stage: 'join-leave',
    node: 'tracks/sharding/bad_ack_first.py',
    failing: 'workload.moveAvailability',
    seeds: 1,
  },
  {
    stage: 'join-leave',
    node: 'tracks/sharding/bad-ack-first.js',
    failing: 'workload.moveAvailability',
    seeds: 1,
  },
].filter((bad) => STAGES.includes(bad.stage))

// Two stage runs at a time on the shared machine (as stages-raft.test.ts).
vi.setConfig({ maxConcurrency: 2 })

describe('track sharding', () => {
  it.concurrent.each(REFERENCES.flatMap((node) => UNREPLICATED.map((stage) => ({ node, stage }))))(
    'reference $node passes $stage',
    async ({ node, stage }) => {
      const { result, table } = await grade({ track: TRACK, node, stage })
      expect(
        result.stages.map((s) => s.status),
        table,
      ).toEqual(['pass'])
    },
  )
  it.concurrent.each(STAGES.includes('replicated') ? REPLICATED_REFERENCES : [])(
    'reference %s is not failed on replicated (3 seeds)',
    async (node) => {
      const { result, table } = await grade({
        track: TRACK,
        node,
        stage: 'replicated',
        seeds: 3,
        timeScale: REPLICATED_SCALE,
      })
      expectReferenceNotFailed(result.stages[0] as StageResult, table)
    },
    REPLICATED_TIMEOUT_MS,
  )
  it.concurrent.each(BAD)(
    '$node fails $stage on $failing',
    async (bad) => {
      const stage = await expectBadFails(TRACK, bad)
      if (bad.stage === 'rebalance' && stage.status === 'fail') {
        // The lost write is named with the read that shows it.
        expect(stage.explanation.join('\n')).toMatch(/returned null|lost|read of key/)
      }
    },
    STAGES.includes('replicated') ? REPLICATED_TIMEOUT_MS : undefined,
  )
})
