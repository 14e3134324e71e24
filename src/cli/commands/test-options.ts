/**
 * `dsgrade test` options (interfaces.md §1.1, maelstrom-protocol.md §4): Maelstrom's names,
 * meanings and defaults, plus dsgrade's additions. Turns parsed arguments into TestOptions;
 * every bad value is a UsageError (exit 254) that names the option.
 */
import { readFileSync } from 'node:fs'
import { NEMESIS_EXTRAS, findNemesis, nemesisNames } from '../../nemesis/index.js'
import { SEED_MAX } from '../../network/index.js'
import { parseForbiddenServices } from '../../services/index.js'
import { type ExtraSpec, UsageError, validateExtras } from '../../shared/index.js'
import type { LatencyDistribution, TestOptions } from '../../options/index.js'
import { findWorkload, workloadNames } from '../../workloads/index.js'
import { extraOption, lastValue, numberOption, type OptionSpec, type ParsedArgs } from '../args.js'

export const TEST_OPTIONS: OptionSpec[] = [
  {
    name: 'workload',
    alias: 'w',
    value: true,
    arg: 'NAME',
    help: 'workload to run (default lin-kv, as Maelstrom)',
  },
  {
    name: 'bin',
    value: true,
    arg: 'PATH',
    help: 'your node: a path, or a command line in quotes ("python3 node.py")',
  },
  {
    name: 'node-count',
    value: true,
    arg: 'N',
    help: 'N nodes named n0 … n(N-1) (default: n1 … n5)',
  },
  {
    name: 'node',
    alias: 'n',
    value: true,
    repeat: true,
    arg: 'ID',
    help: 'a node id (repeatable)',
  },
  { name: 'nodes', value: true, arg: 'A,B,C', help: 'node ids, comma-separated' },
  { name: 'nodes-file', value: true, arg: 'FILE', help: 'node ids, one per line' },
  { name: 'time-limit', value: true, arg: 'S', help: 'seconds of the main phase (default 60)' },
  {
    name: 'rate',
    value: true,
    arg: 'R',
    help: 'client operations per second, overall (default 5; 0 = none)',
  },
  {
    name: 'concurrency',
    value: true,
    arg: 'C|Kn',
    help: 'client workers: an integer or K×nodes as "Kn" (default 1n)',
  },
  { name: 'latency', value: true, arg: 'MS', help: 'mean node↔node latency in ms (default 0)' },
  {
    name: 'latency-dist',
    value: true,
    arg: 'D',
    help: 'constant, uniform or exponential (default constant)',
  },
  {
    name: 'nemesis',
    value: true,
    arg: 'F,…',
    help: 'faults: partition, partition-oneway, kill, full-restart, pause, loss, duplicate, reorder, client-loss, client-duplicate',
  },
  {
    name: 'nemesis-interval',
    value: true,
    arg: 'S',
    help: 'mean seconds between fault operations (default 10)',
  },
  {
    name: 'topology',
    value: true,
    arg: 'T',
    help: 'broadcast topology: grid, line, tree, tree2, tree3, tree4, total (default grid)',
  },
  {
    name: 'availability',
    value: true,
    arg: 'X',
    help: '"total" or a fraction in [0, 1] of operations that must succeed',
  },
  {
    name: 'consistency-models',
    value: true,
    arg: 'M',
    help: 'Elle models (default strict-serializable)',
  },
  { name: 'key-count', value: true, arg: 'N', help: 'keys for txn and kafka workloads' },
  { name: 'max-txn-length', value: true, arg: 'N', help: 'micro-ops per transaction (default 4)' },
  { name: 'max-writes-per-key', value: true, arg: 'N', help: 'writes per key (default 16)' },
  {
    name: 'loss-rate',
    value: true,
    arg: 'P',
    help: 'node↔node drop probability for --nemesis loss (default 0.1)',
  },
  {
    name: 'duplicate-rate',
    value: true,
    arg: 'P',
    help: 'node↔node duplicate probability (default 0.1 with --nemesis duplicate)',
  },
  {
    name: 'reorder-rate',
    value: true,
    arg: 'P',
    help: 'fraction of messages delayed heavily (default 0.1 with --nemesis reorder)',
  },
  {
    name: 'client-loss',
    value: true,
    arg: 'P',
    help: 'client↔node drop probability (the rpc track)',
  },
  { name: 'client-loss-rate', value: true, arg: 'P' },
  {
    name: 'client-duplicate',
    value: true,
    arg: 'P',
    help: 'client↔node duplicate probability (the rpc track)',
  },
  { name: 'client-duplicate-rate', value: true, arg: 'P' },
  {
    name: 'seed',
    value: true,
    arg: 'N',
    help: 'seed of every harness-side random choice (default: random, always printed)',
  },
  {
    name: 'seeds',
    value: true,
    arg: 'K',
    help: 'run K seeds in parallel; report the pass rate and the failing seeds',
  },
  {
    name: 'test-count',
    value: true,
    arg: 'N',
    help: 'repeat the test N times (Maelstrom; default 1)',
  },
  {
    name: 'service-latency',
    value: true,
    arg: 'MS',
    help: 'extra reply latency of the harness backends, independent of --latency (tracks 9–11; same as --extra serviceLatencyMs=MS)',
  },
  { name: 'store', value: true, arg: 'DIR', help: 'where runs are stored (default ./store)' },
  {
    name: 'time-scale',
    value: true,
    arg: 'F',
    help: 'scale every duration (time limit, fault interval, recovery) for quick runs; thresholds never change (default 1)',
  },
  {
    name: 'extra',
    value: true,
    repeat: true,
    arg: 'KEY=VALUE',
    help: 'an option the workload declares (repeatable), e.g. --extra sequential-keys=false; an undeclared key is refused',
  },
  {
    name: 'forbid-services',
    value: true,
    arg: 'S,…',
    help: 'built-in services the nodes must not use (lin-kv, seq-kv, lww-kv, lin-tso): a message to one fails the test',
  },
  {
    name: 'sim',
    help: 'simulated time: your node processes take time from dsgrade (docs/simulation.md), so a 60 s test takes seconds and a seed replays byte for byte; a node whose library does not take part runs in real time instead (-w and --track/--stage)',
  },
  {
    name: 'swarm',
    help: "stages only: draw each seed's fault parameters (interval, ratios, partition shapes, kill and pause targets, latency) from the seed, as dsgrade explore does; failing time-based figures are then inconclusive",
  },
  { name: 'track', value: true, arg: 'TRACK', help: 'run the stages of a curriculum track' },
  {
    name: 'tracks-dir',
    value: true,
    arg: 'DIR',
    help: "grade with the tracks in DIR (a course author's own) instead of ours",
  },
  {
    name: 'stage',
    value: true,
    arg: 'STAGE',
    help: 'only this stage (full id, short id or number)',
  },
  { name: 'log-stderr', help: "echo each node's stderr lines" },
  { name: 'log-net-send', help: 'log every message as it enters the network' },
  { name: 'log-net-recv', help: 'log every message as it is delivered' },
  { name: 'verbose', alias: 'v', help: 'more detail' },
  { name: 'help', alias: 'h', help: 'this help' },
  { name: 'leave-db-running', ignored: true },
  { name: 'logging-json', ignored: true },
  { name: 'no-ssh', ignored: true },
  { name: 'strict-host-key-checking', ignored: true },
  { name: 'username', value: true, ignored: true },
  { name: 'password', value: true, ignored: true },
  { name: 'ssh-private-key', value: true, ignored: true },
]

