/**
 * Maelstrom's `net` checker, folded from the journal: send / receive / unique message
 * counts over all messages, over messages with a client end, and over messages between
 * servers (and services), plus messages per client operation. Always valid: it measures.
 * Ids for which `ignore` is true (unrecorded probe clients) are left out.
 */
import type { JournalEvent, NetStats, NetStatsPart } from '../../network/contract.js'

function zero(): NetStatsPart {
  return { sendCount: 0, recvCount: 0, msgCount: 0 }
}

export function netStats(
  journal: Iterable<JournalEvent>,
  clientOps: number,
  ignore: (id: string) => boolean = () => false,
): NetStats & { valid: true } {
  const parts = { all: zero(), clients: zero(), servers: zero() }
  for (const event of journal) {
    const { src, dest } = event.message
    if (ignore(src) || ignore(dest)) {
      continue
    }
    const part = src.startsWith('c') || dest.startsWith('c') ? parts.clients : parts.servers
    for (const p of [parts.all, part]) {
      if (event.type === 'send') {
        p.sendCount++
        p.msgCount++
      } else if (event.type === 'deliver') {
        p.recvCount++
      }
    }
  }
  for (const p of Object.values(parts)) {
    p.msgsPerOp = clientOps > 0 ? p.msgCount / clientOps : 0
  }
  return { valid: true, ...parts }
}
