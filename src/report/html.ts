/**
 * report.html: one self-contained page per run (interfaces.md §1.2) — verdict, criteria
 * (measured vs target), explanation, the failing key of a linearizability failure, client
 * timeline with fault bands, latency and rate over time, Lamport diagram of the messages.
 *
 * Pure: data in, one HTML string out. CSS and script are inline and a Content-Security-
 * Policy forbids every network load, so the page works offline and from an artifact.
 * Every learner-controlled string is escaped; every drawing is capped (the page says so).
 * It does not write files: the runner saves the string.
 */
import type { CriterionResult, StageResult, StageStatus } from '../results/index.js'
import type { JournalEvent } from '../network/index.js'
import { faultWindows, type Op } from '../history/index.js'
import { explainStage } from './explain.js'
import { REPORT_CSS, REPORT_JS } from './html/assets.js'
import { escapeHtml, formatMeasured, formatNs, jsonForScript } from './html/escape.js'
import { renderFindings } from './html/findings.js'
import { renderLamport } from './html/lamport.js'
import { renderLatency } from './html/latency.js'
import { readLinFailure, renderLinFailure } from './html/linearizability.js'
import {
  asRecord,
  clientPairs,
  countAnomalies,
  getPath,
  readAnomalies,
  readCriteria,
  readErrors,
  readFaultWindows,
  readStrings,
  readVerdict,
  readWorkloadName,
} from './html/model.js'
import type { Verdict } from './html/model.js'
import { renderTimeline } from './html/timeline.js'

export interface ReportInput {
  /** The run's results.json object. */
  results: Record<string, unknown>
  history: readonly Op[]
  /** The first events of the journal (the renderer caps what it draws). */
  journal: readonly JournalEvent[]
  nodeIds: readonly string[]
  title?: string
}

/** How many anomalies the page lists (the rest are counted). */
export const MAX_LISTED_ANOMALIES = 20
const MAX_RAW_RESULTS_CHARS = 100_000

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

/** The run's verdict; for a track stage, the stage's status (criteria can fail a valid run). */
function verdictBadge(verdict: Verdict, stage: StageResult | undefined): string {
  if (stage !== undefined) {
    const cls = stage.status === 'pass' ? 'pass' : stage.status === 'unknown' ? 'unknown' : 'fail'
    const text = `${stage.status.toUpperCase()} — stage ${stage.number} ${stage.title}`
    return `<span class="verdict ${cls}" id="verdict">${escapeHtml(text)}</span>`
  }
  const [cls, text] =
    verdict === true
      ? ['pass', 'PASS — valid']
      : verdict === false
        ? ['fail', 'FAIL — invalid']
        : ['unknown', 'UNKNOWN — not decided']
  return `<span class="verdict ${cls}" id="verdict">${text}</span>`
}

function passCell(pass: boolean | 'unknown' | null): string {
  if (pass === null) {
    return '<td>—</td>'
  }
  const cls = pass === true ? 'pass' : pass === false ? 'fail' : 'unknown'
  return `<td class="${cls}">${pass === true ? '✓ pass' : pass === false ? '✗ fail' : '? unknown'}</td>`
}

