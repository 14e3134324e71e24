/**
 * Internal invariants. An assertion failure is always *our* bug, never the learner's:
 * the edges turn it into an InternalError that asks for a report.
 */
import { InternalError } from './errors.js'

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new InternalError(`assertion failed: ${message}`)
  }
}

export function unreachable(value: never, message = 'unreachable'): never {
  throw new InternalError(`${message}: ${JSON.stringify(value)}`)
}
