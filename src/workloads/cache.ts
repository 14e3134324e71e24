/**
 * The cache workload (issue 16, track 9; curriculum.md §2 track 9). The harness serves a
 * key-value backing store as one harness backend, `backend-0`: `read {key}` → `read_ok
 * {value}` (error 20 when the key was never written), `write {key, value}` → `write_ok`, each
 * after the store's own service time (`storeLatencyMs`, constant) plus `serviceLatencyMs`
 * (`--service-latency`). The store's state changes when a request's service time ends.
 * Clients send `read {key}` / `write {key, value}` to any cache node (worker i → node i mod
 * n); nodes answer `read_ok {value}` / `write_ok`, and reach the store however they like.
 *
 * Keys are drawn from a Zipf distribution (exponent 1) over `keys` keys, so a few keys are
 * hot; `readFraction` of operations are reads; written values are unique per run.
 *
 * Checked per key by the `linearizable` checker (model cas-register: read/write register),
 * plus `backendMsgsPerOp`: requests that reached the store over client operations invoked
 * (absent when none was answered ok: nothing measured never passes).
 */
import { checkLinearizable } from '../checkers/index.js'
import { pairOps, type BackendLog, type BackendSpec, type Op } from '../history/index.js'
import type { TestOptions } from '../options/index.js'
import type { ExtraSpec } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'
import { SERVICE_LATENCY_EXTRA } from './load-balance.js'
import type { Random } from '../network/index.js'

export const CACHE_TIMEOUT_MS = 1000
/** The store's instance name (the one harness backend). */
export const STORE_ID = 'backend-0'

/** The `--extra` keys of the cache workload. */
export const CACHE_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'keys',
    type: 'number',
    default: '16',
    meaning: 'how many keys the clients use (Zipf-distributed: key 0 is the hottest)',
  },
  {
    name: 'readFraction',
    type: 'number',
    default: '0.9',
    meaning: 'the share of client operations that are reads',
  },
  {
    name: 'storeLatencyMs',
    type: 'number',
    default: '5',
    meaning: 'service time of one backing-store request, in ms',
  },
  SERVICE_LATENCY_EXTRA,
]

function numberExtra(options: TestOptions, key: string, fallback: number): number {
  const value = options.extra[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function validate(options: TestOptions): string | null {
  const keys = numberExtra(options, 'keys', 16)
  if (!Number.isInteger(keys) || keys < 1 || keys > 100_000) {
    return `--extra keys must be an integer from 1 to 100000 (got ${String(options.extra.keys)})`
  }
  const reads = numberExtra(options, 'readFraction', 0.9)
  if (!(reads >= 0 && reads <= 1)) {
    return `--extra readFraction must be between 0 and 1 (got ${String(options.extra.readFraction)})`
  }
  return null
}

/** The backing store: one backend whose handler reads and writes a map owned by this run. */
function storeSpec(options: TestOptions): BackendSpec {
  const data = new Map<string, unknown>()
  return {
    count: 1,
    capacity: 1_000_000,
    serviceTimeMs: numberExtra(options, 'storeLatencyMs', 5),
    serviceTimeDist: 'constant',
    serviceLatencyMs: numberExtra(options, 'serviceLatencyMs', 0),
    requestTypes: ['read', 'write'],
    handle: (_backend, body) => {
      const key = JSON.stringify(body.key ?? null)
      if (body.type === 'write') {
        data.set(key, body.value)
        return { type: 'write_ok' }
      }
      return data.has(key)
        ? { type: 'read_ok', value: data.get(key) }
        : { type: 'error', code: 20, text: `key ${key} does not exist` }
    },
  }
}

/** Zipf (exponent 1) over 0 … n-1 by inverting the cumulative weights. */
export function zipfSampler(n: number, random: Random): () => number {
  const cumulative: number[] = []
  let total = 0
  for (let k = 1; k <= n; k++) {
    total += 1 / k
    cumulative.push(total)
  }
  return () => {
    const u = random.float() * total
    let low = 0
    let high = n - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if ((cumulative[mid] as number) < u) {
        low = mid + 1
      } else {
        high = mid
      }
    }
    return low
  }
}

/**
 * Store requests per client operation invoked (answered or not: a node that timed out still
 * sent its store requests, so a slow harness does not inflate the figure); absent when no
 * client operation was answered ok (nothing measured never passes).
 */
export function backendFigures(
  history: readonly Op[],
  log: BackendLog | undefined,
): { backendMsgs: number; okOps: number; clientOps: number; backendMsgsPerOp?: number } {
  const pairs = pairOps(history)
  const okOps = pairs.filter((p) => p.complete?.type === 'ok').length
  const backendMsgs = log?.executions.length ?? 0
  return {
    backendMsgs,
    okOps,
    clientOps: pairs.length,
    ...(okOps > 0 && log !== undefined ? { backendMsgsPerOp: backendMsgs / pairs.length } : {}),
  }
}

export const cache: WorkloadDefinition = {
  name: 'cache',
  extras: CACHE_EXTRAS,
  doc: `Clients read and write integer keys (Zipf: a few are hot) through cache nodes; the harness serves the backing store as ${STORE_ID} (read {key} → read_ok {value} or error 20, write {key, value} → write_ok) with its own latency. Checked: every key behaves like one linearizable register; store requests per client operation are reported.`,
  rpcs: [
    { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
    { request: 'write', response: 'write_ok' },
  ],
  validateOptions: validate,
  reusableClient: true,
  idempotent: ['read'],
  clientTimeoutMs: () => CACHE_TIMEOUT_MS,
  backends: (options) => storeSpec(options),
  generator: ({ random, options }) => {
    const pick = zipfSampler(numberExtra(options, 'keys', 16), random)
    const reads = numberExtra(options, 'readFraction', 0.9)
    let next = 1
    return {
      next: () => {
        const key = pick()
        return random.chance(reads) ? { f: 'read', key } : { f: 'write', key, value: next++ }
      },
    }
  },
  createClient: () => ({
    async invoke(invocation, io) {
      const { f, key, value } = invocation
      const body = f === 'read' ? { type: 'read', key } : { type: 'write', key, value }
      const reply = await io.call(body, { timeoutMs: CACHE_TIMEOUT_MS })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, f === 'read')
      }
      return f === 'read' ? { type: 'ok', value: reply.body.value } : { type: 'ok', value }
    },
  }),
  check: (history, context, budget) => ({
    ...checkLinearizable(history, { model: 'cas-register' }, budget),
    ...backendFigures(history, context.backends),
  }),
}
