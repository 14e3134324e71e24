/**
 * The run's journal sink: every event goes to `journal.jsonl` (bounded memory, FileJournal),
 * is folded into the net statistics (probe clients left out), optionally logged
 * (--log-net-send / --log-net-recv), replies checked against the caller's RPC shapes, and the
 * first events are kept for report.html; `watch` lets a fault package see every event as it
 * happens (leader-chase).
 */
import { join } from 'node:path'
import { NetCounter } from '../checkers/index.js'
import type { JournalEvent } from '../network/index.js'
import { FileJournal, type JournalSink } from '../network/index.js'
import type { Logger } from '../shared/index.js'
import type { ReplyChecker } from './replies.js'

export const REPORT_JOURNAL_EVENTS = 5000

export class RunJournal implements JournalSink {
  readonly head: JournalEvent[] = []
  readonly net: NetCounter
  private readonly file: FileJournal
  /** Listeners of every event (a fault package following the nodes' messages). */
  private readonly watchers = new Set<(event: JournalEvent) => void>()

  constructor(
    runDir: string,
    ignore: (id: string) => boolean,
    private readonly log: { send: boolean; recv: boolean; logger: Logger },
    private readonly replies?: ReplyChecker,
  ) {
    this.file = new FileJournal(join(runDir, 'journal.jsonl'))
    this.net = new NetCounter(ignore)
  }

  write(event: JournalEvent): void {
    this.file.write(event)
    this.net.add(event)
    this.replies?.add(event)
    if (this.head.length < REPORT_JOURNAL_EVENTS) {
      this.head.push(event)
    }
    this.watchers.forEach((watcher) => watcher(event))
    if ((this.log.send && event.type === 'send') || (this.log.recv && event.type === 'deliver')) {
      this.log.logger.info(`net ${event.type}: ${JSON.stringify(event.message)}`)
    }
  }

  /** Call `listener` with every event from now on; returns "stop watching". */
  watch(listener: (event: JournalEvent) => void): () => void {
    this.watchers.add(listener)
    return () => this.watchers.delete(listener)
  }

  close(): void {
    this.watchers.clear()
    this.file.close()
  }
}
