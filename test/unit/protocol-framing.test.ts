// LineFramer on bytes: split chunks, multi-byte UTF-8 across chunk boundaries, CRLF, oversized
// lines (reported once, discarded to the next newline, memory bounded), the final tail.
import { describe, expect, it } from 'vitest'
import { LineFramer, type LineTooLong } from '../../src/protocol/framing.js'

function feedAll(framer: LineFramer, chunks: (string | Buffer)[]): string[] {
  return chunks.flatMap((chunk) =>
    framer.feed(typeof chunk === 'string' ? Buffer.from(chunk) : chunk),
  )
}

describe('LineFramer', () => {
  it('returns complete lines and keeps the partial tail', () => {
    const framer = new LineFramer()
    expect(framer.feed(Buffer.from('{"a":1}\n{"b"'))).toEqual(['{"a":1}'])
    expect(framer.bufferedBytes).toBe(4)
    expect(framer.feed(Buffer.from(':2}\n'))).toEqual(['{"b":2}'])
    expect(framer.end()).toBeUndefined()
  })

  it('handles many lines in one chunk and one line over many chunks', () => {
    const framer = new LineFramer()
    expect(feedAll(framer, ['a\nb\nc\n'])).toEqual(['a', 'b', 'c'])
    expect(feedAll(framer, ['h', 'e', 'l', 'l', 'o', '\n'])).toEqual(['hello'])
  })

  it('keeps empty lines and strips one CR of a CRLF ending', () => {
    const framer = new LineFramer()
    expect(feedAll(framer, ['x\r\n\r\ny\r', '\nz\r\r\n'])).toEqual(['x', '', 'y', 'z\r'])
  })

  it('decodes a multi-byte UTF-8 character split across chunks', () => {
    const bytes = Buffer.from('{"v":"héllo ☃ 🎉"}\n', 'utf8')
    for (let cut = 1; cut < bytes.length - 1; cut++) {
      const framer = new LineFramer()
      const lines = feedAll(framer, [bytes.subarray(0, cut), bytes.subarray(cut)])
      expect(lines).toEqual(['{"v":"héllo ☃ 🎉"}'])
    }
    const framer = new LineFramer()
    const single = [...bytes].map((byte) => Buffer.from([byte]))
    expect(feedAll(framer, single)).toEqual(['{"v":"héllo ☃ 🎉"}'])
  })

  it('returns an unterminated tail at end, once', () => {
    const framer = new LineFramer()
    expect(framer.feed(Buffer.from('done\n{"src":"n1"'))).toEqual(['done'])
    expect(framer.end()).toBe('{"src":"n1"')
    expect(framer.end()).toBeUndefined()
  })

  it('reports an oversized line once, with its head, and resumes after the next newline', () => {
    const events: LineTooLong[] = []
    const framer = new LineFramer({ maxLineBytes: 100, onLineTooLong: (e) => events.push(e) })
    const lines = feedAll(framer, [
      'ok\n',
      'A'.repeat(60),
      'B'.repeat(60),
      'C'.repeat(500),
      'D\nnext\n',
    ])
    expect(lines).toEqual(['ok', 'next'])
    expect(events).toHaveLength(1)
    expect(events[0]!.maxLineBytes).toBe(100)
    expect(events[0]!.head).toBe('A'.repeat(60) + 'B'.repeat(60))
    expect(framer.oversizedLines).toBe(1)
  })

  it('a line of exactly the maximum passes; one byte more does not', () => {
    const events: LineTooLong[] = []
    const framer = new LineFramer({ maxLineBytes: 10, onLineTooLong: (e) => events.push(e) })
    expect(feedAll(framer, ['0123456789\n'])).toEqual(['0123456789'])
    expect(feedAll(framer, ['01234567890\n'])).toEqual([])
    expect(events).toHaveLength(1)
  })

  it('an oversized line without a newline gives no tail at end', () => {
    const framer = new LineFramer({ maxLineBytes: 10, onLineTooLong: () => {} })
    framer.feed(Buffer.from('x'.repeat(50)))
    expect(framer.end()).toBeUndefined()
  })

  it('keeps memory bounded on a 50 MB line with no newline', () => {
    let reports = 0
    const framer = new LineFramer({ onLineTooLong: () => reports++ })
    const chunk = Buffer.alloc(64 * 1024, 0x78)
    for (let i = 0; i < 800; i++) {
      framer.feed(chunk)
      expect(framer.bufferedBytes).toBeLessThanOrEqual(1024 * 1024)
    }
    expect(reports).toBe(1)
    expect(framer.feed(Buffer.from('\n{"src":"n1"}\n'))).toEqual(['{"src":"n1"}'])
  })
})
