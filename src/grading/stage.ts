/**
 * One stage of a track: its seeds run (in parallel up to `parallelism`), each graded in memory
 * (extra checkers, the RPC reply check done during the run, criteria against the stage
 * thresholds), the `stage` block added (interfaces.md §1.2) and results.json and report.html
 * written once by the run's one writer; then one StageResult: status, reason, the worst seed's
 * criteria, the explanation, the first hint and the replay command.
 *
 * Guarantees: "unknown" never passes; a seed that could not run makes the stage `error`;
 * a learner mistake is never an exception here.
 */
import { findChecker, type CheckResult } from '../checkers/index.js'
import {
  checkOffThread,
  runTest,
  SimNotTakingPartError,
  writeRunResults,
  yieldTurn,
} from '../run/index.js'
import { shellQuote } from '../run/index.js'
import type { RunOutcome } from '../run/index.js'
import {
  conceptLink,
  DSGRADE_DOCS_BASE,
  DSGRADE_INVOCATION,
  isDsgradeError,
} from '../shared/index.js'
import type { Logger } from '../shared/index.js'
import type { RpcValidator } from '../tracks/index.js'
import type { StageSpec } from '../tracks/index.js'
import { firstHintIndex } from '../tracks/index.js'
import { findWorkload } from '../workloads/index.js'
import type { TestOptions } from '../options/index.js'
import type { CriterionResult, SeedRun, StageResult, StageStatus } from './contract.js'
import { evaluateCriteria, thresholdText } from './criteria.js'
import { explainStage, seedStatus, stageReason } from './explain.js'
import { stageTestOptions } from './options.js'
import { applySwarm, SWARM_SENTENCE, swarmFor } from './swarm.js'
import {
  applyVouch,
  BUSY_NODE_HINT,
  lateExcuses,
  settleVouch,
  stageTimeBased,
  stageWindowOf,
  vouchFor,
  type Vouch,
} from './vouch.js'
import type { HarnessHealth, RunNodes } from '../run/index.js'
import {
  START_SPACING_MS,
  expectedRunMs,
  historyArg,
  machineBudget,
  slotCost,
  withRunSlot,
} from '../run/index.js'

export interface StageRunRequest {
  stage: StageSpec
  command: string[]
  cwd: string
  seeds: number[]
  storeDir: string
  timeScale: number
  parallelism: number
  /** The environment the node's allow-listed variables are taken from (from the edge). */
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
  /** Checks learner replies against the track's RPC schemas (metric `rpc.mismatchCount`). */
  validateReply?: RpcValidator
  /** The node's command line as the learner typed it, for replay lines. */
  typedBin?: string
  /** Base of the concept-page link. @default DSGRADE_DOCS_BASE */
  docsBase?: string
  /** Real node processes in simulated time (`--sim`, docs/simulation.md). @default false */
  sim?: boolean
  /** Fault parameters drawn from each seed (grading/swarm.ts; `dsgrade explore`). @default false */
  swarm?: boolean
  /**
   * With `sim`: a node that does not take part stops the seed at once (SimNotTakingPartError
   * is thrown) instead of a real-time rerun (`dsgrade explore`). @default false
   */
  simStrict?: boolean
  /**
   * Among runs waiting for the machine, a higher priority starts first (run/parallelism.ts):
   * the seconds of its track still to run, this stage included. @default 0
   */
  priority?: number
  /** In-process nodes on the virtual clock (scenario tests). @default real processes */
  engine?: {
    nodes: RunNodes
    /** Harness lateness stood in by the virtual clock, per attempt (1 = first run). */
    clockLagMs?: (attempt: number) => ((nowMs: number) => number) | undefined
  }
}

/** Automatic reruns of a seed whose time-based figures could not be vouched for. */
export const MAX_RERUNS = 2

/**
 * The exact local command that replays one seed of a stage, and only that seed (`--seeds 1`
 * on a stage that runs several). `typedBin` is the node's command line as the learner wrote
 * it (`--bin`, or `run:` in dsgrade.yml), never the absolute path it resolved to.
 */
export function stageReplayCommand(
  stage: StageSpec,
  command: readonly string[],
  seed: number,
  timeScale: number,
  typedBin?: string,
  mode: { sim?: boolean; swarm?: boolean } = {},
): string {
  const bin = typedBin ?? command.map(shellQuote).join(' ')
  const scale = timeScale === 1 ? '' : ` --time-scale ${timeScale}`
  const one = stage.seeds > 1 ? ' --seeds 1' : ''
  const sim = mode.sim === true ? ' --sim' : ''
  const swarm = mode.swarm === true ? ' --swarm' : ''
  return `${DSGRADE_INVOCATION} test --track ${stage.trackId} --stage ${stage.fullId} --bin ${shellQuote(bin)} --seed ${seed}${one}${scale}${sim}${swarm}`
}

