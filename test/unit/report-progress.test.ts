// progress.json: attempts, first pass, best figures, hint level; a tampered file is ignored.
import { describe, expect, it } from 'vitest'
import { parseProgress, progressTotals, updateProgress } from '../../src/report/index.js'
import { sampleReport } from '../fixtures/github/reports.js'

describe('updateProgress', () => {
  it('folds runs into per-stage history', () => {
    const first = updateProgress(null, sampleReport(), {
      commit: 'aaa',
      date: '2026-11-01T00:00:00Z',
    })
    expect(first.tracks.messenger!.stages['messenger/cluster']).toEqual({
      number: '1.2',
      title: 'cluster',
      status: 'fail',
      firstPass: null,
      lastRun: { commit: 'aaa', date: '2026-11-01T00:00:00Z' },
      attempts: 1,
      failures: 1,
      best: { valid: false, 'net.servers.msgsPerOp': 31.25 },
      hintLevel: 1,
    })
    expect(first.tracks.messenger!.stages['messenger/errors']).toMatchObject({
      status: 'not-run',
      attempts: 0,
    })

    const report = sampleReport()
    const cluster = report.tracks[0]!.stages[1]!
    cluster.status = 'pass'
    cluster.criteria = [
      {
        id: 'net.servers.msgsPerOp',
        label: 'servers msgs/op',
        threshold: '< 30',
        measured: 12,
        pass: true,
      },
    ]
    const second = updateProgress(parseProgress(JSON.stringify(first)), report, {
      commit: 'bbb',
      date: '2026-11-02T00:00:00Z',
    })
    const stage = second.tracks.messenger!.stages['messenger/cluster']!
    expect(stage).toMatchObject({
      status: 'pass',
      attempts: 2,
      failures: 1,
      hintLevel: 1,
      firstPass: { commit: 'bbb', date: '2026-11-02T00:00:00Z' },
    })
    expect(stage.best['net.servers.msgsPerOp']).toBe(12)

    cluster.criteria = [
      {
        id: 'net.servers.msgsPerOp',
        label: 'servers msgs/op',
        threshold: '< 30',
        measured: 20,
        pass: true,
      },
    ]
    const third = updateProgress(second, report, { commit: 'ccc', date: '2026-11-03T00:00:00Z' })
    expect(third.tracks.messenger!.stages['messenger/cluster']!.best['net.servers.msgsPerOp']).toBe(
      12,
    )
    expect(third.tracks.messenger!.stages['messenger/cluster']!.firstPass!.commit).toBe('bbb')
    expect(progressTotals(third, { tracks: 15, stages: 62 })).toEqual({
      stagesPassed: 2,
      stagesTotal: 62,
      tracksPassed: 0,
      tracksTotal: 15,
    })
    expect(progressTotals(third)).toEqual({
      stagesPassed: 2,
      stagesTotal: 3,
      tracksPassed: 0,
      tracksTotal: 1,
    })
  })

  it('ignores a malformed or tampered progress.json', () => {
    expect(parseProgress('not json')).toBeNull()
    expect(parseProgress(JSON.stringify({ schemaVersion: 1, tracks: 'x' }))).toBeNull()
    expect(parseProgress(null)).toBeNull()
  })
})
