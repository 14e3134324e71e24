/**
 * The client timeline of report.html as inline SVG: one lane per client process, one box
 * per operation from invocation to completion coloured by outcome (ok / fail / info, open
 * ops run to the end), fault windows as translucent bands across all lanes. Also used for
 * the failing key of a linearizability failure (with numbered linearization points).
 * Caps lanes and boxes and says so. Pure.
 */
import type { Op, OpPair } from '../../history/index.js'
import { escapeHtml, formatNs, px, shortJson } from './escape.js'
import type { FaultWindow } from './model.js'

export const MAX_TIMELINE_OPS = 2000
export const MAX_TIMELINE_LANES = 60

const LANE_HEIGHT_PX = 22
const LEFT_PX = 56
const WIDTH_PX = 1100

export interface TimelineOptions {
  pairs: readonly OpPair[]
  faults: readonly FaultWindow[]
  endNs: number
  /** Op index (invoke or completion) → its position in a linearization (from 1). */
  linearized?: ReadonlyMap<number, number>
  /** Op indices to outline as evidence. */
  highlighted?: ReadonlySet<number>
  id: string
}

export function describeOp(pair: OpPair): string {
  const { invoke, complete } = pair
  const key = invoke.key === undefined ? '' : ` key ${shortJson(invoke.key, 40)}`
  const input = invoke.value === undefined ? '' : ` ${shortJson(invoke.value, 80)}`
  const outcome =
    complete === undefined
      ? 'no completion (info)'
      : `${complete.type}${complete.value === undefined ? '' : ' ' + shortJson(complete.value, 80)}` +
        (complete.error === undefined ? '' : ` error ${shortJson(complete.error, 80)}`)
  const node = invoke.node === undefined ? '' : ` via ${invoke.node}`
  const end = complete === undefined ? '…' : formatNs(complete.time)
  return `op ${invoke.index}: process ${String(invoke.process)} ${invoke.f}${key}${input}${node} → ${outcome} [${formatNs(invoke.time)} – ${end}]`
}

/** Short text inside a box: `3. write 1`, `read → 2`. */
function opLabel(pair: OpPair, rank: number | undefined): string {
  const { invoke, complete } = pair
  const prefix = rank === undefined ? '' : `${rank}. `
  const asked =
    invoke.value === undefined || invoke.value === null ? '' : ` ${shortJson(invoke.value, 24)}`
  const read = complete?.type === 'ok' && invoke.f === 'read' && complete.value !== undefined
  return `${prefix}${invoke.f}${asked}${read ? ' → ' + shortJson(complete.value, 24) : ''}`
}

function outcomeClass(complete: Op | undefined): string {
  return complete === undefined ? 'info' : complete.type
}

function laneOrder(pairs: readonly OpPair[]): Map<string, number> {
  const lanes = new Map<string, number>()
  for (const pair of pairs) {
    const key = String(pair.invoke.process)
    if (!lanes.has(key) && lanes.size < MAX_TIMELINE_LANES) {
      lanes.set(key, lanes.size)
    }
  }
  return lanes
}

function faultBands(options: TimelineOptions, x: (ns: number) => number, heightPx: number): string {
  return options.faults
    .map((fault) => {
      const width = Math.max(2, x(fault.endNs) - x(fault.startNs))
      const label = escapeHtml(
        `${fault.description} (${formatNs(fault.startNs)} – ${formatNs(fault.endNs)})`,
      )
      return (
        `<g class="fault fault-${escapeHtml(fault.kind.replace(/[^a-z0-9-]/gi, ''))}">` +
        `<rect x="${px(x(fault.startNs))}" y="14" width="${px(width)}" height="${px(heightPx)}"><title>${label}</title></rect>` +
        `<text x="${px(x(fault.startNs) + 2)}" y="11">${escapeHtml(fault.kind)}</text></g>`
      )
    })
    .join('')
}