function criteriaTable(results: Record<string, unknown>): string {
  const rows = readCriteria(results)
  if (rows.length === 0) {
    return '<p class="empty">No criteria or figures were recorded.</p>'
  }
  const body = rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.label)}</td><td>${escapeHtml(formatMeasured(row.measured))}${typeof row.measured === 'number' && row.unit !== undefined ? ` ${escapeHtml(row.unit)}` : ''}</td><td>${escapeHtml(row.threshold || '—')}</td>${passCell(row.pass)}</tr>`,
    )
    .join('')
  return `<table id="criteria"><thead><tr><th>criterion</th><th>measured</th><th>target</th><th>result</th></tr></thead><tbody>${body}</tbody></table>`
}

const STATUSES: readonly StageStatus[] = ['pass', 'fail', 'unknown', 'error', 'skipped']

/**
 * The stage field of a track run's results.json (`{track, stage, number, title, status,
 * criteria, replay, …}`) as a StageResult for explain.ts, or undefined when absent.
 */
function stageOf(results: Record<string, unknown>): StageResult | undefined {
  const stage = asRecord(results.stage)
  const status = STATUSES.find((s) => s === stage?.status)
  if (stage === undefined || status === undefined) {
    return undefined
  }
  const text = (value: unknown, fallback: string): string =>
    typeof value === 'string' ? value : fallback
  const reason =
    typeof results.reason === 'string' ? results.reason : getPath(results, 'workload.reason')
  return {
    trackId: text(stage.track ?? stage.trackId, ''),
    stageId: text(stage.stage ?? stage.stageId, ''),
    number: text(stage.number, ''),
    title: text(stage.title, ''),
    status,
    reason: text(
      stage.reason ?? reason,
      status === 'pass' ? 'every criterion met its target.' : 'see the criteria below.',
    ),
    criteria: Array.isArray(stage.criteria) ? (stage.criteria as CriterionResult[]) : [],
    seeds: [],
    explanation: readStrings(stage.explanation),
    ...(typeof stage.hint === 'string' ? { hint: stage.hint } : {}),
    ...(typeof stage.docsPath === 'string' ? { docsPath: stage.docsPath } : {}),
    replay: '',
    durationMs: 0,
  }
}

function stageParagraphs(results: Record<string, unknown>): string[] {
  const stage = stageOf(results)
  if (stage === undefined) {
    return []
  }
  return explainStage(stage)
    // The criteria table, the hint line and the concept link already show these.
    .filter((p) => !['replay', 'hint', 'criteria', 'docs'].includes(p.kind))
    .map((p) => `<p class="${p.kind}">${escapeHtml(p.text)}</p>`)
}

/** The error replies the nodes gave, grouped (the first text of each kind shown). */
function errorTable(history: readonly Op[]): string {
  const rows = readErrors(history, 10)
  if (rows.length === 0) {
    return ''
  }
  const body = rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.code)}</td><td>${escapeHtml(row.name)}</td><td>${row.count}</td><td>op ${row.firstOp}</td><td>${escapeHtml(row.text.slice(0, 300))}</td></tr>`,
    )
    .join('')
  return (
    '<h3>Errors returned to clients</h3><table id="errors"><thead><tr><th>code</th><th>name</th><th>count</th><th>first</th><th>text</th></tr></thead>' +
    `<tbody>${body}</tbody></table>`
  )
}

function explanation(results: Record<string, unknown>, history: readonly Op[]): string {
  const paragraphs = stageParagraphs(results)
  const anomalies = readAnomalies(results, MAX_LISTED_ANOMALIES)
  const total = countAnomalies(results)
  const parts = [...paragraphs]
  for (const anomaly of anomalies) {
    const ops =
      anomaly.ops.length === 0
        ? ''
        : ` <span class="hint">(ops ${escapeHtml(anomaly.ops.slice(0, 12).join(', '))})</span>`
    parts.push(
      `<p><strong>${escapeHtml(anomaly.type)}</strong> (${escapeHtml(anomaly.source)}): ${escapeHtml(anomaly.message)}${ops}</p>`,
    )
  }
  if (total > anomalies.length) {
    parts.push(
      `<p class="notice">${total - anomalies.length} more anomalies are listed in results.json.</p>`,
    )
  }
  const reason =
    typeof results.reason === 'string' ? results.reason : getPath(results, 'workload.reason')
  if (parts.length === 0 && typeof reason === 'string') {
    parts.push(`<p>${escapeHtml(reason)}</p>`)
  }
  const hint = getPath(results, 'stage.hint')
  const docs = getPath(results, 'stage.docsPath')
  const hintHtml =
    (typeof hint === 'string' ? `<p class="hint" id="hint">Hint: ${escapeHtml(hint)}</p>` : '') +
    (typeof docs === 'string' && docs !== ''
      ? `<p id="concept">Concept: <a href="${escapeHtml(docs)}" rel="noreferrer">${escapeHtml(docs)}</a></p>`
      : '')
  const errors = errorTable(history)
  if (parts.length === 0 && errors === '') {
    return hintHtml
  }
  return `<section class="explanation" id="explanation"><h2>Explanation</h2>${parts.join('')}${hintHtml}${errors}</section>`
}

