/**
 * Maelstrom's error-code table (maelstrom-protocol.md §1.5), as data, checked once at load
 * for duplicate codes and names. Codes ≥ 1000 are the learner's own and always indefinite.
 *
 * Definite: the operation certainly did not happen (→ history `fail`).
 * Indefinite: it may or may not have happened (→ history `info`, unless the op is idempotent).
 */
import { assert } from '../shared/index.js'

export interface ErrorCodeInfo {
  code: number
  name: string
  definite: boolean
  meaning: string
}

export const ERROR_CODES: readonly ErrorCodeInfo[] = [
  { code: 0, name: 'timeout', definite: false, meaning: 'the request did not complete in time' },
  { code: 1, name: 'node-not-found', definite: true, meaning: 'the request was addressed to a node that does not exist' },
  { code: 10, name: 'not-supported', definite: true, meaning: 'the node does not implement this operation' },
  { code: 11, name: 'temporarily-unavailable', definite: true, meaning: 'the operation cannot be done right now' },
  { code: 12, name: 'malformed-request', definite: true, meaning: 'the request did not meet the server’s expectations' },
  { code: 13, name: 'crash', definite: false, meaning: 'a generic indefinite failure' },
  { code: 14, name: 'abort', definite: true, meaning: 'a generic definite failure' },
  { code: 20, name: 'key-does-not-exist', definite: true, meaning: 'the key does not exist' },
  { code: 21, name: 'key-already-exists', definite: true, meaning: 'the key already exists' },
  { code: 22, name: 'precondition-failed', definite: true, meaning: 'a precondition (such as a CAS from value) did not hold' },
  { code: 30, name: 'txn-conflict', definite: true, meaning: 'the transaction was aborted because of a conflict' },
]

const BY_CODE = new Map<number, ErrorCodeInfo>()
const BY_NAME = new Map<string, ErrorCodeInfo>()
for (const info of ERROR_CODES) {
  assert(!BY_CODE.has(info.code), `duplicate error code ${info.code}`)
  assert(!BY_NAME.has(info.name), `duplicate error name ${info.name}`)
  BY_CODE.set(info.code, info)
  BY_NAME.set(info.name, info)
}

export const ErrorCode = {
  timeout: 0,
  nodeNotFound: 1,
  notSupported: 10,
  temporarilyUnavailable: 11,
  malformedRequest: 12,
  crash: 13,
  abort: 14,
  keyDoesNotExist: 20,
  keyAlreadyExists: 21,
  preconditionFailed: 22,
  txnConflict: 30,
} as const

export function errorCodeInfo(code: number): ErrorCodeInfo | undefined {
  return BY_CODE.get(code)
}

/** Name for the history's `error` field: the table name, or "unknown" (codes ≥ 1000 too). */
export function errorName(code: number): string {
  return BY_CODE.get(code)?.name ?? 'unknown'
}

/** Whether an error with this code means the operation certainly did not happen. */
export function isDefinite(code: number): boolean {
  return BY_CODE.get(code)?.definite ?? false
}
