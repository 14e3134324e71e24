/**
 * Words for a graded stage: the status of one seed, the one plain sentence of a stage and the
 * short paragraphs of a failure (what failed, measured against the threshold, the evidence
 * from the checker, the replay command). Pure functions of values.
 */
import type { RunOutcome } from '../run/index.js'
import { truncate } from '../shared/index.js'
import type { StageSpec } from '../tracks/index.js'
import type { CriterionResult, SeedRun, StageStatus } from './contract.js'
import { criterionLine, measuredText, mergePasses } from './criteria.js'

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

/** Criteria not passed, definite failures first (they are what a failed stage is about). */
function failingCriteria(criteria: readonly CriterionResult[]): CriterionResult[] {
  const notPassed = criteria.filter((c) => c.pass !== true)
  return [
    ...notPassed.filter((c) => c.pass === false),
    ...notPassed.filter((c) => c.pass !== false),
  ]
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
  return `Seed ${worst.seed}: ${seedWhat(worst, status)}${seedPart}.`
}

/**
 * What went wrong on one failing seed, as one sentence that does not name the seed (the
 * caller does: `dsgrade explore` prints "Seed 7 fails: <this>").
 */
export function seedFailureSentence(run: SeedRun): string {
  return `${seedWhat(run, 'fail')}.`
}

/** The part of stageReason after "Seed N: " for a seed that failed or was unknown. */
function seedWhat(worst: SeedRun, status: StageStatus): string {
  if (worst.vouch?.kind === 'nodes-busy' && status === 'fail') {
    return worst.vouch.sentence
  }
  const failing = failingCriteria(worst.criteria)
  const first = failing[0]
  if (first === undefined) {
    return worst.reason.replace(/\.$/, '')
  }
  const correct = worst.valid === true && failing.every((c) => !isValidity(c))
  // "valid is false" says less than the run's own sentence (the anomaly or the crash).
  const runSays = isValidity(first) && first.measured === false && worst.reason !== ''
  return correct
    ? correctButText(failing)
    : runSays
      ? worst.reason.replace(/\.$/, '')
      : describeCriterion(first)
}

function isValidity(c: CriterionResult): boolean {
  return c.id === 'valid' || c.id.endsWith('.valid')
}

/** What kind of target a criterion is: speed, cost or something else. */
function shortfall(c: CriterionResult): string {
  if (c.unit === 'ms' || c.unit === 's' || /latenc/i.test(c.id)) {
    return 'too slow'
  }
  if (/msgs|messages/i.test(c.id)) {
    return 'it sends too many messages'
  }
  return 'it misses a target'
}

/** "the history is correct, but too slow: stable latency median is 1032 ms (target < 400 ms)" */
function correctButText(failing: readonly CriterionResult[]): string {
  const kinds = [...new Set(failing.map(shortfall))]
  const details = failing.map(describeCriterion).join('; ')
  return `the history is correct, but ${kinds.join(' and ')}: ${details}`
}

