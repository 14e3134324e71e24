// Fault windows from histories: which faults were active when (issue 4 item 5).
import { describe, expect, it } from 'vitest'
import type { Op, OpType, ProcessId } from '../../src/history/types.js'
import { activeFaults, faultWindows, overlappingFaults } from '../../src/history/windows.js'

function history(lines: [number, ProcessId, OpType, string, unknown?][]): Op[] {
  return lines.map(([time, process, type, f, value], index) => ({
    index,
    time,
    process,
    type,
    f,
    ...(value === undefined ? {} : { value }),
  }))
}

const cut = {
  kind: 'partition',
  nodes: ['n1', 'n2', 'n3'],
  description: 'n3 was partitioned from n1 and n2',
}
const healed = { kind: 'partition', nodes: ['n1', 'n2', 'n3'], description: 'healed' }

describe('faultWindows', () => {
  it('spans from the start invoke to the stop completion, with the start’s description', () => {
    const windows = faultWindows(
      history([
        [100, 'nemesis', 'invoke', 'start-partition', cut],
        [110, 'nemesis', 'info', 'start-partition', cut],
        [150, 0, 'invoke', 'read'],
        [160, 0, 'ok', 'read'],
        [200, 'nemesis', 'invoke', 'stop-partition', healed],
        [210, 'nemesis', 'info', 'stop-partition', healed],
        [300, 0, 'invoke', 'read'],
      ]),
    )
    expect(windows).toEqual([
      {
        kind: 'partition',
        nodes: ['n1', 'n2', 'n3'],
        startNs: 100,
        endNs: 210,
        description: 'n3 was partitioned from n1 and n2',
        healed: true,
      },
    ])
  })

  it('pairs kill with start and pause with resume, per kind, even when they overlap', () => {
    const kill = { kind: 'kill', nodes: ['n2'], description: 'n2 was killed' }
    const pause = { kind: 'pause', nodes: ['n1'], description: 'n1 was paused' }
    const windows = faultWindows(
      history([
        [10, 'nemesis', 'invoke', 'kill', kill],
        [12, 'nemesis', 'info', 'kill', kill],
        [20, 'nemesis', 'invoke', 'pause', pause],
        [21, 'nemesis', 'info', 'pause', pause],
        [30, 'nemesis', 'invoke', 'start', { kind: 'kill', nodes: ['n2'], description: 'up' }],
        [35, 'nemesis', 'info', 'start', { kind: 'kill', nodes: ['n2'], description: 'up' }],
        [40, 'nemesis', 'invoke', 'resume', pause],
        [41, 'nemesis', 'info', 'resume', pause],
        [50, 'nemesis', 'invoke', 'kill', { ...kill, nodes: ['n3'], description: 'n3 was killed' }],
        [60, 1, 'invoke', 'read'],
      ]),
    )
    expect(windows.map((w) => [w.kind, w.nodes, w.startNs, w.endNs, w.healed])).toEqual([
      ['kill', ['n2'], 10, 35, true],
      ['pause', ['n1'], 20, 41, true],
      ['kill', ['n3'], 50, 60, false],
    ])
  })

  it('reads Maelstrom-style operations whose values are not objects', () => {
    const windows = faultWindows(
      history([
        [5, 'nemesis', 'info', 'start-partition', 'majority'],
        [6, 'nemesis', 'info', 'start-partition', ['isolated', { n1: ['n2'] }]],
        [9, 'nemesis', 'info', 'stop-partition', 'network-healed'],
      ]),
    )
    expect(windows).toMatchObject([{ kind: 'partition', startNs: 5, endNs: 9, healed: true }])
    expect(windows[0]?.description).toContain('isolated')
  })
})

describe('activeFaults', () => {
  const windows = faultWindows(
    history([
      [100, 'nemesis', 'invoke', 'start-partition', cut],
      [200, 'nemesis', 'info', 'stop-partition', healed],
      [150, 'nemesis', 'invoke', 'start-loss', { kind: 'loss', nodes: [], description: 'loss' }],
      [400, 0, 'ok', 'read'],
    ]),
  )

  it('names the faults active at an instant', () => {
    expect(activeFaults(windows, 50)).toEqual([])
    expect(activeFaults(windows, 120).map((w) => w.kind)).toEqual(['partition'])
    expect(activeFaults(windows, 160).map((w) => w.kind)).toEqual(['partition', 'loss'])
    expect(activeFaults(windows, 300).map((w) => w.kind)).toEqual(['loss'])
  })

  it('and those overlapping an interval', () => {
    expect(overlappingFaults(windows, 0, 100).map((w) => w.kind)).toEqual(['partition'])
    expect(overlappingFaults(windows, 201, 250).map((w) => w.kind)).toEqual(['loss'])
  })
})
