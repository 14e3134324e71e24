/**
 * A stage of a track as the TestOptions of one seeded run (maelstrom-protocol.md §4 defaults,
 * the stage's options and faults on top). Pure: no I/O, no registries.
 */
import type { StageSpec } from '../tracks/index.js'
import type { TestOptions } from '../options/index.js'

const RATIO_FIELDS: Record<string, keyof TestOptions> = {
  loss: 'lossRatio',
  duplicate: 'duplicateRatio',
  reorder: 'reorderRatio',
  'client-loss': 'clientLossRatio',
  'client-duplicate': 'clientDuplicateRatio',
}

/** The fault kinds that take a `ratio` in a track manifest. */
export const RATIO_FAULTS: readonly string[] = Object.keys(RATIO_FIELDS)

/** Maelstrom's node ids: n0…n(N-1) when a node count is given (every stage gives one). */
export function nodeIdsFor(nodeCount: number): string[] {
  return Array.from({ length: nodeCount }, (_, i) => `n${i}`)
}

function concurrencyFor(value: number | string | undefined, nodeCount: number): number {
  if (value === undefined) {
    return nodeCount
  }
  if (typeof value === 'number') {
    return value
  }
  return Number.parseInt(value, 10) * nodeCount
}

export interface StageRunSettings {
  command: string[]
  cwd: string
  seed: number
  timeScale: number
  /** Simulated time (`--sim`, docs/simulation.md). @default false */
  sim?: boolean
}

/** The full options of one run of `stage` with `seed`. */
export function stageTestOptions(stage: StageSpec, settings: StageRunSettings): TestOptions {
  const o = stage.options
  const options: TestOptions = {
    workload: stage.workload,
    nodeIds: nodeIdsFor(o.nodeCount),
    command: [...settings.command],
    timeLimitS: o.timeLimitS,
    rate: o.rate ?? 5,
    concurrency: concurrencyFor(o.concurrency, o.nodeCount),
    latencyMs: o.latencyMs ?? 0,
    latencyDist: o.latencyDist ?? 'constant',
    nemesis: stage.faults.map((f) => f.kind),
    nemesisIntervalS: 10,
    topology: o.topology ?? 'grid',
    availability: o.availability,
    consistencyModels: o.consistencyModels ? [...o.consistencyModels] : ['strict-serializable'],
    keyCount: o.keyCount,
    maxTxnLength: o.maxTxnLength ?? 4,
    maxWritesPerKey: o.maxWritesPerKey ?? 16,
    lossRatio: 0,
    duplicateRatio: 0,
    reorderRatio: 0,
    clientLossRatio: 0,
    clientDuplicateRatio: 0,
    logStderr: false,
    logNetSend: false,
    logNetRecv: false,
    seed: settings.seed,
    timeScale: settings.timeScale,
    cwd: settings.cwd,
    extra: { ...(o.extra ?? {}) },
    forbidServices: [...(o.forbidServices ?? [])],
    ...(settings.sim === true ? { sim: true } : {}),
  }
  applyFaults(options, stage)
  return options
}

function applyFaults(options: TestOptions, stage: StageSpec): void {
  const intervals = stage.faults.flatMap((f) => (f.intervalS === undefined ? [] : [f.intervalS]))
  if (intervals.length > 0) {
    options.nemesisIntervalS = Math.min(...intervals)
  }
  for (const fault of stage.faults) {
    const field = RATIO_FIELDS[fault.kind]
    if (field !== undefined) {
      ;(options as unknown as Record<string, unknown>)[field] = fault.ratio ?? 0.1
    }
  }
}