/** The search budget of a stage's extra checker (ms). */
const EXTRA_CHECK_BUDGET_MS = 30_000

/** A stage's extra checkers (each on the check worker when it can run there). */
async function extraCheckerResults(
  stage: StageSpec,
  outcome: RunOutcome,
): Promise<Record<string, CheckResult>> {
  const results: Record<string, CheckResult> = {}
  for (const spec of stage.checkers) {
    const checker = findChecker(spec.name)
    if (checker === undefined) {
      results[spec.name] = {
        valid: 'unknown',
        reason: `checker "${spec.name}" is not built`,
        anomalies: [],
      }
      continue
    }
    const options = {
      ...(spec.model ? { model: spec.model } : {}),
      ...(spec.consistencyModels ? { consistencyModels: spec.consistencyModels } : {}),
      extra: spec.extra ?? {},
    }
    const history = historyArg(outcome.history, outcome.sharedHistory)
    const job = { kind: 'checker', name: spec.name, history, options } as const
    results[spec.name] =
      (await checkOffThread({ ...job, budgetMs: EXTRA_CHECK_BUDGET_MS })) ??
      checker.check(outcome.history, options, {
        deadlineMs: performance.now() + EXTRA_CHECK_BUDGET_MS,
      })
  }
  return results
}

/** One seed of a stage, graded, results written; no automatic rerun (`dsgrade explore`). */
export function runStageSeed(
  request: StageRunRequest,
  seed: number,
): Promise<{ run: SeedRun; outcome?: RunOutcome }> {
  return runSeed(request, seed)
}

async function runSeed(
  request: StageRunRequest,
  seed: number,
  attempt = 1,
  /** The caller already holds the machine for this run (a group rerun's lease). */
  slotHeld = false,
): Promise<{ run: SeedRun; outcome?: RunOutcome }> {
  const { stage } = request
  const replay = stageReplayCommand(
    stage,
    request.command,
    seed,
    request.timeScale,
    request.typedBin,
    { sim: request.sim === true, swarm: request.swarm === true },
  )
  const plain = stageTestOptions(stage, {
    command: request.command,
    cwd: request.cwd,
    seed,
    timeScale: request.timeScale,
    sim: request.sim === true,
  })
  const swarm = request.swarm === true ? swarmFor(stage, plain, seed) : undefined
  const options = swarm === undefined ? plain : applySwarm(plain, swarm)
  const engine = request.engine
  const lag = engine?.clockLagMs?.(attempt)
  let outcome: RunOutcome
  try {
    const test = (): Promise<RunOutcome> =>
      runTest({
        options,
        storeDir: request.storeDir,
        logger: request.logger,
        env: request.env,
        writeResults: false,
        ...(request.validateReply === undefined ? {} : { validateReply: request.validateReply }),
        ...(engine === undefined
          ? {}
          : { nodes: engine.nodes, clock: 'virtual' as const, writeReport: false }),
        ...(lag === undefined ? {} : { clockLagMs: lag }),
        ...(request.simStrict === true ? { simStrict: true } : {}),
      })
    outcome = slotHeld
      ? await test()
      : await withRunSlot(
          {
            nodeCount: options.nodeIds.length,
            rate: options.rate,
            processes: engine === undefined && request.sim !== true,
          },
          test,
          {
            expectedMs: expectedRunMs(options),
            exclusive: attempt > 2,
            priority: attempt > 1 ? RERUN_PRIORITY : (request.priority ?? 0),
          },
        )
  } catch (error) {
    if (error instanceof SimNotTakingPartError) {
      throw error // the caller (explore) stops and says so; no seed result
    }
    const reason = isDsgradeError(error) ? error.message : `internal error: ${String(error)}`
    return {
      run: { seed, valid: 'unknown', exitCode: 255, reason, runDir: '', replay, criteria: [] },
    }
  }
  const checkers = await extraCheckerResults(stage, outcome)
  const rpc = outcome.replies
  const measured = evaluateCriteria({ ...outcome.results, checkers, rpc }, stage.criteria)
  const timed = stageTimeBased(stage)
  const ruled = vouchFor(
    outcome.results.harness as HarnessHealth | undefined,
    options.latencyMs,
    stage.criteria,
    timed,
    outcome.exitCode === 255,
    timeScaleMs(options),
  )
  const ruledVouch: Vouch =
    swarm !== undefined && ruled.kind === 'vouched'
      ? { ...ruled, kind: 'swarm', sentence: SWARM_SENTENCE }
      : ruled
  const windowOf = stageWindowOf(stage, options.timeScale)
  // The failing figures the run's own lateness could explain (grading/vouch.ts), once.
  const excused = lateExcuses(
    measured,
    stage.criteria,
    ruledVouch,
    timed,
    windowOf,
    outcome.results,
  )
  const criteria = applyVouch(
    measured,
    stage.criteria,
    ruledVouch,
    outcome.results,
    timed,
    windowOf,
    excused,
  )
  // Excuses that excused nothing leave the run vouched for; figures a vouched run's lateness
  // could explain make it harness-late, naming them (grading/vouch.ts).
  const vouch = settleVouch(ruledVouch, criteria, excused)
  const run: SeedRun = {
    seed,
    valid: outcome.valid,
    // A run that could not start because the machine starved a node is inconclusive (2).
    exitCode: vouch.starvedInit === true ? 2 : outcome.exitCode,
    reason: outcome.reason,
    runDir: outcome.runDir,
    replay,
    criteria,
    vouch: {
      kind: vouch.kind,
      sentence: vouch.sentence,
      latenessP99Ms: vouch.lateness?.p99Ms ?? null,
      boundMs: vouch.boundMs.p99,
    },
    attempt,
  }
  const status = seedStatus(run)
  outcome.results.stage = {
    track: stage.trackId,
    stage: stage.fullId,
    number: stage.number,
    title: stage.title,
    seed,
    status,
    criteria,
    checkers,
    ...(rpc === undefined ? {} : { rpc }),
    replay,
    ...(run.vouch === undefined ? {} : { vouch: run.vouch }),
    attempt,
    ...(swarm === undefined ? {} : { swarm: { ...swarm } }),
  }
  await yieldTurn()
  await writeRunResults(outcome)
  return { run, outcome }
}

