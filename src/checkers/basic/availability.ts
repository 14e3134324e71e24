/**
 * Maelstrom's `availability` checker: the fraction of client invocations that completed ok.
 * With `--availability X` (`total` = 1) the run is invalid below X; without it the figure is
 * only reported. With no client invocation nothing was measured: `okFraction` is null and
 * the verdict 'unknown', never a pass.
 */
import type { CheckResult } from '../contract.js'
import { pairOps, type Op } from '../../history/index.js'

export function checkAvailability(
  history: readonly Op[],
  required: 'total' | number | undefined,
): CheckResult & { okFraction: number | null } {
  const pairs = pairOps(history)
  if (pairs.length === 0) {
    return {
      valid: 'unknown',
      reason: 'no client operation was invoked, so availability was not measured',
      anomalies: [],
      okFraction: null,
    }
  }
  const ok = pairs.filter((p) => p.complete?.type === 'ok').length
  const okFraction = ok / pairs.length
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
        message: `Only ${percentBelow(okFraction, threshold)} of operations succeeded (${ok} of ${pairs.length}; ${pairs.length - ok} did not), below the required ${percent(threshold)}. An available system answers every request, even during faults.`,
      },
    ],
  }
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}%`
}

/** A percentage with enough digits that it never prints equal to a threshold it is below. */
function percentBelow(fraction: number, threshold: number): string {
  for (let digits = 1; digits <= 6; digits++) {
    const text = (fraction * 100).toFixed(digits)
    if (Number(text) < threshold * 100) {
      return `${text}%`
    }
  }
  return `${fraction * 100}%`
}
