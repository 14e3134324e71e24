/**
 * Protocol findings of one run, aggregated per (code, node): the first occurrence keeps its
 * line and time, later ones only raise the count. results.json shows them as `lint`.
 */
import type { FindingCode, ProtocolFinding } from '../protocol/findings.js'

export class FindingLog {
  private readonly byKey = new Map<string, ProtocolFinding>()

  add(finding: ProtocolFinding): boolean {
    const key = `${finding.code} ${finding.node}`
    const existing = this.byKey.get(key)
    if (existing !== undefined) {
      existing.count = (existing.count ?? 1) + (finding.count ?? 1)
      return false
    }
    this.byKey.set(key, { ...finding, count: finding.count ?? 1 })
    return true
  }

  findings(): ProtocolFinding[] {
    return [...this.byKey.values()]
  }

  count(code?: FindingCode): number {
    let total = 0
    for (const finding of this.byKey.values()) {
      if (code === undefined || finding.code === code) {
        total += finding.count ?? 1
      }
    }
    return total
  }

  /** The results.json `lint` field. */
  summary(): { count: number; findings: ProtocolFinding[] } {
    return { count: this.count(), findings: this.findings() }
  }
}
