/**
 * The run's journal sink: every event goes to `journal.jsonl` (bounded memory, FileJournal),
 * is folded into the net statistics (probe clients left out), optionally logged
 * (--log-net-send / --log-net-recv), replies checked against the caller's RPC shapes, and the
 * first events are kept for report.html.
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
    if ((this.log.send && event.type === 'send') || (this.log.recv && event.type === 'deliver')) {
      this.log.logger.info(`net ${event.type}: ${JSON.stringify(event.message)}`)
    }
  }

  close(): void {
    this.file.close()
  }
}
