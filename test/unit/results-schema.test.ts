// The one results schema: docs/results.schema.json is exactly what src/results/schema.ts
// generates (run `npm run schema` after changing the schema), a real run's results.json and
// a grade report parse with it, and a file that breaks it is rejected with the path named.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  gradeReportSchema,
  resultsJsonSchema,
  runResultsSchema,
  stageResultSchema,
} from '../../src/results/index.js'

const root = join(import.meta.dirname, '..', '..')
const file = join(root, 'docs', 'results.schema.json')

describe('the results schema', () => {
  it('is exported, current, to docs/results.schema.json', () => {
    const generated = `${JSON.stringify(resultsJsonSchema(), null, 2)}\n`
    if (process.env.DSGRADE_WRITE_SCHEMA === '1') {
      writeFileSync(file, generated)
    }
    expect(
      readFileSync(file, 'utf8'),
      'docs/results.schema.json is stale: run npm run schema',
    ).toBe(generated)
    const defs = (resultsJsonSchema() as { $defs: Record<string, unknown> }).$defs
    expect(Object.keys(defs).sort()).toEqual(['GradeReport', 'RunResults', 'StageResult'])
  })

  it('takes the optional fair-under-load fields and rejects a broken stage', () => {
    const stage = {
      trackId: 'broadcast',
      stageId: 'broadcast/partitions',
      number: '4.3',
      title: 'Fault-tolerant broadcast',
      status: 'inconclusive',
      reason: 'The machine was too slow to vouch for the latency figures.',
      criteria: [
        { id: 'p50', label: 'median', threshold: '< 400 ms', measured: 900, pass: 'inconclusive' },
      ],
      seeds: [],
      explanation: [],
      replay: '',
      durationMs: 1,
    }
    expect(stageResultSchema.safeParse(stage).success).toBe(true)
    const broken = stageResultSchema.safeParse({ ...stage, status: 'passed' })
    expect(broken.success).toBe(false)
    expect(broken.error?.issues[0]?.path).toEqual(['status'])
    const report = gradeReportSchema.safeParse({
      formatVersion: 1,
      grader: { version: '0.1.0', ref: null },
      repository: null,
      sha: null,
      configPath: 'dsgrade.yml',
      configHash: 'x',
      seed: 1,
      timeScale: 1,
      builds: [],
      tracks: [{ trackId: 'broadcast', title: 'Broadcast', stages: [stage], passed: 0, total: 1 }],
      notGraded: [],
      stageLogs: {},
      warnings: [],
      harness: { healthy: false },
    })
    expect(report.success).toBe(true)
  })

  it('rejects run results without the fields interfaces.md §1.2 requires', () => {
    const parsed = runResultsSchema.safeParse({ valid: true, reason: 'ok', seed: 1 })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('options')
  })
})
