// Proves that raft-persistence's Figure 8 known-bad node (tracks/raft-persistence/bad_figure_8.py:
// the reference Raft committing entries of older terms by counting replicas) really breaks
// linearizability in some schedule, and that the checker says so for that reason; and that the
// reference Raft, given the very same schedule, stays linearizable. The schedule is the Raft
// paper's Figure 8, scripted by figure_8_schedule.py (five copies of raft.py's Raft in one
// process, kills, restarts from the data directory, cut links and which election timer fires
// first; every message is delivered or dropped by those rules alone). The history it writes
// is whatever the nodes answered; the checker is the one `dsgrade check` runs.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { budgetFromSeconds } from '../../src/checkers/contract.js'
import { checkLinearizable } from '../../src/checkers/linearizable/index.js'
import { readHistoryFile } from '../../src/history/formats/index.js'

const SCRIPT = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'nodes',
  'tracks',
  'raft-persistence',
  'figure_8_schedule.py',
)
const scratch = mkdtempSync(join(tmpdir(), 'dsgrade-figure-8-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Run the schedule against one variant; returns the history and what the script reported. */
function schedule(variant: 'reference' | 'figure-8') {
  const path = join(scratch, `${variant}.jsonl`)
  const data = mkdtempSync(join(scratch, `${variant}-data-`))
  const run = spawnSync('python3', [SCRIPT, variant, path, data], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return { history: readHistoryFile(path), stderr: run.stderr }
}

describe('Figure 8, scripted', () => {
  it('the Figure 8 node answers a read of key 0 with 1 after it answered 3: not linearizable', () => {
    const { history, stderr } = schedule('figure-8')
    expect(stderr).toContain('n0 leads again: yes')
    expect(stderr).toContain('n4 leads again: yes')
    const reads = history.filter((op) => op.f === 'read' && op.type === 'ok').map((op) => op.value)
    expect(reads).toEqual([3, 1])
    const result = checkLinearizable(history, { model: 'kv' }, budgetFromSeconds(10))
    expect(result.valid).toBe(false)
    const anomaly = result.anomalies[0]
    expect(anomaly?.type).toBe('not-linearizable')
    expect(anomaly?.message).toMatch(
      /^read of key 0 returned 1 at .*, but a read of key 0 returned 3 at .*, before this read began, and every write of 1 ended before that read started: the read returned a stale value/,
    )
  })

  it('the reference, same schedule: e commits with its no-op, n4 is refused, valid', () => {
    const { history, stderr } = schedule('reference')
    expect(stderr).toContain('n0 leads again: yes')
    expect(stderr).toContain('n4 leads again: no')
    const reads = history.filter((op) => op.f === 'read' && op.type === 'ok').map((op) => op.value)
    expect(reads).toEqual([1])
    const result = checkLinearizable(history, { model: 'kv' }, budgetFromSeconds(10))
    expect(result.valid).toBe(true)
  })
})
