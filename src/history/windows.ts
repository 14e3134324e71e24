/**
 * Fault windows from a history (issue 4 item 5): when each fault was active, on which nodes,
 * in plain words, so a report can say which faults were active while an anomaly's evidence
 * happened ("n3 was partitioned from n1 and n2 at the time").
 *
 * Pure functions of the history. A window opens at the *invoke* of its starting operation
 * (`start-<kind>`, `kill`, `pause`) and closes at the *last* line of its ending operation
 * (`stop-<kind>`, `start`, `resume`): the widest span in which the fault may have acted. A
 * fault never undone ends at the history's last time, with `healed: false`.
 * Understands our nemesis values (`{kind, nodes, description}`) and, roughly, Maelstrom's
 * (`:start-partition :majority`), whose values are not objects.
 */
import type { Op } from './types.js'

export interface FaultWindow {
  kind: string
  nodes: string[]
  /** Nanoseconds since the test started, like history times. */
  startNs: number
  endNs: number
  description: string
  /** False when the history ended with the fault still active. */
  healed: boolean
}

const OPENING_PROCESS_FAULTS: Record<string, string> = { kill: 'kill', pause: 'pause' }
const CLOSING_PROCESS_FAULTS: Record<string, string> = { start: 'kill', resume: 'pause' }

interface Classified {
  kind: string
  opens: boolean
}

function classify(op: Op): Classified | undefined {
  const value = op.value as { kind?: unknown } | undefined
  const named = typeof value === 'object' && value !== null && typeof value.kind === 'string'
  const f = op.f
  if (f.startsWith('start-')) {
    return { kind: named ? (value.kind as string) : f.slice('start-'.length), opens: true }
  }
  if (f.startsWith('stop-')) {
    return { kind: named ? (value.kind as string) : f.slice('stop-'.length), opens: false }
  }
  if (f in OPENING_PROCESS_FAULTS) {
    return { kind: OPENING_PROCESS_FAULTS[f] as string, opens: true }
  }
  if (f in CLOSING_PROCESS_FAULTS) {
    return { kind: CLOSING_PROCESS_FAULTS[f] as string, opens: false }
  }
  return undefined
}

function details(op: Op): { nodes: string[]; description: string } {
  const value = op.value as { nodes?: unknown; description?: unknown } | undefined
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const nodes = Array.isArray(value.nodes) ? value.nodes.filter((n) => typeof n === 'string') : []
    const description = typeof value.description === 'string' ? value.description : op.f
    return { nodes, description }
  }
  return { nodes: [], description: value === undefined ? op.f : `${op.f} ${JSON.stringify(value)}` }
}

export function faultWindows(history: readonly Op[]): FaultWindow[] {
  const windows: FaultWindow[] = []
  const open = new Map<string, FaultWindow>()
  const closing = new Map<string, FaultWindow>()
  let lastNs = 0
  for (const op of history) {
    lastNs = Math.max(lastNs, op.time)
    if (op.process !== 'nemesis') {
      continue
    }
    const fault = classify(op)
    if (fault === undefined) {
      continue
    }
    if (fault.opens) {
      const current = open.get(fault.kind)
      if (current !== undefined && op.type !== 'invoke') {
        Object.assign(current, details(op))
        continue
      }
      closing.delete(fault.kind)
      const window = {
        kind: fault.kind,
        ...details(op),
        startNs: op.time,
        endNs: op.time,
        healed: false,
      }
      windows.push(window)
      open.set(fault.kind, window)
      continue
    }
    const window = open.get(fault.kind) ?? closing.get(fault.kind)
    if (window !== undefined) {
      window.endNs = op.time
      window.healed = true
      open.delete(fault.kind)
      closing.set(fault.kind, window)
    }
  }
  for (const window of open.values()) {
    window.endNs = Math.max(window.startNs, lastNs)
  }
  return windows
}

/** The faults active at one instant. */
export function activeFaults(windows: readonly FaultWindow[], timeNs: number): FaultWindow[] {
  return windows.filter((w) => w.startNs <= timeNs && timeNs <= w.endNs)
}

/** The faults active at any instant of [startNs, endNs] (an operation's interval). */
export function overlappingFaults(
  windows: readonly FaultWindow[],
  startNs: number,
  endNs: number,
): FaultWindow[] {
  return windows.filter((w) => w.startNs <= endNs && startNs <= w.endNs)
}
