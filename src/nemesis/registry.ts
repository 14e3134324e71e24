/**
 * Fault packages by `--nemesis` name (curriculum.md §3). Add one line per package.
 */
import type { NemesisPackage } from './contract.js'

export const NEMESES: Record<string, NemesisPackage> = {}

export function nemesisNames(): string[] {
  return Object.keys(NEMESES).sort()
}

export function findNemesis(name: string): NemesisPackage | undefined {
  return Object.hasOwn(NEMESES, name) ? NEMESES[name] : undefined
}
