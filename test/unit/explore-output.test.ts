// What `dsgrade explore` prints for a failing seed (issue 18): the anomaly once — not
// "Seed 7 fails: Seed 7: …" — which parameters the seed ran with, and a replay command that
// pastes as is (the stage's --tracks-dir quoted when it came from one); and which seeds of a
// swarmed exploration keep the stage's own parameters (the first, then every PLAIN_EVERY-th).
import { describe, expect, it } from 'vitest'
import { failureLines } from '../../src/cli/commands/explore.js'
import { seedFailureSentence, stageReason } from '../../src/grading/explain.js'
import { PLAIN_EVERY, plainSeedAt } from '../../src/grading/explore.js'
import type { SeedRun } from '../../src/results/index.js'
import type { StageSpec } from '../../src/tracks/index.js'

const REPLAY =
  "npx github:dsgrade/dsgrade#v1 test --track raft --stage raft/partitions --bin 'python3 bad.py' --seed 7 --sim --swarm"

const invalid: SeedRun = {
  seed: 7,
  valid: false,
  exitCode: 1,
  reason:
    'read of key 1 returned 2 at 18.25 s, but no order of the operations concurrent with it explains that.',
  runDir: '/tmp/store/lin-kv/x',
  replay: REPLAY,
  criteria: [{ id: 'valid', label: 'valid', threshold: '= true', measured: false, pass: false }],
}

const chatty: SeedRun = {
  ...invalid,
  valid: true,
  reason: 'valid',
  criteria: [
    { id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true },
    {
      id: 'net.servers.msgsPerNodePerS',
      label: 'server msgs per node per s',
      threshold: '≤ 15',
      measured: 62.19,
      pass: false,
    },
  ],
}

describe('an explore failure line', () => {
  it('names the seed once, then the anomaly', () => {
    const sentence = seedFailureSentence(invalid)
    const [line, replay, run] = failureLines({
      seed: 7,
      sentence,
      replay: REPLAY,
      runDir: invalid.runDir,
      swarmed: true,
    })
    expect(line).toBe(
      'Seed 7 fails (swarmed fault parameters): read of key 1 returned 2 at 18.25 s, but no order of the operations concurrent with it explains that.',
    )
    expect(line?.match(/Seed 7/g)).toHaveLength(1)
    expect(replay).toBe(`  replay: ${REPLAY}`)
    expect(run).toBe('  run: /tmp/store/lin-kv/x')
  })

  it('is the stage sentence without its "Seed N: " (a budget miss reads the same)', () => {
    const stage = { number: '7.2', title: 'Partitions' } as StageSpec
    for (const run of [invalid, chatty]) {
      expect(stageReason(stage, 'fail', [run], run)).toBe(`Seed 7: ${seedFailureSentence(run)}`)
    }
    expect(seedFailureSentence(chatty)).toBe(
      'the history is correct, but it sends too many messages: server msgs per node per s is 62.19 (target ≤ 15).',
    )
  })

  it("says when the seed ran the stage's own parameters, and quotes a tracks dir in the replay", () => {
    const [line, replay] = failureLines(
      { seed: 1, sentence: 'x.', replay: REPLAY, runDir: '', swarmed: false },
      "my tracks/it's here",
    )
    expect(line).toBe("Seed 1 fails (the stage's own fault parameters): x.")
    expect(replay).toBe(`  replay: ${REPLAY} --tracks-dir 'my tracks/it'\\''s here'`)
  })
})

describe('unbuggified seeds of a swarmed exploration', () => {
  it('are the first and every PLAIN_EVERY-th after it', () => {
    expect(PLAIN_EVERY).toBe(4)
    const plain = Array.from({ length: 12 }, (_, i) => i).filter(plainSeedAt)
    expect(plain).toEqual([0, 4, 8])
  })
})
