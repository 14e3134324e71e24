/**
 * Learner replies checked against the track's RPC schemas (tracks/<id>/rpc/*.schema.json):
 * every message a server node sent to a client, read back from the run's journal.jsonl, whose
 * body type has a schema. A mismatch is a value with one teaching sentence (which field, what
 * was expected, what came) and the node and line; the count is the metric `rpc.mismatchCount`.
 * Reads the journal line by line; a missing journal means nothing was checked (null count).
 */
import { createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { truncate } from '../shared/index.js'
import type { RpcValidator } from '../tracks/index.js'

export interface ReplyMismatch {
  node: string
  message: string
  line: string
}

export interface ReplyCheck {
  checkedCount: number
  mismatchCount: number | null
  /** The first few mismatches, for the explanation. */
  mismatches: ReplyMismatch[]
}

const MAX_KEPT = 5

interface JournalLine {
  type?: string
  message?: { src?: unknown; dest?: unknown; body?: Record<string, unknown> }
}

function isClient(id: unknown): boolean {
  return typeof id === 'string' && /^c\d+$/.test(id)
}

export async function checkJournalReplies(
  runDir: string,
  validate: RpcValidator,
): Promise<ReplyCheck> {
  const file = join(runDir, 'journal.jsonl')
  if (!existsSync(file)) {
    return { checkedCount: 0, mismatchCount: null, mismatches: [] }
  }
  const result: ReplyCheck = { checkedCount: 0, mismatchCount: 0, mismatches: [] }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const text of lines) {
    if (!text.includes('"send"')) {
      continue
    }
    let event: JournalLine
    try {
      event = JSON.parse(text) as JournalLine
    } catch {
      continue
    }
    const message = event.message
    if (
      event.type !== 'send' ||
      message?.body === undefined ||
      !isClient(message.dest) ||
      isClient(message.src)
    ) {
      continue
    }
    result.checkedCount++
    const mismatch = validate(message.body)
    if (mismatch !== null) {
      result.mismatchCount = (result.mismatchCount ?? 0) + 1
      if (result.mismatches.length < MAX_KEPT) {
        result.mismatches.push({
          node: String(message.src),
          message: mismatch.message,
          line: truncate(JSON.stringify(message.body), 160),
        })
      }
    }
  }
  return result
}
