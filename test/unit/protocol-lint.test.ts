// Finding constructors (every FindingCode, teaching message + one-sentence fix, truncated
// lines) and the bounded FindingLog aggregation.
import { describe, expect, it } from 'vitest'
import type { FindingCode, ProtocolFinding } from '../../src/protocol/findings.js'
import { FindingLog, finding, truncateLine } from '../../src/protocol/lint.js'

const message = { src: 'n1', dest: 'c4', body: { type: 'echo_ok', in_reply_to: 9, echo: 'x' } }

function everyFinding(): ProtocolFinding[] {
  const long = 'q'.repeat(10_000)
  return [
    finding.notJson('n1', long),
    finding.notMessage('n1', '[1]', 'it is an array'),
    finding.badBody('n1', long, 'has no "type"'),
    finding.badMsgId('n1', long, 'msg_id', '1'),
    finding.extraFields('n1', long, ['ttl']),
    finding.lineTooLong('n1', long, 1024 * 1024),
    finding.missingNewline('n1', long),
    finding.unknownDest('n1', message),
    finding.unknownSrc('n1', message),
    finding.replyUnmatched('n1', message),
    finding.replyToGoneClient('n1', message),
    finding.badReply('n1', message, 'echo is missing'),
    finding.unknownServiceType('n1', 'lin-kv', message),
    finding.nodeExited('n1', 3, null, ['Traceback (most recent call last):', 'KeyError: x']),
    finding.stderrTruncated('n1', 16 * 1024 * 1024),
  ]
}

describe('finding constructors', () => {
  it('cover every FindingCode with a message naming the node and a one-sentence fix', () => {
    const all = everyFinding()
    const codes = new Set<FindingCode>(all.map((item) => item.code))
    expect(codes.size).toBe(15)
    for (const item of all) {
      expect(item.node).toBe('n1')
      expect(item.message).toContain('node n1')
      expect(item.fix.trim().endsWith('.')).toBe(true)
      expect(item.fix.split(/\.\s/).length).toBe(1)
      expect(item.message.length).toBeLessThan(600)
      if (item.line !== undefined) {
        expect(item.line.length).toBeLessThan(300)
      }
    }
  })

  it('teach with the evidence', () => {
    expect(finding.notJson('n2', 'hello').message).toBe(
      'node n2 printed a line that is not JSON: `hello` on stdout; stdout carries only protocol messages, one JSON object per line.',
    )
    expect(finding.lineTooLong('n1', 'abc', 1024 * 1024).message).toContain('1 MiB')
    expect(finding.nodeExited('n1', 3, null, ['KeyError: x']).message).toContain(
      'exited with status 3',
    )
    expect(finding.nodeExited('n1', null, 'SIGSEGV', []).message).toContain('signal SIGSEGV')
    expect(finding.replyToGoneClient('n1', message).message).toContain('client c4')
  })

  it('truncateLine names the limit when it cuts', () => {
    expect(truncateLine('abc')).toBe('abc')
    expect(truncateLine('x'.repeat(250))).toBe(`${'x'.repeat(200)}… (250 chars, first 200 shown)`)
  })
})

describe('FindingLog', () => {
  it('aggregates by (code, node), keeping the first line and a count', () => {
    const log = new FindingLog()
    expect(log.add(finding.notJson('n1', 'first'))).toBe(true)
    expect(log.add(finding.notJson('n1', 'second'))).toBe(false)
    log.add(finding.notJson('n2', 'other'))
    log.add(finding.badBody('n1', '{}', 'is missing'))
    const list = log.list()
    expect(list).toHaveLength(3)
    expect(list[0]).toMatchObject({ code: 'PROTO_NOT_JSON', node: 'n1', line: 'first', count: 2 })
    expect(log.count({ code: 'PROTO_NOT_JSON' })).toBe(3)
    expect(log.count({ node: 'n1' })).toBe(3)
    expect(log.has('PROTO_BAD_BODY', 'n1')).toBe(true)
    expect(log.has('PROTO_BAD_BODY', 'n2')).toBe(false)
  })

  it('stays bounded', () => {
    const log = new FindingLog(10)
    for (let i = 0; i < 1000; i++) {
      log.add(finding.notJson(`n${i}`, 'x'))
    }
    expect(log.size).toBe(10)
    expect(log.dropped).toBe(990)
  })
})