export function nodeIdsFrom(parsed: ParsedArgs): string[] {
  const count = lastValue(parsed, 'node-count')
  if (count !== undefined) {
    const n = numberOption(parsed, 'node-count', 5, { integer: true, min: 1, max: 1000 })
    return Array.from({ length: n }, (_, i) => `n${i}`)
  }
  const ids: string[] = [...(parsed.values.get('node') ?? [])]
  for (const list of parsed.values.get('nodes') ?? []) {
    ids.push(
      ...list
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
  }
  const file = lastValue(parsed, 'nodes-file')
  if (file !== undefined) {
    ids.push(
      ...readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
  }
  if (ids.length === 0) {
    return ['n1', 'n2', 'n3', 'n4', 'n5']
  }
  if (new Set(ids).size !== ids.length) {
    throw new UsageError('Node ids must be distinct.')
  }
  return ids
}

export function concurrencyFrom(parsed: ParsedArgs, nodeCount: number): number {
  const text = lastValue(parsed, 'concurrency') ?? '1n'
  const match = /^(\d+)n$/.exec(text.trim())
  const value = match !== null ? Number(match[1]) * nodeCount : Number(text)
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError(
      `--concurrency must be a positive integer or "Kn" (K × node count); got ${JSON.stringify(text)}.`,
    )
  }
  return value
}

function availabilityFrom(parsed: ParsedArgs): TestOptions['availability'] {
  const text = lastValue(parsed, 'availability')
  if (text === undefined || text === 'total') {
    return text as 'total' | undefined
  }
  return numberOption(parsed, 'availability', 1, { min: 0, max: 1 })
}

function nemesisFrom(parsed: ParsedArgs): string[] {
  const names = (parsed.values.get('nemesis') ?? [])
    .flatMap((list) => list.split(/[\s,]+/))
    .filter((s) => s !== '')
  for (const name of names) {
    if (findNemesis(name) === undefined) {
      throw new UsageError(
        `Unknown fault ${JSON.stringify(name)} in --nemesis: use ${nemesisNames().join(', ')}.`,
      )
    }
  }
  return [...new Set(names)]
}

function ratio(parsed: ParsedArgs, ...names: string[]): number {
  const name = names.find((n) => lastValue(parsed, n) !== undefined)
  return name === undefined ? 0 : numberOption(parsed, name, 0, { min: 0, max: 1 })
}

function latencyDistFrom(parsed: ParsedArgs): LatencyDistribution {
  const dist = lastValue(parsed, 'latency-dist') ?? 'constant'
  if (dist !== 'constant' && dist !== 'uniform' && dist !== 'exponential') {
    throw new UsageError(
      `--latency-dist must be constant, uniform or exponential; got ${JSON.stringify(dist)}.`,
    )
  }
  return dist
}

export function workloadFrom(parsed: ParsedArgs): string {
  const name = lastValue(parsed, 'workload') ?? 'lin-kv'
  if (findWorkload(name) === undefined) {
    throw new UsageError(
      `Unknown workload ${JSON.stringify(name)}: use one of ${workloadNames().join(', ')}.`,
    )
  }
  return name
}

export function seedFrom(parsed: ParsedArgs, fallback: number): number {
  return numberOption(parsed, 'seed', fallback, { integer: true, min: 0, max: SEED_MAX })
}

/** TestOptions from the parsed command line (the node command is resolved by the caller). */
export function testOptionsFrom(
  parsed: ParsedArgs,
  command: string[],
  cwd: string,
  seed: number,
): TestOptions {
  const nodeIds = nodeIdsFrom(parsed)
  const models = (lastValue(parsed, 'consistency-models') ?? 'strict-serializable')
    .split(/[\s,]+/)
    .filter((s) => s !== '')
  const keyCount = lastValue(parsed, 'key-count')
  const workload = workloadFrom(parsed)
  const specs = [...(findWorkload(workload)?.extras ?? []), ...NEMESIS_EXTRAS]
  const extra = extraWithServiceLatency(
    parsed,
    validateExtras(extraOption(parsed), specs, `the ${workload} workload`),
    specs,
    workload,
  )
  return {
    workload,
    nodeIds,
    command,
    timeLimitS: numberOption(parsed, 'time-limit', 60, { min: 0 }),
    rate: numberOption(parsed, 'rate', 5, { min: 0 }),
    concurrency: concurrencyFrom(parsed, nodeIds.length),
    latencyMs: numberOption(parsed, 'latency', 0, { min: 0 }),
    latencyDist: latencyDistFrom(parsed),
    nemesis: nemesisFrom(parsed),
    nemesisIntervalS: numberOption(parsed, 'nemesis-interval', 10, { min: 0 }),
    topology: lastValue(parsed, 'topology') ?? 'grid',
    availability: availabilityFrom(parsed),
    consistencyModels: models,
    keyCount:
      keyCount === undefined
        ? undefined
        : numberOption(parsed, 'key-count', 10, { integer: true, min: 1 }),
    maxTxnLength: numberOption(parsed, 'max-txn-length', 4, { integer: true, min: 1 }),
    maxWritesPerKey: numberOption(parsed, 'max-writes-per-key', 16, { integer: true, min: 1 }),
    lossRatio: ratio(parsed, 'loss-rate'),
    duplicateRatio: ratio(parsed, 'duplicate-rate'),
    reorderRatio: ratio(parsed, 'reorder-rate'),
    clientLossRatio: ratio(parsed, 'client-loss', 'client-loss-rate'),
    clientDuplicateRatio: ratio(parsed, 'client-duplicate', 'client-duplicate-rate'),
    logStderr: parsed.flags.has('log-stderr'),
    logNetSend: parsed.flags.has('log-net-send'),
    logNetRecv: parsed.flags.has('log-net-recv'),
    seed,
    timeScale: numberOption(parsed, 'time-scale', 1, { min: 0.001, max: 100 }),
    cwd,
    extra,
    forbidServices: forbidServicesFrom(parsed),
    ...(parsed.flags.has('sim') ? { sim: true } : {}),
  }
}

/**
 * Validated `--extra` values, plus `--service-latency MS` as `serviceLatencyMs` (the flag
 * wins). A workload without harness backends does not declare that key: the flag is refused.
 */
function extraWithServiceLatency(
  parsed: ParsedArgs,
  extra: Record<string, unknown>,
  specs: readonly ExtraSpec[],
  workload: string,
): Record<string, unknown> {
  if (lastValue(parsed, 'service-latency') === undefined) {
    return extra
  }
  if (!specs.some((s) => s.name === 'serviceLatencyMs')) {
    throw new UsageError(
      `--service-latency: the ${workload} workload runs no harness backends, so it would be ignored.`,
    )
  }
  return { ...extra, serviceLatencyMs: numberOption(parsed, 'service-latency', 0, { min: 0 }) }
}

function forbidServicesFrom(parsed: ParsedArgs): string[] {
  const names = (parsed.values.get('forbid-services') ?? [])
    .flatMap((list) => list.split(/[\s,]+/))
    .filter((s) => s !== '')
  return parseForbiddenServices(names)
}
