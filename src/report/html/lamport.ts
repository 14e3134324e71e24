/**
 * The Lamport diagram of report.html (Maelstrom's messages.svg, maelstrom-protocol.md §5.3):
 * one vertical line per server, then services, then the clients — folded into one lane by
 * default, one per client on request (clients numerically) — time
 * flowing down by event index, one arrow per delivered message from its send step to its
 * delivery step, dropped messages as a short dashed stub ending in ×. init/init_ok are left
 * out. Only the first MAX_LAMPORT_EVENTS journal events are drawn (with a notice). Each
 * arrow carries its endpoints and full body as data attributes for the page's filter and
 * hover panel. Pure.
 */
import type { JournalEvent } from '../../network/index.js'
import type { Envelope } from '../../protocol/index.js'
import { escapeHtml, formatNs, px, shortJson } from './escape.js'

export const MAX_LAMPORT_EVENTS = 1000

const STEP_PX = 16
const COLUMN_PX = 120
const TOP_PX = 34

export function endpointOrder(
  events: readonly JournalEvent[],
  nodeIds: readonly string[],
): string[] {
  const seen = new Set<string>(nodeIds)
  for (const event of events) {
    seen.add(event.message.src)
    seen.add(event.message.dest)
  }
  const servers = new Set(nodeIds)
  const clientNumber = (id: string): number => Number(/^c(\d+)$/.exec(id)?.[1] ?? NaN)
  const clients = [...seen].filter((id) => Number.isFinite(clientNumber(id)))
  clients.sort((a, b) => clientNumber(a) - clientNumber(b))
  const services = [...seen].filter((id) => !servers.has(id) && !clients.includes(id)).sort()
  // Server lanes first (n0…), then services, then the clients.
  return [...nodeIds, ...services, ...clients]
}

function messageClass(message: Envelope, servers: ReadonlySet<string>): string {
  if (message.body.type === 'error') {
    return 'msg error'
  }
  return servers.has(message.src) && servers.has(message.dest) ? 'msg server' : 'msg client'
}

function bodyLabel(message: Envelope): string {
  const { type, msg_id: _msgId, in_reply_to: _inReplyTo, ...rest } = message.body
  if (type === 'error' && typeof rest.text === 'string') {
    return `error ${String(rest.code)} ${rest.text}`.slice(0, 48)
  }
  const fields = Object.keys(rest).length === 0 ? '' : ' ' + shortJson(rest, 48)
  return `${type}${fields}`.slice(0, 48)
}

interface Step {
  event: JournalEvent
  step: number
}

function arrow(
  send: Step,
  end: Step,
  columns: ReadonlyMap<string, number>,
  servers: ReadonlySet<string>,
): string {
  const { message } = send.event
  const x0 = (columns.get(message.src) ?? 0) * COLUMN_PX + COLUMN_PX / 2
  const x1 = (columns.get(message.dest) ?? 0) * COLUMN_PX + COLUMN_PX / 2
  const y0 = TOP_PX + send.step * STEP_PX
  const dropped = end.event.type === 'drop'
  const y1 = TOP_PX + end.step * STEP_PX
  const xEnd = dropped ? x0 + (x1 - x0) * 0.35 : x1
  const yEnd = dropped ? y0 + (y1 - y0) * 0.35 + 8 : y1
  const what = dropped
    ? `dropped (${end.event.reason ?? 'unknown'})`
    : `delivered at ${formatNs(end.event.time)}`
  const full = `${message.src} → ${message.dest} ${JSON.stringify(message.body)}`
  const title = `${full}\nsent at ${formatNs(send.event.time)}, ${what}`
  const classes = messageClass(message, servers) + (dropped ? ' dropped' : '')
  const label = dropped
    ? ''
    : `<text x="${px((x0 + x1) / 2)}" y="${px((y0 + y1) / 2 - 2)}">${escapeHtml(bodyLabel(message))}</text>`
  const cross = dropped ? `<text class="x" x="${px(xEnd)}" y="${px(yEnd + 4)}">×</text>` : ''
  return (
    `<g class="${classes}" data-src="${escapeHtml(message.src)}" data-dest="${escapeHtml(message.dest)}" data-info="${escapeHtml(title)}">` +
    `<line x1="${px(x0)}" y1="${px(y0)}" x2="${px(xEnd)}" y2="${px(yEnd)}" marker-end="url(#arrowhead)"/>${label}${cross}<title>${escapeHtml(title)}</title></g>`
  )
}

