/**
 * progress.svg: `dsgrade | 23/62 stages · 5/15 tracks`, coloured by the share of stages
 * passed. Rendered here (no third-party badge service: it works for private repositories and
 * offline). Text width is estimated from per-character widths of 11 px Verdana, as shields
 * does, so the label never overflows. Pure.
 */
import { escapeHtml } from './escape.js'
import type { ProgressTotals } from './progress.js'

/** Share passed → colour, from red to bright green (shields' palette). */
export function badgeColor(share: number): string {
  if (share >= 1) {
    return '#4c1'
  }
  if (share >= 0.75) {
    return '#97ca00'
  }
  if (share >= 0.5) {
    return '#a4a61d'
  }
  if (share >= 0.25) {
    return '#dfb317'
  }
  if (share > 0) {
    return '#fe7d37'
  }
  return '#e05d44'
}

export function badgeMessage(totals: ProgressTotals): string {
  return `${totals.stagesPassed}/${totals.stagesTotal} stages · ${totals.tracksPassed}/${totals.tracksTotal} tracks`
}

/** Approximate width in px of text in 11 px Verdana. */
export function textWidthPx(text: string): number {
  let width = 0
  for (const char of text) {
    if ("il.,:;|!'`".includes(char)) {
      width += 3.5
    } else if ('fjrt()[]/ '.includes(char)) {
      width += 4.6
    } else if ('mwMW'.includes(char)) {
      width += 10
    } else if (char === '·') {
      width += 4.5
    } else if (/[A-Z0-9]/.test(char)) {
      width += 7.4
    } else {
      width += 6.6
    }
  }
  return Math.ceil(width)
}

export function renderBadge(totals: ProgressTotals, label = 'dsgrade'): string {
  const message = badgeMessage(totals)
  const share = totals.stagesTotal > 0 ? totals.stagesPassed / totals.stagesTotal : 0
  const color = badgeColor(share)
  const labelWidth = textWidthPx(label) + 10
  const messageWidth = textWidthPx(message) + 10
  const width = labelWidth + messageWidth
  const safeLabel = escapeHtml(label)
  const safeMessage = escapeHtml(message)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${safeLabel}: ${safeMessage}">`,
    `<title>${safeLabel}: ${safeMessage}</title>`,
    '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="#555"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `<text x="${labelWidth / 2}" y="14">${safeLabel}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14">${safeMessage}</text>`,
    '</g></svg>',
    '',
  ].join('\n')
}
