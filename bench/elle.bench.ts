// Elle list-append checker on a generated 100,000-transaction history (simulated serial
// database, 10 concurrent clients, 2% fail, 2% info), checked for strict-serializable on
// one thread. Prints generation time, check time, txn/s, edges and peak RSS. Target < 10 s.
import { checkListAppend, checkRwRegister } from '../src/checkers/elle/index.js'
import { simulate } from '../test/unit/elle-sim.js'

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}

function run(kind: 'append' | 'w', txns: number): void {
  const started = performance.now()
  const ops = simulate({ seed: 42, txns, concurrency: 10, kind, failRatio: 0.02, infoRatio: 0.02 })
  const generatedMs = performance.now() - started
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const checkStart = performance.now()
  const check = kind === 'append' ? checkListAppend : checkRwRegister
  const result = check(ops, { consistencyModels: ['strict-serializable'] }, {})
  const checkMs = performance.now() - checkStart
  const heapAfter = process.memoryUsage().heapUsed
  console.log(
    `${kind === 'append' ? 'list-append' : 'rw-register'} ${txns} txns (${ops.length} ops): ` +
      `generate ${generatedMs.toFixed(0)} ms, check ${checkMs.toFixed(0)} ms ` +
      `(${Math.round(txns / (checkMs / 1000))} txn/s), valid=${String(result.valid)}, ` +
      `edges ${String(result.edgeCount)}, heap +${mb(heapAfter - heapBefore)}, ` +
      `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  )
}

run('append', 100_000)
run('w', 100_000)
