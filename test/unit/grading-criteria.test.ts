// Criteria: measured values from results.json against thresholds; "unknown" never passes.
import { describe, expect, it } from 'vitest'
import {
  criterionLine,
  evaluateCriterion,
  measure,
  mergePasses,
  thresholdText,
  valueAtPath,
} from '../../src/grading/criteria.js'
import { seedStatus, stageReason } from '../../src/grading/explain.js'
import { stageSeeds } from '../../src/grading/index.js'
import { stageTestOptions } from '../../src/grading/options.js'
import { stageReplayCommand } from '../../src/grading/stage.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { findStage, findTrack } from '../../src/tracks/find.js'
import type { CriterionSpec } from '../../src/tracks/types.js'

const results = {
  valid: true,
  net: { servers: { msgsPerOp: 17.23456 } },
  workload: { valid: 'unknown', stableLatencies: { '0': 10, '0.5': 250, '0.95': 400, '1': 620 } },
  lint: {
    count: 2,
    findings: [
      { code: 'PROTO_NOT_JSON' },
      { code: 'NODE_EXITED' },
      { code: 'NODE_STDERR_TRUNCATED' },
    ],
  },
}

const spec = (
  metric: string,
  op: CriterionSpec['op'],
  value: CriterionSpec['value'],
  unit?: string,
): CriterionSpec => ({
  id: metric,
  label: metric,
  metric,
  op,
  value,
  ...(unit ? { unit } : {}),
})

describe('measuring', () => {
  it('reads dotted paths whose keys contain dots (quantiles)', () => {
    expect(valueAtPath(results, 'workload.stableLatencies.0.5')).toBe(250)
    expect(valueAtPath(results, 'workload.stableLatencies.1')).toBe(620)
    expect(valueAtPath(results, 'workload.stableLatencies.0')).toBe(10)
    expect(valueAtPath(results, 'net.servers.msgsPerOp')).toBe(17.23456)
    expect(valueAtPath(results, 'net.clients.msgsPerOp')).toBeUndefined()
  })

  it('computes lint and crash counts from the findings', () => {
    expect(measure(results, 'lint.findingCount')).toBe(2)
    expect(measure(results, 'nodes.crashCount')).toBe(1)
    expect(measure({}, 'lint.findingCount')).toBeNull()
    expect(
      measure(
        { crashes: [{ expected: false }, { expected: true }, { expected: false }] },
        'nodes.crashCount',
      ),
    ).toBe(2)
  })
})

describe('criteria', () => {
  it('compares with each operator and shows measured vs threshold', () => {
    const c = evaluateCriterion(results, spec('net.servers.msgsPerOp', '<', 30))
    expect(c).toEqual({
      id: 'net.servers.msgsPerOp',
      label: 'net.servers.msgsPerOp',
      threshold: '< 30',
      measured: 17.23456,
      pass: true,
    })
    expect(criterionLine(c)).toBe('net.servers.msgsPerOp 17.23 (< 30) ✓')
    expect(evaluateCriterion(results, spec('net.servers.msgsPerOp', '<', 17)).pass).toBe(false)
    expect(
      evaluateCriterion(results, spec('workload.stableLatencies.1', '<', 600, 'ms')).pass,
    ).toBe(false)
    expect(evaluateCriterion(results, spec('workload.stableLatencies.1', '<=', 620)).pass).toBe(
      true,
    )
    expect(evaluateCriterion(results, spec('valid', '=', true)).pass).toBe(true)
    expect(thresholdText(spec('x', '>=', 0.99))).toBe('≥ 0.99')
    const almost = evaluateCriterion({ ok: 0.99961 }, spec('ok', '>=', 1))
    expect(criterionLine(almost)).toBe('ok 0.9996 (≥ 1) ✗')
  })

  it('never passes what cannot be measured or is unknown', () => {
    expect(evaluateCriterion(results, spec('workload.valid', '=', true)).pass).toBe('unknown')
    expect(evaluateCriterion(results, spec('net.all.msgsPerOp', '<', 30))).toMatchObject({
      measured: null,
      pass: 'unknown',
    })
    expect(evaluateCriterion({ x: 'many' }, spec('x', '<', 3)).pass).toBe('unknown')
    expect(mergePasses([true, 'unknown', true])).toBe('unknown')
    expect(mergePasses([true, 'unknown', false])).toBe(false)
  })

  it('gives a seed the worst status of its criteria; exit 255 is an error', () => {
    const base = { seed: 1, valid: true as const, exitCode: 0, reason: '', runDir: '', replay: '' }
    expect(
      seedStatus({
        ...base,
        criteria: [{ id: 'a', label: 'a', threshold: '', measured: 1, pass: true }],
      }),
    ).toBe('pass')
    expect(
      seedStatus({
        ...base,
        criteria: [{ id: 'a', label: 'a', threshold: '', measured: null, pass: 'unknown' }],
      }),
    ).toBe('unknown')
    expect(seedStatus({ ...base, exitCode: 255, criteria: [] })).toBe('error')
  })
})

describe('stage settings', () => {
  const tracks = loadTracks()
  const lossy = findStage(findTrack(tracks, 'rpc'), 'lossy')
  const efficient = findStage(findTrack(tracks, 'broadcast'), '4.4')

  it('turns a stage into TestOptions with its faults', () => {
    const options = stageTestOptions(lossy, {
      command: ['./node'],
      cwd: '/x',
      seed: 5,
      timeScale: 0.5,
    })
    expect(options).toMatchObject({
      workload: 'exactly-once',
      nodeIds: ['n0'],
      timeLimitS: 20,
      rate: 100,
      seed: 5,
      timeScale: 0.5,
      clientLossRatio: 0.1,
      clientDuplicateRatio: 0.1,
      nemesis: ['client-loss', 'client-duplicate'],
    })
    expect(
      stageTestOptions(efficient, { command: ['./node'], cwd: '/x', seed: 1, timeScale: 1 }),
    ).toMatchObject({ latencyMs: 100, concurrency: 25, nodeIds: expect.arrayContaining(['n24']) })
  })

  it('runs the manifest seeds on fault stages, one seed otherwise, from one base', () => {
    expect(stageSeeds(lossy, 100, undefined)).toEqual([100, 101, 102])
    expect(stageSeeds(lossy, 100, 5)).toHaveLength(5)
    expect(stageSeeds(efficient, 100, 5)).toEqual([100])
  })

  it('writes the exact replay command and one plain sentence', () => {
    expect(stageReplayCommand(lossy, ['python3', 'my node.py'], 42, 1)).toBe(
      `npx github:dsgrade/dsgrade#v1 test --track rpc --stage rpc/lossy --bin 'python3 '\\''my node.py'\\''' --seed 42 --seeds 1`,
    )
    // as the learner typed it: no absolute interpreter path
    expect(
      stageReplayCommand(lossy, ['/root/.pyenv/shims/python3', 'n.py'], 7, 1, 'python3 n.py'),
    ).toBe(
      `npx github:dsgrade/dsgrade#v1 test --track rpc --stage rpc/lossy --bin 'python3 n.py' --seed 7 --seeds 1`,
    )
    const run = {
      seed: 42,
      valid: false as const,
      exitCode: 1,
      reason: 'invalid',
      runDir: '',
      replay: '',
      criteria: [
        {
          id: 'm',
          label: 'servers msgs/op',
          threshold: '< 30',
          measured: 41.5,
          pass: false as const,
        },
      ],
    }
    expect(stageReason(efficient, 'fail', [run], run)).toBe(
      'Seed 42: servers msgs/op is 41.50 (target < 30).',
    )
  })
})
