/**
 * The key-value operations shared by the built-in KV services (maelstrom-protocol.md §3):
 * `read`, `write`, `cas` over an immutable map from key (by JSON value) to value, as a pure
 * function `applyKv(state, request) → {reply, state, changed}`. seq-kv needs `changed` to
 * decide whether an operation may run on an old state; lin-kv and lww-kv just keep `state`.
 *
 * Keys and values are any JSON and compare by JSON value (canonicalJson). A state is never
 * mutated: a change returns a new map, so old states in seq-kv's ring stay valid.
 */
import { ErrorCode } from '../protocol/index.js'
import type { Body } from '../protocol/index.js'
import { canonicalJson, jsonEquals, truncate } from '../shared/index.js'

export type KvState = ReadonlyMap<string, unknown>

/** A reply body without `in_reply_to` (the service adds it). */
export type ReplyBody = Omit<Body, 'in_reply_to'>

export interface KvResult {
  reply: ReplyBody
  state: KvState
  /** True when the operation changed the state (a different map was returned). */
  changed: boolean
}

export const KV_TYPES: readonly string[] = ['read', 'write', 'cas']

export function errorReply(code: number, text: string): ReplyBody {
  return { type: 'error', code, text }
}

function show(value: unknown): string {
  return truncate(JSON.stringify(value) ?? 'null', 200)
}

function missingField(type: string, field: string): ReplyBody {
  return errorReply(ErrorCode.malformedRequest, `a ${type} request needs the field ${field}`)
}

/**
 * Apply one KV request. `honourCreateIfNotExists` is true for lin-kv and seq-kv: a cas on a
 * missing key with `create_if_not_exists: true` stores `to` and succeeds.
 */
export function applyKv(state: KvState, body: Body, honourCreateIfNotExists: boolean): KvResult {
  const unchanged = (reply: ReplyBody): KvResult => ({ reply, state, changed: false })
  if (!('key' in body)) {
    return unchanged(missingField(body.type, 'key'))
  }
  const key = canonicalJson(body.key)
  const exists = state.has(key)
  const current = state.get(key)
  switch (body.type) {
    case 'read':
      return exists
        ? unchanged({ type: 'read_ok', value: current })
        : unchanged(errorReply(ErrorCode.keyDoesNotExist, 'key does not exist'))
    case 'write': {
      if (!('value' in body)) {
        return unchanged(missingField('write', 'value'))
      }
      if (exists && jsonEquals(current, body.value)) {
        return unchanged({ type: 'write_ok' })
      }
      return {
        reply: { type: 'write_ok' },
        state: withEntry(state, key, body.value),
        changed: true,
      }
    }
    case 'cas':
      return applyCas(state, body, key, honourCreateIfNotExists)
    default:
      return unchanged(errorReply(ErrorCode.notSupported, `unknown request type ${body.type}`))
  }
}

function applyCas(state: KvState, body: Body, key: string, honourCreate: boolean): KvResult {
  const unchanged = (reply: ReplyBody): KvResult => ({ reply, state, changed: false })
  if (!('from' in body)) {
    return unchanged(missingField('cas', 'from'))
  }
  if (!('to' in body)) {
    return unchanged(missingField('cas', 'to'))
  }
  if (!state.has(key)) {
    if (honourCreate && body.create_if_not_exists === true) {
      return { reply: { type: 'cas_ok' }, state: withEntry(state, key, body.to), changed: true }
    }
    return unchanged(errorReply(ErrorCode.keyDoesNotExist, 'key does not exist'))
  }
  const current = state.get(key)
  if (!jsonEquals(current, body.from)) {
    const text = `current value ${show(current)} is not ${show(body.from)}`
    return unchanged(errorReply(ErrorCode.preconditionFailed, text))
  }
  if (jsonEquals(current, body.to)) {
    return unchanged({ type: 'cas_ok' })
  }
  return { reply: { type: 'cas_ok' }, state: withEntry(state, key, body.to), changed: true }
}

function withEntry(state: KvState, key: string, value: unknown): KvState {
  const next = new Map(state)
  next.set(key, value)
  return next
}
