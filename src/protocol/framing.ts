/**
 * Newline framing for a byte stream (a node's stdout or stderr): `feed(chunk)` returns the
 * complete lines and keeps the partial tail; `end()` returns a final unterminated tail.
 *
 * Guarantees:
 * - splits on the byte `\n` before decoding, so a multi-byte UTF-8 character split across
 *   chunks is decoded whole; a trailing `\r` (CRLF) is removed;
 * - memory stays bounded: a line longer than `maxLineBytes` is reported once through
 *   `onLineTooLong` (with its first `headBytes` bytes) and the rest of it is discarded up to
 *   the next newline, so a 50 MB line with no newline costs at most `maxLineBytes`.
 *
 * It does not parse JSON, does not know about processes and has no timers.
 */

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024
export const DEFAULT_HEAD_BYTES = 200

export interface LineTooLong {
  /** The first bytes of the line, decoded (a cut character may show as U+FFFD). */
  head: string
  /** The limit that was exceeded. */
  maxLineBytes: number
}

export interface LineFramerOptions {
  maxLineBytes?: number
  /** How many bytes of an oversized line to keep for the report. */
  headBytes?: number
  /** Called once per oversized line, at the moment the limit is exceeded. */
  onLineTooLong?: (event: LineTooLong) => void
}

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d

export class LineFramer {
  readonly maxLineBytes: number
  private readonly headBytes: number
  private readonly onLineTooLong: ((event: LineTooLong) => void) | undefined
  private parts: Buffer[] = []
  private pendingBytes = 0
  /** True while skipping the rest of an oversized line. */
  private discarding = false
  private oversizedCount = 0

  constructor(options: LineFramerOptions = {}) {
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
    this.headBytes = options.headBytes ?? DEFAULT_HEAD_BYTES
    this.onLineTooLong = options.onLineTooLong
  }

  /** How many oversized lines were seen so far. */
  get oversizedLines(): number {
    return this.oversizedCount
  }

  /** Bytes currently held for an unfinished line. */
  get bufferedBytes(): number {
    return this.pendingBytes
  }

  /** Feed a chunk; returns every line it completes (without the newline). */
  feed(chunk: Buffer): string[] {
    const lines: string[] = []
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start)
      if (newline === -1) {
        this.take(chunk.subarray(start))
        return lines
      }
      if (this.pendingBytes === 0 && !this.discarding && newline - start <= this.maxLineBytes) {
        lines.push(decodeLine(chunk.subarray(start, newline)))
      } else {
        this.take(chunk.subarray(start, newline))
        const line = this.finishLine()
        if (line !== undefined) {
          lines.push(line)
        }
      }
      start = newline + 1
    }
  }

  /** The final unterminated tail, if any (the stream ended without a newline). */
  end(): string | undefined {
    if (this.discarding) {
      this.discarding = false
      return undefined
    }
    if (this.pendingBytes === 0) {
      return undefined
    }
    return this.finishLine()
  }

  /** Append a piece of the current line, switching to discard mode past the limit. */
  private take(piece: Buffer): void {
    if (piece.length === 0 || this.discarding) {
      return
    }
    if (this.pendingBytes + piece.length <= this.maxLineBytes) {
      // a copy: the stream may reuse the chunk's memory, and a small tail must not pin it
      this.parts.push(Buffer.from(piece))
      this.pendingBytes += piece.length
      return
    }
    const held = [...this.parts, piece]
    const head = Buffer.concat(held, Math.min(this.headBytes, this.pendingBytes + piece.length))
    this.parts = []
    this.pendingBytes = 0
    this.discarding = true
    this.oversizedCount++
    this.onLineTooLong?.({ head: head.toString('utf8'), maxLineBytes: this.maxLineBytes })
  }

  /** A newline was seen: return the line, or undefined when it was an oversized one. */
  private finishLine(): string | undefined {
    if (this.discarding) {
      this.discarding = false
      return undefined
    }
    const bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)
    this.parts = []
    this.pendingBytes = 0
    return decodeLine(bytes)
  }
}

/** Decode one line's bytes as UTF-8, without a trailing CR. */
function decodeLine(bytes: Buffer): string {
  const end =
    bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN
      ? bytes.length - 1
      : bytes.length
  return bytes.toString('utf8', 0, end)
}
