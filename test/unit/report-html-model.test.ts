// The readers behind report.html: fault windows from nemesis ops (start-X/stop-X,
// kill…start, pause…resume, open windows closed at the end), criteria from a stage or from
// the run's figures, anomalies from every checker, and error replies grouped by kind.
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src/history/types.js'
import {
  faultWindows,
  readAnomalies,
  readCriteria,
  readErrors,
  readFaultWindows,
} from '../../src/report/html/model.js'

function nemesis(index: number, timeS: number, f: string, description?: string): Op {
  return {
    index,
    time: timeS * 1e9,
    process: 'nemesis',
    type: 'info',
    f,
    value: description === undefined ? undefined : { description },
  }
}

describe('faultWindows', () => {
  it('pairs starts with stops per kind and keeps unfinished windows open to the end', () => {
    const history: Op[] = [
      { index: 0, time: 0, process: 'nemesis', type: 'invoke', f: 'start-partition' },
      nemesis(1, 1, 'start-partition', 'n1 | n2 n3'),
      nemesis(2, 2, 'kill', 'killed n2'),
      nemesis(3, 3, 'stop-partition'),
      nemesis(4, 4, 'start', 'restarted n2'),
      nemesis(5, 5, 'pause', 'paused n3'),
      { index: 6, time: 9e9, process: 0, type: 'ok', f: 'read' },
    ]
    expect(faultWindows(history)).toEqual([
      { kind: 'partition', startNs: 1e9, endNs: 3e9, description: 'n1 | n2 n3' },
      { kind: 'kill', startNs: 2e9, endNs: 4e9, description: 'killed n2' },
      { kind: 'pause', startNs: 5e9, endNs: 9e9, description: 'paused n3' },
    ])
  })

  it('uses invocations when the nemesis recorded no completions', () => {
    const history: Op[] = [
      { index: 0, time: 1e9, process: 'nemesis', type: 'invoke', f: 'start-loss' },
      { index: 1, time: 2e9, process: 'nemesis', type: 'invoke', f: 'stop-loss' },
    ]
    expect(faultWindows(history)).toEqual([
      { kind: 'loss', startNs: 1e9, endNs: 2e9, description: 'start-loss' },
    ])
  })
})

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
