// Builders for hand-written transaction histories used by the elle-* tests: invocations
// and completions in the order they are written, with dense indices and increasing times.
import type { Op, OpType } from '../../src/history/types.js'

export type MicroOp = [string, unknown, unknown]

export class HistoryBuilder {
  readonly ops: Op[] = []
  private readonly open = new Map<number, MicroOp[]>()

  private push(process: number, type: OpType, value: MicroOp[], extra: Partial<Op> = {}): number {
    const index = this.ops.length
    this.ops.push({ index, time: index * 1000, process, type, f: 'txn', value, ...extra })
    return index
  }

  /** Invoke a transaction; reads are sent as null. */
  invoke(process: number, mops: MicroOp[], node?: string): void {
    const request = mops.map(([f, k, v]) => [f, k, f === 'r' ? null : v] as MicroOp)
    this.open.set(process, request)
    this.push(process, 'invoke', request, node === undefined ? {} : { node })
  }

  /** Complete the process's open transaction: `ok` with the given micro-ops (reads filled). */
  ok(process: number, mops: MicroOp[]): number {
    this.open.delete(process)
    return this.push(process, 'ok', mops)
  }

  fail(process: number): number {
    const request = this.open.get(process) ?? []
    this.open.delete(process)
    return this.push(process, 'fail', request, { error: [30, 'txn-conflict'] })
  }

  info(process: number): number {
    const request = this.open.get(process) ?? []
    this.open.delete(process)
    return this.push(process, 'info', request, { error: [0, 'net-timeout'] })
  }

  /** Invoke and complete at once (no concurrency). Returns the completion index. */
  txn(process: number, mops: MicroOp[], type: 'ok' | 'fail' | 'info' = 'ok'): number {
    this.invoke(process, mops)
    return type === 'ok'
      ? this.ok(process, mops)
      : type === 'fail'
        ? this.fail(process)
        : this.info(process)
  }
}
