/**
 * The learner's `dsgrade.yml` (interfaces.md §3): parsed with `yaml` (keeping positions) and
 * validated with zod. Every error is a ConfigError that names the file, the line, what was
 * expected and what was found. Does not check that the commands exist: that is the build's and
 * the run's business.
 */
import { readFile } from 'node:fs/promises'
import { LineCounter, isNode, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { z } from 'zod'
import { ConfigError, didYouMean } from '../shared/index.js'

export interface TrackConfig {
  id: string
  /** The node's command line. */
  run: string
  build?: string
}

export interface DsgradeConfig {
  version: 1
  build?: string
  /** `tracks-dir`: a course author's tracks directory, relative to the repository root. */
  tracksDir?: string
  /** In file order. */
  tracks: TrackConfig[]
  /** 1-based line of each track's key, and of the top-level `build` under "build". */
  lines: Record<string, number>
}

const command = z.string().trim().min(1, 'a non-empty command line')

const trackSchema = z.strictObject({ run: command, build: command.optional() })

const configSchema = z.strictObject({
  version: z.literal(1),
  build: command.optional(),
  'tracks-dir': z.string().trim().min(1, 'a directory').optional(),
  tracks: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a track id'), trackSchema),
})

/** Reads and validates a config file. `knownTracks` (if given) rejects unknown track ids. */
export async function loadConfig(
  path: string,
  options: { displayPath?: string; knownTracks?: readonly string[] } = {},
): Promise<DsgradeConfig> {
  const file = options.displayPath ?? path
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(
      file,
      undefined,
      `cannot read the file (${describeFsError(error)}); expected a dsgrade.yml at the repository root or the path given by the "config" input`,
      { cause: error },
    )
  }
  return parseConfig(text, file, options.knownTracks)
}

/** Validates config text. Pure apart from the error it may throw. */
export function parseConfig(
  text: string,
  file: string,
  knownTracks?: readonly string[],
): DsgradeConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line
    throw new ConfigError(file, line, `not valid YAML: ${first.message.split('\n')[0]}`)
  }
  const value: unknown = doc.toJS()
  const parsed = configSchema.safeParse(value ?? {})
  if (!parsed.success) {
    // A mistyped key ("trakcs") also makes the real one missing: name the typo first.
    const issue =
      parsed.error.issues.find((i) => i.code === 'unrecognized_keys') ?? parsed.error.issues[0]!
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))
    const line =
      issue.code === 'unrecognized_keys'
        ? lineOf(doc, lineCounter, [...path, issue.keys[0]!], true)
        : lineOf(doc, lineCounter, path)
    throw new ConfigError(file, line, describeIssue(issue, path, value))
  }
  const tracks = Object.entries(parsed.data.tracks).map(([id, track]) => ({
    id,
    run: track.run,
    ...(track.build !== undefined ? { build: track.build } : {}),
  }))
  if (tracks.length === 0) {
    throw new ConfigError(
      file,
      lineOf(doc, lineCounter, ['tracks']),
      'expected at least one track under "tracks:" (for example "messenger:" with a "run:" command), found none',
    )
  }
  if (knownTracks !== undefined) {
    for (const track of tracks) {
      if (!knownTracks.includes(track.id)) {
        throw new ConfigError(
          file,
          lineOf(doc, lineCounter, ['tracks', track.id], true),
          `expected a track id (one of ${knownTracks.join(', ')}), found "${track.id}".${didYouMean(track.id, knownTracks)}`,
        )
      }
    }
  }
  const lines: Record<string, number> = {}
  for (const track of tracks) {
    lines[track.id] = lineOf(doc, lineCounter, ['tracks', track.id], true) ?? 1
  }
  if (parsed.data.build !== undefined) {
    lines.build = lineOf(doc, lineCounter, ['build'], true) ?? 1
  }
  return {
    version: 1,
    ...(parsed.data.build !== undefined ? { build: parsed.data.build } : {}),
    ...(parsed.data['tracks-dir'] !== undefined ? { tracksDir: parsed.data['tracks-dir'] } : {}),
    tracks,
    lines,
  }
}

function lineOf(
  doc: Document,
  lineCounter: LineCounter,
  path: (string | number)[],
  keyNode = false,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const prefix = path.slice(0, depth)
    const node = keyNode && depth === path.length ? findKey(doc, prefix) : doc.getIn(prefix, true)
    if (isNode(node) && node.range) {
      return lineCounter.linePos(node.range[0]).line
    }
  }
  return undefined
}

function findKey(doc: Document, path: (string | number)[]): unknown {
  const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key: unknown }[] } | undefined
  const last = path[path.length - 1]
  return parent?.items?.find(
    (item) => isNode(item.key) && (item.key as { value?: unknown }).value === last,
  )?.key
}

function describeIssue(issue: z.core.$ZodIssue, path: (string | number)[], root: unknown): string {
  const where = path.length > 0 ? `at "${path.join('.')}"` : 'at the top level'
  const found = describeValue(valueAt(root, path))
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only ${expectedKeys(path)}.${issue.keys.map((k) => didYouMean(k, keyNames(path))).join('')}`
    case 'invalid_value':
      if (found === 'nothing') {
        return `${where}: missing; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
      }
      return `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`
    case 'invalid_type':
      if (found === 'nothing') {
        return `${where}: missing; expected ${expectedOf(issue.expected, path)}`
      }
      return `${where}: expected ${expectedOf(issue.expected, path)}, found ${found}`
    case 'invalid_key':
      return `${where}: expected a track id (lower-case letters, digits and "-"), found ${describeValue(path[path.length - 1])}`
    default:
      return `${where}: expected ${issue.message}, found ${found}`
  }
}

function keyNames(path: (string | number)[]): string[] {
  return path.length === 0 ? ['version', 'build', 'tracks'] : ['run', 'build']
}

function expectedKeys(path: (string | number)[]): string {
  if (path.length === 0) {
    return '"version", "build" and "tracks"'
  }
  return '"run" and "build"'
}

function expectedOf(type: string, path: (string | number)[]): string {
  const last = path[path.length - 1]
  if (last === 'run' || last === 'build') {
    return 'a command line (a string)'
  }
  if (last === 'tracks') {
    return 'a map of track ids to { run: COMMAND }'
  }
  if (path.length === 2 && path[0] === 'tracks') {
    return 'a map with "run: COMMAND"'
  }
  if (path.length === 0) {
    return 'a map with "version: 1" and "tracks:"'
  }
  return type === 'object' ? 'a map' : `a ${type}`
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) {
      return undefined
    }
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing'
  }
  if (value === null) {
    return 'an empty value'
  }
  if (Array.isArray(value)) {
    return 'a list'
  }
  if (typeof value === 'object') {
    return 'a map'
  }
  return `${typeof value} ${JSON.stringify(value)}`
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  return code === 'ENOENT' ? 'it does not exist' : String(code ?? error)
}
