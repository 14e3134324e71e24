/**
 * The load-balance workload (issue 16, track 11; curriculum.md §2 track 11). The harness runs
 * `backends` instances (`backend-0 …`) with a concurrency capacity (excess → error 11) and a
 * service-time distribution; one instance may be slow. After `init` each balancer node gets
 * `backends {backends: [ids]}` (like `topology`). Clients send `work {job, cost}` to any
 * balancer (worker i → node i mod n) and expect `work_ok {job, served_by}`; the balancer
 * forwards `work {job, cost}` to a backend, which answers `work_ok {job, served_by}` after
 * cost × its service time, or error 11 when it is full. Balancers share no state unless they
 * message each other.
 *
 * Options (`extra`): `backends` (4), `capacity` (2), `serviceTimeMs` (20), `serviceTimeDist`
 * (`exponential`; `constant`, `pareto`), `serviceLatencyMs` (0), `slowFactor` (none: one
 * backend, chosen by the seed, is that many times slower). Jobs are unique integers; cost
 * is 1 (three in four) or 2. The client's timeout is 1 s; work is not idempotent as far as
 * the history goes (a timeout is `info`).
 *
 * Checked by checkers/load-balance.ts over the history and the execution log.
 */
import { checkLoadBalance } from '../checkers/index.js'
import type { BackendSpec, ServiceTimeDist } from '../history/index.js'
import type { ExtraSpec } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'
import type { Random } from '../network/index.js'
import type { TestOptions } from '../options/index.js'
import { numberExtra } from './extras.js'

export const WORK_TIMEOUT_MS = 1000
const DISTS: readonly ServiceTimeDist[] = ['constant', 'exponential', 'pareto']

/** `--service-latency MS` sets this key; only workloads that declare it run harness backends. */
export const SERVICE_LATENCY_EXTRA: ExtraSpec = {
  name: 'serviceLatencyMs',
  type: 'number',
  default: '0',
  meaning: 'extra reply latency of the harness backends, in ms (also --service-latency)',
}

/** The defaults one workload gives the harness backends' `--extra` keys. */
export interface BackendDefaults {
  /** How many backends run unless `--extra backends` says otherwise. */
  backends: number
  /** The fewest backends the workload accepts (at most 64). */
  minBackends: number
  /** Requests one backend executes at once. */
  capacity: number
  /** Mean service time of one cost unit, in ms. */
  serviceTimeMs: number
}

/** The backend keys of one workload: its `--extra` declarations, their check, the spec's sizes. */
export interface BackendExtras {
  readonly extras: readonly ExtraSpec[]
  /** How many backends these options run. */
  count(options: TestOptions): number
  /** A message naming the first bad backend key, or null. */
  validate(options: TestOptions): string | null
  /** The sizing part of the BackendSpec (the workload adds what a request does). */
  spec(
    options: TestOptions,
    random: Pick<Random, 'int'>,
  ): Omit<BackendSpec, 'requestTypes' | 'costOf' | 'handle'>
}

/**
 * One helper for every workload that runs harness backends (load-balance, proxy): the same
 * keys, checks and spec, with that workload's defaults. `slowFactor` > 1 makes one backend,
 * drawn from `random`, that many times slower.
 */