const STATUS_RANK: Record<StageStatus, number> = {
  pass: 0,
  skipped: 0,
  unknown: 1,
  inconclusive: 2,
  error: 3,
  fail: 4,
}

/** A seed worth running again: the harness was late and nothing timing-independent failed. */
function needsRerun(run: SeedRun): boolean {
  const status = seedStatus(run)
  return run.vouch?.kind === 'harness-late' && (status === 'inconclusive' || status === 'unknown')
}

/**
 * Run `work` for each index, at most `lanes` at a time (every run still takes its cost from
 * the machine budget, or runs under a lease its caller holds).
 */
async function inLanes(
  indices: readonly number[],
  lanes: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < indices.length) {
      await work(indices[next++] as number)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, indices.length)) }, lane))
}

/** A first rerun waits ahead of every first run (only a run that must be alone goes before it). */
const RERUN_PRIORITY = Number.MAX_SAFE_INTEGER

/**
 * What a first rerun of `count` stalled seeds of a stage holds of the machine: twice what they
 * cost, at least half the machine, at most all of it — so at most half as much other work runs
 * beside them as beside their first run, and the rerun starts as soon as that much is free
 * instead of waiting for the whole machine to drain. A seed still stalled then reruns alone.
 */
function firstRerunUnits(stage: StageSpec, count: number): number {
  const cost = slotCost({ nodeCount: stage.options.nodeCount, rate: stage.options.rate ?? 0 })
  const capacity = machineBudget.capacity
  return Math.min(capacity, Math.max(capacity / 2, 2 * cost * count))
}

/**
 * Whether the stalled seeds of a stage may rerun together for their first rerun: they saw the
 * same stall together, and together they fit the machine twice over.
 */
function groupRerunFits(stage: StageSpec, count: number): boolean {
  const cost = slotCost({ nodeCount: stage.options.nodeCount, rate: stage.options.rate ?? 0 })
  return count > 1 && 2 * cost * count <= machineBudget.capacity
}

