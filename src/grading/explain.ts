/**
 * Words for a graded stage: the status of one seed, the one plain sentence of a stage and the
 * short paragraphs of a failure (what failed, measured against the threshold, the evidence
 * from the checker, the replay command). Pure functions of values.
 */
import type { RunOutcome } from '../run/index.js'
import { truncate } from '../shared/index.js'
import type { StageSpec } from '../tracks/index.js'
import type { CriterionResult, SeedRun, StageStatus } from './contract.js'
import { criterionLine, mergePasses } from './criteria.js'

const MAX_ANOMALIES = 3

/** A seed passes only if it ran and every criterion passed; unknown never passes. */
export function seedStatus(run: SeedRun): StageStatus {
  if (run.exitCode === 255) {
    return 'error'
  }
  const merged = mergePasses(run.criteria.map((c) => c.pass))
  if (merged === false) {
    return 'fail'
  }
  if (merged === 'unknown' || merged === 'inconclusive') {
    return merged
  }
  return 'pass'
}

function failingCriteria(criteria: readonly CriterionResult[]): CriterionResult[] {
  return criteria.filter((c) => c.pass !== true)
}

/** One plain sentence for the stage. */
export function stageReason(
  stage: StageSpec,
  status: StageStatus,
  runs: readonly SeedRun[],
  worst: SeedRun,
): string {
  const seedsPassed = runs.filter((r) => seedStatus(r) === 'pass').length
  const seedPart = runs.length > 1 ? ` (${seedsPassed}/${runs.length} seeds passed)` : ''
  if (status === 'pass') {
    return `Every criterion of ${stage.number} ${stage.title} passed${seedPart}.`
  }
  if (status === 'error') {
    return `The test could not run on seed ${worst.seed}: ${worst.reason}`
  }
  if (status === 'inconclusive') {
    const sentence = worst.vouch?.sentence ?? 'the grading machine was overloaded'
    return `Inconclusive on seed ${worst.seed}: ${sentence}${seedPart}.`
  }
  if (worst.vouch?.kind === 'nodes-busy' && status === 'fail') {
    return `Seed ${worst.seed}: ${worst.vouch.sentence}${seedPart}.`
  }
  const first = failingCriteria(worst.criteria)[0]
  const what = first === undefined ? worst.reason : describeCriterion(first)
  return `Seed ${worst.seed}: ${what}${seedPart}.`
}

function describeCriterion(c: CriterionResult): string {
  if (c.pass === 'inconclusive') {
    return `${c.label} measured ${String(c.measured)} on a late harness (inconclusive)`
  }
  if (c.pass === 'unknown') {
    return c.measured === null
      ? `${c.label} could not be measured (it counts as not passed)`
      : `${c.label} is unknown (the checker could not decide; unknown never passes)`
  }
  return `${c.label} measured ${String(c.measured)}, the threshold is ${c.threshold}`
}

function anomalyMessages(outcome: RunOutcome | undefined): string[] {
  const workload = outcome?.results.workload as
    { anomalies?: { message?: unknown }[]; reason?: unknown } | undefined
  const messages: string[] = []
  for (const anomaly of workload?.anomalies ?? []) {
    if (typeof anomaly.message === 'string') {
      messages.push(truncate(anomaly.message, 600))
    }
  }
  if (messages.length === 0 && typeof workload?.reason === 'string') {
    messages.push(workload.reason)
  }
  return messages
}

function findingMessages(outcome: RunOutcome | undefined): string[] {
  const results = outcome?.results as Record<string, unknown> | undefined
  const crashes = (Array.isArray(results?.crashes) ? results.crashes : []) as {
    expected?: boolean
    message?: string
  }[]
  const crashLines = crashes
    .filter((c) => c.expected !== true && typeof c.message === 'string')
    .map((c) => c.message as string)
  const lists = [
    results?.findings,
    (results?.protocol as Record<string, unknown> | undefined)?.findings,
    (results?.lint as Record<string, unknown> | undefined)?.findings,
  ]
  const list = lists.find(Array.isArray) as
    { node?: string; message?: string; fix?: string }[] | undefined
  const lint = (list ?? []).map((f) => `${f.node ?? '?'}: ${f.message ?? ''} ${f.fix ?? ''}`.trim())
  return [...crashLines, ...lint].slice(0, MAX_ANOMALIES)
}

function replyMismatches(outcome: RunOutcome | undefined): string[] {
  const stage = outcome?.results.stage as
    { rpc?: { mismatches?: { node: string; message: string; line: string }[] } } | undefined
  return (stage?.rpc?.mismatches ?? [])
    .slice(0, MAX_ANOMALIES)
    .map((m) => `${m.node}: ${m.message} (sent ${m.line})`)
}

/** The paragraphs of a failure: criteria, evidence, the run's reason, how to replay. */
export function explainStage(worst: SeedRun, outcome: RunOutcome | undefined): string[] {
  const paragraphs: string[] = []
  const failing = failingCriteria(worst.criteria)
  if (failing.length > 0) {
    paragraphs.push(
      `Failed criteria on seed ${worst.seed}: ${failing.map(criterionLine).join('; ')}.`,
    )
  }
  const anomalies = anomalyMessages(outcome)
  if (anomalies.length > 0) {
    paragraphs.push(...anomalies.slice(0, MAX_ANOMALIES))
    if (anomalies.length > MAX_ANOMALIES) {
      paragraphs.push(
        `… and ${anomalies.length - MAX_ANOMALIES} more anomalies in ${worst.runDir}/results.json.`,
      )
    }
  }
  if (failing.some((c) => c.id.startsWith('lint') || c.id.startsWith('nodes'))) {
    paragraphs.push(...findingMessages(outcome))
  }
  if (failing.some((c) => c.id.startsWith('rpc.'))) {
    paragraphs.push(...replyMismatches(outcome))
  }
  if (worst.reason && !paragraphs.some((p) => p.includes(worst.reason))) {
    paragraphs.push(`The run says: ${worst.reason}`)
  }
  paragraphs.push(`Replay this seed: ${worst.replay}`)
  return paragraphs
}
