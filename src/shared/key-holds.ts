/**
 * Key holds (issue 18, stop 23): a per-run list of keys whose writes the workload must not
 * send for a while. The runner makes one per run and hands it to both sides: the nemesis
 * (the Figure 8 steer of `dsgrade explore`) holds and releases keys, the workload's generator
 * asks `isHeld` before it sends a write. It is plain state in the run's one thread: no clock,
 * no randomness, so a run in simulated time replays the same holds at the same instants.
 *
 * Why it exists: an exploration that steers a fault around one key's first write needs that
 * key to keep the value the write left until the fault has played out; links and kills cannot
 * keep the clients from writing it (they reach every node). Does not: record anything (the
 * holder records its holds as nemesis operations), nor judge; no graded stage holds a key.
 */

/** What a generator may ask (it never holds a key itself). */
export interface KeyHoldsView {
  /** Whether writes of `key` are held now (keys compare as strings: 3 and "3" are one key). */
  isHeld(key: unknown): boolean
}

export class KeyHolds implements KeyHoldsView {
  private readonly reasons = new Map<string, string>()

  /** Hold writes of `key` (replaces the reason of a hold already in place). */
  hold(key: unknown, reason: string): void {
    this.reasons.set(String(key), reason)
  }

  /** Release `key`; returns whether it was held. */
  release(key: unknown): boolean {
    return this.reasons.delete(String(key))
  }

  isHeld(key: unknown): boolean {
    return this.reasons.has(String(key))
  }

  /** Why `key` is held, or undefined. */
  reason(key: unknown): string | undefined {
    return this.reasons.get(String(key))
  }

  /** The keys held now, in the order they were held. */
  held(): string[] {
    return [...this.reasons.keys()]
  }
}
