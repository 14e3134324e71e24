/**
 * Availability and latency read with and without fault windows (issue 4, fault-aware
 * reporting). A client operation counts as "during faults" when its interval [invoke,
 * completion] overlaps any fault window of the history; otherwise "outside faults". Pure.
 *
 * Latency is completion time − invocation time of `ok` operations, in milliseconds, as
 * quantiles "0", "0.5", "0.95", "0.99", "1". okFraction = ok completions / invocations.
 */
import { pairOps, type Op } from '../../history/index.js'
import type { FaultWindow } from '../../history/index.js'
import { quantiles } from './set-full.js'

export interface FigureSet {
  /** Client invocations in this set. */
  ops: number
  /** ok completions / invocations (null when there are none: nothing measured). */
  okFraction: number | null
  /** Quantiles of ok latencies in ms; absent when no op completed ok. */
  latencyMs?: Record<string, number>
}

export interface FaultSplit {
  all: FigureSet
  duringFaults: FigureSet
  outsideFaults: FigureSet
}

function figures(pairs: ReturnType<typeof pairOps>): FigureSet {
  const latencies: number[] = []
  let ok = 0
  for (const { invoke, complete } of pairs) {
    if (complete?.type === 'ok') {
      ok++
      latencies.push((complete.time - invoke.time) / 1e6)
    }
  }
  const latencyMs = quantiles(latencies)
  return {
    ops: pairs.length,
    okFraction: pairs.length === 0 ? null : ok / pairs.length,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  }
}

export function splitByFaults(history: readonly Op[], windows: readonly FaultWindow[]): FaultSplit {
  const pairs = pairOps(history)
  const endNs = history.length === 0 ? 0 : (history[history.length - 1] as Op).time
  const during: typeof pairs = []
  const outside: typeof pairs = []
  for (const pair of pairs) {
    const start = pair.invoke.time
    const end = pair.complete?.time ?? endNs
    const hit = windows.some((w) => w.startNs <= end && start <= w.endNs)
    ;(hit ? during : outside).push(pair)
  }
  return { all: figures(pairs), duringFaults: figures(during), outsideFaults: figures(outside) }
}
