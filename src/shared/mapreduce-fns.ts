/**
 * The pure core of track 15's planned `mapreduce` workload and `compute` service: the job
 * functions (`word-count`, `inverted-index`, `grep:<word>`) split into a map phase and a
 * reduce phase, seeded input text, the sequential result a job's output must equal, and the
 * first differing key between two outputs (a checker's diff evidence).
 *
 * Used by the compute service (services/compute.ts), the `mapreduce` workload and its checker
 * (checkers/mapreduce.ts).
 *
 * Call shapes (the concept pages' `compute {fn, phase, input}` → `compute_ok {result}`):
 * - map: `input` = `{chunk: string, doc: string}` → `result` = `[key, value][]` pairs.
 * - reduce: `input` = `{key: string, values: unknown[]}` → `result` = the key's output value.
 * A job's output is an object from key to reduced value.
 */
/** The one Random method input generation needs (shared/ does not import network/). */
export interface Picker {
  pick<T>(items: readonly T[]): T
}

export type Pair = [key: string, value: unknown]
export type JobOutput = Record<string, unknown>

/** Job function names; `grep:` is followed by the word to search for. */
export const JOB_FNS = ['word-count', 'inverted-index', 'grep:<word>'] as const

/** A parsed job function, or an error text naming what is wrong with `fn`. */
export type ParsedFn =
  { kind: 'word-count' } | { kind: 'inverted-index' } | { kind: 'grep'; word: string }

export function parseFn(fn: unknown): ParsedFn | string {
  if (fn === 'word-count') {
    return { kind: 'word-count' }
  }
  if (fn === 'inverted-index') {
    return { kind: 'inverted-index' }
  }
  if (typeof fn === 'string' && fn.startsWith('grep:')) {
    const word = fn.slice('grep:'.length)
    if (/^[a-z]+$/.test(word)) {
      return { kind: 'grep', word }
    }
    return `grep needs one lower-case word after "grep:", got ${JSON.stringify(fn)}`
  }
  return `unknown job function ${JSON.stringify(fn)} (expected word-count, inverted-index or grep:<word>)`
}

/** Lower-case words of a text: maximal runs of a–z. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? []
}

/** The map phase over one input document named `doc`. */
export function mapPhase(fn: ParsedFn, doc: string, chunk: string): Pair[] {
  switch (fn.kind) {
    case 'word-count':
      return words(chunk).map((word): Pair => [word, 1])
    case 'inverted-index':
      return [...new Set(words(chunk))].map((word): Pair => [word, doc])
    case 'grep': {
      const lines = chunk.split('\n').filter((line) => words(line).includes(fn.word))
      return lines.length === 0 ? [] : [[doc, lines.length]]
    }
  }
}

/**
 * The reduce phase over one key's values (from any number of map tasks, in any order): the
 * result never depends on the order, so re-executed or backup tasks cannot change it as long
 * as each map task's pairs are counted once.
 */
export function reducePhase(fn: ParsedFn, values: readonly unknown[]): unknown {
  switch (fn.kind) {
    case 'word-count':
    case 'grep':
      return values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0)
    case 'inverted-index':
      return [
        ...new Set(values.filter((value): value is string => typeof value === 'string')),
      ].sort()
  }
}

/** The sequential result: every input mapped, pairs grouped by key, every group reduced. */
export function sequentialResult(
  fn: ParsedFn,
  inputs: Readonly<Record<string, string>>,
): JobOutput {
  const groups = new Map<string, unknown[]>()
  for (const [doc, chunk] of Object.entries(inputs)) {
    for (const [key, value] of mapPhase(fn, doc, chunk)) {
      const group = groups.get(key)
      if (group === undefined) {
        groups.set(key, [value])
      } else {
        group.push(value)
      }
    }
  }
  const output: JobOutput = {}
  for (const key of [...groups.keys()].sort()) {
    output[key] = reducePhase(fn, groups.get(key) ?? [])
  }
  return output
}

/**
 * The compute units a job needs at the least: every document mapped once (its words, at least
 * 1) and every key reduced once (its values, at least 1) — what the compute service charges
 * (`msPerUnit` × units, ± 10 %) for the job done with no task run twice.
 */
export function jobWorkUnits(fn: ParsedFn, inputs: Readonly<Record<string, string>>): number {
  const valueCounts = new Map<string, number>()
  let units = 0
  for (const [doc, chunk] of Object.entries(inputs)) {
    units += Math.max(1, words(chunk).length)
    for (const [key] of mapPhase(fn, doc, chunk)) {
      valueCounts.set(key, (valueCounts.get(key) ?? 0) + 1)
    }
  }
  for (const count of valueCounts.values()) {
    units += Math.max(1, count)
  }
  return units
}

/** A word of the input vocabulary (for `grep:<word>` jobs). */
export function pickWord(random: Picker): string {
  return random.pick(VOCABULARY)
}

/** The first key (in sorted order) where two outputs differ, with both sides; null if equal. */
export interface OutputDifference {
  key: string
  expected: unknown
  got: unknown
}

export function firstDifference(expected: JobOutput, got: JobOutput): OutputDifference | null {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort()
  for (const key of keys) {
    const want = Object.hasOwn(expected, key) ? expected[key] : undefined
    const have = Object.hasOwn(got, key) ? got[key] : undefined
    if (JSON.stringify(want) !== JSON.stringify(have)) {
      return { key, expected: want, got: have }
    }
  }
  return null
}

/** Vocabulary for generated text: small enough that words repeat across chunks. */
const VOCABULARY = [
  'apple',
  'river',
  'stone',
  'cloud',
  'lamp',
  'paper',
  'tiger',
  'garden',
  'window',
  'silver',
  'orbit',
  'maple',
  'harbor',
  'candle',
  'meadow',
  'falcon',
  'copper',
  'valley',
  'thunder',
  'echo',
  'lantern',
  'pepper',
  'glacier',
  'violet',
  'anchor',
  'cobalt',
  'willow',
  'ember',
  'summit',
  'quartz',
] as const

/**
 * Seeded input documents `doc-0` … `doc-(count-1)`, each `lines` lines of `wordsPerLine`
 * words drawn from a fixed vocabulary (so word-count and grep keys recur across documents).
 */
export function generateInputs(
  random: Picker,
  count: number,
  lines = 8,
  wordsPerLine = 10,
): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    const text: string[] = []
    for (let line = 0; line < lines; line++) {
      const row: string[] = []
      for (let w = 0; w < wordsPerLine; w++) {
        row.push(random.pick(VOCABULARY))
      }
      text.push(row.join(' '))
    }
    inputs[`doc-${i}`] = text.join('\n')
  }
  return inputs
}
