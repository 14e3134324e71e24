/**
 * The `exactly-once` workload (track 2, curriculum.md §2 rpc): clients append unique integer
 * elements to a few integer keys and read the lists back, over client links that may drop
 * and duplicate messages. A timed-out request is re-sent by the runner with the same
 * `msg_id` (up to 5 times); the node must execute each `(src, msg_id)` at most once and
 * answer a repeat with the original reply.
 *
 * RPCs: `append {key, element}` → `append_ok`; `read {key}` → `read_ok {elements}`.
 * Options (TestOptions): `keyCount` (default 4); `extra.appendRatio` (default 0.75);
 * `extra.linearizable` (also check real-time order, rpc/replicated); `extra.attemptTimeoutMs`
 * (per-attempt timeout, default 500 ms).
 */
import { EXACTLY_ONCE_LINEARIZABLE, checkExactlyOnce } from '../checkers/index.js'
import { extraFlag } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type {
  Completion,
  GeneratorContext,
  Invocation,
  OpGenerator,
  WorkloadDefinition,
} from './contract.js'

const DEFAULT_KEY_COUNT = 4
const DEFAULT_APPEND_RATIO = 0.75
const DEFAULT_ATTEMPT_TIMEOUT_MS = 500

function keyCount(context: { options: GeneratorContext['options'] }): number {
  return context.options.keyCount ?? DEFAULT_KEY_COUNT
}

function extraNumber(
  context: { options: GeneratorContext['options'] },
  name: string,
  fallback: number,
): number {
  const value = context.options.extra[name]
  return typeof value === 'number' ? value : fallback
}

function mainGenerator(context: GeneratorContext): OpGenerator {
  let nextElement = 0
  const keys = keyCount(context)
  const appendRatio = extraNumber(context, 'appendRatio', DEFAULT_APPEND_RATIO)
  return {
    next(): Invocation {
      const key = context.random.int(keys)
      if (context.random.chance(appendRatio)) {
        return { f: 'append', key, value: nextElement++ }
      }
      return { f: 'read', key }
    },
  }
}

/** Final phase: every worker reads every key once. */
function finalGenerator(context: GeneratorContext): OpGenerator {
  const keys = keyCount(context)
  const nextKey = new Map<number, number>()
  return {
    next(worker: number): Invocation | null {
      const key = nextKey.get(worker) ?? 0
      if (key >= keys) {
        return null
      }
      nextKey.set(worker, key + 1)
      return { f: 'read', key, final: true }
    },
  }
}

function elementsEqual(replies: readonly Record<string, unknown>[]): boolean {
  const first = JSON.stringify(replies[0]?.elements)
  return replies.every(
    (reply) => Array.isArray(reply.elements) && JSON.stringify(reply.elements) === first,
  )
}

export const exactlyOnceWorkload: WorkloadDefinition = {
  name: 'exactly-once',
  extras: [
    {
      name: 'appendRatio',
      type: 'number',
      default: String(DEFAULT_APPEND_RATIO),
      meaning: 'the fraction of operations that are appends (the rest are reads)',
    },
    {
      name: 'attemptTimeoutMs',
      type: 'number',
      default: String(DEFAULT_ATTEMPT_TIMEOUT_MS),
      meaning: 'how long a client waits for one attempt before retrying',
    },
    EXACTLY_ONCE_LINEARIZABLE,
  ],
  doc:
    'Appends unique integers to per-key lists and reads them back over lossy, duplicating client links; ' +
    'checks that every acknowledged element is present exactly once, timed-out ones at most once, and that reads of a key are prefixes of each other.',
  rpcs: [
    { request: 'append', response: 'append_ok' },
    { request: 'read', response: 'read_ok', responseFields: { elements: 'array' } },
  ],
  reusableClient: false,
  idempotent: ['read'],
  generator: mainGenerator,
  finalGenerator: (context) => ({ generator: finalGenerator(context) }),
  recoveryProbe: {
    body: { type: 'read', key: 0 },
    converged: (replies) => elementsEqual(replies),
  },
  createClient(context) {
    const timeoutMs = extraNumber(context, 'attemptTimeoutMs', DEFAULT_ATTEMPT_TIMEOUT_MS)
    return {
      async invoke(invocation, io): Promise<Completion> {
        const body =
          invocation.f === 'append'
            ? { type: 'append', key: invocation.key, element: invocation.value }
            : { type: 'read', key: invocation.key }
        const reply = await io.call(body, { timeoutMs })
        if (reply.kind !== 'ok') {
          return failureFromReply(reply, invocation.f === 'read')
        }
        return invocation.f === 'append'
          ? { type: 'ok', value: invocation.value }
          : { type: 'ok', value: reply.body.elements }
      },
    }
  },
  check(history, context) {
    return checkExactlyOnce(history, {
      linearizable: extraFlag(context.options.extra, EXACTLY_ONCE_LINEARIZABLE) === true,
    })
  },
}
