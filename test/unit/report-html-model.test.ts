// The readers behind report.html: the fault windows results.json recorded (deriving them
// from a history is src/history/windows.ts, tested in nemesis-windows.test.ts), criteria from a stage or from
// the run's figures, anomalies from every checker, and error replies grouped by kind.
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/types.js'
import {
  readAnomalies,
  readCriteria,
  readErrors,
  readFaultWindows,
} from '../../src/report/html/model.js'

describe('readFaultWindows', () => {
  it("reads the runner's windows from results.json and skips malformed ones", () => {
    const faults = [
      {
        kind: 'partition',
        nodes: ['n3'],
        startNs: 1,
        endNs: 2,
        description: 'n3 isolated',
        healed: true,
      },
      { kind: 'kill', startNs: 'soon' },
    ]
    expect(readFaultWindows({ faults })).toEqual([
      { kind: 'partition', startNs: 1, endNs: 2, description: 'n3 isolated' },
    ])
    expect(readFaultWindows({})).toBeUndefined()
  })
})

describe('readCriteria', () => {
  it('prefers the stage criteria, else shows the run figures without targets', () => {
    const stage = {
      criteria: [{ id: 'valid', label: 'valid', threshold: '= true', measured: true, pass: true }],
    }
    expect(readCriteria({ stage })).toEqual([
      { label: 'valid', threshold: '= true', measured: true, pass: true },
    ])
    const rows = readCriteria({
      valid: false,
      net: { servers: { msgsPerOp: 12.5 } },
      workload: { stableLatencies: { '0.5': 120, '1': 480 } },
    })
    expect(rows.map((r) => [r.label, r.measured])).toEqual([
      ['valid', false],
      ['servers msgs/op', 12.5],
      ['stable latency p50 (ms)', 120],
      ['stable latency max (ms)', 480],
    ])
  })
})

describe('readAnomalies and readErrors', () => {
  it('collects anomalies from every checker result and the stage extra checkers, capped', () => {
    const results = {
      workload: { anomalies: [{ type: 'lost', message: 'a', ops: [1, 2] }] },
      stats: { anomalies: [{ type: 'no-ok', message: 'b' }] },
      stage: {
        checkers: { linearizable: { anomalies: [{ type: 'not-linearizable', message: 'c' }] } },
      },
    }
    expect(readAnomalies(results, 10).map((a) => `${a.source}:${a.type}`)).toEqual([
      'workload:lost',
      'stats:no-ok',
      'linearizable:not-linearizable',
    ])
    expect(readAnomalies(results, 2)).toHaveLength(2)
  })

  it('groups error completions by code and name, most frequent first', () => {
    const fail = (index: number, error: unknown): Op => ({
      index,
      time: index,
      process: 0,
      type: 'fail',
      f: 'echo',
      error,
    })
    const rows = readErrors(
      [
        fail(1, [10, 'not-supported', 'first']),
        fail(2, [11, 'temporarily-unavailable']),
        fail(3, [10, 'not-supported', 'second']),
        fail(4, 'timeout'),
      ],
      10,
    )
    expect(rows).toEqual([
      { code: '10', name: 'not-supported', count: 2, text: 'first', firstOp: 1 },
      { code: '11', name: 'temporarily-unavailable', count: 1, text: '', firstOp: 2 },
      { code: '', name: 'timeout', count: 1, text: '', firstOp: 4 },
    ])
  })
})
