/**
 * "Did you mean …?" for a mistyped name (an option, a track, a stage, a config key): the
 * closest known name by edit distance (insertions, deletions, substitutions and swaps of
 * two neighbouring letters), offered only when it is close enough to be a typo. Pure.
 */

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1)
      }
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/** The known name closest to `name`, if it is within a typo's reach (≤ 1/3 of its length, ≤ 3). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const wanted = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const reach = Math.min(3, Math.max(1, Math.floor(Math.max(wanted.length, 3) / 3)))
  return bestDistance > 0 && bestDistance <= reach ? best : undefined
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(name: string, known: readonly string[], quote = '"'): string {
  const best = closestName(name, known)
  return best === undefined ? '' : ` Did you mean ${quote}${best}${quote}?`
}
