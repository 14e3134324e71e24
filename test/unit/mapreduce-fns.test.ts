import { describe, expect, it } from 'vitest'
import { Random } from '../../src/network/index.js'
import {
  firstDifference,
  generateInputs,
  mapPhase,
  parseFn,
  reducePhase,
  sequentialResult,
} from '../../src/shared/mapreduce-fns.js'
import type { ParsedFn } from '../../src/shared/mapreduce-fns.js'

const fn = (text: string): ParsedFn => {
  const parsed = parseFn(text)
  if (typeof parsed === 'string') {
    throw new Error(parsed)
  }
  return parsed
}

describe('mapreduce job functions', () => {
  const inputs = { a: 'the cat\nthe dog', b: 'a cat sat' }

  it('word-count counts every word over all inputs', () => {
    expect(sequentialResult(fn('word-count'), inputs)).toEqual({
      a: 1,
      cat: 2,
      dog: 1,
      sat: 1,
      the: 2,
    })
  })

  it('inverted-index lists each word’s documents once, sorted', () => {
    expect(sequentialResult(fn('inverted-index'), inputs)).toMatchObject({
      cat: ['a', 'b'],
      the: ['a'],
    })
  })

  it('grep counts matching lines per document', () => {
    expect(sequentialResult(fn('grep:cat'), { a: 'cat\ncat cat\ndog', b: 'dog' })).toEqual({ a: 2 })
  })

  it('rejects unknown functions with a message naming them', () => {
    expect(parseFn('sort')).toMatch(/unknown job function "sort"/)
    expect(parseFn('grep:')).toMatch(/one lower-case word/)
  })

  it('map then grouped reduce in any order equals the sequential result', () => {
    const generated = generateInputs(new Random(7, 'inputs'), 6)
    for (const name of ['word-count', 'inverted-index', 'grep:river']) {
      const parsed = fn(name)
      const groups = new Map<string, unknown[]>()
      for (const doc of Object.keys(generated).reverse()) {
        for (const [key, value] of mapPhase(parsed, doc, generated[doc] ?? '')) {
          groups.set(key, [...(groups.get(key) ?? []), value])
        }
      }
      const output = Object.fromEntries(
        [...groups].map(([key, values]) => [key, reducePhase(parsed, values)]),
      )
      expect(firstDifference(sequentialResult(parsed, generated), output)).toBeNull()
    }
  })

  it('a map task counted twice is caught, naming the first differing key', () => {
    const parsed = fn('word-count')
    const twice = sequentialResult(parsed, { ...inputs, c: inputs.a })
    expect(firstDifference(sequentialResult(parsed, inputs), twice)).toEqual({
      key: 'cat',
      expected: 2,
      got: 3,
    })
  })

  it('generated inputs are the same for the same seed and differ for another', () => {
    expect(generateInputs(new Random(1, 'x'), 3)).toEqual(generateInputs(new Random(1, 'x'), 3))
    expect(generateInputs(new Random(1, 'x'), 3)).not.toEqual(generateInputs(new Random(2, 'x'), 3))
  })
})
