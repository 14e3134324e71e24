/**
 * CPU figures from Linux /proc, for the harness health block: the machine's busy and steal
 * ticks (`/proc/stat`) and the CPU ticks of process trees (`/proc/PID/stat`: utime + stime of
 * every live process in the tree, plus cutime + cstime, the ticks of children already
 * waited for). A tree is a root pid and every live descendant by parent pid, so a node's
 * helpers and workers count as the node.
 *
 * Guarantees: reads only; never throws (unreadable entries are skipped, a missing /proc gives
 * `undefined`); reads only the trees' own entries (never a scan of every process: on a loaded
 * machine that alone made the harness late). It does not see a double-forked daemon that
 * left the tree (the reaper still ends it at stop).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'

/** USER_HZ: the unit of /proc tick counts on every Linux architecture Node supports. */
export const TICKS_PER_S = 100

export interface MachineTicks {
  /** Every tick of every CPU. */
  total: number
  /** Ticks not idle and not waiting for I/O (user, nice, system, irq, softirq, steal). */
  busy: number
  /** Ticks a hypervisor gave to another guest. */
  steal: number
  cores: number
  /** Processes runnable at the moment of the read (`procs_running`, this one included). */
  running: number
}

/** The first (aggregate) line of /proc/stat, or undefined where there is none. */
export function readMachineTicks(): MachineTicks | undefined {
  let text: string
  try {
    text = readFileSync('/proc/stat', 'latin1')
  } catch {
    return undefined
  }
  const line = text.slice(0, text.indexOf('\n'))
  const fields = line.trim().split(/\s+/).slice(1).map(Number)
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) {
    return undefined
  }
  // user nice system idle iowait irq softirq steal (guest ticks are already in user/nice).
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, soft = 0, steal = 0] =
    fields
  const busy = user + nice + system + irq + soft + steal
  const running = Number(/^procs_running (\d+)/m.exec(text)?.[1] ?? 1)
  return { total: busy + idle + iowait, busy, steal, cores: availableParallelism(), running }
}

interface StatEntry {
  ppid: number
  /** utime + stime + cutime + cstime. */
  ticks: number
}

function readStat(pid: number): StatEntry | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'latin1')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0)
    return { ppid: Number(fields[1]), ticks: Number.isFinite(ticks) ? ticks : 0 }
  } catch {
    return undefined
  }
}

/** The live child pids of a process (every thread's `children` file, Linux ≥ 3.5). */
function childPids(pid: number): number[] {
  let tids: string[]
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return []
  }
  const children: number[] = []
  for (const tid of tids) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'latin1').trim()
      if (text !== '') {
        children.push(...text.split(' ').map(Number))
      }
    } catch {
      // thread gone
    }
  }
  return children
}

/**
 * The pids of each tree (root and live descendants), by key; absent when the root is gone.
 * Walks `children` files from each root, so its cost grows with the trees, not with every
 * process on the machine.
 */
function treePids(roots: ReadonlyMap<string, number>): {
  trees: Map<string, number[]>
  entries: Map<number, StatEntry>
} {
  const trees = new Map<string, number[]>()
  const entries = new Map<number, StatEntry>()
  for (const [key, root] of roots) {
    const seen = new Set<number>()
    const queue = [root]
    while (queue.length > 0) {
      const pid = queue.pop() as number
      if (seen.has(pid) || pid === process.pid || seen.size > 1000) {
        continue
      }
      const entry = readStat(pid)
      if (entry === undefined) {
        continue
      }
      entries.set(pid, entry)
      seen.add(pid)
      queue.push(...childPids(pid))
    }
    if (seen.has(root)) {
      trees.set(key, [...seen])
    }
  }
  return { trees, entries }
}

/** CPU ticks of each tree (root pid and live descendants), by key; absent when the root is gone. */
export function readTreeTicks(roots: ReadonlyMap<string, number>): Map<string, number> {
  const { trees, entries } = treePids(roots)
  const result = new Map<string, number>()
  for (const [key, pids] of trees) {
    result.set(
      key,
      pids.reduce((sum, pid) => sum + (entries.get(pid)?.ticks ?? 0), 0),
    )
  }
  return result
}