export function backendExtras(defaults: BackendDefaults): BackendExtras {
  const { minBackends } = defaults
  const count = (options: TestOptions): number =>
    numberExtra(options, 'backends', defaults.backends)
  const capacity = (options: TestOptions): number =>
    numberExtra(options, 'capacity', defaults.capacity)
  const dist = (options: TestOptions): unknown => options.extra.serviceTimeDist ?? 'exponential'
  return {
    extras: [
      {
        name: 'backends',
        type: 'number',
        default: String(defaults.backends),
        meaning: `how many harness backends (backend-0 …) run, an integer from ${minBackends} to 64`,
      },
      {
        name: 'capacity',
        type: 'number',
        default: String(defaults.capacity),
        meaning: 'requests a backend executes at once; beyond that it answers error 11',
      },
      {
        name: 'serviceTimeMs',
        type: 'number',
        default: String(defaults.serviceTimeMs),
        meaning: 'mean service time of one cost unit, in ms',
      },
      {
        name: 'serviceTimeDist',
        type: 'string',
        values: DISTS,
        default: 'exponential',
        meaning: 'distribution of service times',
      },
      SERVICE_LATENCY_EXTRA,
      {
        name: 'slowFactor',
        type: 'number',
        default: 'none',
        meaning: 'one backend, chosen by the seed, is this many times slower',
      },
    ],
    count,
    validate(options) {
      const n = count(options)
      if (!Number.isInteger(n) || n < minBackends || n > 64) {
        return `--extra backends must be an integer from ${minBackends} to 64 (got ${String(options.extra.backends)})`
      }
      const c = capacity(options)
      if (!Number.isInteger(c) || c < 1) {
        return `--extra capacity must be a positive integer (got ${String(options.extra.capacity)})`
      }
      if (!DISTS.includes(dist(options) as ServiceTimeDist)) {
        return `--extra serviceTimeDist must be one of ${DISTS.join(', ')} (got ${JSON.stringify(dist(options))})`
      }
      return null
    },
    spec(options, random) {
      const slowFactor = numberExtra(options, 'slowFactor', 1)
      return {
        count: count(options),
        capacity: capacity(options),
        serviceTimeMs: numberExtra(options, 'serviceTimeMs', defaults.serviceTimeMs),
        serviceTimeDist: dist(options) as ServiceTimeDist,
        serviceLatencyMs: numberExtra(options, 'serviceLatencyMs', 0),
        ...(slowFactor > 1
          ? { slow: { index: random.int(count(options)), factor: slowFactor } }
          : {}),
      }
    },
  }
}

const BACKENDS = backendExtras({ backends: 4, minBackends: 1, capacity: 2, serviceTimeMs: 20 })

/** The `--extra` keys of the load-balance workload. */
export const LOAD_BALANCE_EXTRAS: readonly ExtraSpec[] = BACKENDS.extras

/** The backend ids a run of these options has (also sent to the balancers). */
export function backendIds(options: TestOptions): string[] {
  return Array.from({ length: BACKENDS.count(options) }, (_, i) => `backend-${i}`)
}

function backendSpec(options: TestOptions, random: Pick<Random, 'int'>): BackendSpec {
  return {
    ...BACKENDS.spec(options, random),
    requestTypes: ['work'],
    costOf: (body) => (typeof body.cost === 'number' && body.cost > 0 ? body.cost : 1),
    handle: (backend, body) => ({ type: 'work_ok', job: body.job, served_by: backend }),
  }
}

export const loadBalance: WorkloadDefinition = {
  name: 'load-balance',
  extras: LOAD_BALANCE_EXTRAS,
  doc: 'Clients send jobs (work {job, cost}) to any of several balancer nodes, which forward each to one of the harness backends (backend-0 …) — each with a concurrency capacity (error 11 beyond it) and a service time — and return the backend’s reply. Checked: every reply comes from the backend that did the work, no work reaches a backend more than 1 s after it crashed; load per backend and latency are reported.',
  rpcs: [
    { request: 'backends', response: 'backends_ok' },
    { request: 'work', response: 'work_ok', responseFields: { served_by: 'string' } },
  ],
  validateOptions: (options) => BACKENDS.validate(options),
  reusableClient: true,
  idempotent: [],
  clientTimeoutMs: () => WORK_TIMEOUT_MS,
  backends: backendSpec,
  async setup({ options, nodeIds, call }) {
    const backends = backendIds(options)
    await Promise.all(nodeIds.map((id) => call(id, { type: 'backends', backends })))
  },
  generator: ({ random }) => {
    let job = 0
    return { next: () => ({ f: 'work', value: { job: job++, cost: random.chance(0.25) ? 2 : 1 } }) }
  },
  createClient: () => ({
    async invoke(invocation, io) {
      const { job, cost } = invocation.value as { job: number; cost: number }
      const reply = await io.call({ type: 'work', job, cost }, { timeoutMs: WORK_TIMEOUT_MS })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, false)
      }
      return { type: 'ok', value: { job: reply.body.job, cost, served_by: reply.body.served_by } }
    },
  }),
  check: (history, context) => checkLoadBalance(history, context.backends),
}
