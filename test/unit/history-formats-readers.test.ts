// Tests for src/history/formats: our history.jsonl, Jepsen EDN and Jepsen console logs,
// format detection, and HistoryFormatError messages that name the file, the line and what
// was expected vs found. Reads the recorded corpus from /work/shared/data/histories.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  detectHistoryFormat,
  parseEdnHistory,
  parseJepsenLog,
  parseJsonlHistory,
  readHistoryFile,
} from '../../src/history/formats/index.js'
import { readEdn } from '../../src/history/formats/edn.js'
import { HistoryFormatError } from '../../src/shared/errors.js'
import { CORPUS } from '../helpers/corpus.js'

function caught(fn: () => unknown): HistoryFormatError {
  try {
    fn()
  } catch (error) {
    if (error instanceof HistoryFormatError) {
      return error
    }
    throw error
  }
  throw new Error('expected a HistoryFormatError')
}

describe('history.jsonl', () => {
  it('reads the interfaces.md §1.4 example', () => {
    const text = [
      '{"index":0,"time":1234567,"process":0,"type":"invoke","f":"write","key":3,"value":2}',
      '{"index":1,"time":1298765,"process":0,"type":"ok","f":"write","key":3,"value":2}',
      '',
      '{"index":2,"time":1300000,"process":1,"type":"invoke","f":"cas","key":3,"value":[2,4]}',
      '{"index":3,"time":1350000,"process":1,"type":"fail","f":"cas","key":3,"value":[2,4],"error":[22,"precondition-failed"]}',
      '{"index":4,"time":1400000,"process":"nemesis","type":"info","f":"start-partition","final":true}',
    ].join('\n')
    const ops = parseJsonlHistory(text, 'h.jsonl')
    expect(ops).toHaveLength(5)
    expect(ops[3]).toEqual({
      index: 3,
      time: 1350000,
      process: 1,
      type: 'fail',
      f: 'cas',
      key: 3,
      value: [2, 4],
      error: [22, 'precondition-failed'],
    })
    expect(ops[4]?.process).toBe('nemesis')
    expect(ops[4]?.final).toBe(true)
  })

  it('names the file, the line, and expected vs found', () => {
    const bad = '{"process":0,"type":"invoke","f":"read"}\n{"process":0,"type":"done","f":"read"}\n'
    const error = caught(() => parseJsonlHistory(bad, 'run/history.jsonl'))
    expect(error.message).toBe(
      'run/history.jsonl:2: expected "type" to be invoke, ok, fail or info, found "done"',
    )
    expect(error.line).toBe(2)
    const notJson = caught(() => parseJsonlHistory('{"process":0,\n', 'x.jsonl'))
    expect(notJson.message).toMatch(/^x\.jsonl:1: expected one JSON object per line, found/)
    const badProcess = caught(() => parseJsonlHistory('{"process":"p1","type":"ok","f":"r"}', 'y'))
    expect(badProcess.message).toContain(
      'expected "process" to be an integer or "nemesis", found "p1"',
    )
  })
})

