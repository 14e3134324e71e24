/**
 * The parts txn-list-append and txn-rw-register share: the `txn` RPC, option validation,
 * and a generator that draws Elle-style transactions from one global key pool (the pool
 * is shared by all workers, as in Jepsen, so keys are retired in one place).
 */
import type { Invocation, OpGenerator, RpcSpec, WorkloadDefinition } from '../contract.js'
import type { TestOptions } from '../../options/index.js'
import { TxnGenerator } from './generator.js'

export const TXN_RPCS: readonly RpcSpec[] = [
  { request: 'txn', response: 'txn_ok', responseFields: { txn: 'array' } },
]

export function validateTxnOptions(options: TestOptions): string | null {
  if (!Number.isInteger(options.maxTxnLength) || options.maxTxnLength < 1) {
    return `--max-txn-length must be a positive integer (got ${options.maxTxnLength})`
  }
  if (!Number.isInteger(options.maxWritesPerKey) || options.maxWritesPerKey < 1) {
    return `--max-writes-per-key must be a positive integer (got ${options.maxWritesPerKey})`
  }
  if (
    options.keyCount !== undefined &&
    (!Number.isInteger(options.keyCount) || options.keyCount < 1)
  ) {
    return `--key-count must be a positive integer (got ${options.keyCount})`
  }
  return null
}

export function txnWorkloadBase(
  writeF: 'append' | 'w',
): Pick<
  WorkloadDefinition,
  'rpcs' | 'reusableClient' | 'idempotent' | 'validateOptions' | 'generator'
> {
  return {
    rpcs: TXN_RPCS,
    reusableClient: true,
    idempotent: [],
    validateOptions: validateTxnOptions,
    generator: ({ random, options }): OpGenerator => {
      const txns = TxnGenerator.fromOptions(random, options, writeF)
      return { next: (): Invocation => ({ f: 'txn', value: txns.next() }) }
    },
  }
}
