// Availability and latency read with and without fault windows: an op overlapping a fault
// window counts as "during faults", every other op as "outside faults".
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitByFaults } from '../../src/checkers/basic/fault-split.js'
import type { Op } from '../../src/history/types.js'
import type { Body, Envelope } from '../../src/protocol/types.js'
import type { SimNodeContext } from '../../src/sim/contract.js'
import type { FaultWindow } from '../../src/history/windows.js'
import { runTest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import { testOptions } from '../helpers/run-options.js'
import { simBroadcast } from '../helpers/sim-nodes.js'

const MS = 1e6

function pair(process: number, startMs: number, endMs: number, type: 'ok' | 'info'): Op[] {
  return [
    { index: 0, time: startMs * MS, process, type: 'invoke', f: 'read' },
    { index: 0, time: endMs * MS, process, type, f: 'read' },
  ]
}

describe('splitByFaults', () => {
  it('separates ops that overlap a fault window from the others', () => {
    const history = [
      ...pair(0, 0, 10, 'ok'), // before the fault
      ...pair(1, 90, 5100, 'info'), // overlaps the fault, timed out
      ...pair(2, 150, 170, 'ok'), // inside the fault
      ...pair(3, 300, 304, 'ok'), // after the fault
    ].map((op, index) => ({ ...op, index }))
    const window: FaultWindow = {
      kind: 'partition',
      nodes: ['n1'],
      startNs: 100 * MS,
      endNs: 200 * MS,
      description: 'n1 was isolated',
      healed: true,
    }
    const split = splitByFaults(history, [window])
    expect(split.all).toMatchObject({ ops: 4, okFraction: 0.75 })
    expect(split.duringFaults).toMatchObject({ ops: 2, okFraction: 0.5 })
    expect(split.duringFaults.latencyMs?.['0.5']).toBe(20)
    expect(split.outsideFaults).toMatchObject({ ops: 2, okFraction: 1 })
    expect(split.outsideFaults.latencyMs?.['1']).toBe(10)
    expect(splitByFaults(history, []).duringFaults.ops).toBe(0)
  })

  it('is written to results.json by a run with faults', async () => {
    const outcome = await runTest({
      options: testOptions({
        workload: 'broadcast',
        nodeIds: ['n1', 'n2', 'n3'],
        timeLimitS: 20,
        rate: 20,
        latencyMs: 20,
        nemesis: ['partition'],
        nemesisIntervalS: 3,
        seed: 5,
      }),
      storeDir: mkdtempSync(join(tmpdir(), 'fault-split-')),
      logger: silentLogger,
      nodes: { kind: 'in-process', factory: simBroadcast() },
      clock: 'virtual',
      writeReport: false,
    })
    const availability = outcome.results.availability as Record<
      string,
      { ops: number; okFraction: number }
    >
    expect(availability.duringFaults?.ops).toBeGreaterThan(0)
    expect(availability.outsideFaults?.ops).toBeGreaterThan(0)
    expect((availability.duringFaults?.ops ?? 0) + (availability.outsideFaults?.ops ?? 0)).toBe(
      (outcome.results.stats as { count: number }).count,
    )
    expect(outcome.results.latencyMs).toHaveProperty('duringFaults')
  })
})

describe('the one-sentence verdict', () => {
  it('names a fault that was active while the evidence happened', async () => {
    // A broadcast node that keeps its own values and never gossips: values are lost, and the
    // evidence spans the partitions of the run.
    const selfish = () => {
      const seen: unknown[] = []
      return {
        receive(message: Envelope, ctx: SimNodeContext) {
          const body = message.body
          const answer = (extra: Record<string, unknown>) =>
            ctx.send({
              src: ctx.nodeId,
              dest: message.src,
              body: { ...extra, in_reply_to: body.msg_id } as Body,
            })
          if (body.type === 'init') {
            answer({ type: 'init_ok' })
          } else if (body.type === 'topology') {
            answer({ type: 'topology_ok' })
          } else if (body.type === 'broadcast') {
            seen.push(body.message)
            answer({ type: 'broadcast_ok' })
          } else if (body.type === 'read') {
            answer({ type: 'read_ok', messages: seen })
          }
        },
      }
    }
    const outcome = await runTest({
      options: testOptions({
        workload: 'broadcast',
        nodeIds: ['n1', 'n2', 'n3'],
        timeLimitS: 10,
        rate: 10,
        nemesis: ['partition'],
        nemesisIntervalS: 2,
        seed: 2,
      }),
      storeDir: mkdtempSync(join(tmpdir(), 'fault-reason-')),
      logger: silentLogger,
      nodes: { kind: 'in-process', factory: selfish },
      clock: 'virtual',
      writeReport: false,
    })
    expect(outcome.valid).toBe(false)
    expect(outcome.reason).toMatch(/was lost: .* While this happened: .* partitioned from .* s\)/)
  })
})
