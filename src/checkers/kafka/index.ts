/**
 * The `kafka` checker (checkers.md §4.4, Jepsen `jepsen.tests.kafka` with `:txn? false`,
 * assign-only subscriptions): per-key logs built from acknowledged sends and ok polls, with
 * offsets indexed **sparsely** (a Map per key, then the sorted distinct offsets give each
 * message its index), so huge or sparse offsets cost nothing extra (Maelstrom #51).
 *
 * History shape (written by src/workloads/kafka.ts): `send` invoke `{key, value: msg}`, ok
 * `{key, value: [offset, msg]}`; `poll` ok `{value: {key: [[offset, msg], …]}}`; `assign`
 * `{value: [keys]}`; `crash` (always info). Keys are strings.
 *
 * Checks: inconsistent-offsets, duplicate, G1a, lost-write, poll-skip, nonmonotonic-poll,
 * int-poll-skip, int-nonmonotonic-poll, nonmonotonic-send, unseen. Every one of them makes
 * `valid` false (Maelstrom's allowed anomalies — int-send-skip, G0, PL-1 cycles — cannot occur
 * without transactions). Not done: Elle's realtime/wr cycle search over polls.
 */
import type { Anomaly, Budget, CheckResult } from '../contract.js'
import type { Op, ProcessId } from '../../history/index.js'
import { pairOps } from '../../history/index.js'
import { canonicalJson } from '../../shared/index.js'
import type { RegisteredChecker } from '../contract.js'

const MAX_ANOMALIES_PER_TYPE = 8

interface Sent {
  key: string
  msg: unknown
  offset: number | undefined
  type: 'ok' | 'fail' | 'info'
  process: ProcessId
  invoke: Op
  complete: Op | undefined
}

interface PollRecord {
  process: ProcessId
  complete: Op
  msgs: Map<string, Array<[number, unknown]>>
}

interface Sighting {
  msg: unknown
  /** The send completion or poll completion that put msg at that offset. */
  op: Op
  via: 'send' | 'poll'
}

interface KeyLog {
  /** offset → canonical message → the message and the first op that showed it there */
  byOffset: Map<number, Map<string, Sighting>>
  /** canonical message → offsets */
  offsetsOf: Map<string, Set<number>>
  /** sorted distinct offsets (filled after reading) */
  sorted: number[]
  indexOf: Map<number, number>
  polled: Set<string>
}

function when(op: Op | undefined): string {
  return op === undefined ? 'an unknown time' : `${(op.time / 1e9).toFixed(2)} s`
}

function show(value: unknown): string {
  return JSON.stringify(value ?? null)
}

function logOf(logs: Map<string, KeyLog>, key: string): KeyLog {
  let log = logs.get(key)
  if (log === undefined) {
    log = {
      byOffset: new Map(),
      offsetsOf: new Map(),
      sorted: [],
      indexOf: new Map(),
      polled: new Set(),
    }
    logs.set(key, log)
  }
  return log
}

function record(log: KeyLog, offset: number, msg: unknown, op: Op, via: Sighting['via']): void {
  const text = canonicalJson(msg)
  let values = log.byOffset.get(offset)
  if (values === undefined) {
    values = new Map()
    log.byOffset.set(offset, values)
  }
  if (!values.has(text)) {
    values.set(text, { msg, op, via })
  }
  let offsets = log.offsetsOf.get(text)
  if (offsets === undefined) {
    offsets = new Set()
    log.offsetsOf.set(text, offsets)
  }
  offsets.add(offset)
}

function describeSighting(s: Sighting): string {
  const node = s.op.node === undefined ? '' : ` ${s.via === 'send' ? 'by' : 'from'} ${s.op.node}`
  const who = `process ${String(s.op.process)}`
  const what = s.via === 'send' ? `send acknowledged${node} to ${who}` : `polled by ${who}${node}`
  return `${show(s.msg)} (${what} at ${when(s.op)})`
}

function asPollMsgs(value: unknown): Map<string, Array<[number, unknown]>> {
  const out = new Map<string, Array<[number, unknown]>>()
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return out
  }
  for (const [key, pairs] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(pairs)) {
      continue
    }
    const list: Array<[number, unknown]> = []
    for (const pair of pairs) {
      if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'number') {
        list.push([pair[0], pair[1]])
      }
    }
    out.set(key, list)
  }
  return out
}

interface Parsed {
  sends: Sent[]
  polls: PollRecord[]
  /** ok assigns and crashes per process, in history order, interleaved with polls */
  events: Array<{ kind: 'poll'; poll: PollRecord } | { kind: 'assign'; process: ProcessId }>
}

