/**
 * Several seeds of one test, in parallel as the one machine budget allows (run/parallelism.ts:
 * each run takes its cost, from its nodes and rate, before it starts). Each seed gets its own run
 * directory; the outcome lists the pass rate and every failing seed with its replay command.
 */
import { expectedRunMs, withRunSlot } from './parallelism.js'
import type { RunExitCode, RunOutcome, RunRequest, SeedsOutcome } from './types.js'
import { replayCommand } from './replay.js'
import { runOnce } from './runner.js'

const EXIT_RANK: Record<RunExitCode, number> = { 0: 0, 2: 1, 1: 2, 255: 3 }

export function worstExitCode(codes: readonly RunExitCode[]): RunExitCode {
  let worst: RunExitCode = 0
  for (const code of codes) {
    if (EXIT_RANK[code] > EXIT_RANK[worst]) {
      worst = code
    }
  }
  return worst
}

export async function runSeedsParallel(
  request: RunRequest,
  seeds: readonly number[],
  parallelism = Number.POSITIVE_INFINITY,
): Promise<SeedsOutcome> {
  const outcomes: RunOutcome[] = new Array<RunOutcome>(seeds.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < seeds.length) {
      const i = next++
      const seed = seeds[i] as number
      const shape = { nodeCount: request.options.nodeIds.length, rate: request.options.rate }
      outcomes[i] = await withRunSlot(
        shape,
        () => runOnce({ ...request, options: { ...request.options, seed } }),
        { expectedMs: expectedRunMs(request.options) },
      )
    }
  }
  const lanes = Math.max(1, Math.min(parallelism, seeds.length))
  await Promise.all(Array.from({ length: lanes }, worker))
  const failing = outcomes
    .filter((o) => o.exitCode !== 0)
    .map((o) => ({
      seed: Number(o.results.seed),
      exitCode: o.exitCode,
      reason: o.reason,
      replay: replayCommand({ ...request.options, seed: Number(o.results.seed) }),
    }))
  return {
    outcomes,
    passRate: seeds.length === 0 ? 0 : (seeds.length - failing.length) / seeds.length,
    failing,
    exitCode: worstExitCode(outcomes.map((o) => o.exitCode)),
  }
}