function header(input: ReportInput, endNs: number): string {
  const { results } = input
  const workload = readWorkloadName(results)
  const title = input.title ?? `dsgrade report${workload === undefined ? '' : ': ' + workload}`
  const stageTitle = getPath(results, 'stage.stage') ?? getPath(results, 'stage.title')
  const meta = [
    workload === undefined ? undefined : `workload ${workload}`,
    typeof stageTitle === 'string' ? `stage ${stageTitle}` : undefined,
    results.seed === undefined ? undefined : `seed ${String(results.seed)}`,
    `${input.nodeIds.length} nodes (${input.nodeIds.slice(0, 8).join(', ')}${input.nodeIds.length > 8 ? ', …' : ''})`,
    `${clientPairs(input.history).length} client operations`,
    `${formatNs(endNs)}`,
  ].filter((s): s is string => s !== undefined)
  const reason = getPath(results, 'stage.reason')
  const replay = getPath(results, 'stage.replay') ?? results.replay
  return (
    `<h1>${escapeHtml(title)}</h1><p class="meta">${escapeHtml(meta.join(' · '))}</p>` +
    `<p>${verdictBadge(readVerdict(results), stageOf(results))}${typeof reason === 'string' ? ' ' + escapeHtml(reason) : ''}</p>` +
    (typeof replay === 'string'
      ? `<p>Replay locally: <code id="replay">${escapeHtml(replay)}</code></p>`
      : '')
  )
}

const LEGEND =
  '<p class="legend"><span><i style="background:var(--ok)"></i>ok</span><span><i style="background:var(--fail)"></i>fail (no effect)</span>' +
  '<span><i style="background:var(--info)"></i>info (unknown outcome)</span><span><i style="background:var(--fault);border:1px dashed var(--fail)"></i>fault window</span></p>'

function rawResults(results: Record<string, unknown>): string {
  let text = JSON.stringify(results, null, 2) ?? ''
  if (text.length > MAX_RAW_RESULTS_CHARS) {
    text = `${text.slice(0, MAX_RAW_RESULTS_CHARS)}\n… (trimmed: ${text.length - MAX_RAW_RESULTS_CHARS} more characters in results.json)`
  }
  return `<details><summary>results.json</summary><pre>${escapeHtml(text)}</pre></details>`
}

export function renderReportHtml(input: ReportInput): string {
  const { results, history } = input
  const endNs = history.reduce((max, op) => Math.max(max, op.time), 0)
  const pairs = clientPairs(history)
  const recorded = readFaultWindows(results) ?? []
  // The windows results.json recorded, else the same derivation from the history (one source).
  const faults = recorded.length > 0 ? recorded : faultWindows(history)
  const linFailure = readLinFailure(results, history)
  const summary = {
    valid: readVerdict(results),
    seed: results.seed ?? null,
    workload: readWorkloadName(results) ?? null,
    criteria: readCriteria(results),
  }
  const body = [
    header(input, endNs),
    '<h2>Criteria</h2>',
    criteriaTable(results),
    explanation(results, history),
    renderFindings(results),
    linFailure === undefined ? '' : renderLinFailure(linFailure, faults, endNs),
    `<section id="timeline-section"><h2>Client operations</h2><p class="hint">One lane per client process; hover an operation for its values, click it to see the messages of the node it talked to.</p>${LEGEND}${renderTimeline({ pairs, faults, endNs, id: 'timeline' })}</section>`,
    `<section id="latency-section"><h2>Latency and rate over time</h2>${renderLatency(pairs, endNs)}</section>`,
    `<section id="messages"><h2>Messages (Lamport diagram)</h2><p class="hint">Time flows down, one step per event; hover an arrow for the full body. Dashed arrows ending in × were dropped.</p>${renderLamport(input.journal, input.nodeIds)}</section>`,
    rawResults(results),
  ]
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(input.title ?? 'dsgrade report')}</title><style>${REPORT_CSS}</style></head><body>` +
    body.join('\n') +
    `<div id="tip"></div><script type="application/json" id="dsgrade-summary">${jsonForScript(summary)}</script>` +
    `<script>${REPORT_JS}</script></body></html>\n`
  )
}