function parse(history: readonly Op[]): Parsed {
  const sends: Sent[] = []
  const polls: PollRecord[] = []
  const events: Parsed['events'] = []
  const pairs = pairOps(history).sort(
    (a, b) => (a.complete?.index ?? Infinity) - (b.complete?.index ?? Infinity),
  )
  for (const { invoke, complete } of pairs) {
    const type = complete === undefined ? 'info' : (complete.type as Sent['type'])
    if (invoke.f === 'send') {
      const value = complete?.value
      const offset =
        type === 'ok' && Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined
      const msg = type === 'ok' && Array.isArray(value) ? value[1] : invoke.value
      sends.push({
        key: String(invoke.key),
        msg,
        offset,
        type,
        process: invoke.process,
        invoke,
        complete,
      })
    } else if (invoke.f === 'poll' && complete !== undefined && type === 'ok') {
      const poll = { process: invoke.process, complete, msgs: asPollMsgs(complete.value) }
      polls.push(poll)
      events.push({ kind: 'poll', poll })
    } else if (invoke.f === 'assign' && type === 'ok') {
      events.push({ kind: 'assign', process: invoke.process })
    }
  }
  return { sends, polls, events }
}

function buildLogs(parsed: Parsed): Map<string, KeyLog> {
  const logs = new Map<string, KeyLog>()
  for (const send of parsed.sends) {
    if (send.offset !== undefined) {
      record(logOf(logs, send.key), send.offset, send.msg, send.complete!, 'send')
    }
  }
  for (const poll of parsed.polls) {
    for (const [key, list] of poll.msgs) {
      const log = logOf(logs, key)
      for (const [offset, msg] of list) {
        record(log, offset, msg, poll.complete, 'poll')
        log.polled.add(canonicalJson(msg))
      }
    }
  }
  for (const log of logs.values()) {
    log.sorted = [...log.byOffset.keys()].sort((a, b) => a - b)
    log.sorted.forEach((offset, i) => log.indexOf.set(offset, i))
  }
  return logs
}

class Anomalies {
  readonly list: Anomaly[] = []
  readonly counts: Record<string, number> = {}
  add(anomaly: Anomaly): void {
    const n = (this.counts[anomaly.type] ?? 0) + 1
    this.counts[anomaly.type] = n
    if (n <= MAX_ANOMALIES_PER_TYPE) {
      this.list.push(anomaly)
    }
  }
}

function checkOffsets(logs: Map<string, KeyLog>, out: Anomalies): void {
  for (const [key, log] of logs) {
    for (const offset of log.sorted) {
      const values = log.byOffset.get(offset)!
      if (values.size > 1) {
        const sightings = [...values.values()]
        const shown = sightings.map(describeSighting).join(' and ')
        out.add({
          type: 'inconsistent-offsets',
          message: `inconsistent-offsets: offset ${offset} of key ${show(key)} holds different messages: ${shown}. A log gives each offset exactly one message, forever, whichever node is asked.`,
          ops: sightings.map((v) => v.op.index),
          nodes: [
            ...new Set(sightings.flatMap((v) => (v.op.node === undefined ? [] : [v.op.node]))),
          ],
          evidence: { key, offset, values: sightings.map((v) => v.msg) },
        })
      }
    }
    for (const [text, offsets] of log.offsetsOf) {
      if (offsets.size > 1) {
        out.add({
          type: 'duplicate',
          message: `duplicate: message ${text} of key ${show(key)} appears at offsets ${[...offsets].sort((a, b) => a - b).join(', ')}. Each sent message belongs at one offset of the log.`,
          evidence: { key, msg: JSON.parse(text), offsets: [...offsets] },
        })
      }
    }
  }
}

