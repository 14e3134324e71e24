/**
 * One test run (style.md model 1; maelstrom-protocol.md §2): network, services, nodes,
 * `init`, workload setup, paced client workers, nemesis, heal → recovery → final, history,
 * checks, results and the files of interfaces.md §1.2. Also several seeds in parallel and
 * the local replay command.
 *
 * Learner mistakes (invalid histories, crashes, bad lines) are values in the outcome; only a
 * test that cannot run at all (init failure, unknown workload) is exit 255.
 */
import type { RunRequest, RunOutcome, SeedsOutcome } from './types.js'
import { runOnce } from './runner.js'
import { runSeedsParallel } from './seeds.js'
export { replayCommand } from './replay.js'
export { SimNotTakingPartError, stopActiveRuns, writeRunResults } from './runner.js'
export { yieldTurn } from './yield.js'
export { checkOffThread, historyArg } from './check-pool.js'
export { ReplyChecker } from './replies.js'
export type { ReplyValidator } from './replies.js'
export type { RunRequest, RunOutcome, SeedsOutcome, RunNodes, RunExitCode } from './types.js'

/** Run one test. Never throws for a learner mistake; an `init` failure is exit 255. */
export function runTest(request: RunRequest): Promise<RunOutcome> {
  return runOnce(request)
}

/** Run the test once per seed, as the machine budget allows (`parallelism`: a further cap). */
export function runSeeds(
  request: RunRequest,
  seeds: readonly number[],
  parallelism?: number,
): Promise<SeedsOutcome> {
  return runSeedsParallel(request, seeds, parallelism)
}
export { HARNESS_METRICS } from './metrics.js'
export { shellQuote } from './replay.js'
export { DEFAULT_RPC_TIMEOUT_MS } from './client.js'
export { FAULT_MARGIN_MS, HEALTH_SAMPLE_MS } from './health.js'
export type { HarnessHealth } from './health.js'
export {
  MachineBudget,
  START_SPACING_MS,
  UNITS_PER_CORE,
  expectedRunMs,
  machineBudget,
  runCost,
  slotCost,
  spreadBudget,
  withRunSlot,
} from './parallelism.js'
export type { Lessor, RunShape, SlotOptions } from './parallelism.js'
export { leaseFromParent, serveLeases } from './budget-lease.js'
export type { LeaseChild, LeaseParent } from './budget-lease.js'
