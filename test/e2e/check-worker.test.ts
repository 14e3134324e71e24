// The check worker (src/run/check-pool.ts, bundled as dist/check-worker/index.js): a check run
// (or a report page rendered) there gives exactly what the harness's own thread gives, and
// whenever the worker
// cannot do a job (no worker file, a job that cannot be cloned, a checker it does not know)
// the pool answers undefined so that the caller checks on its own thread.
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readHistoryFile } from '../../src/history/formats/index.js'
import {
  HeldHistories,
  MAX_HELD_HISTORIES,
  runCheckJob,
  type CheckJob,
} from '../../src/run/check-job.js'
import { CheckPool, SHARE_CHUNK } from '../../src/run/check-pool.js'
import { renderReportHtml } from '../../src/report/index.js'
import { repoRoot } from '../helpers/cli.js'
import { failingBroadcastRun, failingLinKvRun } from '../unit/report-html-fixtures.js'

const pool = new CheckPool(join(repoRoot, 'dist', 'check-worker', 'index.js'))
afterAll(() => pool.close())

const txn = (file: string) =>
  readHistoryFile(join(repoRoot, 'test', 'fixtures', 'histories', 'txn', file))

const JOBS: { label: string; job: CheckJob }[] = [
  {
    label: 'list-append without isolation (anomalies found)',
    job: {
      kind: 'checker',
      name: 'list-append',
      history: txn('la-no-isolation-1.jsonl'),
      options: { consistencyModels: ['read-committed', 'serializable'] },
      budgetMs: 30_000,
    },
  },
  {
    label: 'rw-register last-writer-wins',
    job: {
      kind: 'checker',
      name: 'rw-register',
      history: txn('rw-lww-1.jsonl'),
      options: { consistencyModels: ['read-uncommitted'] },
      budgetMs: 30_000,
    },
  },
]

describe('the check worker', () => {
  it.each(JOBS)('$label: the same result as on the harness thread', async ({ job }) => {
    const here = runCheckJob(job)
    expect(here).toBeDefined()
    const there = await pool.check(job)
    expect(there).toEqual(JSON.parse(JSON.stringify(here)))
  })

  it.each([
    ['a failing broadcast run', failingBroadcastRun()],
    ['a failing lin-kv run', failingLinKvRun()],
  ])('renders report.html for %s exactly as the harness thread does', async (_label, input) => {
    const there = await pool.render(input)
    expect(there).toBeDefined()
    expect(there).toBe(renderReportHtml(input))
  })

  it('answers undefined for a checker it does not know, and keeps working', async () => {
    const job = { ...JOBS[1]!.job, name: 'no-such-checker' }
    expect(await pool.check(job)).toBeUndefined()
    expect(await pool.check(JOBS[1]!.job)).toBeDefined()
  })

  it('answers undefined for a job that cannot be cloned', async () => {
    const job = {
      ...JOBS[1]!.job,
      options: { extra: { notData: () => 1 } },
    } as unknown as CheckJob
    expect(await pool.check(job)).toBeUndefined()
  })

  it('answers undefined without a worker file (running from src/)', async () => {
    const none = new CheckPool(join(repoRoot, 'no-such-dir', 'index.js'))
    expect(await none.check(JOBS[1]!.job)).toBeUndefined()
  })
})

describe('the check pool while jobs are in flight', () => {
  it('answers every one of many concurrent jobs and holds nothing afterwards', async () => {
    const job = JOBS[1]!.job
    const answers = await Promise.all(Array.from({ length: 12 }, () => pool.check(job)))
    expect(answers.every((a) => a !== undefined && a.valid === answers[0]!.valid)).toBe(true)
    expect(pool.inFlight).toBe(0)
  })
})

describe('a history shared with the worker once (CheckPool.share)', () => {
  it('gives checks and report pages that refer to it the same answers, and is forgotten on release', async () => {
    const job = JOBS[0]!.job
    const history = job.history as readonly import('../../src/history/index.js').Op[]
    // Chunks of 100 operations, so the history arrives in several pieces.
    const chunked = new CheckPool(join(repoRoot, 'dist', 'check-worker', 'index.js'), 100)
    expect(history.length).toBeGreaterThan(500)
    expect(SHARE_CHUNK).toBeGreaterThan(100)
    const shared = await chunked.share(history)
    expect(shared).toBeDefined()
    const here = runCheckJob(job)
    const byRef = await chunked.check({ ...job, history: { ref: shared!.ref } })
    expect(byRef).toEqual(JSON.parse(JSON.stringify(here)))
    const input = failingLinKvRun()
    const sharedRun = await chunked.share(input.history)
    expect(await chunked.render(input, sharedRun)).toBe(renderReportHtml(input))
    chunked.release(shared)
    chunked.release(sharedRun)
    // A job that refers to a released history is not the worker's to do: the caller checks.
    expect(await chunked.check({ ...job, history: { ref: shared!.ref } })).toBeUndefined()
    expect(chunked.inFlight).toBe(0)
    await chunked.close()
  })

  it('shares an empty history', async () => {
    const shared = await pool.share([])
    const job = { ...JOBS[1]!.job, history: [] }
    expect(await pool.check({ ...job, history: { ref: shared!.ref } })).toEqual(
      JSON.parse(JSON.stringify(runCheckJob(job))),
    )
    pool.release(shared)
  })

  it('forgets the oldest of more than MAX_HELD_HISTORIES unreleased histories', () => {
    const held = new HeldHistories()
    for (let ref = 1; ref <= MAX_HELD_HISTORIES + 1; ref++) {
      held.append(ref, [])
    }
    expect(held.size).toBe(MAX_HELD_HISTORIES)
    expect(held.resolve({ ref: 1 })).toBeUndefined()
    expect(held.resolve({ ref: 2 })).toEqual([])
  })
})