/** One criterion in words, never contradicting its verdict. */
export function describeCriterion(c: CriterionResult): string {
  if (c.pass === 'inconclusive') {
    return `${c.label} is ${measuredText(c)} on a late harness (inconclusive)`
  }
  if (c.pass === 'unknown') {
    return c.measured === null
      ? `${c.label} could not be measured (it counts as not passed)`
      : `${c.label} is unknown (the checker could not decide; unknown never passes)`
  }
  if (typeof c.measured === 'boolean' && c.threshold.startsWith('=')) {
    if (isValidity(c) && c.measured === false) {
      return 'the checker found the history invalid'
    }
    return `${c.label} is ${String(c.measured)} (it must be ${c.threshold.slice(1).trim()})`
  }
  return `${c.label} is ${measuredText(c)} (target ${c.threshold})`
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

interface CrashRecord {
  node?: string
  expected?: boolean
  message?: string
  code?: number | null
  signal?: string | null
  atMs?: number
  stderrTail?: string[]
}

const TRACE_LINES = 8

/**
 * Crashes grouped by what the nodes printed: one paragraph per distinct stderr tail, naming
 * every node it hit and showing the traceback once, line by line.
 */
export function crashParagraphs(crashes: readonly CrashRecord[]): string[] {
  const groups = new Map<string, CrashRecord[]>()
  for (const crash of crashes) {
    const tail = (crash.stderrTail ?? []).filter((l) => l.trim() !== '').slice(-TRACE_LINES)
    const key = tail.join('\n')
    groups.set(key, [...(groups.get(key) ?? []), crash])
  }
  const paragraphs: string[] = []
  for (const [trace, group] of groups) {
    if (trace === '' && group.every((c) => typeof c.message === 'string')) {
      paragraphs.push(...group.map((c) => c.message as string))
      continue
    }
    const nodes = group.map((c) => c.node ?? '?').sort()
    const times = group.map((c) => (c.atMs ?? 0) / 1000)
    const [from, to] = [Math.min(...times).toFixed(1), Math.max(...times).toFixed(1)]
    const span = from === to ? `${from} s` : `${from}–${to} s`
    const first = group[0]!
    const status =
      first.code !== null && first.code !== undefined
        ? `exit code ${first.code}`
        : `signal ${first.signal ?? '?'}`
    const who = nodes.length === 1 ? `Node ${nodes[0]}` : `Nodes ${nodes.join(', ')}`
    const printed = nodes.length === 1 ? 'Its last stderr lines' : 'Each printed'
    const lines =
      trace === ''
        ? ' It printed nothing on stderr.'
        : ` ${printed}:\n${trace
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}`
    paragraphs.push(`${who} crashed at ${span} (${status}).${lines}`)
  }
  return paragraphs
}

function findingMessages(outcome: RunOutcome | undefined, withLint: boolean): string[] {
  const results = outcome?.results as Record<string, unknown> | undefined
  const crashes = (Array.isArray(results?.crashes) ? results.crashes : []) as CrashRecord[]
  const crashLines = crashParagraphs(crashes.filter((c) => c.expected !== true))
  const lists = [
    results?.findings,
    (results?.protocol as Record<string, unknown> | undefined)?.findings,
    (results?.lint as Record<string, unknown> | undefined)?.findings,
  ]
  const list = lists.find(Array.isArray) as
    { node?: string; message?: string; fix?: string }[] | undefined
  const lint = withLint
    ? (list ?? []).map((f) => `${f.node ?? '?'}: ${f.message ?? ''} ${f.fix ?? ''}`.trim())
    : []
  return [...crashLines, ...lint].slice(0, MAX_ANOMALIES)
}

/**
 * The workload's own evidence for a failing figure: `results.workload.why[path]`, one sentence
 * per metric (lin-kv's servedFraction names its longest owed silence).
 */
function whyMessages(
  failing: readonly CriterionResult[],
  outcome: RunOutcome | undefined,
): string[] {
  const why = (outcome?.results.workload as { why?: Record<string, unknown> } | undefined)?.why
  if (why === undefined) {
    return []
  }
  return failing
    .filter((c) => c.pass === false && c.id.startsWith('workload.'))
    .map((c) => why[c.id.slice('workload.'.length)])
    .filter((m): m is string => typeof m === 'string')
}

function replyMismatches(outcome: RunOutcome | undefined): string[] {
  const stage = outcome?.results.stage as
    { rpc?: { mismatches?: { node: string; message: string; line: string }[] } } | undefined
  return (stage?.rpc?.mismatches ?? [])
    .slice(0, MAX_ANOMALIES)
    .map((m) => `${m.node}: ${m.message} (sent ${m.line})`)
}

/** "2049 operations checked" out of "The broadcast test passed: 2049 operations checked and …". */
function runFacts(reason: string): string {
  const after = reason.includes(':') ? reason.slice(reason.indexOf(':') + 1).trim() : reason
  return after.replace(/\.$/, '').replace(/ and every check was valid$/, '')
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
  paragraphs.push(...whyMessages(failing, outcome))
  if (failing.length > 0 || worst.exitCode !== 0) {
    paragraphs.push(
      ...findingMessages(
        outcome,
        failing.some((c) => c.id.startsWith('lint')),
      ),
    )
  }
  if (failing.some((c) => c.id.startsWith('rpc.'))) {
    paragraphs.push(...replyMismatches(outcome))
  }
  const crashMessages = (
    (outcome?.results as { crashes?: CrashRecord[] } | undefined)?.crashes ?? []
  ).map((c) => c.message)
  const told =
    paragraphs.some((p) => p.includes(worst.reason)) ||
    (crashMessages.includes(worst.reason) && paragraphs.some((p) => / crashed at /.test(p)))
  if (worst.reason && !told) {
    // A run whose history checked out says "passed": under a failing stage that sentence
    // would contradict the verdict, so it is said the other way round.
    if (worst.exitCode === 0 && failing.length > 0) {
      paragraphs.push(
        `The history is correct (${runFacts(worst.reason)}), but ${failing.map(describeCriterion).join('; ')}.`,
      )
    } else {
      paragraphs.push(`The run says: ${worst.reason}`)
    }
  }
  paragraphs.push(`Replay this seed: ${worst.replay}`)
  return paragraphs
}
