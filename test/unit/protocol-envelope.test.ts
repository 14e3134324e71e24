// parseEnvelope: every way a line can fail to be a message gives the right finding code, and
// valid messages come out intact (with extra top-level keys routed but reported).
import { describe, expect, it } from 'vitest'
import { encodeEnvelope, parseEnvelope } from '../../src/protocol/envelope.js'

function codeOf(line: string): string | undefined {
  return parseEnvelope(line, 'n2').finding?.code
}

describe('parseEnvelope', () => {
  it('accepts a well-formed envelope and drops the node-supplied id', () => {
    const line =
      '{"src":"n1","dest":"c1","id":7,"body":{"type":"echo_ok","in_reply_to":1,"echo":"x"}}'
    const result = parseEnvelope(line, 'n1')
    expect(result.finding).toBeUndefined()
    expect(result.envelope).toEqual({
      src: 'n1',
      dest: 'c1',
      body: { type: 'echo_ok', in_reply_to: 1, echo: 'x' },
    })
  })

  it('reports text that is not JSON, naming the node and showing the line', () => {
    const result = parseEnvelope('hello', 'n2', 12.5)
    expect(result.envelope).toBeUndefined()
    expect(result.finding).toMatchObject({
      code: 'PROTO_NOT_JSON',
      node: 'n2',
      line: 'hello',
      atMs: 12.5,
    })
    expect(result.finding!.message).toContain('node n2')
    expect(result.finding!.message).toContain('`hello`')
    expect(result.finding!.fix).toMatch(/stderr/)
  })

  it('classifies each malformed shape', () => {
    expect(codeOf('')).toBe('PROTO_NOT_JSON')
    expect(codeOf('{"src":"n1",')).toBe('PROTO_NOT_JSON')
    expect(codeOf('[1,2]')).toBe('PROTO_NOT_MESSAGE')
    expect(codeOf('null')).toBe('PROTO_NOT_MESSAGE')
    expect(codeOf('42')).toBe('PROTO_NOT_MESSAGE')
    expect(codeOf('{"dest":"c1","body":{"type":"x"}}')).toBe('PROTO_NOT_MESSAGE')
    expect(codeOf('{"src":1,"dest":"c1","body":{"type":"x"}}')).toBe('PROTO_NOT_MESSAGE')
    expect(codeOf('{"src":"n1","dest":"c1","id":"7","body":{"type":"x"}}')).toBe(
      'PROTO_NOT_MESSAGE',
    )
    expect(codeOf('{"src":"n1","dest":"c1"}')).toBe('PROTO_BAD_BODY')
    expect(codeOf('{"src":"n1","dest":"c1","body":"x"}')).toBe('PROTO_BAD_BODY')
    expect(codeOf('{"src":"n1","dest":"c1","body":{"msg_id":1}}')).toBe('PROTO_BAD_BODY')
    expect(codeOf('{"src":"n1","dest":"c1","body":{"type":3}}')).toBe('PROTO_BAD_BODY')
    expect(codeOf('{"src":"n1","dest":"c1","body":{"type":"x","msg_id":"1"}}')).toBe(
      'PROTO_BAD_MSG_ID',
    )
    expect(codeOf('{"src":"n1","dest":"c1","body":{"type":"x","msg_id":1.5}}')).toBe(
      'PROTO_BAD_MSG_ID',
    )
    expect(codeOf('{"src":"n1","dest":"c1","body":{"type":"x","in_reply_to":null}}')).toBe(
      'PROTO_BAD_MSG_ID',
    )
  })

  it('reports an id written as 1.0, which JSON reads as 1 but Maelstrom would not match', () => {
    const result = parseEnvelope(
      '{"src":"n1","dest":"c1","body":{"type":"x","in_reply_to":1.0}}',
      'n1',
    )
    expect(result.finding?.code).toBe('PROTO_BAD_MSG_ID')
    expect(result.finding?.message).toContain('"in_reply_to": 1.0, which is not an integer')
    expect(codeOf('{"src":"n1","dest":"c1","body":{"type":"x","msg_id":2e0}}')).toBe(
      'PROTO_BAD_MSG_ID',
    )
    expect(
      codeOf('{"src":"n1","dest":"c1","body":{"type":"x","msg_id" : 12,"v":1.5}}'),
    ).toBeUndefined()
  })

  it('routes a message with extra top-level fields but reports them', () => {
    const result = parseEnvelope(
      '{"src":"n1","dest":"n2","body":{"type":"gossip"},"ttl":3,"x":1}',
      'n1',
    )
    expect(result.envelope).toEqual({ src: 'n1', dest: 'n2', body: { type: 'gossip' } })
    expect(result.finding?.code).toBe('PROTO_EXTRA_FIELDS')
    expect(result.finding?.message).toContain('"ttl", "x"')
  })

  it('truncates a long offending line', () => {
    const result = parseEnvelope('z'.repeat(5000), 'n3')
    expect(result.finding!.line!.length).toBeLessThan(300)
    expect(result.finding!.line).toContain('5000 chars')
  })

  it('round-trips through encodeEnvelope', () => {
    const message = { src: 'c1', dest: 'n1', body: { type: 'echo', msg_id: 1, echo: 'é' } }
    const line = encodeEnvelope(message)
    expect(line.endsWith('\n')).toBe(true)
    expect(parseEnvelope(line.slice(0, -1), 'c1').envelope).toEqual(message)
  })
})
