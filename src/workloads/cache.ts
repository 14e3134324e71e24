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
 * Bursts (`burst` > 0, stage coalescing): every `burstEveryMs` one worker writes a fresh cold
 * key (keys ≥ `keys`, each used by one burst only), then `burst` workers are parked and all
 * read that key at one instant, `BURST_LEAD_MS` after the write was sent (the pacing needs
 * that long to hand out the parked reads). Needs `concurrency` > `burst`.
 *
 * Checked per key by the `linearizable` checker (model cas-register: read/write register) —
 * or, when `stalenessMs` is set, by the `bounded-staleness` checker with Δ = stalenessMs —
 * plus the figures of cache-figures.ts: `backendMsgsPerOp`, `backendReadsPerMiss` (bursts),
 * `readLatencies` (ms quantiles). A stale read names the reading and the writing node.
 */
import { checkBoundedStaleness, checkLinearizable, type CheckResult } from '../checkers/index.js'
import type { BackendSpec } from '../history/index.js'
import type { TestOptions } from '../options/index.js'
import type { ExtraSpec } from '../shared/index.js'
import {
  backendFigures,
  coalescingFigures,
  nameCacheNodes,
  readLatencyFigures,
} from './cache-figures.js'
import { failureFromReply } from './completion.js'
import type {
  GeneratorContext,
  Invocation,
  OpGenerator,
  Wait,
  WorkloadDefinition,
} from './contract.js'
import { SERVICE_LATENCY_EXTRA } from './load-balance.js'
import type { Random } from '../network/index.js'
import { numberExtra } from './extras.js'

export const CACHE_TIMEOUT_MS = 1000
/** The store's instance name (the one harness backend). */
export const STORE_ID = 'backend-0'
/** How long before a burst fires its write is sent and its reads start to be parked. */
export const BURST_LEAD_MS = 400

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
  {
    name: 'stalenessMs',
    type: 'number',
    default: '(none: linearizable)',
    meaning:
      'check bounded staleness instead of linearizability: every read returns a value current at some instant in [invoke − stalenessMs, complete]',
  },
  {
    name: 'burst',
    type: 'number',
    default: '0',
    meaning: 'reads of one cold key fired at one instant, every burstEveryMs (0: no bursts)',
  },
  {
    name: 'burstEveryMs',
    type: 'number',
    default: '1000',
    meaning: 'time from one burst to the next, in ms',
  },
  SERVICE_LATENCY_EXTRA,
]

function validate(options: TestOptions): string | null {
  const keys = numberExtra(options, 'keys', 16)
  if (!Number.isInteger(keys) || keys < 1 || keys > 100_000) {
    return `--extra keys must be an integer from 1 to 100000 (got ${String(options.extra.keys)})`
  }
  const reads = numberExtra(options, 'readFraction', 0.9)
  if (!(reads >= 0 && reads <= 1)) {
    return `--extra readFraction must be between 0 and 1 (got ${String(options.extra.readFraction)})`
  }
  const staleness = options.extra.stalenessMs
  if (staleness !== undefined && !(typeof staleness === 'number' && staleness >= 0)) {
    return `--extra stalenessMs must be a number ≥ 0 (got ${String(staleness)})`
  }
  const burst = numberExtra(options, 'burst', 0)
  if (!Number.isInteger(burst) || burst < 0) {
    return `--extra burst must be an integer ≥ 0 (got ${String(options.extra.burst)})`
  }
  if (burst > 0 && options.concurrency <= burst) {
    return `--extra burst ${burst} needs --concurrency above it (got ${options.concurrency}): a burst parks ${burst} client workers at once`
  }
  if (!(numberExtra(options, 'burstEveryMs', 1000) > 0)) {
    return `--extra burstEveryMs must be > 0 (got ${String(options.extra.burstEveryMs)})`
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

/** The burst in preparation: its key, when its reads fire, how many are parked. */
interface Burst {
  key: number
  fireAtMs: number
  parked: number
}

/**
 * The main generator: Zipf reads and writes, and with `burst` > 0 a burst every burstEveryMs
 * (a write of a fresh key, then `burst` reads parked until one instant).
 */
function cacheGenerator({ random, options }: GeneratorContext): OpGenerator {
  const keys = numberExtra(options, 'keys', 16)
  const pick = zipfSampler(keys, random)
  const reads = numberExtra(options, 'readFraction', 0.9)
  const burstSize = numberExtra(options, 'burst', 0)
  const everyMs = numberExtra(options, 'burstEveryMs', 1000)
  let next = 1
  let burstCount = 0
  let nextBurstMs: number | undefined
  let burst: Burst | undefined
  const bursty = (nowMs: number): Invocation | Wait | undefined => {
    nextBurstMs ??= nowMs + BURST_LEAD_MS / 2
    if (burst === undefined && nowMs >= nextBurstMs) {
      burst = { key: keys + burstCount++, fireAtMs: nowMs + BURST_LEAD_MS, parked: 0 }
      return { f: 'write', key: burst.key, value: next++ }
    }
    if (burst !== undefined && burst.parked < burstSize && nowMs < burst.fireAtMs - 1) {
      burst.parked++
      return { waitMs: burst.fireAtMs - nowMs, then: { f: 'read', key: burst.key } }
    }
    if (burst !== undefined) {
      nextBurstMs = burst.fireAtMs + Math.max(0, everyMs - BURST_LEAD_MS)
      burst = undefined
    }
    return undefined
  }
  return {
    next: (_worker, _process, nowMs) => {
      const special = burstSize > 0 ? bursty(nowMs) : undefined
      if (special !== undefined) {
        return special
      }
      const key = pick()
      return random.chance(reads) ? { f: 'read', key } : { f: 'write', key, value: next++ }
    },
  }
}

/** Linearizable, or bounded staleness when the stage sets stalenessMs. */
function checkCache(
  history: Parameters<WorkloadDefinition['check']>[0],
  options: TestOptions,
  budget: Parameters<WorkloadDefinition['check']>[2],
): CheckResult {
  const staleness = options.extra.stalenessMs
  if (typeof staleness === 'number') {
    return checkBoundedStaleness(history, { deltaMs: staleness })
  }
  const result = checkLinearizable(history, { model: 'cas-register' }, budget)
  return { ...result, anomalies: result.anomalies.map(nameCacheNodes) }
}

export const cache: WorkloadDefinition = {
  name: 'cache',
  extras: CACHE_EXTRAS,
  doc: `Clients read and write integer keys (Zipf: a few are hot) through cache nodes; the harness serves the backing store as ${STORE_ID} (read {key} → read_ok {value} or error 20, write {key, value} → write_ok) with its own latency. Checked: every key behaves like one linearizable register (or, with --extra stalenessMs, every read is at most that stale); store requests per client operation, store reads per (cold key, node) in bursts (--extra burst) and read latencies are reported.`,
  rpcs: [
    { request: 'read', response: 'read_ok', responseFields: { value: 'any' } },
    { request: 'write', response: 'write_ok' },
  ],
  validateOptions: validate,
  reusableClient: true,
  idempotent: ['read'],
  clientTimeoutMs: () => CACHE_TIMEOUT_MS,
  backends: (options) => storeSpec(options),
  generator: cacheGenerator,
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
    ...checkCache(history, context.options, budget),
    ...backendFigures(history, context.backends),
    ...coalescingFigures(context.backends, numberExtra(context.options, 'keys', 16)),
    ...readLatencyFigures(history),
  }),
}