function opBox(
  pair: OpPair,
  y: number,
  x: (ns: number) => number,
  options: TimelineOptions,
  endNs: number,
): string {
  const { invoke, complete } = pair
  const x0 = x(invoke.time)
  const x1 = x(complete?.time ?? endNs)
  const rank =
    options.linearized?.get(invoke.index) ??
    (complete ? options.linearized?.get(complete.index) : undefined)
  const marked =
    options.highlighted?.has(invoke.index) === true ||
    (complete !== undefined && options.highlighted?.has(complete.index) === true)
  const classes = ['op', outcomeClass(complete)]
  if (marked) {
    classes.push('evidence')
  }
  if (options.linearized !== undefined && rank === undefined) {
    classes.push('unlinearized')
  }
  const widthPx = Math.max(2, x1 - x0)
  const text = opLabel(pair, rank)
  const maxChars = Math.floor((widthPx - 4) / 6.6)
  const clipped = text.length > maxChars ? text.slice(0, maxChars - 1) + '…' : text
  const label =
    maxChars >= 2
      ? `<text class="lp" x="${px(x0 + 3)}" y="${px(y + 14)}">${escapeHtml(clipped)}</text>`
      : ''
  const node = invoke.node === undefined ? '' : ` data-node="${escapeHtml(invoke.node)}"`
  return `<g class="${classes.join(' ')}" data-op="${invoke.index}"${node}><rect x="${px(x0)}" y="${px(y + 3)}" width="${px(widthPx)}" height="${LANE_HEIGHT_PX - 6}" rx="2"><title>${escapeHtml(describeOp(pair))}</title></rect>${label}</g>`
}

function axis(endNs: number, x: (ns: number) => number, yPx: number): string {
  const ticks: string[] = []
  for (let i = 0; i <= 10; i++) {
    const ns = (endNs * i) / 10
    const anchor = i === 0 ? 'start' : i === 10 ? 'end' : 'middle'
    ticks.push(
      `<text class="tick" text-anchor="${anchor}" x="${px(x(ns))}" y="${px(yPx)}">${escapeHtml(formatNs(ns))}</text>`,
    )
  }
  return ticks.join('')
}

/** Returns the SVG (and a cap notice when something was left out). */
export function renderTimeline(options: TimelineOptions): string {
  const shown = options.pairs.slice(0, MAX_TIMELINE_OPS)
  const lanes = laneOrder(shown)
  const endNs = Math.max(options.endNs, 1)
  const x = (ns: number): number => LEFT_PX + (ns / endNs) * (WIDTH_PX - LEFT_PX - 10)
  const lanesHeightPx = lanes.size * LANE_HEIGHT_PX
  const heightPx = lanesHeightPx + 40
  const parts: string[] = [faultBands(options, x, lanesHeightPx)]
  for (const [name, lane] of lanes) {
    const y = 14 + lane * LANE_HEIGHT_PX
    parts.push(`<text class="lane" x="4" y="${px(y + 15)}">p${escapeHtml(name)}</text>`)
  }
  let dropped = options.pairs.length - shown.length
  for (const pair of shown) {
    const lane = lanes.get(String(pair.invoke.process))
    if (lane === undefined) {
      dropped++
      continue
    }
    parts.push(opBox(pair, 14 + lane * LANE_HEIGHT_PX, x, options, endNs))
  }
  parts.push(axis(endNs, x, heightPx - 8))
  const notice =
    dropped > 0
      ? `<p class="notice">${dropped} more operations not drawn (the timeline shows the first ${MAX_TIMELINE_OPS} operations of at most ${MAX_TIMELINE_LANES} processes).</p>`
      : ''
  return (
    `<svg id="${escapeHtml(options.id)}" class="timeline" width="${WIDTH_PX}" height="${heightPx}" viewBox="0 0 ${WIDTH_PX} ${heightPx}">` +
    parts.join('') +
    `</svg>${notice}`
  )
}
