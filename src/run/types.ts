/**
 * The runner's public types: what a caller (the CLI, the track runner, the Action, scenario
 * tests) asks for and what one test run gives back. The run itself lives in run/index.ts.
 *
 * Guarantees: `RunOutcome.results` is exactly the object written to results.json; `reason`
 * is one plain sentence for a person; `exitCode` follows interfaces.md §1.1.
 */
import type { SharedHistory } from './check-pool.js'
import type { Validity } from '../checkers/index.js'
import type { Op } from '../history/index.js'
import type { JournalEvent } from '../network/index.js'
import type { ReplyCheck, RunResults } from '../results/index.js'
import type { ReplyValidator } from './replies.js'
import type { Logger } from '../shared/index.js'
import type { SimNodeFactory } from '../sim/index.js'
import type { TestOptions } from '../options/index.js'

/** How the nodes of the run are made. */
export type RunNodes = { kind: 'process' } | { kind: 'in-process'; factory: SimNodeFactory }

export interface RunRequest {
  options: TestOptions
  /** The store root (`--store`, default `./store`); the run dir is made under it. */
  storeDir: string
  logger: Logger
  /** @default { kind: 'process' } */
  nodes?: RunNodes
  /** 'virtual' only with in-process nodes. @default 'real' */
  clock?: 'real' | 'virtual'
  /**
   * The environment a node process takes its allow-listed variables from (PATH, LANG, LC_ALL,
   * TZ, CI); HOME, TMPDIR and DSGRADE_* are set per node by the runner. Required for process
   * nodes: only the edges (cli/, action/) read process.env, and they pass it here.
   */
  env?: Readonly<Record<string, string | undefined>>
  /** Write report.html (default true). Tests may turn it off to save time. */
  writeReport?: boolean
  /**
   * Virtual clock only: how late every timer fires (simulated ms), so a scenario test can
   * stand for an overloaded harness (see VirtualClock). @default none
   */
  clockLagMs?: (nowMs: number) => number
  /**
   * Write results.json and report.html when the run ends (default true). Grading turns it off,
   * adds the stage block to `outcome.results` and calls `writeRunResults` once.
   */
  writeResults?: boolean
  /** Checks every server → client reply against the track's RPC shapes (`outcome.replies`). */
  validateReply?: ReplyValidator
  /**
   * `options.sim` only: real time a node gets to say `idle` after an input before the run falls
   * back to real time (docs/simulation.md §5). @default DEFAULT_SIM_IDLE_BUDGET_MS (5 s)
   */
  simIdleBudgetMs?: number
  /**
   * `options.sim` only: a node that does not take part stops the run at once with
   * SimNotTakingPartError instead of a real-time rerun (`dsgrade explore`). @default false
   */
  simStrict?: boolean
  /** Set by the runner on the real-time rerun of a `--sim` run that fell back: the sentence. */
  simFallback?: string
}

export type RunExitCode = 0 | 1 | 2 | 255

export interface RunOutcome {
  valid: Validity
  exitCode: RunExitCode
  /** One plain sentence: why the run passed, failed, was unknown or could not run. */
  reason: string
  /** The results.json object (src/results/schema.ts). */
  results: RunResults
  /** The run directory (holds results.json, history.jsonl, journal.jsonl, report.html). */
  runDir: string
  history: Op[]
  /** The first journal events, for report.html's diagram. */
  journalHead: readonly JournalEvent[]
  /** Replies checked against `RunRequest.validateReply`; absent without a validator. */
  replies?: ReplyCheck
  /** Whether report.html is rendered when the results are written. */
  writeReport: boolean
  /** `history`, held by the check worker until the results are written (check-pool.ts). */
  sharedHistory?: SharedHistory
}

export interface SeedsOutcome {
  outcomes: RunOutcome[]
  /** Seeds whose run was valid, over all seeds. */
  passRate: number
  failing: { seed: number; exitCode: RunExitCode; reason: string; replay: string }[]
  /** The worst exit code of all seeds (255 > 1 > 2 > 0). */
  exitCode: RunExitCode
}
