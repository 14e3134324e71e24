/**
 * Where the network's journal goes (maelstrom-protocol.md §6.5; interfaces.md §1.2
 * `journal.jsonl`). A JournalSink receives every send, delivery, drop (with its reason) and
 * duplicate as a JournalEvent, in event order.
 *
 * - MemoryJournal keeps the events in an array (tests, scenario DSL, short runs).
 * - FileJournal appends one JSON object per line to a file, buffering at most
 *   `bufferCharsMax` characters in memory before a synchronous write, so memory stays bounded
 *   however long the run; `close()` flushes and closes the file.
 * - nullJournal discards everything (benchmarks).
 *
 * A sink never throws on learner data: bodies are whatever JSON the node sent.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import type { Envelope } from '../protocol/index.js'
import type { JournalEvent } from './contract.js'

export interface JournalSink {
  write(event: JournalEvent): void
  /** Flush and release resources. Writing after close is ignored. */
  close(): void
}

export class MemoryJournal implements JournalSink {
  readonly events: JournalEvent[] = []
  closed = false

  write(event: JournalEvent): void {
    if (!this.closed) {
      this.events.push(event)
    }
  }

  close(): void {
    this.closed = true
  }
}

export const nullJournal: JournalSink = {
  write() {},
  close() {},
}

/** 256 KiB of text before a write: few system calls, bounded memory. */
const DEFAULT_BUFFER_CHARS_MAX = 256 * 1024

export class FileJournal implements JournalSink {
  private fd: number | undefined
  private readonly parts: string[] = []
  private bufferedChars = 0
  private eventCount = 0
  private readonly serialized = new WeakMap<Envelope, string>()

  constructor(
    readonly path: string,
    private readonly bufferCharsMax = DEFAULT_BUFFER_CHARS_MAX,
  ) {
    this.fd = openSync(path, 'w')
  }

  /** Events written so far (including those still in the buffer). */
  get count(): number {
    return this.eventCount
  }

  write(event: JournalEvent): void {
    if (this.fd === undefined) {
      return
    }
    const line = this.serialize(event)
    this.parts.push(line)
    this.bufferedChars += line.length
    this.eventCount++
    if (this.bufferedChars >= this.bufferCharsMax) {
      this.flush()
    }
  }

  /**
   * One JSON line. A message is serialized once and reused for its delivery and duplicate
   * events (the simulator passes the same envelope object), which halves the cost.
   */
  private serialize(event: JournalEvent): string {
    let message = this.serialized.get(event.message)
    if (message === undefined) {
      message = JSON.stringify(event.message)
      this.serialized.set(event.message, message)
    }
    const reason = event.reason === undefined ? '' : `,"reason":"${event.reason}"`
    return `{"seq":${event.seq},"time":${event.time},"type":"${event.type}"${reason},"message":${message}}\n`
  }

  flush(): void {
    if (this.fd === undefined || this.parts.length === 0) {
      return
    }
    writeSync(this.fd, this.parts.join(''))
    this.parts.length = 0
    this.bufferedChars = 0
  }

  close(): void {
    if (this.fd === undefined) {
      return
    }
    this.flush()
    closeSync(this.fd)
    this.fd = undefined
  }
}

/** Read a journal.jsonl back (tests, `net` statistics after a run, the message diagram). */
export function parseJournal(text: string): JournalEvent[] {
  const events: JournalEvent[] = []
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      events.push(JSON.parse(line) as JournalEvent)
    }
  }
  return events
}

/**
 * The first `maxEvents` events of a journal file, reading at most `maxBytes` (a journal can
 * hold hundreds of MB; reports only draw its head). A torn last line is ignored.
 */
export function readJournalHead(
  path: string,
  maxEvents: number,
  maxBytes = 8 * 1024 * 1024,
): JournalEvent[] {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return []
  }
  try {
    const buffer = Buffer.alloc(maxBytes)
    const length = readSync(fd, buffer, 0, maxBytes, 0)
    const lines = buffer.toString('utf8', 0, length).split('\n')
    if (length === maxBytes) {
      lines.pop()
    }
    const events: JournalEvent[] = []
    for (const line of lines) {
      if (events.length >= maxEvents) {
        break
      }
      if (line.trim() !== '') {
        events.push(JSON.parse(line) as JournalEvent)
      }
    }
    return events
  } finally {
    closeSync(fd)
  }
}
