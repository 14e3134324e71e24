/**
 * Hints that fit (issue 19): a hint may name the criteria it is for. The hint shown first is
 * the first whose criteria include one that failed; a stage with no such hint shows its first.
 */
import type { StageSpec } from './types.js'

/** Index in `stage.hints` of the hint to show first, given the ids of the failed criteria. */
export function firstHintIndex(
  stage: Pick<StageSpec, 'hints' | 'hintFor'>,
  failed: readonly string[],
): number {
  const index = stage.hintFor.findIndex((ids) => ids.some((id) => failed.includes(id)))
  return index >= 0 && index < stage.hints.length ? index : 0
}
