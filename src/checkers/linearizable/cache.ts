/**
 * The WGL/Lowe memo: a set of (linearized-op bitset, state) configurations, as an
 * open-addressing hash table (linear probing, load ≤ 0.5) over typed-array arenas.
 *
 * Keys arrive with a two-lane 32-bit Zobrist hash of the bitset maintained incrementally by
 * the search, so inserting costs O(1) plus one full bitset compare per tag match (the
 * compare keeps the memo exact: a hash collision can never turn into a wrong verdict).
 * No per-insert allocation; arenas double when full. It does not bound its own size: the
 * caller checks `size` against its budget.
 */

/** Below this capacity the table quadruples when full; above it, it doubles. */
const GROW_FAST_BELOW = 1 << 20

function mix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h
}

export class ConfigCache {
  size = 0
  private mask: number
  private slots: Int32Array
  private capacity: number
  private hashA: Int32Array
  private hashB: Int32Array
  private states: Int32Array
  private bits: Int32Array

  constructor(
    readonly words: number,
    initialCapacity = 4096,
  ) {
    this.capacity = initialCapacity
    this.slots = new Int32Array(initialCapacity * 2)
    this.mask = initialCapacity * 2 - 1
    this.hashA = new Int32Array(initialCapacity)
    this.hashB = new Int32Array(initialCapacity)
    this.states = new Int32Array(initialCapacity)
    this.bits = new Int32Array(initialCapacity * Math.max(1, words))
  }

  /** Bytes held by the table and arenas. */
  get bytes(): number {
    return this.slots.byteLength + this.capacity * 12 + this.bits.byteLength
  }

  /**
   * Insert (bits, state) unless present. `ha`/`hb` are the Zobrist lanes of `bits`.
   * Returns true if it was new.
   */
  add(bits: Int32Array, ha: number, hb: number, state: number): boolean {
    const keyA = ha ^ Math.imul(state + 1, 0x9e3779b1)
    const keyB = hb ^ Math.imul(state + 1, 0x7feb352d)
    const words = this.words
    let slot = mix32(keyA) & this.mask
    for (;;) {
      const stored = this.slots[slot] as number
      if (stored === 0) {
        break
      }
      const e = stored - 1
      if (this.hashA[e] === keyA && this.hashB[e] === keyB && this.states[e] === state) {
        const base = e * words
        let same = true
        for (let w = 0; w < words; w++) {
          if (this.bits[base + w] !== bits[w]) {
            same = false
            break
          }
        }
        if (same) {
          return false
        }
      }
      slot = (slot + 1) & this.mask
    }
    if (this.size >= this.capacity) {
      this.grow()
      return this.add(bits, ha, hb, state)
    }
    const e = this.size++
    this.hashA[e] = keyA
    this.hashB[e] = keyB
    this.states[e] = state
    const base = e * words
    for (let w = 0; w < words; w++) {
      this.bits[base + w] = bits[w] as number
    }
    this.slots[slot] = e + 1
    return true
  }

  private grow(): void {
    // Quadruple while small: a hard key grows from ~1 K to ~256 K entries, and fewer rehashes
    // (and fewer zero-filled arenas) measured ~14 % off the etcd corpus. Double once large, so
    // the memory budget is not spent on slack.
    const capacity = this.capacity * (this.capacity < GROW_FAST_BELOW ? 4 : 2)
    const hashA = new Int32Array(capacity)
    hashA.set(this.hashA)
    const hashB = new Int32Array(capacity)
    hashB.set(this.hashB)
    const states = new Int32Array(capacity)
    states.set(this.states)
    const bits = new Int32Array(capacity * Math.max(1, this.words))
    bits.set(this.bits)
    this.hashA = hashA
    this.hashB = hashB
    this.states = states
    this.bits = bits
    this.capacity = capacity
    this.slots = new Int32Array(capacity * 2)
    this.mask = capacity * 2 - 1
    for (let e = 0; e < this.size; e++) {
      let slot = mix32(hashA[e] as number) & this.mask
      while (this.slots[slot] !== 0) {
        slot = (slot + 1) & this.mask
      }
      this.slots[slot] = e + 1
    }
  }
}
