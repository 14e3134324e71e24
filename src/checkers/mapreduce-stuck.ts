/**
 * Track 15: a job that never finished, shown from the compute log and the fault record rather
 * than from a clock (the workload's `jobsStuck`, not time-based).
 *
 * A job counts as stuck when its client gave up on it (no `job_ok` in its generous time-out:
 * the job's whole compute work on one node plus 5 s) and, for at least the second half of that
 * wait, no node made a single compute call: the master had stopped working on it, it was not
 * merely slow. The evidence names the first part of the job that was never computed with its
 * result delivered — a document never mapped, else a key never reduced — and, when the
 * compute log shows it, the worker that was running it when it was killed (a call whose
 * caller was killed between the call and its answer: the answer went to a dead process).
 *
 * Guarantees: a job that was answered, or one on which compute calls were still being made in
 * the second half of its wait, is never stuck (a correct master on a slow machine keeps
 * calling compute; only the time-based completion figure judges it). Pure function of the
 * history and the compute log. It does not decide which worker a task was assigned to when
 * no compute call for it exists (task messages are the learner's own protocol).
 */
import type { Op } from '../history/index.js'
import type { ParsedFn } from '../shared/index.js'
import { sequentialResult } from '../shared/index.js'
import type { Anomaly } from './contract.js'

/** What this check needs of one logged compute call (services/compute.ts). */
export interface StuckCall {
  src: string
  outcome: string
  phase?: unknown
  item?: string
  arrivedMs?: number
  endMs?: number
}

/** A node's time down: from its kill to its restart (Infinity when never restarted). */
export interface DownWindow {
  node: string
  fromMs: number
  toMs: number
}

/** One job the client gave up on. */
export interface UnansweredJob {
  id: string
  fn: string
  parsed: ParsedFn
  inputs: Readonly<Record<string, string>>
  invokeMs: number
  gaveUpMs: number
}

/** The share of its wait a job's compute must have been silent for to count as stuck. */
export const QUIET_SHARE = 0.5

/** Kill → restart windows from the nemesis operations of the history. */
export function downWindows(history: readonly Op[]): DownWindow[] {
  const windows: DownWindow[] = []
  for (const op of history) {
    if (op.process !== 'nemesis' || op.type !== 'invoke') {
      continue
    }
    const value = op.value as { kind?: unknown; nodes?: unknown } | undefined
    const nodes = Array.isArray(value?.nodes) ? (value.nodes as unknown[]) : []
    const atMs = op.time / 1e6
    for (const node of nodes.filter((n): n is string => typeof n === 'string')) {
      if (op.f === 'kill') {
        windows.push({ node, fromMs: atMs, toMs: Infinity })
      } else if (op.f === 'start' && value?.kind === 'kill') {
        const open = windows.find((w) => w.node === node && w.toMs === Infinity)
        if (open !== undefined) {
          open.toMs = atMs
        }
      }
    }
  }
  return windows
}

