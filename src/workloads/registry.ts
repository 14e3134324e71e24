/**
 * Every workload by name (Maelstrom's `workloads` map). The CLI, tracks and the runner
 * resolve names here; an unknown name is a UsageError / TrackError at the edge.
 * Add one line per workload (keep alphabetical).
 */
import type { WorkloadDefinition } from './contract.js'
import { exactlyOnceWorkload } from './exactly-once.js'

export const WORKLOADS: Record<string, WorkloadDefinition> = {
  'exactly-once': exactlyOnceWorkload,
}

export function workloadNames(): string[] {
  return Object.keys(WORKLOADS).sort()
}

export function findWorkload(name: string): WorkloadDefinition | undefined {
  return Object.hasOwn(WORKLOADS, name) ? WORKLOADS[name] : undefined
}
