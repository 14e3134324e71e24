/**
 * Reading recorded histories for `dsgrade check` and the checker tests (interfaces.md §1.3):
 * our `history.jsonl` (§1.4), Jepsen EDN (one op map per line) and Jepsen console logs
 * (`INFO jepsen.util - process type f value`, tab or space separated).
 *
 * Guarantees: every parser returns dense `Op[]` (index = position, in line order) or throws
 * a HistoryFormatError naming the file, the line, what was expected and what was found.
 * Keywords become plain strings (`:ok` → `"ok"`). For ops without a `time`, time is 0.
 * It does not check that a history makes sense (an ok without an invoke is kept as is;
 * checkers decide what to do with it).
 */
import { readFileSync } from 'node:fs'
import { HistoryFormatError } from '../../shared/index.js'
import type { Op, OpType, ProcessId } from '../types.js'
import { EdnSyntaxError, readEdn } from './edn.js'

export type HistoryFormat = 'jsonl' | 'edn' | 'jepsen-log'

export const HISTORY_FORMATS: readonly HistoryFormat[] = ['jsonl', 'edn', 'jepsen-log']

const OP_TYPES = new Set<string>(['invoke', 'ok', 'fail', 'info'])

function describe(value: unknown): string {
  if (value === undefined) {
    return 'nothing'
  }
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

function isProcess(value: unknown): value is ProcessId {
  return (typeof value === 'number' && Number.isInteger(value)) || value === 'nemesis'
}

/**
 * Turn one decoded record (from JSON or EDN) into an Op, or throw a HistoryFormatError.
 * Unknown fields are ignored; `index` is the position in the file.
 */
function recordToOp(record: unknown, index: number, file: string, line: number): Op {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new HistoryFormatError(
      file,
      line,
      `expected an operation object, found ${describe(record)}`,
    )
  }
  const r = record as Record<string, unknown>
  if (!OP_TYPES.has(r.type as string)) {
    throw new HistoryFormatError(
      file,
      line,
      `expected "type" to be invoke, ok, fail or info, found ${describe(r.type)}`,
    )
  }
  if (!isProcess(r.process)) {
    throw new HistoryFormatError(
      file,
      line,
      `expected "process" to be an integer or "nemesis", found ${describe(r.process)}`,
    )
  }
  if (typeof r.f !== 'string') {
    throw new HistoryFormatError(file, line, `expected "f" to be a string, found ${describe(r.f)}`)
  }
  const time = r.time === undefined ? 0 : r.time
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new HistoryFormatError(
      file,
      line,
      `expected "time" to be a number, found ${describe(r.time)}`,
    )
  }
  const op: Op = { index, time, process: r.process, type: r.type as OpType, f: r.f }
  for (const field of ['key', 'value', 'error', 'node', 'client'] as const) {
    if (r[field] !== undefined) {
      ;(op as unknown as Record<string, unknown>)[field] = r[field]
    }
  }
  if (r.final === true) {
    op.final = true
  }
  return op
}

/** Our history.jsonl: one JSON object per line; blank lines are ignored. */
export function parseJsonlHistory(text: string, file = '<history>'): Op[] {
  const ops: Op[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    if (line === '') {
      continue
    }
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch (error) {
      throw new HistoryFormatError(
        file,
        i + 1,
        `expected one JSON object per line, found ${describe(line)} (${(error as Error).message})`,
      )
    }
    ops.push(recordToOp(record, ops.length, file, i + 1))
  }
  return ops
}

/**
 * Jepsen's `independent` histories (Maelstrom's lin-kv `history.edn`) carry the key inside
 * the value: `[k v]` (a read invokes `[k nil]`, a cas is `[k [from to]]`). When no op has a
 * `:key` and every read/write/cas value is such a pair, and some write's value is one, move
 * the key out so the per-key checkers see `key` and the per-key `value`.
 */
export function unwrapIndependent(ops: Op[]): Op[] {
  const keyed = ops.filter(
    (op) => op.process !== 'nemesis' && ['read', 'write', 'cas'].includes(op.f),
  )
  const pair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2
  const independent =
    keyed.length > 0 &&
    keyed.every((op) => op.key === undefined && (op.value === undefined || pair(op.value))) &&
    keyed.some((op) => op.f === 'write' && pair(op.value)) &&
    keyed.every(
      (op) => op.f !== 'cas' || op.value === undefined || pair((op.value as unknown[])[1]),
    )
  if (!independent) {
    return ops
  }
  for (const op of keyed) {
    if (pair(op.value)) {
      op.key = op.value[0]
      op.value = op.value[1] ?? undefined
      if (op.value === undefined) {
        delete op.value
      }
    }
  }
  return ops
}

