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
import type { TestOptions } from '../options/index.js'

export const WORK_TIMEOUT_MS = 1000
const DISTS: readonly ServiceTimeDist[] = ['constant', 'exponential', 'pareto']

/** `--service-latency MS` sets this key; only workloads that declare it run harness backends. */
export const SERVICE_LATENCY_EXTRA: ExtraSpec = {
  name: 'serviceLatencyMs',
  type: 'number',
  default: '0',
  meaning: 'extra reply latency of the harness backends, in ms (also --service-latency)',
}

/** The `--extra` keys of the load-balance workload. */
export const LOAD_BALANCE_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'backends',
    type: 'number',
    default: '4',
    meaning: 'how many harness backends (backend-0 …) run, an integer from 1 to 64',
  },
  {
    name: 'capacity',
    type: 'number',
    default: '2',
    meaning: 'requests a backend executes at once; beyond that it answers error 11',
  },
  {
    name: 'serviceTimeMs',
    type: 'number',
    default: '20',
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
]

function numberExtra(options: TestOptions, key: string, fallback: number): number {
  const value = options.extra[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** The backend ids a run of these options has (also sent to the balancers). */
export function backendIds(options: TestOptions): string[] {
  const count = numberExtra(options, 'backends', 4)
  return Array.from({ length: count }, (_, i) => `backend-${i}`)
}

function validate(options: TestOptions): string | null {
  const count = numberExtra(options, 'backends', 4)
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    return `--extra backends must be an integer from 1 to 64 (got ${String(options.extra.backends)})`
  }
  const capacity = numberExtra(options, 'capacity', 2)
  if (!Number.isInteger(capacity) || capacity < 1) {
    return `--extra capacity must be a positive integer (got ${String(options.extra.capacity)})`
  }
  const dist = options.extra.serviceTimeDist ?? 'exponential'
  if (!DISTS.includes(dist as ServiceTimeDist)) {
    return `--extra serviceTimeDist must be one of ${DISTS.join(', ')} (got ${JSON.stringify(dist)})`
  }
  return null
}

function backendSpec(options: TestOptions, pickSlow: () => number): BackendSpec {
  const slowFactor = numberExtra(options, 'slowFactor', 1)
  return {
    count: backendIds(options).length,
    capacity: numberExtra(options, 'capacity', 2),
    serviceTimeMs: numberExtra(options, 'serviceTimeMs', 20),
    serviceTimeDist: (options.extra.serviceTimeDist ?? 'exponential') as ServiceTimeDist,
    serviceLatencyMs: numberExtra(options, 'serviceLatencyMs', 0),
    ...(slowFactor > 1 ? { slow: { index: pickSlow(), factor: slowFactor } } : {}),
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
  validateOptions: validate,
  reusableClient: true,
  idempotent: [],
  clientTimeoutMs: () => WORK_TIMEOUT_MS,
  backends: (options, random) => backendSpec(options, () => random.int(backendIds(options).length)),
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