function checkSends(parsed: Parsed, logs: Map<string, KeyLog>, out: Anomalies): string[] {
  const unseen: string[] = []
  const lastSend = new Map<string, { index: number; send: Sent }>()
  const maxPolledIndex = new Map<string, number>()
  for (const [key, log] of logs) {
    let max = -1
    for (const text of log.polled) {
      for (const offset of log.offsetsOf.get(text) ?? []) {
        max = Math.max(max, log.indexOf.get(offset) ?? -1)
      }
    }
    maxPolledIndex.set(key, max)
  }
  for (const send of parsed.sends) {
    const log = logs.get(send.key)
    const text = canonicalJson(send.msg)
    if (send.type === 'fail' && log?.polled.has(text)) {
      out.add({
        type: 'G1a',
        message: `G1a (aborted read): a poll returned message ${text} of key ${show(send.key)}, but its send failed at ${when(send.complete)}. A failed send must have no effect.`,
        ops: [send.invoke.index],
      })
    }
    if (send.type !== 'ok' || send.offset === undefined || log === undefined) {
      continue
    }
    const index = log.indexOf.get(send.offset)!
    const procKey = `${String(send.process)} ${send.key}`
    const previous = lastSend.get(procKey)
    if (previous !== undefined && index <= previous.index) {
      out.add({
        type: 'nonmonotonic-send',
        message: `nonmonotonic-send: process ${String(send.process)} sent ${text} to key ${show(send.key)} at offset ${send.offset} (${when(send.complete)}), not after its earlier send at offset ${String(previous.send.offset)}. One client's sends to a key must land in order.`,
        ops: [previous.send.invoke.index, send.invoke.index],
      })
    }
    lastSend.set(procKey, { index, send })
    if (!log.polled.has(text)) {
      unseen.push(text)
      if (index <= (maxPolledIndex.get(send.key) ?? -1)) {
        out.add({
          type: 'lost-write',
          message: `lost-write: the send of ${text} to key ${show(send.key)} was acknowledged at offset ${send.offset} at ${when(send.complete)}, and polls read past that offset, but no poll ever returned it. An acknowledged message must stay in the log.`,
          ops: [send.invoke.index, send.complete!.index],
          timeNs: [send.invoke.time, send.complete!.time],
        })
      }
    }
  }
  return unseen
}

function checkPolls(parsed: Parsed, logs: Map<string, KeyLog>, out: Anomalies): void {
  const last = new Map<ProcessId, Map<string, number>>()
  for (const event of parsed.events) {
    if (event.kind === 'assign') {
      last.delete(event.process)
      continue
    }
    const { poll } = event
    let seen = last.get(poll.process)
    if (seen === undefined) {
      seen = new Map()
      last.set(poll.process, seen)
    }
    for (const [key, list] of poll.msgs) {
      const log = logs.get(key)
      if (log === undefined || list.length === 0) {
        continue
      }
      let prev = seen.get(key)
      let internal = false
      for (const [offset] of list) {
        const index = log.indexOf.get(offset)!
        if (prev !== undefined) {
          const delta = index - prev
          if (delta !== 1) {
            const skip = delta > 1
            const type = (internal ? 'int-' : '') + (skip ? 'poll-skip' : 'nonmonotonic-poll')
            const skipped = skip ? log.sorted.slice(prev + 1, index) : []
            out.add({
              type,
              message: `${type}: process ${String(poll.process)} polled key ${show(key)} at ${when(poll.complete)} and got offset ${offset} right after offset ${log.sorted[prev]}${skip ? `, skipping offsets ${skipped.slice(0, 6).join(', ')}${skipped.length > 6 ? ', …' : ''} that exist` : ', going backwards'}. A consumer reads a log in order, without gaps.`,
              ops: [poll.complete.index],
              evidence: { key, process: poll.process, from: log.sorted[prev], to: offset, skipped },
            })
          }
        }
        prev = index
        internal = true
      }
      seen.set(key, prev!)
    }
  }
}

/** Check a kafka history. */
export function checkKafka(
  history: readonly Op[],
  _options: Record<string, unknown> = {},
  _budget: Budget = {},
): CheckResult {
  const parsed = parse(history)
  const logs = buildLogs(parsed)
  const out = new Anomalies()
  checkOffsets(logs, out)
  const unseen = checkSends(parsed, logs, out)
  checkPolls(parsed, logs, out)
  if (unseen.length > 0) {
    out.add({
      type: 'unseen',
      message: `unseen: ${unseen.length} acknowledged send${unseen.length === 1 ? ' was' : 's were'} never returned by any poll by the end of the test (e.g. ${unseen.slice(0, 5).join(', ')}). After the final polls every acknowledged message must have been read.`,
      evidence: { count: unseen.length, messages: unseen.slice(0, 32).map((t) => JSON.parse(t)) },
    })
  }
  const ackedSends = parsed.sends.filter((s) => s.type === 'ok').length
  return {
    valid: out.list.length === 0 ? (ackedSends === 0 ? 'unknown' : true) : false,
    ...(out.list.length === 0 && ackedSends === 0
      ? { reason: 'no send was acknowledged, so there is nothing to check' }
      : {}),
    anomalies: out.list,
    errorTypes: Object.keys(out.counts).sort(),
    anomalyCounts: out.counts,
    keyCount: logs.size,
    sendCount: parsed.sends.length,
    ackedSendCount: ackedSends,
    pollCount: parsed.polls.length,
    unseenCount: unseen.length,
  }
}

/** The registry entry (`dsgrade check --checker kafka`). */
export const kafkaChecker: RegisteredChecker = {
  name: 'kafka',
  doc: 'replicated logs (send/poll/assign): inconsistent offsets, duplicates, lost writes, skipped or out-of-order polls, unseen sends',
  check: (history, _options, budget) => checkKafka(history, {}, budget),
}
