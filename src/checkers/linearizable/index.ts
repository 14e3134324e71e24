/**
 * The `linearizable` checker (interfaces.md §1.3): models `cas-register`, `register` and
 * `kv`, always checked per key (P-compositionality: a history is linearizable iff every
 * key's sub-history is).
 *
 * Pipeline per key: sound pre-pass (prepare.ts drops ops that cannot constrain anything;
 * prepass.ts refutes reads no order can explain), then one resumable WGL search
 * (search.ts), or — for keys of ≥ 1000 ops — one search per quiescent segment with a
 * frontier of states (segments.ts). All three models accept read/write/cas and
 * get/put/append; `register` and `cas-register` differ only in name (a superset).
 *
 * Scheduling: searches are interleaved round-robin with doubling step slices, so one
 * intractable key cannot hide an easy violation in another (checkers.md §6.1.4). The first
 * invalid key decides the verdict (unless `allKeys`); a search out of its step, time or
 * memory budget answers 'unknown' with the reason, never true; so does a history with no
 * operation left to check (empty, or every op ignored or dropped). Evidence (evidence.ts) comes
 * from the search's own deepest dead end, for at most 10 keys.
 */
import type { Anomaly, Budget, CheckResult, Validity } from '../contract.js'
import { budgetExpired } from '../contract.js'
import type { Op } from '../../history/index.js'
import { UsageError } from '../../shared/index.js'
import type { ExtraSpec } from '../../shared/index.js'
import { extraFlag } from '../../shared/index.js'
import type { RegisteredChecker } from '../contract.js'
import { garbageReadAnomaly, notLinearizableAnomaly } from './evidence.js'
import type { KeyHistory, ModelName, Semantics, StateTable } from './prepare.js'
import { MODELS, prepareHistory } from './prepare.js'
import { garbageReads, impossibleRead } from './prepass.js'
import type { KeySearch } from './search.js'
import { WglSearch } from './search.js'
import { SegmentedSearch, splitSegments } from './segments.js'

export { MODELS, type ModelName, type Semantics } from './prepare.js'
export type { LinearizabilityEvidence, TimelineOp, Candidate } from './evidence.js'

export interface LinearizableOptions {
  /** @default 'cas-register' */
  model?: ModelName
  /** `knossos`: Maelstrom's reading (fail ops dropped, null reads legal), for comparisons. */
  semantics?: Semantics
  /** Keep checking every key after one is found invalid (diagnostic mode). @default false */
  allKeys?: boolean
  /** Memory cap over all keys' caches and interned states, in bytes. @default 512 MiB */
  maxCacheBytes?: number
  /**
   * Split keys with at least this many ops at quiescent points. Splitting keeps memory
   * linear for long histories, but enumerating every end state of a segment costs more
   * than one search on short, concurrent keys. @default 1000
   */
  segmentMinOps?: number
}

export interface KeyResult {
  key: unknown
  valid: Validity
  ops: number
  steps: number
  cacheEntries: number
  /** Undecided keys: ops in the longest partial linearization the search reached. */
  deepestPartial?: number
}

const FIRST_SLICE_STEPS = 1024
const MAX_SLICE_STEPS = 1 << 16
/** Steps spent on a key a pre-pass already refuted, to find a partial linearization. */
const PREPASS_SEARCH_STEPS = 20_000
const DEFAULT_SEGMENT_MIN_OPS = 1000
/** Evidence for at most this many invalid keys (all of them are listed in `failures`). */
const ANOMALIES_MAX = 10
/** Per-key results list every key up to this many keys; beyond, only keys not valid. */
const RESULTS_ALL_KEYS_MAX = 200
const DEFAULT_MAX_CACHE_BYTES = 512 * 1024 * 1024

interface Job {
  key: KeyHistory
  search: KeySearch
}

function isTimed(history: readonly Op[]): boolean {
  return history.some((op) => op.time !== 0)
}

interface ScheduleOutcome {
  stoppedBy?: 'time' | 'steps' | 'memory'
  steps: number
}