function pairEvents(events: readonly JournalEvent[]): Array<[Step, Step]> {
  const sends = new Map<number, Step>()
  const pairs: Array<[Step, Step]> = []
  events.forEach((event, step) => {
    const id = event.message.id
    if (event.type === 'send' && id !== undefined) {
      sends.set(id, { event, step })
    } else if (event.type === 'deliver' || event.type === 'drop') {
      const send = id === undefined ? undefined : sends.get(id)
      if (send !== undefined) {
        pairs.push([send, { event, step }])
      } else if (event.type === 'drop') {
        // Refused at send time (unknown destination or source): no send event, no id.
        pairs.push([
          { event, step },
          { event, step },
        ])
      }
    }
  })
  return pairs
}

/** The lane every client shares when clients are folded (the default view). */
export const CLIENTS_LANE = 'clients'

/** Lane of each endpoint: its own, or the one shared clients lane when folded. */
function laneOf(order: readonly string[], folded: boolean): Map<string, number> {
  const isClient = (id: string): boolean => /^c\d+$/.test(id)
  const lanes = new Map<string, number>()
  let next = 0
  let clientsLane: number | undefined
  for (const id of order) {
    if (folded && isClient(id)) {
      clientsLane ??= next++
      lanes.set(id, clientsLane)
    } else {
      lanes.set(id, next++)
    }
  }
  return lanes
}

function lamportSvg(
  events: readonly JournalEvent[],
  order: readonly string[],
  servers: ReadonlySet<string>,
  folded: boolean,
): string {
  const columns = laneOf(order, folded)
  const labels = new Map<number, string>()
  for (const [id, lane] of columns) {
    labels.set(lane, labels.has(lane) ? CLIENTS_LANE : id)
  }
  const laneCount = labels.size
  const widthPx = laneCount * COLUMN_PX
  const heightPx = TOP_PX + events.length * STEP_PX + 20
  const lanes = [...labels]
    .map(([i, label]) => {
      const x = i * COLUMN_PX + COLUMN_PX / 2
      return `<g class="lifeline" data-node="${escapeHtml(label)}"><text x="${x}" y="16">${escapeHtml(label)}</text><line x1="${x}" y1="24" x2="${x}" y2="${heightPx}"/></g>`
    })
    .join('')
  const arrows = pairEvents(events).map(([send, end]) => arrow(send, end, columns, servers))
  const id = folded ? 'lamport' : 'lamport-unfolded'
  return (
    `<div class="scroll"${folded ? '' : ' hidden'}><svg id="${id}" class="lamport" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}">` +
    (folded
      ? '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>'
      : '') +
    `${lanes}${arrows.join('')}</svg></div>`
  )
}

/**
 * The diagram twice: clients folded into one lane (shown; server lanes stay readable at any
 * client count) and one lane per client (hidden until the page's checkbox asks for it).
 */
export function renderLamport(
  journal: readonly JournalEvent[],
  nodeIds: readonly string[],
): string {
  const relevant = journal.filter(
    (e) =>
      e.message.body.type !== 'init' && e.message.body.type !== 'init_ok' && e.type !== 'duplicate',
  )
  const events = relevant.slice(0, MAX_LAMPORT_EVENTS)
  if (events.length === 0) {
    return '<p class="empty">No messages were recorded.</p>'
  }
  const order = endpointOrder(events, nodeIds)
  const servers = new Set(nodeIds)
  const notice =
    relevant.length > events.length
      ? `<p class="notice">Additional network events not shown: ${relevant.length - events.length} (the diagram shows the first ${MAX_LAMPORT_EVENTS}).</p>`
      : ''
  const options = order
    .map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`)
    .join('')
  const hasClients = order.some((id) => /^c\d+$/.test(id))
  const unfold = hasClients
    ? ' <label><input type="checkbox" id="lamport-unfold"> one lane per client</label>'
    : ''
  return (
    `<label>Show messages of <select id="lamport-filter"><option value="">every node</option>${options}</select></label>${unfold}` +
    lamportSvg(events, order, servers, true) +
    (hasClients ? lamportSvg(events, order, servers, false) : '') +
    notice
  )
}