function killedDuring(
  down: readonly DownWindow[],
  node: string,
  fromMs: number,
  toMs: number,
): DownWindow | undefined {
  return down.find((w) => w.node === node && w.fromMs >= fromMs && w.fromMs <= toMs)
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/**
 * The kill that most likely took the missing part: a node killed while it was making calls of
 * that phase for this job (its last call before the kill), else any kill while the job ran
 * and compute calls were still being made.
 */
function culprit(
  job: UnansweredJob,
  ofPhase: readonly StuckCall[],
  down: readonly DownWindow[],
): string {
  const lastMs = Math.max(job.invokeMs, ...ofPhase.map((c) => c.arrivedMs ?? 0))
  const during = down.filter((w) => w.fromMs <= lastMs + 1000 && w.toMs >= job.invokeMs)
  for (const w of during) {
    const before = ofPhase.filter((c) => c.src === w.node && (c.arrivedMs ?? Infinity) <= w.fromMs)
    const last = before[before.length - 1]
    if (last !== undefined && w.fromMs >= job.invokeMs) {
      return `; ${w.node}, which was running this job's ${String(last.phase)} calls (its last at ${s(last.arrivedMs ?? 0)}), was killed at ${s(w.fromMs)} and its tasks were never re-run`
    }
  }
  const first = during[0]
  if (first === undefined) {
    return ''
  }
  const when =
    first.fromMs < job.invokeMs
      ? `was down (killed at ${s(first.fromMs)}) when the job began at ${s(job.invokeMs)}`
      : `was killed at ${s(first.fromMs)} while the job ran`
  return `; ${first.node} ${when}, and a task sent to it was never re-run`
}

/** The first part of the job never computed with its answer delivered, with its evidence. */
function missingPart(
  job: UnansweredJob,
  calls: readonly StuckCall[],
  down: readonly DownWindow[],
): string {
  const delivered = (call: StuckCall): boolean =>
    call.outcome === 'ok' &&
    call.endMs !== undefined &&
    killedDuring(down, call.src, call.arrivedMs ?? 0, call.endMs) === undefined
  const parts: { phase: 'map' | 'reduce'; items: string[]; what: string }[] = [
    { phase: 'map', items: Object.keys(job.inputs), what: 'document' },
    { phase: 'reduce', items: Object.keys(sequentialResult(job.parsed, job.inputs)), what: 'key' },
  ]
  for (const { phase, items, what } of parts) {
    const ofPhase = calls.filter((c) => c.phase === phase)
    const done = new Set(ofPhase.filter(delivered).map((c) => c.item))
    const missing = items.filter((item) => !done.has(item))
    if (missing.length === 0) {
      continue
    }
    const item = missing[0] as string
    const verb = phase === 'map' ? 'mapped' : 'reduced'
    const more = missing.length - 1
    const count = more === 0 ? '' : ` (and ${more} more ${what}${more === 1 ? '' : 's'})`
    const lost = ofPhase.find((c) => c.item === item && c.outcome === 'ok')
    const kill =
      lost === undefined
        ? undefined
        : killedDuring(down, lost.src, lost.arrivedMs ?? 0, lost.endMs ?? Infinity)
    if (lost !== undefined && kill !== undefined) {
      return `its ${phase} of ${what} "${item}" was running on ${lost.src}, killed at ${s(kill.fromMs)}, and was never re-run${count}`
    }
    return `${what} "${item}" was never ${verb}${count}${culprit(job, ofPhase, down)}`
  }
  return `every document was mapped and every key reduced, yet no job_ok was sent${lostResult(job, calls, down)}`
}

/**
 * Every part was computed, but a worker killed after its last call of the job (before the
 * client gave up) may have taken a result with it that it never reported: name the latest such
 * call, whose result most likely died with the worker.
 */
function lostResult(
  job: UnansweredJob,
  calls: readonly StuckCall[],
  down: readonly DownWindow[],
): string {
  let found: { call: StuckCall; kill: DownWindow } | undefined
  for (const call of calls) {
    if (call.outcome !== 'ok' || call.endMs === undefined) {
      continue
    }
    const kill = down.find(
      (w) =>
        w.node === call.src &&
        w.fromMs >= (call.endMs as number) &&
        w.fromMs <= job.gaveUpMs &&
        !calls.some(
          (c) =>
            c.src === call.src &&
            (c.arrivedMs ?? 0) > (call.endMs as number) &&
            (c.arrivedMs ?? 0) < w.fromMs,
        ),
    )
    if (
      kill !== undefined &&
      (found === undefined || (call.endMs as number) > (found.call.endMs ?? 0))
    ) {
      found = { call, kill }
    }
  }
  if (found === undefined) {
    return ''
  }
  const { call, kill } = found
  const item = call.item === undefined ? '' : ` of "${call.item}"`
  return `: ${call.src} computed its ${String(call.phase)}${item} (done at ${s(call.endMs ?? 0)}) and was killed at ${s(kill.fromMs)}, so its result most likely died with it and the task was never re-run`
}

/** Stuck jobs among those the client gave up on, each with a one-sentence anomaly. */
export function stuckJobs(
  jobs: readonly UnansweredJob[],
  calls: readonly StuckCall[],
  history: readonly Op[],
): Anomaly[] {
  const down = downWindows(history)
  const anomalies: Anomaly[] = []
  for (const job of jobs) {
    const inWindow = calls.filter(
      (c) => (c.arrivedMs ?? -1) >= job.invokeMs && (c.arrivedMs ?? Infinity) <= job.gaveUpMs,
    )
    const lastCallMs = Math.max(job.invokeMs, ...inWindow.map((c) => c.arrivedMs ?? 0))
    const waitedMs = job.gaveUpMs - job.invokeMs
    const quietMs = job.gaveUpMs - lastCallMs
    if (quietMs < QUIET_SHARE * waitedMs) {
      continue
    }
    const evidence = missingPart(job, inWindow, down)
    anomalies.push({
      type: 'job-never-finished',
      message: `Job ${job.id} (${job.fn}) never completed: ${evidence}; its client waited ${s(waitedMs)} and no compute call was made for the last ${s(quietMs)} of it. A killed worker never answers: give each task a deadline and hand it to another worker when it passes.`,
      nodes: [],
      evidence: { job: job.id, waitedMs, quietMs },
    })
  }
  return anomalies
}