/** Interleave the searches until all are decided, one is invalid, or a budget ends. */
function schedule(
  jobs: Job[],
  budget: Budget,
  allKeys: boolean,
  maxBytes: number,
  states: StateTable,
): ScheduleOutcome {
  let slice = FIRST_SLICE_STEPS
  let steps = 0
  let active = jobs.filter((j) => j.search.status === 'running')
  let bytes = jobs.reduce((sum, j) => sum + j.search.cacheBytes, 0)
  while (active.length > 0) {
    for (const job of active) {
      if (budgetExpired(budget)) {
        return { stoppedBy: 'time', steps }
      }
      if (budget.maxSteps !== undefined && steps >= budget.maxSteps) {
        return { stoppedBy: 'steps', steps }
      }
      const allowed =
        budget.maxSteps === undefined ? slice : Math.min(slice, budget.maxSteps - steps)
      const before = job.search.steps
      const bytesBefore = job.search.cacheBytes
      const status = job.search.run(allowed)
      steps += job.search.steps - before
      bytes += job.search.cacheBytes - bytesBefore
      if (status === 'invalid' && !allKeys) {
        return { steps }
      }
      if (bytes + states.bytes > maxBytes) {
        return { stoppedBy: 'memory', steps }
      }
    }
    active = active.filter((j) => j.search.status === 'running')
    slice = Math.min(slice * 2, MAX_SLICE_STEPS)
  }
  return { steps }
}

function keyValidity(job: Job): Validity {
  const s = job.search.status
  return s === 'valid' ? true : s === 'invalid' ? false : 'unknown'
}

function unknownReason(outcome: ScheduleOutcome, undecided: Job[]): string {
  const keys = undecided.map((j) => j.key.keyText || '(the register)')
  const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? `, … (${keys.length} keys)` : '')
  const why =
    outcome.stoppedBy === 'time'
      ? 'the time budget ran out'
      : outcome.stoppedBy === 'steps'
        ? `the step budget (${outcome.steps} steps) ran out`
        : outcome.stoppedBy === 'memory'
          ? 'the search memory cap was reached'
          : 'the search stopped'
  return `${why} before the linearizability search could decide ${shown}; no violation was found in what was checked, but this is not a proof of correctness`
}

/** Why a history with no operation left to check is 'unknown'. */
function nothingToCheck(ignored: number, dropped: number): string {
  const parts = [
    ignored > 0 ? `${ignored} operations of functions this model does not know were ignored` : '',
    dropped > 0
      ? `${dropped} operations that constrain nothing (failed, or indeterminate reads) were dropped`
      : '',
  ].filter((p) => p !== '')
  return `there is no operation to check${parts.length > 0 ? ` (${parts.join('; ')})` : ' (the history has no client operation)'}, so linearizability was not tested`
}

