/**
 * Elle's `wr-txns` generator, shared by txn-list-append and txn-rw-register
 * (maelstrom-protocol.md §2.8): each transaction has 1..maxTxnLength micro-ops (default 4),
 * each a read `["r", k, null]` or a write (50/50); keys come from an active pool of
 * keyCount integer keys (default 10) with an exponential distribution (key i of the pool is
 * twice as likely as key i+1); each key gets the values 1, 2, 3, … and is retired after
 * maxWritesPerKey writes (default 16), replaced in the pool by a fresh larger key. Values
 * are therefore unique per key, which the checker needs. Deterministic given the Random.
 */
import type { Random } from '../../network/index.js'
import type { TestOptions } from '../../options/index.js'

export type MicroOp = [string, number, unknown]

export const DEFAULT_KEY_COUNT = 10

export class TxnGenerator {
  private readonly pool: number[]
  private nextKey: number
  private readonly writes = new Map<number, number>()
  private readonly cumulative: number[]

  constructor(
    private readonly random: Random,
    private readonly writeF: 'append' | 'w',
    private readonly maxTxnLength: number,
    private readonly maxWritesPerKey: number,
    keyCount: number,
  ) {
    const count = Math.max(1, Math.floor(keyCount))
    this.pool = Array.from({ length: count }, (_, i) => i)
    this.nextKey = count
    let total = 0
    this.cumulative = this.pool.map((_, i) => (total += 2 ** -i))
    this.cumulative = this.cumulative.map((c) => c / total)
  }

  static fromOptions(random: Random, options: TestOptions, writeF: 'append' | 'w'): TxnGenerator {
    return new TxnGenerator(
      random,
      writeF,
      Math.max(1, options.maxTxnLength || 4),
      Math.max(1, options.maxWritesPerKey || 16),
      options.keyCount ?? DEFAULT_KEY_COUNT,
    )
  }

  private pickSlot(): number {
    const u = this.random.float()
    const slot = this.cumulative.findIndex((c) => u < c)
    return slot < 0 ? this.pool.length - 1 : slot
  }

  /** One transaction's micro-ops. */
  next(): MicroOp[] {
    const length = this.random.intBetween(1, this.maxTxnLength + 1)
    const txn: MicroOp[] = []
    for (let i = 0; i < length; i++) {
      const slot = this.pickSlot()
      const key = this.pool[slot] as number
      if (this.random.chance(0.5)) {
        txn.push(['r', key, null])
        continue
      }
      const value = (this.writes.get(key) ?? 0) + 1
      this.writes.set(key, value)
      txn.push([this.writeF, key, value])
      if (value >= this.maxWritesPerKey) {
        this.writes.delete(key)
        this.pool[slot] = this.nextKey++
      }
    }
    return txn
  }
}
