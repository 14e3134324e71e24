/**
 * Maelstrom's `availability` checker: the fraction of client invocations that completed ok.
 * With `--availability X` (`total` = 1) the run is invalid below X; without it the figure is
 * only reported.
 */
import type { CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/types.js'

export function checkAvailability(
  history: readonly Op[],
  required: 'total' | number | undefined,
): CheckResult & { okFraction: number } {
  const pairs = pairOps(history)
  const ok = pairs.filter((p) => p.complete?.type === 'ok').length
  const okFraction = pairs.length === 0 ? 1 : ok / pairs.length
  const threshold = required === 'total' ? 1 : required
  if (threshold === undefined || okFraction >= threshold) {
    return { valid: true, anomalies: [], okFraction }
  }
  return {
    valid: false,
    okFraction,
    anomalies: [
      {
        type: 'unavailable',
        message: `Only ${(okFraction * 100).toFixed(1)}% of operations succeeded (${ok} of ${pairs.length}), below the required ${(threshold * 100).toFixed(1)}%. An available system answers every request, even during faults.`,
      },
    ],
  }
}
