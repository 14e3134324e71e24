import { describe, expect, it } from 'vitest'
import {
  availableNodes,
  checkJobOutputs,
  checkMapReduce,
  completionFigures,
  waitedForPause,
} from '../../src/checkers/mapreduce.js'
import type { FaultWindow, Op } from '../../src/history/index.js'

const inputs = { a: 'the cat\nthe dog', b: 'a cat sat' }
const job = (output: unknown) => ({ id: 'j1', node: 'n0', fn: 'word-count', inputs, output })

describe('mapreduce output checker', () => {
  it('passes the sequential result', () => {
    const result = checkJobOutputs([job({ a: 1, cat: 2, dog: 1, sat: 1, the: 2 })])
    expect(result).toMatchObject({ valid: true, outputMatches: true, anomalies: [] })
  })

  it('names the first differing key of a task counted twice', () => {
    const result = checkJobOutputs([job({ a: 1, cat: 3, dog: 1, sat: 1, the: 3 })])
    expect(result.valid).toBe(false)
    expect(result.anomalies[0]).toMatchObject({
      type: 'wrong-output',
      evidence: { key: 'cat', expected: 2, got: 3 },
    })
    expect(result.anomalies[0]?.message).toMatch(/"cat".*gives 2/)
  })

  it('names a missing key and a malformed output', () => {
    expect(
      checkJobOutputs([job({ a: 1, cat: 2, dog: 1, the: 2 })]).anomalies[0]?.evidence,
    ).toMatchObject({ key: 'sat', got: undefined })
    expect(checkJobOutputs([job([1, 2])]).anomalies[0]?.type).toBe('malformed-output')
  })

  it('is unknown, never valid, with no answered job', () => {
    expect(checkJobOutputs([]).valid).toBe('unknown')
  })
})

describe('mapreduce completion figures', () => {
  it('divides completion by total work over nodes and finds the busiest node’s share', () => {
    const calls = [
      { src: 'n0', outcome: 'ok', serviceMs: 100 },
      { src: 'n1', outcome: 'ok', serviceMs: 100 },
      { src: 'n1', outcome: 'refused', serviceMs: 0 },
      { src: 'n0', outcome: 'ok', serviceMs: 200 },
    ]
    expect(completionFigures(calls, 2, 300)).toEqual({
      parallelBoundMs: 200,
      completionOverBound: 1.5,
      maxNodeShare: 0.75,
    })
  })

  it('one node doing everything on five nodes is five times the bound', () => {
    const calls = Array.from({ length: 10 }, () => ({ src: 'n0', outcome: 'ok', serviceMs: 50 }))
    expect(completionFigures(calls, 5, 500)).toMatchObject({
      completionOverBound: 5,
      maxNodeShare: 1,
    })
  })

  it('has no figure when nothing was computed', () => {
    expect(completionFigures([], 5, 500).completionOverBound).toBeNull()
  })
})

