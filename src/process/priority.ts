/**
 * CPU priorities of what a harness starts: its node processes and its check worker thread.
 *
 * By default everything runs at the harness's own priority. The demo's harness-first policy
 * (set by a demo harness process forked by `npm run demo`, cli/main.ts; docs/harness.md)
 * puts node processes NODE_NICE_STEPS below the harness and the check worker CHECK_NICE_STEPS
 * below it. Fifteen harness processes share two cores with their nodes there, and a harness
 * thread that waits for a CPU delays every delivery of its runs: the clock of the test, which
 * is what the runs' lateness measures and what a rerun costs. Checks are never on that clock
 * (they run after a run's main phase) and nodes lose nothing they are owed: a node that was
 * ready to run but waited for a CPU is still measured as starved (grading/vouch.ts), so
 * a lower priority can make a seed inconclusive, never failed.
 *
 * Steps are relative to the process's own nice value (a demo started with `nice -n 10` puts
 * its nodes at 15), capped at 19; raising a priority is never attempted. Linux keeps nice per
 * thread: `setPriority` from inside a worker thread lowers that thread only.
 */
import { getPriority, setPriority } from 'node:os'

/** Nice steps below the harness for node processes, under the harness-first policy. */
export const NODE_NICE_STEPS = 5
/** Nice steps below the harness for the check worker thread, under the harness-first policy. */
export const CHECK_NICE_STEPS = 10

export interface Priorities {
  /** Nice steps below the harness for each node process started from now on. */
  nodeSteps: number
  /** Nice steps below the harness for the check worker (when it starts). */
  checkSteps: number
}

/** Everything at the harness's own priority. */
export const SAME_PRIORITY: Priorities = { nodeSteps: 0, checkSteps: 0 }
/** The demo's policy: the harness threads first (see the header). */
export const HARNESS_FIRST: Priorities = {
  nodeSteps: NODE_NICE_STEPS,
  checkSteps: CHECK_NICE_STEPS,
}

let current: Priorities = SAME_PRIORITY

/** From now on, nodes started and a check worker created get these priorities. */
export function setPriorities(priorities: Priorities): void {
  current = priorities
}

/** The priorities in force. */
export function priorities(): Priorities {
  return current
}

/** The highest (least favoured) nice value. */
const MAX_NICE = 19

/**
 * Lower the priority of `pid` (0: the calling thread) by `steps` nice steps, at most to 19.
 * Does nothing for 0 steps; a process already gone, or a platform that refuses, is ignored:
 * a priority is a preference, never a reason for a run to fail.
 */
export function lowerPriority(pid: number, steps: number): void {
  if (steps <= 0) {
    return
  }
  try {
    const nice = getPriority(pid)
    const target = Math.min(MAX_NICE, nice + steps)
    if (target > nice) {
      setPriority(pid, target)
    }
  } catch {
    // ESRCH (exited already), EPERM/EACCES: keep the priority it has
  }
}
