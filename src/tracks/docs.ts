/**
 * The RPC reference of a track's concept page (tracks/<id>/docs/index.md), generated from
 * the RPC schemas (style.md §3.3: the schemas are the single source of truth). A test checks
 * every page for drift against this rendering.
 */
import type { TrackSpec } from './types.js'

export const RPC_SECTION_MARKER = '<!-- generated from rpc/*.schema.json: do not edit by hand -->'

interface RpcSchema {
  title?: string
  required?: string[]
  properties?: Record<string, unknown>
}

const PROTOCOL_FIELDS = new Set(['type', 'msg_id', 'in_reply_to'])

function row(name: string, schema: RpcSchema): string {
  const required = new Set(schema.required ?? [])
  const fields = Object.keys(schema.properties ?? {})
    .filter((field) => !PROTOCOL_FIELDS.has(field))
    .map((field) => `\`${field}\`${required.has(field) ? '' : ' (optional)'}`)
  const title = schema.title ?? ''
  const colon = title.indexOf(': ')
  const meaning = colon >= 0 ? title.slice(colon + 2) : title
  return `| \`${name}\` | ${fields.length > 0 ? fields.join(', ') : '—'} | ${meaning} |`
}

/** The `## RPCs` section: one row per schema, in file-name order. */
export function renderRpcSection(track: TrackSpec): string {
  const names = Object.keys(track.rpcSchemas).sort()
  const rows = names.map((name) => row(name, track.rpcSchemas[name] as RpcSchema))
  return [
    '## RPCs',
    '',
    RPC_SECTION_MARKER,
    '',
    '| type | fields | meaning |',
    '|---|---|---|',
    ...rows,
  ].join('\n')
}
