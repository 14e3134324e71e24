/**
 * Latency and rate over time for report.html: a scatter of each completed client
 * operation's latency at its invocation time (coloured by outcome) and a bar per second of
 * completions. Inline SVG, capped at MAX_LATENCY_POINTS points. Pure.
 */
import type { OpPair } from '../../history/index.js'
import { escapeHtml, formatNs, px } from './escape.js'

export const MAX_LATENCY_POINTS = 5000

const WIDTH_PX = 1100
const HEIGHT_PX = 180
const LEFT_PX = 56

function niceMaxMs(latenciesMs: readonly number[]): number {
  const sorted = [...latenciesMs].sort((a, b) => a - b)
  const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? sorted.at(-1) ?? 1
  return Math.max(1, p99 * 1.1)
}

export function renderLatency(pairs: readonly OpPair[], endNs: number): string {
  const done = pairs.filter((p) => p.complete !== undefined).slice(0, MAX_LATENCY_POINTS)
  if (done.length === 0) {
    return '<p class="empty">No client operation completed.</p>'
  }
  const end = Math.max(endNs, 1)
  const x = (ns: number): number => LEFT_PX + (ns / end) * (WIDTH_PX - LEFT_PX - 10)
  const latenciesMs = done.map((p) => ((p.complete?.time ?? 0) - p.invoke.time) / 1e6)
  const maxMs = niceMaxMs(latenciesMs)
  const y = (ms: number): number =>
    HEIGHT_PX - 20 - (Math.min(ms, maxMs) / maxMs) * (HEIGHT_PX - 40)
  const dots = done
    .map((p, i) => {
      const ms = latenciesMs[i] ?? 0
      return `<circle class="${p.complete?.type ?? 'info'}" cx="${px(x(p.invoke.time))}" cy="${px(y(ms))}" r="2"><title>op ${p.invoke.index} ${escapeHtml(p.invoke.f)}: ${ms.toFixed(1)} ms</title></circle>`
    })
    .join('')
  const axis =
    `<text class="tick" x="4" y="${px(y(maxMs) + 4)}">${maxMs.toFixed(0)} ms</text>` +
    `<text class="tick" x="4" y="${px(y(0))}">0</text>` +
    `<text class="tick" x="${WIDTH_PX - 70}" y="${HEIGHT_PX - 4}">${escapeHtml(formatNs(end))}</text>`
  return (
    `<svg id="latency" class="chart" width="${WIDTH_PX}" height="${HEIGHT_PX}" viewBox="0 0 ${WIDTH_PX} ${HEIGHT_PX}">${axis}${dots}</svg>` +
    renderRate(done, end, x)
  )
}

function renderRate(done: readonly OpPair[], endNs: number, x: (ns: number) => number): string {
  const buckets = Math.max(1, Math.ceil(endNs / 1e9))
  const counts = new Array<number>(buckets).fill(0)
  for (const pair of done) {
    const bucket = Math.min(buckets - 1, Math.floor((pair.complete?.time ?? 0) / 1e9))
    counts[bucket] = (counts[bucket] ?? 0) + 1
  }
  const max = Math.max(1, ...counts)
  const heightPx = 90
  const bars = counts
    .map((count, i) => {
      const h = (count / max) * (heightPx - 24)
      const x0 = x(i * 1e9)
      const w = Math.max(1, x(Math.min(endNs, (i + 1) * 1e9)) - x0 - 1)
      return `<rect x="${px(x0)}" y="${px(heightPx - 14 - h)}" width="${px(w)}" height="${px(h)}"><title>second ${i}: ${count} completions</title></rect>`
    })
    .join('')
  return (
    `<svg id="rate" class="chart" width="${WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${WIDTH_PX} ${heightPx}">` +
    `<text class="tick" x="4" y="14">${max}/s</text>${bars}</svg>`
  )
}
