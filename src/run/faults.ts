/**
 * Fault windows from the nemesis operations of a history, and the faults active at a given
 * time, so every anomaly can be explained with what the network and the nodes were going
 * through when its evidence happened. Pairs `start-X`/`stop-X`, `kill`/`start` (or
 * `restart`), `pause`/`resume`; a window still open at the end closes at the end.
 */
import type { Anomaly } from '../checkers/contract.js'
import type { Op } from '../history/types.js'

export interface FaultWindow {
  kind: string
  /** Nanoseconds since the test started. */
  startNs: number
  endNs: number
  nodes?: string[]
  description?: string
}

const CLOSERS: Record<string, string> = { start: 'kill', restart: 'kill', resume: 'pause' }

function kindOf(f: string): { kind: string; opens: boolean } | undefined {
  if (f.startsWith('start-')) {
    return { kind: f.slice(6), opens: true }
  }
  if (f.startsWith('stop-')) {
    return { kind: f.slice(5), opens: false }
  }
  if (f === 'kill' || f === 'pause') {
    return { kind: f, opens: true }
  }
  const closes = CLOSERS[f]
  return closes === undefined ? undefined : { kind: closes, opens: false }
}

function describe(value: unknown): { nodes?: string[]; description?: string } {
  if (typeof value !== 'object' || value === null) {
    return value === undefined ? {} : { description: String(value) }
  }
  const record = value as Record<string, unknown>
  const out: { nodes?: string[]; description?: string } = {}
  if (Array.isArray(record.nodes)) {
    out.nodes = record.nodes.map(String)
  }
  if (typeof record.description === 'string') {
    out.description = record.description
  }
  return out
}

export function faultWindows(history: readonly Op[]): FaultWindow[] {
  const open = new Map<string, FaultWindow>()
  const windows: FaultWindow[] = []
  let endNs = 0
  for (const op of history) {
    endNs = Math.max(endNs, op.time)
    if (op.process !== 'nemesis' || op.type === 'invoke') {
      continue
    }
    const kind = kindOf(op.f)
    if (kind === undefined) {
      continue
    }
    if (kind.opens) {
      const window: FaultWindow = {
        kind: kind.kind,
        startNs: op.time,
        endNs: op.time,
        ...describe(op.value),
      }
      open.set(kind.kind, window)
      windows.push(window)
    } else {
      const window = open.get(kind.kind)
      if (window !== undefined) {
        window.endNs = op.time
        open.delete(kind.kind)
      }
    }
  }
  for (const window of open.values()) {
    window.endNs = endNs
  }
  return windows
}

/** The windows overlapping [fromNs, toNs]. */
export function activeFaults(
  windows: readonly FaultWindow[],
  fromNs: number,
  toNs: number,
): FaultWindow[] {
  return windows.filter((w) => w.startNs <= toNs && w.endNs >= fromNs)
}

/** Anomalies with the faults active during their evidence (`activeFaults`). */
export function explainAnomalies(
  anomalies: readonly Anomaly[],
  windows: readonly FaultWindow[],
): (Anomaly & { activeFaults: FaultWindow[] })[] {
  return anomalies.map((anomaly) => ({
    ...anomaly,
    activeFaults:
      anomaly.timeNs === undefined
        ? []
        : activeFaults(windows, anomaly.timeNs[0], anomaly.timeNs[1]),
  }))
}
