// The messages a learner reads (issue 19): units on measured values, a verdict sentence that
// never contradicts the stage result, did-you-mean for names, one traceback per distinct
// crash naming every node it hit, and a progress line that never runs past its total.
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.js'
import { progressText } from '../../src/cli/logger.js'
import { TEST_OPTIONS } from '../../src/cli/commands/test-options.js'
import type { CriterionResult, SeedRun } from '../../src/grading/contract.js'
import { criterionLine, evaluateCriterion } from '../../src/grading/criteria.js'
import {
  crashParagraphs,
  describeCriterion,
  explainStage,
  stageReason,
} from '../../src/grading/explain.js'
import { loadTracks } from '../../src/grading/tracks.js'
import type { RunOutcome } from '../../src/run/types.js'
import { formatCriterion } from '../../src/report/explain.js'
import { replayCommand } from '../../src/run/replay.js'
import { testOptionsFrom } from '../../src/cli/commands/test-options.js'
import { closestName, editDistance } from '../../src/shared/suggest.js'
import { findStage, findTrack } from '../../src/tracks/find.js'

const latency: CriterionResult = evaluateCriterion(
  { workload: { stableLatencies: { '0.5': 1032 } } },
  {
    id: 'stableLatency.p50',
    label: 'stable latency median',
    metric: 'workload.stableLatencies.0.5',
    op: '<',
    value: 400,
    unit: 'ms',
  },
)
const valid: CriterionResult = evaluateCriterion(
  { valid: true },
  { id: 'valid', label: 'valid', metric: 'valid', op: '=', value: true },
)

function seedRun(criteria: CriterionResult[], over: Partial<SeedRun> = {}): SeedRun {
  return {
    seed: 7,
    valid: true,
    exitCode: 0,
    reason: 'The broadcast test passed: 2049 operations checked and every check was valid.',
    runDir: '/tmp/none',
    replay: 'npx dsgrade test --track broadcast --stage broadcast/efficient-1 --bin x --seed 7',
    criteria,
    ...over,
  }
}

describe('measured values', () => {
  it('carry their unit in the table line and the sentence', () => {
    expect(latency.unit).toBe('ms')
    expect(criterionLine(latency)).toBe('stable latency median 1032 ms (< 400 ms) ✗')
    expect(describeCriterion(latency)).toBe('stable latency median is 1032 ms (target < 400 ms)')
    // the job summary and the comment use the same unit
    expect(formatCriterion(latency)).toBe('stable latency median: 1032 ms, target < 400 ms ✗')
  })

  it('say a failed validity in words, never "measured false, the threshold is = true"', () => {
    const invalid = { ...valid, measured: false, pass: false as const }
    expect(describeCriterion(invalid)).toBe('the checker found the history invalid')
    expect(describeCriterion(invalid)).not.toContain('threshold')
  })
})

describe('the verdict sentence under a FAIL', () => {
  const stage = findStage(findTrack(loadTracks(), 'broadcast'), 'efficient-1')
  const run = seedRun([valid, latency])

  it('says the history is correct but too slow, not that the run passed', () => {
    const reason = stageReason(stage, 'fail', [run], run)
    expect(reason).toBe(
      'Seed 7: the history is correct, but too slow: stable latency median is 1032 ms (target < 400 ms).',
    )
    const outcome = { results: {} } as unknown as RunOutcome
    const paragraphs = explainStage(run, outcome).join('\n')
    expect(paragraphs).not.toMatch(/passed/)
    expect(paragraphs).toContain('The history is correct (2049 operations checked), but')
  })

  it('adds the workload’s own evidence for a failing figure, and only for a failing one', () => {
    const servedAt = (fraction: number): CriterionResult =>
      evaluateCriterion(
        { workload: { servedFraction: fraction } },
        {
          id: 'workload.servedFraction',
          label: 'seconds with service',
          metric: 'workload.servedFraction',
          op: '>=',
          value: 0.5,
        },
      )
    const why = 'No client operation was answered from 21.0 s to 31.0 s, although …'
    const outcome = {
      results: { workload: { servedFraction: 0.3, why: { servedFraction: why } } },
    } as unknown as RunOutcome
    expect(explainStage(seedRun([valid, servedAt(0.3)]), outcome)).toContain(why)
    const passing = servedAt(0.9)
    expect(explainStage(seedRun([valid, latency, passing]), outcome)).not.toContain(why)
  })

  it('uses the run’s own sentence when the history is invalid', () => {
    const invalid = seedRun([{ ...valid, measured: false, pass: false }], {
      valid: false,
      exitCode: 1,
      reason: 'Value 17 was acknowledged but n3 never returned it.',
    })
    expect(stageReason(stage, 'fail', [invalid], invalid)).toBe(
      'Seed 7: Value 17 was acknowledged but n3 never returned it.',
    )
  })
})

