/**
 * Validation of RPC bodies against a track's schemas (tracks/<id>/rpc/<type>.schema.json),
 * the single source of truth for the shape of every message (style.md §3.3). A mismatch is
 * a value with a teaching sentence: which field, what was expected, what came.
 */
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { truncate } from '../shared/index.js'
import { valueAt } from './load.js'
import type { TrackSpec } from './types.js'

export interface RpcMismatch {
  /** The body's `type`. */
  type: string
  /** JSON pointer of the offending field inside the body (`/elements/2`). */
  pointer: string
  /** One plain sentence: the field, what was expected, what came. */
  message: string
}

export type RpcValidator = (body: Record<string, unknown>) => RpcMismatch | null

function fieldName(pointer: string): string {
  return pointer === '' ? 'the body' : `field "${pointer.slice(1).replaceAll('/', '.')}"`
}

function describe(error: ErrorObject, body: unknown, type: string): RpcMismatch {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required') {
    const field = String(params.missingProperty)
    return {
      type,
      pointer: `${error.instancePath}/${field}`,
      message: `a "${type}" message must carry ${fieldName(`${error.instancePath}/${field}`)}, but it is missing`,
    }
  }
  if (error.keyword === 'additionalProperties') {
    const field = String(params.additionalProperty)
    return {
      type,
      pointer: `${error.instancePath}/${field}`,
      message: `a "${type}" message has no ${fieldName(`${error.instancePath}/${field}`)}; remove it`,
    }
  }
  const found = valueAt(body, error.instancePath)
  const shown = truncate(JSON.stringify(found) ?? 'nothing', 80)
  return {
    type,
    pointer: error.instancePath,
    message: `in a "${type}" message, ${fieldName(error.instancePath)} ${error.message ?? 'is invalid'}, but it was ${shown}`,
  }
}

/** A validator for every body type the track has a schema for; other types pass. */
/**
 * Compiled once per track: compiling a track's schemas takes 100–900 ms of the harness thread
 * (a CPU profile of stop 18's demo), and grading compiled them at the start of every stage,
 * stalling every run in flight beside it.
 */
const compiled = new WeakMap<TrackSpec, RpcValidator>()

export function createRpcValidator(track: TrackSpec): RpcValidator {
  const known = compiled.get(track)
  if (known !== undefined) {
    return known
  }
  const validator = compileRpcValidator(track)
  compiled.set(track, validator)
  return validator
}

function compileRpcValidator(track: TrackSpec): RpcValidator {
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    allErrors: false,
    allowUnionTypes: true,
  })
  const validators = new Map<string, ValidateFunction>()
  for (const [type, schema] of Object.entries(track.rpcSchemas)) {
    validators.set(type, ajv.compile(structuredClone(schema)))
  }
  return (body) => {
    const type = typeof body.type === 'string' ? body.type : ''
    const validate = validators.get(type)
    if (validate === undefined || validate(body)) {
      return null
    }
    return describe((validate.errors ?? [])[0] as ErrorObject, body, type)
  }
}
