/**
 * Criteria: a measured value from a run's results compared with the stage's threshold
 * (curriculum.md §0 rule 1). Pure functions of a results object.
 *
 * Guarantees: a value that cannot be measured (absent, not a number, a checker's "unknown")
 * is `pass: 'unknown'`, which never counts as a pass.
 */
import type { CriterionResult } from './contract.js'
import type { CriterionSpec } from '../tracks/index.js'

/** Paths where the runner may put protocol lint findings. */
const FINDING_PATHS = ['protocol.findings', 'lint.findings', 'findings', 'protocolFindings']

/**
 * The value at a dotted path. Keys may themselves contain dots (`stableLatencies.0.5`):
 * at each level the longest key that exists wins.
 */
export function valueAtPath(data: unknown, path: string): unknown {
  return resolveSegments(data, path.split('.'))
}

function resolveSegments(data: unknown, segments: string[]): unknown {
  if (segments.length === 0) {
    return data
  }
  if (data === null || typeof data !== 'object') {
    return undefined
  }
  const record = data as Record<string, unknown>
  for (let length = segments.length; length >= 1; length--) {
    const key = segments.slice(0, length).join('.')
    if (Object.hasOwn(record, key)) {
      const found = resolveSegments(record[key], segments.slice(length))
      if (found !== undefined) {
        return found
      }
    }
  }
  return undefined
}

function findings(results: unknown): { code?: unknown }[] | undefined {
  for (const path of FINDING_PATHS) {
    const value = valueAtPath(results, path)
    if (Array.isArray(value)) {
      return value as { code?: unknown }[]
    }
  }
  return undefined
}

/** The measured value of a criterion's metric, or null when it cannot be measured. */
export function measure(results: unknown, metric: string): number | string | boolean | null {
  if (metric === 'lint.findingCount') {
    const list = findings(results)
    return list === undefined ? null : list.filter((f) => f.code !== 'NODE_STDERR_TRUNCATED').length
  }
  if (metric === 'nodes.crashCount') {
    const crashes = valueAtPath(results, 'crashes')
    if (Array.isArray(crashes)) {
      return (crashes as { expected?: unknown }[]).filter((c) => c.expected !== true).length
    }
    const list = findings(results)
    return list === undefined ? null : list.filter((f) => f.code === 'NODE_EXITED').length
  }
  const value = valueAtPath(results, metric)
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value
  }
  return null
}

function compare(measured: number | string | boolean, spec: CriterionSpec): boolean | 'unknown' {
  if (spec.op === '=') {
    if (measured === 'unknown' && spec.value !== 'unknown') {
      return 'unknown'
    }
    return measured === spec.value
  }
  if (typeof measured !== 'number' || typeof spec.value !== 'number' || Number.isNaN(measured)) {
    return 'unknown'
  }
  switch (spec.op) {
    case '<':
      return measured < spec.value
    case '<=':
      return measured <= spec.value
    case '>=':
      return measured >= spec.value
    case '>':
      return measured > spec.value
  }
}

const OP_TEXT: Record<CriterionSpec['op'], string> = {
  '<': '<',
  '<=': '≤',
  '=': '=',
  '>=': '≥',
  '>': '>',
}

/** "< 30", "≤ 400 ms", "= true". */
export function thresholdText(spec: CriterionSpec): string {
  const unit = spec.unit ? ` ${spec.unit}` : ''
  return `${OP_TEXT[spec.op]} ${String(spec.value)}${unit}`
}

export function evaluateCriterion(results: unknown, spec: CriterionSpec): CriterionResult {
  const measured = measure(results, spec.metric)
  const pass = measured === null ? 'unknown' : compare(measured, spec)
  return {
    id: spec.id,
    label: spec.label,
    threshold: thresholdText(spec),
    measured: round(measured),
    ...(spec.unit ? { unit: spec.unit } : {}),
    pass,
  }
}

export function evaluateCriteria(
  results: unknown,
  specs: readonly CriterionSpec[],
): CriterionResult[] {
  return specs.map((spec) => evaluateCriterion(results, spec))
}

function round(value: number | string | boolean | null): number | string | boolean | null {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return Math.round(value * 1e6) / 1e6
  }
  return value
}

/** `servers msgs/op 17.2 < 30 ✓` — measured vs target, as every report shows it. */
export function criterionLine(result: CriterionResult): string {
  const mark = result.pass === true ? '✓' : result.pass === false ? '✗' : '?'
  const note = result.pass === 'inconclusive' ? ' inconclusive' : ''
  return `${result.label} ${measuredText(result)} (${result.threshold}) ${mark}${note}`
}

/** The measured value with its unit: `1032 ms`, `17.2`, `false`, `not measured`. */
export function measuredText(result: CriterionResult): string {
  if (result.measured === null) {
    return 'not measured'
  }
  const unit = result.unit && typeof result.measured === 'number' ? ` ${result.unit}` : ''
  return `${formatMeasured(result.measured)}${unit}`
}

/** Two decimals, or more when two would round a fraction onto a whole number (0.9996 ≠ 1). */
export function formatMeasured(value: number | string | boolean): string {
  if (typeof value !== 'number' || Number.isInteger(value)) {
    return String(value)
  }
  if (Math.abs(value) >= 100) {
    return value.toFixed(0)
  }
  let decimals = 2
  while (decimals < 6 && Number.isInteger(Number(value.toFixed(decimals)))) {
    decimals++
  }
  return value.toFixed(decimals)
}

/**
 * Merge criterion verdicts: any false → false, else any inconclusive → inconclusive, else any
 * unknown → unknown, else true.
 */
export function mergePasses(passes: readonly CriterionResult['pass'][]): CriterionResult['pass'] {
  if (passes.includes(false)) {
    return false
  }
  if (passes.includes('inconclusive')) {
    return 'inconclusive'
  }
  return passes.includes('unknown') ? 'unknown' : true
}