/** Run every seed of a stage and grade it. */
export async function runStage(request: StageRunRequest): Promise<StageResult> {
  const started = performance.now()
  const { stage, logger } = request
  logger.info(
    `${stage.number} ${stage.fullId}: ${request.seeds.length} seed(s) (${request.seeds.join(', ')})`,
  )
  const results = new Array<{ run: SeedRun; outcome?: RunOutcome; reruns: number }>(
    request.seeds.length,
  )
  const seedAt = (i: number): number => request.seeds[i] as number
  // Every run takes its cost from the one machine budget (run/parallelism.ts); `parallelism`
  // only caps the lanes of this stage further.
  const lanes = Math.max(1, request.parallelism)
  await inLanes([...request.seeds.keys()], lanes, async (i) => {
    results[i] = { ...(await runSeed(request, seedAt(i))), reruns: 0 }
  })
  // Seeds the harness could not vouch for are rerun. Seeds of one stage stall together (they
  // ran side by side), so the first rerun runs them together, ahead of every first run, with
  // at most half as much other work beside them (firstRerunUnits); a seed still stalled then
  // reruns alone on a drained machine.
  let stalled = [...request.seeds.keys()].filter((i) => needsRerun(results[i]!.run))
  for (let rerun = 1; rerun <= MAX_RERUNS && stalled.length > 0; rerun++) {
    const first = rerun === 1
    const together = first && groupRerunFits(stage, stalled.length)
    for (const i of stalled) {
      const how = !first
        ? 'rerunning it alone'
        : together
          ? `rerunning it with this stage's ${stalled.length - 1} other stalled seed(s), half the machine or more kept for them`
          : 'rerunning it with half the machine or more kept for it'
      logger.info(
        `${stage.number} seed ${seedAt(i)}: ${results[i]!.run.vouch?.sentence ?? ''}; ${how} (rerun ${rerun} of at most ${MAX_RERUNS}).`,
      )
    }
    const again = async (i: number): Promise<void> => {
      results[i] = { ...(await runSeed(request, seedAt(i), rerun + 1, first)), reruns: rerun }
    }
    const batch = stalled
    const spacing = request.engine === undefined && request.sim !== true ? START_SPACING_MS : 0
    const lease = (seeds: number) => ({
      expectedMs: expectedRunMs({
        timeLimitS: stage.options.timeLimitS,
        timeScale: request.timeScale,
      }),
      priority: RERUN_PRIORITY,
      spacingMs: spacing * stage.options.nodeCount * seeds,
    })
    if (together) {
      const units = firstRerunUnits(stage, batch.length)
      await machineBudget.run(units, () => inLanes(batch, lanes, again), lease(batch.length))
    } else if (first) {
      const units = firstRerunUnits(stage, 1)
      await inLanes(batch, lanes, (i) => machineBudget.run(units, () => again(i), lease(1)))
    } else {
      await inLanes(batch, lanes, again)
    }
    stalled = batch.filter((i) => needsRerun(results[i]!.run))
  }
  const reruns = results.reduce((sum, r) => sum + r.reruns, 0)
  const statuses = results.map((r) => seedStatus(r.run))
  const worstIndex = statuses.reduce(
    (worst, s, i) => (STATUS_RANK[s] > STATUS_RANK[statuses[worst] as StageStatus] ? i : worst),
    0,
  )
  const worst = results[worstIndex] as { run: SeedRun; outcome?: RunOutcome }
  const status = statuses[worstIndex] as StageStatus
  const result: StageResult = {
    trackId: stage.trackId,
    stageId: stage.fullId,
    number: stage.number,
    title: stage.title,
    status,
    reason: stageReason(
      stage,
      status,
      results.map((r) => r.run),
      worst.run,
    ),
    criteria: worst.run.criteria,
    seeds: results.map((r) => r.run),
    explanation:
      status === 'pass' || status === 'inconclusive' ? [] : explainStage(worst.run, worst.outcome),
    replay: worst.run.replay,
    durationMs: Math.round(performance.now() - started),
    reruns,
  }
  if (worst.run.vouch?.kind === 'nodes-busy' && status === 'fail') {
    result.hint = BUSY_NODE_HINT
  } else if (status !== 'pass' && status !== 'inconclusive' && stage.hints[0] !== undefined) {
    const failed = worst.run.criteria.filter((c) => c.pass === false).map((c) => c.id)
    result.hint = stage.hints[firstHintIndex(stage, failed)] ?? stage.hints[0]
  }
  if (stage.docsPath !== undefined) {
    result.docsPath = conceptLink(stage.docsPath, request.docsBase ?? DSGRADE_DOCS_BASE)
  }
  return result
}

/** A stage that cannot run (planned) or was not reached. */
export function notRunStage(
  stage: StageSpec,
  status: 'skipped' | 'error',
  reason: string,
  docsBase: string = DSGRADE_DOCS_BASE,
): StageResult {
  const criteria: CriterionResult[] = stage.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    threshold: thresholdText(c),
    measured: null,
    pass: 'unknown',
  }))
  const result: StageResult = {
    trackId: stage.trackId,
    stageId: stage.fullId,
    number: stage.number,
    title: stage.title,
    status,
    reason,
    criteria,
    seeds: [],
    explanation: [],
    replay: '',
    durationMs: 0,
  }
  if (stage.docsPath !== undefined) {
    result.docsPath = conceptLink(stage.docsPath, docsBase)
  }
  return result
}

/** The workload's time scale for the vouching rule: its client time-out or its time grain. */
function timeScaleMs(options: TestOptions): number | undefined {
  const workload = findWorkload(options.workload)
  const scales = [workload?.clientTimeoutMs?.(options), workload?.timeGrainMs?.(options)]
  const given = scales.filter((ms): ms is number => ms !== undefined)
  return given.length === 0 ? undefined : Math.min(...given)
}
