/**
 * CPU figures from Linux /proc, for the harness health block: the machine's busy and steal
 * ticks (`/proc/stat`) and the CPU ticks of process trees (`/proc/PID/stat`: utime + stime of
 * every live process in the tree, plus cutime + cstime, the ticks of children already
 * waited for). A tree is a root pid and every live descendant by parent pid, so a node's
 * helpers and workers count as the node.
 *
 * Guarantees: reads only; never throws (unreadable entries are skipped, a missing /proc gives
 * `undefined`); one scan of /proc per sample, whatever the number of trees. It does not see a
 * double-forked daemon that left the tree (the reaper still ends it at stop).
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

/**
 * CPU ticks of each tree (root pid and live descendants), by key; a key whose root is gone
 * is absent. One scan of /proc.
 */
export function readTreeTicks(roots: ReadonlyMap<string, number>): Map<string, number> {
  const result = new Map<string, number>()
  if (roots.size === 0) {
    return result
  }
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return result
  }
  const entries = new Map<number, StatEntry>()
  const children = new Map<number, number[]>()
  for (const name of names) {
    const pid = Number(name)
    if (!Number.isSafeInteger(pid) || pid <= 0) {
      continue
    }
    const entry = readStat(pid)
    if (entry === undefined) {
      continue
    }
    entries.set(pid, entry)
    const list = children.get(entry.ppid) ?? []
    list.push(pid)
    children.set(entry.ppid, list)
  }
  for (const [key, root] of roots) {
    if (!entries.has(root)) {
      continue
    }
    let ticks = 0
    const seen = new Set<number>()
    const queue = [root]
    while (queue.length > 0) {
      const pid = queue.pop() as number
      if (seen.has(pid) || pid === process.pid) {
        continue
      }
      seen.add(pid)
      ticks += entries.get(pid)?.ticks ?? 0
      queue.push(...(children.get(pid) ?? []))
    }
    result.set(key, ticks)
  }
  return result
}

/** Event-loop delay (ms beyond the sampling resolution), over a whole phase and per interval. */
export interface LoopDelayMonitor {
  /** p99 and max since the last call, then starts a new interval. */
  takeInterval(): { p99Ms: number; maxMs: number }
  /** p50, p99 and max since start. */
  summary(): { p50Ms: number; p99Ms: number; maxMs: number }
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
    stop() {
      whole.disable()
      interval.disable()
    },
  }
}
