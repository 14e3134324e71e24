/**
 * The "protocol and crashes" part of report.html: protocol lint findings (`results.lint.
 * findings`: code, node, message, fix, offending line) and node crashes (`results.crashes`:
 * node, message, last stderr lines). Read defensively, capped, all text escaped. Pure.
 */
import { escapeHtml } from './escape.js'
import { asRecord, getPath } from './model.js'

export const MAX_LISTED_FINDINGS = 20
const MAX_STDERR_LINES = 15

function text(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value)
}

function findingRows(results: Record<string, unknown>): string[] {
  const findings = getPath(results, 'lint.findings')
  if (!Array.isArray(findings)) {
    return []
  }
  return findings.slice(0, MAX_LISTED_FINDINGS).map((item) => {
    const f = asRecord(item) ?? {}
    const count = typeof f.count === 'number' && f.count > 1 ? ` (×${f.count})` : ''
    const line = text(f.line) === '' ? '' : `<pre>${escapeHtml(text(f.line).slice(0, 300))}</pre>`
    return (
      `<tr><td><code>${escapeHtml(text(f.code))}</code>${count}</td><td>${escapeHtml(text(f.node))}</td>` +
      `<td>${escapeHtml(text(f.message))}${line}</td><td>${escapeHtml(text(f.fix))}</td></tr>`
    )
  })
}

function crashBlocks(results: Record<string, unknown>): string[] {
  const crashes = results.crashes
  if (!Array.isArray(crashes)) {
    return []
  }
  return crashes.slice(0, MAX_LISTED_FINDINGS).map((item) => {
    const c = asRecord(item) ?? {}
    const tail = Array.isArray(c.stderrTail) ? c.stderrTail.slice(-MAX_STDERR_LINES).map(text) : []
    const stderr = tail.length === 0 ? '' : `<pre>${escapeHtml(tail.join('\n'))}</pre>`
    return `<div class="crash"><p><strong>${escapeHtml(text(c.node))}</strong>: ${escapeHtml(text(c.message))}</p>${stderr}</div>`
  })
}

/** Empty when the run had no findings and no crashes. */
export function renderFindings(results: Record<string, unknown>): string {
  const rows = findingRows(results)
  const crashes = crashBlocks(results)
  if (rows.length === 0 && crashes.length === 0) {
    return ''
  }
  const total = getPath(results, 'lint.findings')
  const more =
    Array.isArray(total) && total.length > rows.length
      ? `<p class="notice">${total.length - rows.length} more findings are in results.json.</p>`
      : ''
  const table =
    rows.length === 0
      ? ''
      : '<table id="findings"><thead><tr><th>finding</th><th>node</th><th>what happened</th><th>how to fix it</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>${more}`
  const crashHtml =
    crashes.length === 0 ? '' : `<h3>Crashes</h3><div id="crashes">${crashes.join('')}</div>`
  return `<section id="protocol"><h2>Protocol and crashes</h2>${table}${crashHtml}</section>`
}