describe('Jepsen EDN', () => {
  it('reads values: keywords, nil, vectors, maps, sets, strings with escapes', () => {
    expect(readEdn('{:a [1 -2 3.5 nil true] :b #{:x} :c "q\\"t" :d (1 2)}')).toEqual({
      a: [1, -2, 3.5, null, true],
      b: ['x'],
      c: 'q"t',
      d: [1, 2],
    })
  })

  it('reads the kv corpus', () => {
    const ops = readHistoryFile(join(CORPUS, 'kv', 'c10-ok.txt'))
    expect(ops).toHaveLength(674)
    expect(ops[0]).toEqual({
      index: 0,
      time: 0,
      process: 9,
      type: 'invoke',
      f: 'append',
      key: '0',
      value: 'x 9 0 y',
    })
    expect(ops.every((op, i) => op.index === i)).toBe(true)
  })

  it("unwraps Jepsen independent [key value] tuples (Maelstrom's lin-kv history.edn)", () => {
    const text = [
      '{:type :invoke, :f :write, :value [3 2], :process 0, :time 10, :index 0}',
      '{:type :ok, :f :write, :value [3 2], :process 0, :time 20, :index 1}',
      '{:type :invoke, :f :read, :value [3 nil], :process 1, :time 30, :index 2}',
      '{:type :ok, :f :read, :value [3 2], :process 1, :time 40, :index 3}',
      '{:type :invoke, :f :cas, :value [4 [1 2]], :process 1, :time 50, :index 4}',
      '{:type :info, :f :start-partition, :value :majority, :process :nemesis, :time 60}',
    ].join('\n')
    const ops = parseEdnHistory(text, 'history.edn')
    expect(ops[0]).toMatchObject({ key: 3, value: 2, time: 10 })
    expect(ops[2]).toMatchObject({ key: 3, f: 'read' })
    expect(ops[2]?.value).toBeUndefined()
    expect(ops[4]).toMatchObject({ key: 4, value: [1, 2] })
    expect(ops[5]).toMatchObject({ process: 'nemesis', value: 'majority' })
    // a plain cas-register history (cas [from to], no writes of pairs) is left alone
    const plain = parseEdnHistory(
      '{:type :invoke, :f :cas, :value [1 2], :process 0}\n{:type :invoke, :f :write, :value 1, :process 1}',
    )
    expect(plain[0]?.value).toEqual([1, 2])
    expect(plain[0]?.key).toBeUndefined()
  })

  it('reports a malformed map with the line and the column', () => {
    const text =
      '{:process 0, :type :invoke, :f :read}\n{:process 1, :type :ok, :f :read, :value [1 2}\n'
    const error = caught(() => parseEdnHistory(text, 'h.edn'))
    expect(error.message).toMatch(/^h\.edn:2: column \d+: expected/)
  })
})

describe('Jepsen console logs', () => {
  it('reads tab separated etcd logs, with crashes and failures', () => {
    const ops = readHistoryFile(join(CORPUS, 'etcd', 'etcd_000.log'))
    expect(ops).toHaveLength(170)
    expect(ops[2]).toEqual({ index: 2, time: 0, process: 2, type: 'invoke', f: 'write', value: 4 })
    const info = ops.find((op) => op.type === 'info')
    expect(info?.error).toBe('timed-out')
    // a crashed op keeps what its process tried to do
    expect(info?.value).not.toBeUndefined()
    const fail = ops.find((op) => op.type === 'fail' && op.f === 'cas')
    expect(fail?.error).toBeUndefined()
    expect(Array.isArray(fail?.value)).toBe(true)
  })

  it('reads space separated logs (etcd_100) and ignores other log lines', () => {
    const ops = readHistoryFile(join(CORPUS, 'etcd', 'etcd_100.log'))
    expect(ops[0]).toEqual({ index: 0, time: 0, process: 1, type: 'invoke', f: 'write', value: 3 })
    const text = 'INFO  jepsen.core - Running test\nINFO  jepsen.util - 0\t:invoke\t:read\tnil\n'
    expect(parseJepsenLog(text)).toHaveLength(1)
  })

  it('an empty log is an empty history', () => {
    expect(readHistoryFile(join(CORPUS, 'etcd', 'etcd_095.log'), 'jepsen-log')).toEqual([])
  })

  it('a malformed log line names the line', () => {
    const text = 'INFO  jepsen.util - 0\t:invoke\t:read\tnil\nINFO  jepsen.util - oops\n'
    const error = caught(() => parseJepsenLog(text, 'e.log'))
    expect(error.message).toMatch(/^e\.log:2: expected "process :type :f value"/)
  })
})

describe('detection and files', () => {
  it('detects the format from the name or the content', () => {
    expect(detectHistoryFormat('a.jsonl', '')).toBe('jsonl')
    expect(detectHistoryFormat('a.edn', '')).toBe('edn')
    expect(detectHistoryFormat('a.txt', '{:process 0}')).toBe('edn')
    expect(detectHistoryFormat('a.txt', '{"process":0}')).toBe('jsonl')
    expect(detectHistoryFormat('a', 'INFO  jepsen.util - 0 :invoke :read nil')).toBe('jepsen-log')
    expect(detectHistoryFormat('a', 'hello')).toBeUndefined()
  })

  it('a file that cannot be read or recognised is a HistoryFormatError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-formats-'))
    const missing = caught(() => readHistoryFile(join(dir, 'none.jsonl')))
    expect(missing.message).toContain('cannot read the file')
    const odd = join(dir, 'odd.txt')
    writeFileSync(odd, '\nhello world\n')
    const error = caught(() => readHistoryFile(odd))
    expect(error.message).toMatch(/odd\.txt:2: expected history\.jsonl, Jepsen EDN or a Jepsen log/)
  })
})
