/**
 * Maelstrom's `net` checker, folded from the journal: send / receive / unique message
 * counts over all messages, over messages with a client end, and over messages between
 * servers (and services), plus messages per client operation. Always valid: it measures.
 * Ids for which `ignore` is true (unrecorded probe clients) are left out. With no client
 * operation, messages per operation is `null` (nothing measured), never 0.
 * `NetCounter` folds events as they happen, so a long run need not keep its journal.
 */
import type { JournalEvent, NetStats, NetStatsPart } from '../../network/index.js'

function zero(): NetStatsPart {
  return { sendCount: 0, recvCount: 0, msgCount: 0 }
}

export class NetCounter {
  private readonly parts = { all: zero(), clients: zero(), servers: zero() }

  constructor(private readonly ignore: (id: string) => boolean = () => false) {}

  add(event: JournalEvent): void {
    const { src, dest } = event.message
    if (this.ignore(src) || this.ignore(dest)) {
      return
    }
    const part =
      src.startsWith('c') || dest.startsWith('c') ? this.parts.clients : this.parts.servers
    for (const p of [this.parts.all, part]) {
      if (event.type === 'send') {
        p.sendCount++
        p.msgCount++
      } else if (event.type === 'deliver') {
        p.recvCount++
      }
    }
  }

  result(clientOps: number): NetStats & { valid: true } {
    const copy = (p: NetStatsPart): NetStatsPart => ({
      ...p,
      msgsPerOp: clientOps > 0 ? p.msgCount / clientOps : null,
    })
    return {
      valid: true,
      all: copy(this.parts.all),
      clients: copy(this.parts.clients),
      servers: copy(this.parts.servers),
    }
  }
}

export function netStats(
  journal: Iterable<JournalEvent>,
  clientOps: number,
  ignore: (id: string) => boolean = () => false,
): NetStats & { valid: true } {
  const counter = new NetCounter(ignore)
  for (const event of journal) {
    counter.add(event)
  }
  return counter.result(clientOps)
}
