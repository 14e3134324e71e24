/**
 * Reading a workload's `--extra` values (options.extra) with a fallback: one helper for every
 * workload that takes numbers there. Pure.
 */
import type { TestOptions } from '../options/index.js'

/** `options.extra[key]` when it is a finite number, else `fallback`. */
export function numberExtra(options: TestOptions, key: string, fallback: number): number {
  const value = options.extra[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}
