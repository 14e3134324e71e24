/**
 * The busiest sender (stop 22): which server node, in the last second of node-to-node
 * traffic, sent to the most other servers (ties: more messages, then the lower id). In a
 * leader-based design that is the leader: it sends heartbeats or entries to every follower,
 * while a follower answers the leader and forwards to it. Nothing here reads message names or
 * bodies, so it works for any protocol; in a leaderless one it is simply some node.
 *
 * The partition fault uses it when a stage sets `extra.partitionTarget: busiest` (Jepsen's
 * partition nemesis has the same idea as its `primaries` target, which asks the database who
 * leads): the cut-off side of a split always holds the busiest sender, so a stage that must
 * cut the leader off does so on every split instead of by chance (measured before: 6 of 24
 * splits over six loaded seeds of raft/partitions had the leader on the cut-off side).
 *
 * Guarantees: only `send` events between two servers count; the window ends at the latest
 * send seen (journal time, nanoseconds), so in simulated time the answer is a function of the
 * journal and replays with the seed. Does not: guess when nothing was sent in the window
 * (undefined: the fault then draws at random, as without a target).
 */
import type { JournalEvent } from '../network/index.js'
import { sortNodes } from './schedule.js'

/** The window the busiest sender is measured over. */
export const BUSIEST_WINDOW_NS = 1_000_000_000

interface Send {
  time: number
  src: string
  dest: string
}

export class BusiestSender {
  /** Sends within the window, oldest first. */
  private readonly sends: Send[] = []
  private start = 0

  constructor(
    private readonly servers: ReadonlySet<string>,
    private readonly windowNs = BUSIEST_WINDOW_NS,
  ) {}

  observe(event: JournalEvent): void {
    if (event.type !== 'send') {
      return
    }
    const { src, dest } = event.message
    if (src === dest || !this.servers.has(src) || !this.servers.has(dest)) {
      return
    }
    this.sends.push({ time: event.time, src, dest })
    this.trim(event.time)
  }

  /** The node that sent to the most other servers within the window, or undefined. */
  busiest(): string | undefined {
    const last = this.sends[this.sends.length - 1]
    if (last === undefined) {
      return undefined
    }
    this.trim(last.time)
    const dests = new Map<string, Set<string>>()
    const counts = new Map<string, number>()
    for (let i = this.start; i < this.sends.length; i++) {
      const send = this.sends[i] as Send
      let set = dests.get(send.src)
      if (set === undefined) {
        set = new Set()
        dests.set(send.src, set)
      }
      set.add(send.dest)
      counts.set(send.src, (counts.get(send.src) ?? 0) + 1)
    }
    // Walk in id order and replace only on strictly more: a tie keeps the lower id.
    let best: string | undefined
    let bestKey: [number, number] = [-1, -1]
    for (const src of sortNodes(dests.keys())) {
      const key: [number, number] = [(dests.get(src) as Set<string>).size, counts.get(src) ?? 0]
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
        best = src
        bestKey = key
      }
    }
    return best
  }

  private trim(now: number): void {
    const from = now - this.windowNs
    while (this.start < this.sends.length && (this.sends[this.start] as Send).time < from) {
      this.start++
    }
    // Drop the consumed prefix now and then, so memory stays one window's worth.
    if (this.start > 4096 && this.start * 2 > this.sends.length) {
      this.sends.splice(0, this.start)
      this.start = 0
    }
  }
}
