/**
 * Escaping and formatting helpers for report.html. Everything a learner controls (bodies,
 * values, error texts, node ids) passes through `escapeHtml` (text and attributes) or
 * `jsonForScript` (inline JSON) before it reaches the page. Pure string functions.
 */

/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * JSON for an inline `<script type="application/json">`: `<`, `>`, `&` and the two line
 * separators become \u escapes, so no value can close the script element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/[<>&\u2028\u2029]/g, (c) => {
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  })
}

/** A JSON value as short display text (learner values can be huge). */
export function shortJson(value: unknown, maxChars: number): string {
  let text: string
  try {
    text = value === undefined ? '' : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(0, maxChars - 1))}…`
}

/** Nanoseconds as a readable duration: `850 µs`, `12.3 ms`, `4.21 s`. */
export function formatNs(ns: number): string {
  const ms = ns / 1e6
  if (ms < 1) {
    return `${Math.round(ns / 1e3)} µs`
  }
  if (ms < 1000) {
    return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
  }
  return `${(ms / 1000).toFixed(2)} s`
}

/** The unit an axis over `spanNs` is labelled in: ms up to 2 s, s beyond (never µs at 0). */
export function axisUnit(spanNs: number): 'ms' | 's' {
  return spanNs > 2e9 ? 's' : 'ms'
}

/**
 * A tick on an axis that spans `spanNs`: every tick in the same unit, chosen by the span
 * (`0 ms`, `250 ms`, `1.5 s`), so a seconds-long run never reads "0 µs".
 */
export function formatTick(ns: number, spanNs: number): string {
  const unit = axisUnit(spanNs)
  const value = unit === 's' ? ns / 1e9 : ns / 1e6
  const span = unit === 's' ? spanNs / 1e9 : spanNs / 1e6
  const decimals = value === 0 ? 0 : span >= 20 ? 0 : span >= 2 ? 1 : 2
  return `${value.toFixed(decimals)} ${unit}`
}

/** A measured figure for a table cell. */
export function formatMeasured(value: unknown): string {
  if (value === null || value === undefined) {
    return '—'
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 1)
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    return String(value)
  }
  return shortJson(value, 60)
}

/** Round to 0.1 px so the SVG stays small. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10)
}
