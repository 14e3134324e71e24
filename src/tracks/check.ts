/**
 * What a ready stage must get right beyond the manifest schema, checked against the engine's
 * declarations the caller passes in (KnownNames): every criterion names a metric the stage's
 * workload, extra checkers or the harness produces; its threshold can be met (type, range,
 * unit); every `extra` key is one the workload or checker reads; every fault option fits the
 * fault (a `ratio` only on link faults). Each problem names the JSON pointer and what to fix.
 *
 * Pure: no registry import (tracks/ depends on shared/ only). A planned stage is not checked.
 */
import type { CriterionSpec, KnownMetric, KnownNames, StageSpec } from './types.js'

export interface StageProblem {
  pointer: string
  message: string
}

type RawStageView = Pick<StageSpec, 'workload' | 'criteria'> & {
  options: { extra?: Record<string, unknown> }
  faults?: StageSpec['faults']
  checkers?: StageSpec['checkers']
}

/** Every problem of one ready stage (index `index` in its manifest). */
export function checkStage(stage: RawStageView, index: number, known: KnownNames): StageProblem[] {
  const base = `/stages/${index}`
  const problems: StageProblem[] = []
  const checkers = (stage.checkers ?? []).map((c) => c.name)
  const metrics = known.metrics?.(stage.workload, checkers)
  stage.criteria.forEach((criterion, i) => {
    const pointer = `${base}/criteria/${i}`
    if (metrics === undefined) {
      return
    }
    const metric = metrics.get(criterion.metric)
    if (metric === undefined) {
      problems.push({
        pointer: `${pointer}/metric`,
        message: `unknown metric "${criterion.metric}": no part of workload "${stage.workload}"${checkers.length > 0 ? ` or checkers ${checkers.join(', ')}` : ''} produces it${suggest(criterion.metric, [...metrics.keys()])}`,
      })
      return
    }
    problems.push(...thresholdProblems(criterion, metric, pointer))
  })
  problems.push(...extraProblems(stage, base, known))
  ;(stage.faults ?? []).forEach((fault, i) => {
    if (fault.ratio !== undefined && known.ratioFaults !== undefined) {
      if (!known.ratioFaults.includes(fault.kind)) {
        problems.push({
          pointer: `${base}/faults/${i}/ratio`,
          message: `the fault "${fault.kind}" takes no ratio (only ${known.ratioFaults.join(', ')} do)`,
        })
      }
    }
  })
  return problems
}

function thresholdProblems(c: CriterionSpec, metric: KnownMetric, pointer: string): StageProblem[] {
  const at = `${pointer}/value`
  const numeric = metric.type === 'integer' || metric.type === 'number'
  if (!numeric) {
    if (c.op !== '=') {
      return [
        {
          pointer: `${pointer}/op`,
          message: `"${c.metric}" is a ${metric.type}: compare it with "=", not "${c.op}"`,
        },
      ]
    }
    const fits =
      metric.type === 'string' ? typeof c.value === 'string' : typeof c.value === 'boolean'
    return fits
      ? []
      : [
          {
            pointer: at,
            message: `"${c.metric}" is a ${metric.type}, so ${JSON.stringify(c.value)} can never match it`,
          },
        ]
  }
  if (typeof c.value !== 'number') {
    return [
      {
        pointer: at,
        message: `"${c.metric}" is a number (${metric.unit}); the threshold ${JSON.stringify(c.value)} is not`,
      },
    ]
  }
  const problems: StageProblem[] = []
  const [min, max] = metric.range ?? [0, Number.POSITIVE_INFINITY]
  const v = c.value
  const never =
    (c.op === '<' && v <= min) ||
    (c.op === '<=' && v < min) ||
    (c.op === '>' && v >= max) ||
    (c.op === '>=' && v > max) ||
    (c.op === '=' && (v < min || v > max || (metric.type === 'integer' && !Number.isInteger(v))))
  if (never) {
    problems.push({
      pointer: at,
      message: `the threshold "${c.op} ${v}" can never be met: "${c.metric}" (${metric.unit || metric.type}) lies in [${min}, ${max === Number.POSITIVE_INFINITY ? '∞' : max}]${metric.type === 'integer' ? ' and is a whole number' : ''}`,
    })
  }
  if (c.unit !== undefined && metric.unit !== '' && c.unit !== metric.unit) {
    problems.push({
      pointer: `${pointer}/unit`,
      message: `the unit "${c.unit}" does not match the metric's unit "${metric.unit}"`,
    })
  }
  return problems
}

function extraProblems(stage: RawStageView, base: string, known: KnownNames): StageProblem[] {
  const problems: StageProblem[] = []
  const check = (
    extra: Record<string, unknown> | undefined,
    allowed: readonly string[] | undefined,
    pointer: string,
    owner: string,
  ): void => {
    if (extra === undefined || allowed === undefined) {
      return
    }
    for (const key of Object.keys(extra)) {
      if (!allowed.includes(key)) {
        problems.push({
          pointer: `${pointer}/${key}`,
          message: `unknown extra "${key}": ${owner} reads ${allowed.length > 0 ? allowed.map((k) => `"${k}"`).join(', ') : 'no extras'}${suggest(key, allowed)}`,
        })
      }
    }
  }
  check(
    stage.options.extra,
    known.workloadExtras?.[stage.workload] ?? (known.workloadExtras ? [] : undefined),
    `${base}/options/extra`,
    `workload "${stage.workload}"`,
  )
  ;(stage.checkers ?? []).forEach((checker, i) => {
    check(
      checker.extra,
      known.checkerExtras?.[checker.name] ?? (known.checkerExtras ? [] : undefined),
      `${base}/checkers/${i}/extra`,
      `checker "${checker.name}"`,
    )
  })
  return problems
}

/** `; did you mean "x"?` for a close name (edit distance ≤ 3), else ''. */
function suggest(name: string, candidates: readonly string[]): string {
  let best: string | undefined
  let bestDistance = 4
  for (const candidate of candidates) {
    const d = distance(name, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best === undefined ? '' : `; did you mean "${best}"?`
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      previous = current
    }
  }
  return row[b.length] as number
}
