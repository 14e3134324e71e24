/**
 * Track 15's `compute` service: the work of a MapReduce job, so that speed comes only from
 * spreading tasks over nodes. The runner starts it (role `service`, id `compute`) for a
 * workload that declares `compute` and writes its call log to `compute.jsonl`.
 *
 * Call shape: `compute {fn, phase, input}` → `compute_ok {result}` (after the service time),
 * where `fn` is a job function (`word-count`, `inverted-index`, `grep:<word>`) and
 * - phase `map`: `input` = `{doc, chunk}` (a document name and its text) → `result` = the
 *   `[key, value]` pairs of that chunk;
 * - phase `reduce`: `input` = `{key, values}` → `result` = the key's output value.
 *
 * Guarantees:
 * - One call per calling node at a time: a call from a node that already has one executing is
 *   answered at once with error 11 (temporarily-unavailable) and logged `refused`.
 * - Service time = `msPerUnit` × input size (map: words in the chunk; reduce: values) ×
 *   a factor in [0.9, 1.1) from the service's own seeded stream (`service:compute`).
 * - A malformed call gets error 12 (malformed-request) at once, naming what is wrong.
 * - Every call is logged with its source, times and outcome (`ok`, `refused`, `malformed`) and
 *   its service time and item (the document mapped or the key reduced; refused calls too), so
 *   checkers can compute total work (the parallel bound), its spread over nodes and which
 *   parts of a job were never computed. Checkers read the log, never the service.
 */
import type { Clock, Endpoint, Network, Random } from '../network/index.js'
import { ErrorCode } from '../protocol/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import { mapPhase, parseFn, reducePhase, words } from '../shared/index.js'
import { errorReply, type ReplyBody } from './kv-state.js'

export const COMPUTE_SERVICE = 'compute'

export interface ComputeCall {
  seq: number
  src: string
  fn: unknown
  phase: unknown
  /** What the call computes: the document (map) or the key (reduce); absent when malformed. */
  item?: string
  arrivedMs: number
  endMs?: number
  serviceMs: number
  outcome: 'ok' | 'refused' | 'malformed'
}

export interface ComputeOptions {
  /** Milliseconds of service time per unit of input (a word for map, a value for reduce). */
  msPerUnit: number
}

export class ComputeService implements Endpoint {
  readonly id = COMPUTE_SERVICE
  readonly calls: ComputeCall[] = []
  private readonly busy = new Set<string>()
  private readonly random: Random

  constructor(
    private readonly network: Network,
    private readonly clock: Clock,
    random: Random,
    private readonly options: ComputeOptions,
  ) {
    this.random = random.fork('service:compute')
  }

  deliver(message: Envelope): void {
    const body = message.body
    if (body.in_reply_to !== undefined || body.type === 'error') {
      return
    }
    const now = this.clock.now()
    const call: ComputeCall = {
      seq: this.calls.length,
      src: message.src,
      fn: body.fn,
      phase: body.phase,
      arrivedMs: now,
      serviceMs: 0,
      outcome: 'ok',
    }
    this.calls.push(call)
    const prepared = prepare(body)
    if (typeof prepared === 'string') {
      call.outcome = 'malformed'
      call.endMs = now
      this.reply(message, errorReply(ErrorCode.malformedRequest, prepared))
      return
    }
    call.item = prepared.item
    if (this.busy.has(message.src)) {
      call.outcome = 'refused'
      call.endMs = now
      const text = `compute runs one call per node at a time and ${message.src} already has one running`
      this.reply(message, errorReply(ErrorCode.temporarilyUnavailable, text))
      return
    }
    this.busy.add(message.src)
    call.serviceMs = this.options.msPerUnit * prepared.units * (0.9 + 0.2 * this.random.float())
    this.clock.setTimer(call.serviceMs, () => {
      this.busy.delete(message.src)
      call.endMs = this.clock.now()
      this.reply(message, { type: 'compute_ok', result: prepared.run() })
    })
  }

  private reply(message: Envelope, reply: ReplyBody): void {
    const inReplyTo = typeof message.body.msg_id === 'number' ? message.body.msg_id : null
    this.network.send({
      src: this.id,
      dest: message.src,
      body: { ...reply, in_reply_to: inReplyTo } as Body,
    })
  }
}

interface Prepared {
  /** The document (map) or key (reduce) computed. */
  item: string
  units: number
  run: () => unknown
}

function prepare(body: Body): Prepared | string {
  if (body.type !== 'compute') {
    return `the compute service takes compute requests, not ${body.type}`
  }
  const fn = parseFn(body.fn)
  if (typeof fn === 'string') {
    return fn
  }
  const input = body.input as Record<string, unknown> | undefined
  if (typeof input !== 'object' || input === null) {
    return 'compute needs an input object'
  }
  if (body.phase === 'map') {
    const { doc, chunk } = input
    if (typeof doc !== 'string' || typeof chunk !== 'string') {
      return 'a map call needs input {doc: string, chunk: string}'
    }
    return {
      item: doc,
      units: Math.max(1, words(chunk).length),
      run: () => mapPhase(fn, doc, chunk),
    }
  }
  if (body.phase === 'reduce') {
    const { values } = input
    if (typeof input.key !== 'string' || !Array.isArray(values)) {
      return 'a reduce call needs input {key: string, values: array}'
    }
    return {
      item: input.key,
      units: Math.max(1, values.length),
      run: () => reducePhase(fn, values),
    }
  }
  return `compute's phase is map or reduce, not ${JSON.stringify(body.phase)}`
}
