/**
 * The mapreduce workload (issue 17, track 15; curriculum.md §2 track 15). The harness runs
 * the `compute` service (services/compute.ts: one call per calling node at a time, service
 * time proportional to input size). One client submits `job {id, fn, inputs, reducers}` to
 * the first node (the master), one job after another, and expects `job_ok {output}`: an
 * object from key to reduced value, equal to the sequential result.
 *
 * Options (`extra`): `jobs` (1) submitted one after the other; `chunks` (12) documents per
 * job, each 8 lines of 10 words from a small vocabulary; `reducers` (4 × nodes) sent with each
 * job; `fn` (`mixed`: each job draws word-count, inverted-index or grep:<word> from the seed);
 * `msPerUnit` (2) compute time per word mapped / value reduced, scaled by the time scale.
 * The client's timeout is generous (the job's whole compute work on one node, plus 5 s,
 * scaled): a job is never timed out while a correct master could still answer it.
 *
 * Checked by checkers/mapreduce.ts over the history and the compute call log. Jobs go to the
 * first node only, so a stage that kills or pauses nodes spares it (`faultSpare`): a job's
 * master is its single point of failure, as in the MapReduce paper.
 */
import { checkMapReduce } from '../checkers/index.js'
import type { TestOptions } from '../options/index.js'
import type { ExtraSpec } from '../shared/index.js'
import { generateInputs, pickWord } from '../shared/index.js'
import { failureFromReply } from './completion.js'
import type { WorkloadDefinition } from './contract.js'
import { numberExtra } from './extras.js'

const FNS = ['word-count', 'inverted-index', 'grep', 'mixed'] as const
const LINES = 8
const WORDS_PER_LINE = 10
const TIMEOUT_FLOOR_MS = 5000

export const MAPREDUCE_EXTRAS: readonly ExtraSpec[] = [
  { name: 'jobs', type: 'number', default: '1', meaning: 'jobs submitted, one after another' },
  { name: 'chunks', type: 'number', default: '12', meaning: 'input documents per job' },
  {
    name: 'reducers',
    type: 'number',
    default: '4 × nodes',
    meaning: 'the reducers field of each job (how many reduce tasks to split the keys into)',
  },
  {
    name: 'fn',
    type: 'string',
    values: FNS,
    default: 'mixed',
    meaning: 'the job function; mixed draws word-count, inverted-index or grep:<word> per job',
  },
  {
    name: 'msPerUnit',
    type: 'number',
    default: '2',
    meaning: 'compute service time per word mapped or value reduced, in ms (× time scale)',
  },
]

/** The compute service's ms per unit in a run of these options (time scale applied). */
export function computeMsPerUnit(options: TestOptions): number {
  return numberExtra(options, 'msPerUnit', 2) * options.timeScale
}

function jobTimeoutMs(options: TestOptions): number {
  const chunks = numberExtra(options, 'chunks', 12)
  // Map work is one unit per word; reduce work at most as much again (word-count).
  const wholeJobMs = 2 * chunks * LINES * WORDS_PER_LINE * computeMsPerUnit(options)
  return wholeJobMs + TIMEOUT_FLOOR_MS * options.timeScale
}

function validate(options: TestOptions): string | null {
  const integer = (key: string, min: number, max: number, fallback: number): string | null => {
    const value = numberExtra(options, key, fallback)
    return Number.isInteger(value) && value >= min && value <= max
      ? null
      : `--extra ${key} must be an integer from ${min} to ${max} (got ${String(options.extra[key])})`
  }
  const msPerUnit = numberExtra(options, 'msPerUnit', 2)
  if (!(msPerUnit > 0 && msPerUnit <= 100)) {
    return `--extra msPerUnit must be a number above 0 and at most 100 (got ${String(options.extra.msPerUnit)})`
  }
  return (
    integer('jobs', 1, 1000, 1) ??
    integer('chunks', 1, 400, 12) ??
    integer('reducers', 1, 100, 4 * options.nodeIds.length)
  )
}

export const mapreduce: WorkloadDefinition = {
  name: 'mapreduce',
  extras: MAPREDUCE_EXTRAS,
  doc: 'A client submits job {id, fn, inputs, reducers} (fn: word-count, inverted-index or grep:<word>; inputs: document name → text) to the first node and expects job_ok {output} equal to the sequential result. The work is done by calling the harness compute service (compute {fn, phase, input} → compute_ok {result}), which runs one call per calling node at a time and takes time proportional to the input, so a fast job spreads its tasks over the nodes. Checked: every output exactly; each job’s completion time over its parallel bound (its compute work / nodes); the busiest node’s share of the compute time.',
  rpcs: [{ request: 'job', response: 'job_ok', responseFields: { output: 'object' } }],
  validateOptions: validate,
  reusableClient: true,
  idempotent: [],
  clientTimeoutMs: jobTimeoutMs,
  // One map task (a document's words): the completion figure is made of spans this long.
  timeGrainMs: (options) => LINES * WORDS_PER_LINE * computeMsPerUnit(options),
  compute: (options) => ({ msPerUnit: computeMsPerUnit(options) }),
  generator: ({ random, options }) => {
    const jobs = numberExtra(options, 'jobs', 1)
    const chunks = numberExtra(options, 'chunks', 12)
    const reducers = numberExtra(options, 'reducers', 4 * options.nodeIds.length)
    const fnOption = typeof options.extra.fn === 'string' ? options.extra.fn : 'mixed'
    let next = 0
    return {
      next: (worker) => {
        if (worker !== 0 || next >= jobs) {
          return null
        }
        const kind =
          fnOption === 'mixed' ? random.pick(['word-count', 'inverted-index', 'grep']) : fnOption
        const fn = kind === 'grep' ? `grep:${pickWord(random)}` : kind
        const inputs = generateInputs(random, chunks, LINES, WORDS_PER_LINE)
        return { f: 'job', value: { id: `job-${next++}`, fn, inputs, reducers } }
      },
    }
  },
  createClient: ({ options }) => ({
    async invoke(invocation, io) {
      const job = invocation.value as { id: string; fn: string; inputs: object; reducers: number }
      const reply = await io.call({ type: 'job', ...job }, { timeoutMs: jobTimeoutMs(options) })
      if (reply.kind !== 'ok') {
        return failureFromReply(reply, false)
      }
      return { type: 'ok', value: { id: job.id, output: reply.body.output } }
    },
  }),
  check: (history, context) =>
    checkMapReduce(history, {
      calls: context.compute,
      nodeCount: context.nodeIds.length,
      msPerUnit: computeMsPerUnit(context.options),
    }),
}