describe('mapreduce run check (generated histories with known verdicts)', () => {
  const inputs = { 'doc-0': 'the cat sat', 'doc-1': 'the dog' }
  const fn = 'word-count'
  // word-count of inputs: 5 words mapped + 4 keys reduced (the: 2 values, others 1) = 10 units.
  const right = { cat: 1, dog: 1, sat: 1, the: 2 }
  function history(outcome: 'ok' | 'info', completeMs: number, output: unknown = right): Op[] {
    const value = { id: 'job-0', fn, inputs, reducers: 2 }
    return [
      { index: 0, type: 'invoke', f: 'job', process: 0, time: 0, value, node: 'n0' },
      {
        index: 1,
        type: outcome,
        f: 'job',
        process: 0,
        time: completeMs * 1e6,
        value: outcome === 'ok' ? { id: 'job-0', output } : value,
      },
    ] as Op[]
  }
  const even = [0, 1].map((i) => ({ src: `n${i}`, outcome: 'ok', serviceMs: 50 }))
  const input = { calls: even, nodeCount: 2, msPerUnit: 10 }

  it('divides completion by the job’s own work over the nodes (10 units × 10 ms / 2 = 50 ms)', () => {
    const result = checkMapReduce(history('ok', 60), input)
    expect(result).toMatchObject({ valid: true, outputMatches: true, parallelBoundMs: 50 })
    expect(result.completionOverBound).toBeCloseTo(1.2)
    expect(result.maxNodeShare).toBe(0.5)
  })

  it('leaves out the node-time that a pause took: one of two nodes paused half the job', () => {
    // n1 paused from 0 to 50 ms of a 100 ms job: 1.5 nodes on average, bound 100 / 1.5 ms.
    const paused = history('ok', 100)
    paused.splice(
      1,
      0,
      ...([
        {
          index: 5,
          type: 'info',
          f: 'pause',
          process: 'nemesis',
          time: 0,
          value: { kind: 'pause', nodes: ['n1'] },
        },
        {
          index: 6,
          type: 'info',
          f: 'resume',
          process: 'nemesis',
          time: 50e6,
          value: { kind: 'pause', nodes: ['n1'] },
        },
      ] as Op[]),
    )
    const result = checkMapReduce(paused, input)
    expect(result.parallelBoundMs).toBeCloseTo(100 / 1.5)
    expect(result.completionOverBound).toBeCloseTo(1.5)
    expect(result.reason).toMatch(
      /over the 1\.5 of 2 nodes not paused or down on average while it ran/,
    )
    // A partition takes no compute away: the bound stays 50 ms.
    expect(
      availableNodes(
        [
          {
            kind: 'partition',
            nodes: ['n1'],
            startNs: 0,
            endNs: 100e6,
            description: '',
            healed: true,
          },
        ],
        0,
        100e6,
        2,
      ),
    ).toBe(2)
    // Never below one node.
    expect(
      availableNodes(
        [
          {
            kind: 'kill',
            nodes: ['n0', 'n1'],
            startNs: 0,
            endNs: 100e6,
            description: '',
            healed: true,
          },
        ],
        0,
        100e6,
        2,
      ),
    ).toBe(1)
  })

  it('counts a job never answered with the time its client waited, so it always misses', () => {
    const result = checkMapReduce(history('info', 500), input)
    expect(result.completionOverBound).toBe(10)
    expect(result.outputMatches).toBe('unknown')
    expect(result.reason).toMatch(/was never answered; its client gave up after 0.50 s/)
  })

  it('names the first differing key of a wrong output', () => {
    const result = checkMapReduce(history('ok', 60, { ...right, the: 1 }), input)
    expect(result.valid).toBe(false)
    expect(result.anomalies[0]?.message).toMatch(/with 1 for key "the", where .* gives 2/)
  })

  it('re-executed calls do not raise the bound; one node doing all is a share of 1', () => {
    const calls = Array.from({ length: 6 }, () => ({ src: 'n0', outcome: 'ok', serviceMs: 50 }))
    const result = checkMapReduce(history('ok', 100), { ...input, calls })
    expect(result.parallelBoundMs).toBe(50)
    expect(result.maxNodeShare).toBe(1)
  })
})