/** Each thread's schedstat figures (ns on a CPU, ns waiting in a run queue), by key then `pid/tid`. */
function readTreeSchedstats(
  roots: ReadonlyMap<string, number>,
): Map<string, Map<string, { onCpu: number; waiting: number }>> {
  const { trees } = treePids(roots)
  const result = new Map<string, Map<string, { onCpu: number; waiting: number }>>()
  for (const [key, pids] of trees) {
    const threads = new Map<string, { onCpu: number; waiting: number }>()
    for (const pid of pids) {
      let tids: string[]
      try {
        tids = readdirSync(`/proc/${pid}/task`)
      } catch {
        continue
      }
      for (const tid of tids) {
        try {
          const [onCpu = 0, waiting = 0] = readFileSync(
            `/proc/${pid}/task/${tid}/schedstat`,
            'latin1',
          )
            .trim()
            .split(' ')
            .map(Number)
          threads.set(`${pid}/${tid}`, { onCpu, waiting })
        } catch {
          // gone
        }
      }
    }
    result.set(key, threads)
  }
  return result
}

/**
 * Nanoseconds each thread of each tree spent running or ready to run (on a CPU plus waiting
 * in a run queue, /proc/PID/task/TID/schedstat), by key then `pid/tid`. A thread that waits
 * for input or a timer is neither, so a thread whose figure grows as fast as the wall clock
 * never waits: a busy loop, whatever share of the CPU the machine let it have.
 */
export function readTreeRunnableNs(
  roots: ReadonlyMap<string, number>,
): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>()
  for (const [key, threads] of readTreeSchedstats(roots)) {
    result.set(key, new Map([...threads].map(([tid, t]) => [tid, t.onCpu + t.waiting])))
  }
  return result
}

/**
 * Nanoseconds each thread spent ready to run but waiting for a CPU (schedstat's run queue
 * delay), by key then `pid/tid`: how much the machine held each tree back.
 */
export function readTreeWaitingNs(
  roots: ReadonlyMap<string, number>,
): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>()
  for (const [key, threads] of readTreeSchedstats(roots)) {
    result.set(key, new Map([...threads].map(([tid, t]) => [tid, t.waiting])))
  }
  return result
}

/** Event-loop delay (ms beyond the sampling resolution), over a whole phase and per interval. */
export interface LoopDelayMonitor {
  /** p99 and max since the last call, then starts a new interval. */
  takeInterval(): { p99Ms: number; maxMs: number }
  /** p50, p99 and max since start (or the last `restart`). */
  summary(): { p50Ms: number; p99Ms: number; maxMs: number }
  /** Forget everything so far (the main phase begins). */
  restart(): void
  stop(): void
}

const LOOP_RESOLUTION_MS = 10

/** Starts Node's event-loop delay histograms (perf_hooks.monitorEventLoopDelay). */
export function startLoopDelayMonitor(): LoopDelayMonitor {
  const whole = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  const interval = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  whole.enable()
  interval.enable()
  const ms = (ns: number): number =>
    Number.isFinite(ns) ? Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS) : 0
  const figures = (h: IntervalHistogram, q: number): number =>
    h.count === 0 ? 0 : ms(h.percentile(q))
  return {
    takeInterval() {
      const result = {
        p99Ms: figures(interval, 99),
        maxMs: interval.count === 0 ? 0 : ms(interval.max),
      }
      interval.reset()
      return result
    },
    summary() {
      return {
        p50Ms: figures(whole, 50),
        p99Ms: figures(whole, 99),
        maxMs: whole.count === 0 ? 0 : ms(whole.max),
      }
    },
    restart() {
      whole.reset()
      interval.reset()
    },
    stop() {
      whole.disable()
      interval.disable()
    },
  }
}