/** Jepsen EDN: one op map per line (as Knossos' and Porcupine's kv data). */
export function parseEdnHistory(text: string, file = '<history>'): Op[] {
  const ops: Op[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] as string).trim()
    if (line === '' || line.startsWith(';')) {
      continue
    }
    // Tolerate a history written as one vector with one map per line.
    if (line.startsWith('[{')) {
      line = line.slice(1)
    }
    if (line.endsWith('}]')) {
      line = line.slice(0, -1)
    }
    if (line === '[' || line === ']') {
      continue
    }
    let record: unknown
    try {
      record = readEdn(line)
    } catch (error) {
      if (error instanceof EdnSyntaxError) {
        throw new HistoryFormatError(file, i + 1, `column ${error.column}: ${error.message}`)
      }
      throw error
    }
    ops.push(recordToOp(record, ops.length, file, i + 1))
  }
  return unwrapIndependent(ops)
}

const LOG_PREFIX = 'jepsen.util - '
const LOG_LINE = /^(\S+)\s+:(\S+)\s+:(\S+)(?:\s+(.*))?$/

/**
 * Jepsen console logs. Lines without `jepsen.util - ` are other log output and are skipped.
 * A keyword in the value slot of a completion (`:timed-out`) is its error; such a
 * completion keeps its invocation's value (what the process tried to do).
 */
export function parseJepsenLog(text: string, file = '<history>'): Op[] {
  const ops: Op[] = []
  const openValue = new Map<ProcessId, unknown>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const at = (lines[i] as string).indexOf(LOG_PREFIX)
    if (at < 0) {
      continue
    }
    const rest = (lines[i] as string).slice(at + LOG_PREFIX.length).trim()
    const match = LOG_LINE.exec(rest)
    if (match === null) {
      throw new HistoryFormatError(
        file,
        i + 1,
        `expected "process :type :f value" after "${LOG_PREFIX}", found ${describe(rest)}`,
      )
    }
    const [, processText = '', type, f, valueText] = match
    const process: unknown = /^-?\d+$/.test(processText)
      ? Number(processText)
      : processText.replace(/^:/, '')
    let value: unknown
    try {
      value = valueText === undefined || valueText.trim() === '' ? null : readEdn(valueText)
    } catch (error) {
      const column = error instanceof EdnSyntaxError ? ` (${error.message})` : ''
      throw new HistoryFormatError(
        file,
        i + 1,
        `expected an EDN value, found ${describe(valueText)}${column}`,
      )
    }
    const record: Record<string, unknown> = { process, type, f }
    const keyword = valueText !== undefined && valueText.trim().startsWith(':')
    if (type === 'invoke') {
      record.value = value
      openValue.set(process as ProcessId, value)
    } else if (keyword && type !== 'ok') {
      record.error = value
      const invoked = openValue.get(process as ProcessId)
      if (invoked !== null && invoked !== undefined) {
        record.value = invoked
      }
    } else {
      record.value = value
    }
    if (type !== 'invoke') {
      openValue.delete(process as ProcessId)
    }
    ops.push(recordToOp(record, ops.length, file, i + 1))
  }
  return ops
}

/** Guess the format from the file name, then from the first non-blank line. */
export function detectHistoryFormat(path: string, text: string): HistoryFormat | undefined {
  if (path.endsWith('.jsonl') || path.endsWith('.json')) {
    return 'jsonl'
  }
  if (path.endsWith('.edn')) {
    return 'edn'
  }
  const first = text
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.trim()
  if (first === undefined) {
    return path.endsWith('.log') ? 'jepsen-log' : 'jsonl'
  }
  if (text.includes(LOG_PREFIX)) {
    return 'jepsen-log'
  }
  if (first.startsWith('{"') || first.startsWith('{ "')) {
    return 'jsonl'
  }
  if (first.startsWith('{') || first.startsWith('[{')) {
    return 'edn'
  }
  return undefined
}

/** Parse history text in a given format (see readHistoryFile). */
export function parseHistory(text: string, format: HistoryFormat, file = '<history>'): Op[] {
  switch (format) {
    case 'jsonl':
      return parseJsonlHistory(text, file)
    case 'edn':
      return parseEdnHistory(text, file)
    case 'jepsen-log':
      return parseJepsenLog(text, file)
  }
}

/**
 * Read a history file. Without `format`, the format is detected from the name (`.jsonl`,
 * `.edn`) or the content. A file that cannot be read or parsed → HistoryFormatError.
 */
export function readHistoryFile(path: string, format?: HistoryFormat): Op[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new HistoryFormatError(path, 0, `cannot read the file: ${(error as Error).message}`, {
      cause: error,
    })
  }
  const chosen = format ?? detectHistoryFormat(path, text)
  if (chosen === undefined) {
    const first = text.split('\n').findIndex((line) => line.trim() !== '')
    throw new HistoryFormatError(
      path,
      first + 1,
      `expected history.jsonl, Jepsen EDN or a Jepsen log (try --format jsonl|edn|jepsen-log), found ${describe((text.split('\n')[first] as string).trim())}`,
    )
  }
  return parseHistory(text, chosen, path)
}
