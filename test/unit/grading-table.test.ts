// The per-stage table a learner reads after `dsgrade test --track`: one line per stage with
// measured vs threshold, then what failed, the evidence, the first hint and the replay.
import { describe, expect, it } from 'vitest'
import type { StageResult, TrackResult } from '../../src/grading/contract.js'
import { trackExitCode } from '../../src/cli/commands/tracks.js'
import { renderTrackTable } from '../../src/grading/table.js'

const passing: StageResult = {
  trackId: 'broadcast',
  stageId: 'broadcast/single-node',
  number: '4.1',
  title: 'Single-node broadcast',
  status: 'pass',
  reason: 'Every criterion passed.',
  criteria: [{ id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true }],
  seeds: [
    {
      seed: 9,
      valid: true,
      exitCode: 0,
      reason: 'ok',
      runDir: '/s/1',
      replay: 'npx dsgrade … --seed 9',
      criteria: [{ id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true }],
    },
  ],
  explanation: [],
  replay: 'npx dsgrade … --seed 9',
  durationMs: 6400,
}

const failingCriteria = [
  { id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true as const },
  {
    id: 'net.servers.msgsPerOp',
    label: 'servers msgs/op',
    threshold: '< 30',
    measured: 56.25,
    pass: false as const,
  },
]

const failing: StageResult = {
  ...passing,
  stageId: 'broadcast/efficient-1',
  number: '4.4',
  title: 'Efficient broadcast, part I',
  status: 'fail',
  reason: 'Seed 9: the history is correct, but it sends too many messages: servers msgs/op is 56.25 (target < 30).',
  criteria: failingCriteria,
  seeds: [{ ...passing.seeds[0]!, valid: true, exitCode: 0, criteria: failingCriteria }],
  explanation: [
    'Failed criteria on seed 9: servers msgs/op 56.25 (< 30) ✗.',
    'Replay this seed: npx dsgrade … --seed 9',
  ],
  hint: 'Batch values that arrive close together into one message.',
  docsPath: 'tracks/broadcast/docs/efficient-1.md',
  durationMs: 11000,
}

const skipped: StageResult = {
  ...passing,
  stageId: 'broadcast/efficient-2',
  number: '4.5',
  title: 'Efficient broadcast, part II',
  status: 'skipped',
  reason: 'Not run.',
  seeds: [],
  durationMs: 0,
}

describe('track table', () => {
  it('shows every stage, measured vs threshold, and the first failure with hint and replay', () => {
    const track: TrackResult = {
      trackId: 'broadcast',
      title: 'Broadcast',
      stages: [passing, failing, skipped],
      passed: 1,
      total: 3,
    }
    expect(renderTrackTable(track).join('\n')).toMatchInlineSnapshot(`
      "Broadcast (broadcast): 1/3 stages passed
        stage id                     status   seeds  time    criteria
        4.1   broadcast/single-node  pass     1/1    6.4s    valid true (= true) ✓
        4.4   broadcast/efficient-1  FAIL     0/1    11.0s   valid true (= true) ✓ · servers msgs/op 56.25 (< 30) ✗
        4.5   broadcast/efficient-2  skipped  -      -

      4.4 broadcast/efficient-1 — Efficient broadcast, part I: FAIL
        Seed 9: the history is correct, but it sends too many messages: servers msgs/op is 56.25 (target < 30).
        Failed criteria on seed 9: servers msgs/op 56.25 (< 30) ✗.
        Replay this seed: npx dsgrade … --seed 9
        Hint: Batch values that arrive close together into one message.
        Concept: tracks/broadcast/docs/efficient-1.md"
    `)
    expect(trackExitCode(track)).toBe(1)
  })

  it('maps stage statuses to exit codes: error 255, unknown 2, pass 0', () => {
    const base: TrackResult = { trackId: 't', title: 'T', stages: [passing], passed: 1, total: 1 }
    expect(trackExitCode(base)).toBe(0)
    expect(trackExitCode({ ...base, stages: [{ ...passing, status: 'unknown' }] })).toBe(2)
    expect(trackExitCode({ ...base, stages: [{ ...passing, status: 'error' }] })).toBe(255)
  })
})
