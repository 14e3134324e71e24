/**
 * The one source of harness-side randomness. Deterministic given the seed.
 *
 * Every random decision of a run (operation mix, values, pacing, latencies, drops,
 * duplicates, fault schedules) draws from a Random derived from the run's seed. Streams
 * are *forked by label* (`random.fork('net:n1->n2')`) so that a different interleaving on
 * one path does not reshuffle the decisions on every other path (style.md §3.5 model 4).
 *
 * Generator: sfc32 (Small Fast Counter, 128-bit state), seeded through splitmix32 from the
 * seed and an FNV-1a hash of the label. Not cryptographic; fast and well distributed.
 * Nothing outside this file may call Math.random.
 */

const UINT32 = 0x1_0000_0000

function splitmix32(state: number): () => number {
  let s = state >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** Largest seed accepted on the command line (fits a double exactly). */
export const SEED_MAX = Number.MAX_SAFE_INTEGER

export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  /** @param seed a non-negative integer ≤ SEED_MAX; @param label the stream's name */
  constructor(
    readonly seed: number,
    readonly label = '',
  ) {
    const low = (seed % UINT32) >>> 0
    const high = Math.floor(seed / UINT32) >>> 0
    const mix = splitmix32(low ^ fnv1a(label, high ^ 0x811c9dc5))
    this.a = mix()
    this.b = mix()
    this.c = mix()
    this.d = mix()
    for (let i = 0; i < 12; i++) {
      this.nextUint32()
    }
  }

  /** A new independent stream named `label`, derived from this stream's seed and label. */
  fork(label: string): Random {
    return new Random(this.seed, this.label === '' ? label : `${this.label}/${label}`)
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.nextUint32() / UINT32
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    if (maxExclusive <= 0) {
      return 0
    }
    return Math.floor(this.float() * maxExclusive)
  }

  /** Uniform integer in [low, highExclusive). */
  intBetween(low: number, highExclusive: number): number {
    return low + this.int(highExclusive - low)
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return probability > 0 && this.float() < probability
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('pick from an empty list')
    }
    return items[this.int(items.length)] as T
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice()
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      const tmp = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = tmp
    }
    return copy
  }
}

/** A fresh seed for a run that was not given one. The only non-seeded randomness. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31)
}
