/**
 * Protocol findings of one run: the process area's FindingLog (one entry per (code, node),
 * first line kept, later occurrences counted, bounded), plus the results.json `lint` shape.
 */
import { FindingLog as ProtocolFindingLog } from '../protocol/index.js'
import type { ProtocolFinding } from '../protocol/index.js'

export class FindingLog extends ProtocolFindingLog {
  findings(): ProtocolFinding[] {
    return this.list()
  }

  /** The results.json `lint` field. */
  summary(): { count: number; findings: ProtocolFinding[] } {
    return { count: this.count(), findings: this.list() }
  }
}
