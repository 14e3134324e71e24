import { describe, expect, it } from 'vitest'
import { checkJobOutputs, completionFigures } from '../../src/checkers/mapreduce.js'

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