/** Check a history for linearizability under `options.model`. */
export function checkLinearizable(
  history: readonly Op[],
  options: LinearizableOptions,
  budget: Budget,
): CheckResult {
  const model = options.model ?? 'cas-register'
  const prepared = prepareHistory(history, options.semantics)
  const maxBytes = options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES
  const segmentMinOps = options.segmentMinOps ?? DEFAULT_SEGMENT_MIN_OPS
  const jobs: Job[] = prepared.keys.map((key) => {
    const segments = key.ops.length >= segmentMinOps ? splitSegments(key.ops) : []
    const search: KeySearch =
      segments.length > 1
        ? new SegmentedSearch(segments, key.ops, prepared.states)
        : new WglSearch(key.ops, prepared.states)
    const impossible = impossibleRead(key)
    if (impossible !== undefined && search.run(PREPASS_SEARCH_STEPS) === 'running') {
      // Too hard to search quickly: the pre-pass' proof is the evidence.
      search.refute(impossible.id)
    }
    return { key, search }
  })
  const outcome = schedule(jobs, budget, options.allKeys === true, maxBytes, prepared.states)
  const timed = isTimed(history)
  const anomalies: Anomaly[] = []
  const results: Record<string, KeyResult> = {}
  let invalidKeys = 0
  let shown = 0
  for (const job of jobs) {
    const valid = keyValidity(job)
    const listed =
      jobs.length <= RESULTS_ALL_KEYS_MAX || (valid !== true && shown < RESULTS_ALL_KEYS_MAX)
    if (listed) {
      shown++
      results[job.key.keyText] = keyResult(job, valid)
    }
    if (valid === false && ++invalidKeys <= ANOMALIES_MAX) {
      // A garbage read is the plainest evidence a key can have: name it instead of a dead end.
      const garbage = garbageReads(job.key)[0]
      anomalies.push(
        garbage !== undefined
          ? garbageReadAnomaly(garbage, job.key, prepared.states, timed)
          : notLinearizableAnomaly(job.key, job.search, prepared.states, model, timed),
      )
    }
  }
  const opCount = jobs.reduce((sum, j) => sum + j.key.ops.length, 0)
  const valid: Validity =
    invalidKeys > 0
      ? false
      : opCount > 0 && jobs.every((j) => j.search.status === 'valid')
        ? true
        : 'unknown'
  const undecided = jobs.filter((j) => j.search.status !== 'valid' && j.search.status !== 'invalid')
  const reason =
    opCount === 0
      ? nothingToCheck(prepared.ignored, prepared.dropped)
      : unknownReason(outcome, undecided)
  return {
    valid,
    ...(valid === 'unknown' ? { reason } : {}),
    anomalies,
    model,
    keyCount: jobs.length,
    failures: jobs.filter((j) => j.search.status === 'invalid').map((j) => j.key.key ?? null),
    undecided: undecided.map((j) => j.key.key ?? null),
    steps: outcome.steps,
    cacheEntries: jobs.reduce((sum, j) => sum + j.search.cacheEntries, 0),
    ignoredOps: prepared.ignored,
    droppedOps: prepared.dropped,
    results,
    ...(shown < jobs.length ? { resultsOmitted: jobs.length - shown } : {}),
  }
}

function keyResult(job: Job, valid: Validity): KeyResult {
  return {
    key: job.key.key ?? null,
    valid,
    ops: job.key.ops.length,
    steps: job.search.steps,
    cacheEntries: job.search.cacheEntries,
    ...(valid === 'unknown' ? { deepestPartial: job.search.best?.partial.length ?? 0 } : {}),
  }
}

/** Parse a `--model` value; undefined when unknown. */
export function parseModel(name: string | undefined): ModelName | undefined {
  if (name === undefined) {
    return 'cas-register'
  }
  return (MODELS as readonly string[]).includes(name) ? (name as ModelName) : undefined
}

/** The `--extra` keys of `dsgrade check --checker linearizable`. */
export const LINEARIZABLE_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'semantics',
    type: 'string',
    values: ['dsgrade', 'knossos'],
    default: 'dsgrade',
    meaning: "knossos: Maelstrom's reading (failed ops dropped, null reads always legal)",
  },
  {
    name: 'allKeys',
    aliases: ['all-keys'],
    type: 'boolean',
    default: 'false',
    meaning: 'keep checking every key after one is found invalid (diagnostics)',
  },
]

/** The registry entry (`dsgrade check --checker linearizable --model M`). */
export const linearizableChecker: RegisteredChecker = {
  name: 'linearizable',
  doc: 'per-key linearizability (WGL search) of read/write/cas or get/put/append ops (--model cas-register|register|kv)',
  extras: LINEARIZABLE_EXTRAS,
  check(history, options, budget) {
    const model = parseModel(options.model)
    if (model === undefined) {
      throw new UsageError(
        `unknown --model ${JSON.stringify(options.model)} for the linearizable checker: use ${MODELS.join(', ')}`,
      )
    }
    const semantics = options.extra?.semantics === 'knossos' ? 'knossos' : 'dsgrade'
    const allKeys = extraFlag(options.extra, LINEARIZABLE_EXTRAS[1] as ExtraSpec) === true
    return checkLinearizable(history, { model, semantics, allKeys }, budget)
  },
}
