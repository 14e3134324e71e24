/**
 * Learner replies checked during the run against the RPC shapes the caller passes in (a
 * track's `rpc/*.schema.json`, through `RunRequest.validateReply`): every message a server
 * node sends to a client, as the network journals it. A mismatch is a value with one teaching
 * sentence (which field, what was expected, what came), the node and the line; the count is
 * the metric `rpc.mismatchCount`. Nothing is re-read from disk and no line is skipped.
 */
import type { JournalEvent } from '../network/index.js'
import type { ReplyCheck } from '../results/index.js'
import { truncate } from '../shared/index.js'

/** Checks one reply body; null when it fits the shapes. */
export type ReplyValidator = (body: Record<string, unknown>) => { message: string } | null

const MAX_KEPT = 5

function isClient(id: string): boolean {
  return /^c\d+$/.test(id)
}

export class ReplyChecker {
  private readonly check: ReplyCheck = { checkedCount: 0, mismatchCount: 0, mismatches: [] }

  constructor(private readonly validate: ReplyValidator) {}

  /** Feed one journal event; only server → client sends are checked. */
  add(event: JournalEvent): void {
    const { src, dest, body } = event.message
    if (event.type !== 'send' || !isClient(dest) || isClient(src)) {
      return
    }
    this.check.checkedCount++
    const mismatch = this.validate(body as Record<string, unknown>)
    if (mismatch === null) {
      return
    }
    this.check.mismatchCount = (this.check.mismatchCount ?? 0) + 1
    if (this.check.mismatches.length < MAX_KEPT) {
      this.check.mismatches.push({
        node: src,
        message: mismatch.message,
        line: truncate(JSON.stringify(body), 160),
      })
    }
  }

  result(): ReplyCheck {
    return { ...this.check, mismatches: [...this.check.mismatches] }
  }
}
