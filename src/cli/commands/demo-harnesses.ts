/**
 * `npm run demo` with one harness process per track (issue 17). One harness thread routes
 * every message of every run in progress, and at stop 19 it was the demo's limit: about six
 * runs at once kept its lateness p99 near 9 ms, seven to nine took it to 21–61 ms and cost
 * reruns (docs/harness.md). So the demo forks one `dsgrade demo --track T` per track; the
 * parent holds the one machine budget (run/budget-lease.ts: the children lease every run's
 * units from it, so priorities, backfill, spacing and alone runs stay one policy) and
 * forwards each child's lines as they come. Each child sends its TrackResult back when done;
 * the parent prints the tables and the summary as the single-process demo does.
 *
 * Guarantees: every child is killed (SIGTERM) when the parent exits; a child that dies
 * without a result becomes an `error` for its track (exit 255), with its exit code and last
 * lines, never a pass. Does not: read the environment (main.ts decides and passes `cliPath`).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Logger } from '../../shared/index.js'
import type { TrackResult } from '../../results/index.js'
import { serveLeases, spreadBudget, type MachineBudget } from '../../run/index.js'

/** The env var that makes a forked demo lease from its parent (main.ts reads it). */
export const LEASE_ENV = 'DSGRADE_BUDGET_LEASE'
/** The env var that tells a forked demo the units of the parent's budget. */
export const LEASE_UNITS_ENV = 'DSGRADE_BUDGET_UNITS'

/** What a child demo sends its parent when its track is graded. */
export interface DemoResultMessage {
  dsgradeDemo: 'result'
  result: TrackResult
}

export function isDemoResult(value: unknown): value is DemoResultMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<DemoResultMessage>).dsgradeDemo === 'result'
  )
}

export interface TrackHarness {
  trackId: string
  /** The track's result, or why there is none. */
  outcome: { result: TrackResult } | { error: string }
}

const running = new Set<ChildProcess>()
let exitHook = false

function killOnExit(child: ChildProcess): void {
  running.add(child)
  child.on('exit', () => running.delete(child))
  if (!exitHook) {
    exitHook = true
    process.on('exit', () => {
      for (const c of running) {
        c.kill('SIGTERM')
      }
    })
  }
}

/** Grades each track in a `dsgrade demo --track T` of its own, under this process's budget. */
export function gradeTracksInChildren(args: {
  cliPath: string
  trackIds: readonly string[]
  storeDir: string
  timeScale: number
  env: Readonly<Record<string, string | undefined>>
  logger: Logger
}): Promise<TrackHarness[]> {
  const budget = spreadBudget()
  return Promise.all(args.trackIds.map((trackId) => gradeInChild(trackId, args, budget)))
}

function gradeInChild(
  trackId: string,
  args: Parameters<typeof gradeTracksInChildren>[0],
  budget: MachineBudget,
): Promise<TrackHarness> {
  const child = fork(
    args.cliPath,
    ['demo', '--track', trackId, '--store', args.storeDir, '--time-scale', String(args.timeScale)],
    {
      env: { ...args.env, [LEASE_ENV]: 'ipc', [LEASE_UNITS_ENV]: String(budget.capacity) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    },
  )
  killOnExit(child)
  serveLeases(child, budget)
  const tail: string[] = []
  const forward = (stream: NodeJS.ReadableStream | null): void => {
    if (stream === null) {
      return
    }
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      tail.push(line)
      if (tail.length > 5) {
        tail.shift()
      }
      args.logger.info(line)
    })
  }
  forward(child.stdout)
  forward(child.stderr)
  let result: TrackResult | undefined
  child.on('message', (value: unknown) => {
    if (isDemoResult(value)) {
      result = value.result
    }
  })
  return new Promise((resolve) => {
    child.on('error', (error) => {
      resolve({
        trackId,
        outcome: { error: `could not start its harness process: ${error.message}` },
      })
    })
    child.on('close', (code, signal) => {
      if (result !== undefined) {
        resolve({ trackId, outcome: { result } })
        return
      }
      const how = signal === null ? `exit code ${code ?? 'unknown'}` : `signal ${signal}`
      resolve({
        trackId,
        outcome: {
          error:
            `its harness process ended (${how}) without a result` +
            (tail.length > 0 ? `; its last line: ${tail[tail.length - 1]}` : ''),
        },
      })
    })
  })
}

let resultSent = false

/**
 * Child side: a demo whose parent is gone (killed without a chance to kill it) stops as on
 * SIGTERM — its nodes stopped, exit 143 — instead of grading on for no one.
 */
export function stopWhenOrphaned(): void {
  process.on('disconnect', () => {
    if (!resultSent) {
      process.kill(process.pid, 'SIGTERM')
    }
  })
}

/** Child side: hands the result to the parent, then lets the process end. */
export function sendResultToParent(result: TrackResult): Promise<void> {
  resultSent = true
  return new Promise((resolve) => {
    if (process.send === undefined || !process.connected) {
      resolve()
      return
    }
    process.send(
      { dsgradeDemo: 'result', result } satisfies DemoResultMessage,
      undefined,
      {},
      () => {
        process.disconnect()
        resolve()
      },
    )
  })
}
