// Track 13 (sharding, workload shard-kv, the harness shard controller) end to end, stages
// static and rebalance (join-leave and replicated are planned): the references (Python, JS)
// pass both; a node that serves every key locally without forwarding gives reads that go back
// in time (fails valid on static); a node that switches ownership at a reconfiguration without
// moving the data loses acknowledged writes (fails workload.lostWriteCount on rebalance); an old
// owner that sends the data but keeps serving the shard it gave away answers from a stale copy
// (fails valid or lostWriteCount). One seed each: these bugs show on every schedule (every
// reconfiguration moves 4 shards) — 5/5 seeds failed for each bad node at scale 0.25, with 27 to
// 112 writes lost (scripts/fidelity-sharding.sh, BAD_SEEDS=5).
// Many-seed fidelity figures: scripts/fidelity-sharding.sh.
import { describe, expect, it, vi } from 'vitest'
import { expectBadFails, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'sharding'
const STAGES = ['static', 'rebalance']
const REFERENCES = ['python/shard_kv.py', 'tracks/sharding/reference.js']

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
]

// Two stage runs at a time on the shared machine (as stages-raft.test.ts).
vi.setConfig({ maxConcurrency: 2 })

describe('track sharding', () => {
  it.concurrent.each(REFERENCES.flatMap((node) => STAGES.map((stage) => ({ node, stage }))))(
    'reference $node passes $stage',
    async ({ node, stage }) => {
      const { result, table } = await grade({ track: TRACK, node, stage })
      expect(
        result.stages.map((s) => s.status),
        table,
      ).toEqual(['pass'])
    },
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    const stage = await expectBadFails(TRACK, bad)
    if (bad.stage === 'rebalance' && stage.status === 'fail') {
      // The lost write is named with the read that shows it.
      expect(stage.explanation.join('\n')).toMatch(/returned null|lost|read of key/)
    }
  })
})
