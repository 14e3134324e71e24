/**
 * report.html: one self-contained page per run (interfaces.md §1.2) — verdict, criteria,
 * explanation, client timeline with fault bands, Lamport diagram, latency over time.
 * Pure: data in, one HTML string out; loads nothing from the network.
 * (Placeholder with the final signature; the full page is owned by the templates/report work.)
 */
import type { JournalEvent } from '../network/contract.js'
import type { Op } from '../history/types.js'

export interface ReportInput {
  /** The run's results.json object. */
  results: Record<string, unknown>
  history: readonly Op[]
  /** The first events of the journal (the renderer caps what it draws). */
  journal: readonly JournalEvent[]
  nodeIds: readonly string[]
  title?: string
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function renderReportHtml(input: ReportInput): string {
  const verdict = String(input.results.valid)
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(input.title ?? 'dsgrade report')}</title></head><body><h1>Verdict: ${escapeHtml(verdict)}</h1><pre>${escapeHtml(JSON.stringify(input.results, null, 2))}</pre></body></html>\n`
}
