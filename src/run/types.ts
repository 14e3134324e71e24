/**
 * The runner's public types: what a caller (the CLI, the track runner, the Action, scenario
 * tests) asks for and what one test run gives back. The run itself lives in run/index.ts.
 *
 * Guarantees: `RunOutcome.results` is exactly the object written to results.json; `reason`
 * is one plain sentence for a person; `exitCode` follows interfaces.md §1.1.
 */
import type { Validity } from '../checkers/contract.js'
import type { Op } from '../history/types.js'
import type { Logger } from '../shared/logger.js'
import type { SimNodeFactory } from '../sim/contract.js'
import type { TestOptions } from '../workloads/options.js'

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
   * Environment variables a node process may see (already allow-listed by the edge: PATH,
   * LANG, LC_ALL, TZ, TMPDIR, CI). HOME and DSGRADE_* are set per node by the runner.
   * @default the allow-listed variables of this process
   */
  env?: Record<string, string>
  /** Write report.html (default true). Tests may turn it off to save time. */
  writeReport?: boolean
  /**
   * Virtual clock only: how late every timer fires (simulated ms), so a scenario test can
   * stand for an overloaded harness (see VirtualClock). @default none
   */
  clockLagMs?: (nowMs: number) => number
}

export type RunExitCode = 0 | 1 | 2 | 255

export interface RunOutcome {
  valid: Validity
  exitCode: RunExitCode
  /** One plain sentence: why the run passed, failed, was unknown or could not run. */
  reason: string
  /** The results.json object. */
  results: Record<string, unknown>
  /** The run directory (holds results.json, history.jsonl, journal.jsonl, report.html). */
  runDir: string
  history: Op[]
}

export interface SeedsOutcome {
  outcomes: RunOutcome[]
  /** Seeds whose run was valid, over all seeds. */
  passRate: number
  failing: { seed: number; exitCode: RunExitCode; reason: string; replay: string }[]
  /** The worst exit code of all seeds (255 > 1 > 2 > 0). */
  exitCode: RunExitCode
}