describe('mapreduce stuck jobs (never answered, compute gone quiet)', () => {
  const inputs = { 'doc-0': 'the cat sat', 'doc-1': 'the dog' }
  const value = { id: 'job-0', fn: 'word-count', inputs, reducers: 2 }
  const ms = (t: number): number => t * 1e6
  const job = (completeMs: number, type: 'ok' | 'info' = 'info'): Op[] =>
    [
      { index: 0, type: 'invoke', f: 'job', process: 0, time: 0, value, node: 'n0' },
      { index: 3, type, f: 'job', process: 0, time: ms(completeMs), value },
    ] as Op[]
  const kill = (node: string, atMs: number): Op[] =>
    [
      {
        index: 1,
        type: 'invoke',
        f: 'kill',
        process: 'nemesis',
        time: ms(atMs),
        value: { kind: 'kill', nodes: [node] },
      },
      {
        index: 2,
        type: 'invoke',
        f: 'start',
        process: 'nemesis',
        time: ms(atMs + 400),
        value: { kind: 'kill', nodes: [node] },
      },
    ] as Op[]
  const call = (src: string, phase: string, item: string, arrivedMs: number) => ({
    src,
    phase,
    item,
    outcome: 'ok',
    serviceMs: 30,
    arrivedMs,
    endMs: arrivedMs + 30,
  })
  const maps = [call('n0', 'map', 'doc-0', 10), call('n1', 'map', 'doc-1', 10)]
  const check = (history: Op[], calls: ReturnType<typeof call>[]) =>
    checkMapReduce(history, { calls, nodeCount: 2, msPerUnit: 10 })

  it('names the document whose worker was killed mid-call and never re-run', () => {
    const result = check([...job(1000), ...kill('n1', 25)], maps)
    expect(result).toMatchObject({ valid: false, jobsStuck: 1 })
    expect(result.anomalies[0]?.type).toBe('job-never-finished')
    expect(result.reason).toMatch(
      /Job job-0 \(word-count\) never completed: its map of document "doc-1" was running on n1, killed at 0.03 s, and was never re-run; its client waited 1.00 s and no compute call was made for the last 0.99 s/,
    )
  })

  it('a re-run on another node fixes the map; then a key never reduced is named', () => {
    const calls = [...maps, call('n0', 'map', 'doc-1', 50), call('n0', 'reduce', 'cat', 90)]
    const result = check([...job(1000), ...kill('n1', 25)], calls)
    expect(result.jobsStuck).toBe(1)
    expect(result.reason).toMatch(/key "dog" was never reduced \(and 2 more keys\)/)
  })

  it('every part computed, the result lost with a worker killed after its last call', () => {
    const keys = ['cat', 'dog', 'sat', 'the']
    const calls = [...maps, ...keys.map((k, i) => call(i < 2 ? 'n0' : 'n1', 'reduce', k, 50 + i))]
    // n1 finished its reduce of "the" at 0.08 s and was killed at 0.20 s, before reporting it.
    const result = check([...job(1000), ...kill('n1', 200)], calls)
    expect(result.jobsStuck).toBe(1)
    expect(result.reason).toMatch(
      /yet no job_ok was sent: n1 computed its reduce of "the" \(done at 0\.08 s\) and was killed at 0\.20 s, so its result most likely died with it and the task was never re-run/,
    )
  })

  it('a job still being computed in the second half of its wait is slow, not stuck', () => {
    const calls = [...maps, call('n0', 'map', 'doc-1', 600)]
    const result = check([...job(1000), ...kill('n1', 25)], calls)
    expect(result.jobsStuck).toBe(0)
    expect(result.anomalies).toEqual([])
  })

  it('an answered job is never stuck, whatever its calls', () => {
    const output = { cat: 1, dog: 1, sat: 1, the: 2 }
    const answered = job(1000, 'ok').map((op) =>
      op.type === 'ok' ? { ...op, value: { id: 'job-0', output } } : op,
    )
    const result = check([...answered, ...kill('n1', 25)], maps)
    expect(result).toMatchObject({ valid: true, jobsStuck: 0 })
  })
})

describe('mapreduce: a job that waited for a paused worker (evidence in the reason)', () => {
  const windows = (startMs: number, endMs: number): FaultWindow[] => [
    {
      kind: 'pause',
      nodes: ['n1'],
      startNs: startMs * 1e6,
      endNs: endMs * 1e6,
      description: '',
      healed: true,
    },
  ]
  const call = (src: string, arrivedMs: number, endMs: number) => ({
    src,
    outcome: 'ok',
    serviceMs: endMs - arrivedMs,
    arrivedMs,
    endMs,
  })
  // n1 paused at 50 ms; every other node idle from 100 ms until n1 resumed at 1600 ms.
  const calls = [call('n0', 0, 100), call('n1', 0, 100), call('n0', 1610, 1700)]
  const job = { id: 'job-2', invokeMs: 0, waitedMs: 2000 }

  it('names the idle stretch, the paused worker and its resume', () => {
    expect(waitedForPause(job, calls, windows(50, 1600))).toBe(
      'From 0.10 s to 1.61 s no node computed anything for job job-2, though it was not done: n1 was paused (SIGSTOP) from 0.05 s holding some of its tasks, and the job went on only when n1 resumed at 1.60 s. A paused worker is slow, not dead: run its tasks on another worker (a backup copy) rather than wait for it.',
    )
  })

  it('says nothing without such a pause, or when work went on well before the resume', () => {
    expect(waitedForPause(job, calls, [])).toBeUndefined()
    // the pause ended at 800 ms, yet nothing was computed until 1610 ms: not waiting for it
    expect(waitedForPause(job, calls, windows(50, 800))).toBeUndefined()
    // the pause began after the idle stretch did
    expect(waitedForPause(job, calls, windows(300, 1600))).toBeUndefined()
    // no idle stretch of WAIT_GAP_MS: the others kept computing during the pause
    const busy = [...calls, call('n2', 100, 700), call('n3', 650, 1300), call('n2', 1250, 1620)]
    expect(waitedForPause(job, busy, windows(50, 1600))).toBeUndefined()
  })
})