describe('did you mean', () => {
  it('finds typos (including swapped letters) and nothing for unrelated words', () => {
    expect(editDistance('trakcs', 'tracks')).toBe(1)
    expect(closestName('--time-limt', ['--time-limit', '--rate'])).toBe('--time-limit')
    expect(closestName('zzzz', ['messenger', 'rpc'])).toBeUndefined()
  })

  it('for an option, once prefixed', () => {
    expect(() => parseArgs(['--time-limt', '5'], TEST_OPTIONS, 'test')).toThrow(
      'dsgrade test: unknown option --time-limt. Did you mean --time-limit?',
    )
  })

  it('for a track and a stage', () => {
    const tracks = loadTracks()
    expect(() => findTrack(tracks, 'broadcst')).toThrow('Did you mean "broadcast"?')
    expect(() => findStage(findTrack(tracks, 'broadcast'), 'partitons')).toThrow(
      'Did you mean "partitions"?',
    )
  })
})

describe('crashes', () => {
  const trace = [
    'Traceback (most recent call last):',
    '  File "node.py", line 9, in handle',
    '    return 1/0',
    'ZeroDivisionError: division by zero',
  ]
  it('show one traceback once, line by line, with every node it hit', () => {
    const paragraphs = crashParagraphs(
      ['n2', 'n0', 'n1'].map((node, i) => ({
        node,
        code: 1,
        signal: null,
        atMs: 2400 + i * 10,
        stderrTail: trace,
        message: `Node ${node} crashed`,
      })),
    )
    expect(paragraphs).toHaveLength(1)
    expect(paragraphs[0]).toMatch(/^Nodes n0, n1, n2 crashed at 2\.4 s \(exit code 1\)\./)
    expect(paragraphs[0]).toContain('\n    ZeroDivisionError: division by zero')
    expect(paragraphs[0]).not.toContain(' | ')
    expect(paragraphs[0]!.match(/Traceback/g)).toHaveLength(1)
  })

  it('keep distinct traces apart', () => {
    const paragraphs = crashParagraphs([
      { node: 'n0', code: 1, atMs: 0, stderrTail: trace },
      { node: 'n1', code: null, signal: 'SIGSEGV', atMs: 900, stderrTail: ['boom'] },
    ])
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[1]).toContain('Node n1 crashed at 0.9 s (signal SIGSEGV)')
  })
})

describe('progress', () => {
  it('never shows more than the main phase’s total', () => {
    expect(progressText({ phase: 'main', elapsedS: 5.2, totalS: 3, opsDone: 10 })).toBe(
      'main 3/3 s · 10 ops',
    )
    expect(progressText({ phase: 'recovery', elapsedS: 1.6, totalS: 3, opsDone: 12 })).toBe(
      'recovery 2 s · 12 ops',
    )
  })
})

describe('replay of a single test', () => {
  it('prints --bin as the learner typed it, not the resolved interpreter path', () => {
    const parsed = parseArgs(['-w', 'echo', '--time-limit', '5'], TEST_OPTIONS, 'test')
    const options = testOptionsFrom(parsed, ['/root/.pyenv/shims/python3', 'node.py', 'x'], '/w', 9)
    options.typedCommand = { bin: 'python3 node.py', args: ['x'] }
    expect(replayCommand(options)).toBe(
      "npx github:dsgrade/dsgrade#v1 test -w echo --bin 'python3 node.py' --time-limit 5 --seed 9 -- x",
    )
  })
})
