/**
 * Fault packages by `--nemesis` name (curriculum.md §3). Add one line per package.
 */
import type { NemesisPackage } from './contract.js'
import * as faults from './packages.js'

export const NEMESES: Record<string, NemesisPackage> = {
  'client-duplicate': faults.clientDuplicate,
  'client-loss': faults.clientLoss,
  duplicate: faults.duplicate,
  'full-restart': faults.fullRestart,
  kill: faults.kill,
  loss: faults.loss,
  partition: faults.partition,
  'partition-oneway': faults.partitionOneway,
  pause: faults.pause,
  reorder: faults.reorder,
}

export function nemesisNames(): string[] {
  return Object.keys(NEMESES).sort()
}

export function findNemesis(name: string): NemesisPackage | undefined {
  return Object.hasOwn(NEMESES, name) ? NEMESES[name] : undefined
}
