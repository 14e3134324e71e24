/**
 * The only loader of `tracks/` (style.md §3.3). Reads every `tracks/<id>/track.yml`, validates
 * it against `tracks/schema/*.schema.json` with ajv, loads the RPC body schemas of
 * `tracks/<id>/rpc/`, resolves the engine names a stage references (workloads, nemeses,
 * checkers) against the names the caller passes in, and returns frozen typed values.
 *
 * Guarantees: any invalid field or unknown name is a TrackError naming the file and the JSON
 * pointer, what was expected and what was found. A stage marked `status: planned` may name
 * parts that are not built yet; it is returned with `plannedReason`, never dropped.
 * Does not import the registries (tracks/ depends on shared/ only): callers pass KnownNames.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { parseDocument } from 'yaml'
import { TrackError } from '../shared/index.js'
import { packageRoot, tracksDir } from '../shared/index.js'
import { TRACK_SCHEMA_VERSION } from './types.js'
import type { FaultSpec, KnownNames, StageSpec, TrackSpec } from './types.js'
import { checkStage } from './check.js'

interface RawStage extends Omit<
  StageSpec,
  | 'trackId'
  | 'fullId'
  | 'number'
  | 'status'
  | 'faults'
  | 'seeds'
  | 'checkers'
  | 'docsPath'
  | 'hints'
  | 'hintFor'
> {
  hints: (string | { text: string; for: string[] })[]
  status?: 'ready' | 'planned'
  faults?: FaultSpec[]
  seeds?: number
  checkers?: StageSpec['checkers']
  docs?: string
}

interface RawTrack {
  schemaVersion: number
  id: string
  number: number
  title: string
  category: string
  teaches: string
  docs?: string
  stages: RawStage[]
}

let cachedValidator: ValidateFunction | undefined

function readJson(file: string): object {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object
  } catch (error) {
    throw new TrackError(display(file), '', `is not valid JSON: ${String(error)}`, { cause: error })
  }
}

function display(file: string): string {
  return relative(packageRoot(), file) || file
}

/** The manifest schema is always the package's (a course author's tracks need no copy). */
function manifestValidator(): ValidateFunction {
  const root = tracksDir()
  if (cachedValidator !== undefined) {
    return cachedValidator
  }
  const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true })
  for (const name of ['criterion', 'stage']) {
    ajv.addSchema(readJson(join(root, 'schema', `${name}.schema.json`)))
  }
  cachedValidator = ajv.compile(readJson(join(root, 'schema', 'track.schema.json')))
  return cachedValidator
}

/** One sentence from an ajv error: where, what was expected, what came. */
export function describeAjvError(error: ErrorObject, data: unknown): string {
  const found = valueAt(data, error.instancePath)
  const shown = found === undefined ? 'nothing' : JSON.stringify(found)
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty
    return `unknown field "${extra}" (allowed: see the schema)`
  }
  if (error.keyword === 'required') {
    return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = error.params as { allowedValues?: unknown[]; allowedValue?: unknown }
    const list = allowed.allowedValues ?? [allowed.allowedValue]
    return `expected one of ${list.map((v) => JSON.stringify(v)).join(', ')}, found ${shown}`
  }
  return `expected a value that ${error.message ?? 'matches the schema'}, found ${shown}`
}

/** The value at a JSON pointer (`/stages/0/options`), or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current = data
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (current === null || typeof current !== 'object') {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function parseManifest(file: string): unknown {
  const document = parseDocument(readFileSync(file, 'utf8'))
  if (document.errors.length > 0) {
    const first = document.errors[0]
    throw new TrackError(display(file), '', `is not valid YAML: ${first?.message ?? ''}`)
  }
  return document.toJS() as unknown
}

let sharedRpcAjv: Ajv | undefined

/**
 * One ajv instance checks every track's RPC schemas: a fresh instance per track compiled the
 * draft-07 meta-schema again each time (≈ 2.7 s of blocked start-up for 15 tracks, measured
 * with --cpu-prof). The schemas carry no `$id`, so compiling one leaves nothing behind that
 * another could collide with.
 */
function rpcSchemaAjv(): Ajv {
  sharedRpcAjv ??= new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true })
  return sharedRpcAjv
}

function loadRpcSchemas(dir: string): Record<string, object> {
  const rpcDir = join(dir, 'rpc')
  const schemas: Record<string, object> = {}
  if (!existsSync(rpcDir)) {
    return schemas
  }
  const ajv = rpcSchemaAjv()
  for (const name of readdirSync(rpcDir).sort()) {
    if (!name.endsWith('.schema.json')) {
      continue
    }
    const file = join(rpcDir, name)
    const schema = readJson(file)
    try {
      ajv.compile(schema)
    } catch (error) {
      throw new TrackError(display(file), '', `is not a valid JSON Schema: ${String(error)}`)
    }
    schemas[name.slice(0, -'.schema.json'.length)] = schema
  }
  return schemas
}

/** Names a stage references that the engine does not know, as [pointer, message] pairs. */
function unknownNames(stage: RawStage, index: number, known: KnownNames): [string, string][] {
  const base = `/stages/${index}`
  const missing: [string, string][] = []
  if (!known.workloads.includes(stage.workload)) {
    missing.push([
      `${base}/workload`,
      `unknown workload "${stage.workload}" (known: ${known.workloads.join(', ') || 'none'})`,
    ])
  }
  ;(stage.faults ?? []).forEach((fault, i) => {
    if (!known.nemeses.includes(fault.kind)) {
      missing.push([
        `${base}/faults/${i}/kind`,
        `unknown nemesis "${fault.kind}" (known: ${known.nemeses.join(', ') || 'none'})`,
      ])
    }
  })
  ;(stage.checkers ?? []).forEach((checker, i) => {
    if (!known.checkers.includes(checker.name)) {
      missing.push([
        `${base}/checkers/${i}/name`,
        `unknown checker "${checker.name}" (known: ${known.checkers.join(', ') || 'none'})`,
      ])
    }
  })
  return missing
}

function buildStage(
  track: RawTrack,
  raw: RawStage,
  index: number,
  dirRel: string,
  known: KnownNames | undefined,
  file: string,
  problems: TrackError[] | undefined,
): StageSpec {
  const missing = known === undefined ? [] : unknownNames(raw, index, known)
  const planned = raw.status === 'planned'
  if (!planned && known !== undefined) {
    const found = [
      ...missing.map(([pointer, message]) => ({
        pointer,
        message: `${message}; mark the stage "status: planned" if it is not built yet`,
      })),
      ...(missing.length > 0 ? [] : checkStage(raw, index, known)),
    ].map((p) => new TrackError(display(file), p.pointer, p.message))
    if (found.length > 0 && problems === undefined) {
      throw found[0] as TrackError
    }
    problems?.push(...found)
  }
  const faults = raw.faults ?? []
  const stage: StageSpec = {
    trackId: track.id,
    id: raw.id,
    fullId: `${track.id}/${raw.id}`,
    number: `${track.number}.${index + 1}`,
    title: raw.title,
    status: planned ? 'planned' : 'ready',
    workload: raw.workload,
    options: raw.options,
    faults,
    seeds: raw.seeds ?? (faults.length > 0 ? 3 : 1),
    checkers: raw.checkers ?? [],
    criteria: raw.criteria,
    hints: raw.hints.map((h) => (typeof h === 'string' ? h : h.text)),
    hintFor: raw.hints.map((h) => (typeof h === 'string' ? [] : h.for)),
  }
  if (planned) {
    stage.plannedReason =
      missing.length > 0
        ? `not available yet: ${missing.map((m) => m[1].split(' (')[0]).join('; ')}`
        : 'not available yet (marked planned)'
  }
  if (raw.docs !== undefined) {
    stage.docsPath = `${dirRel}/${raw.docs}`
  }
  if (raw.summary !== undefined) {
    stage.summary = raw.summary
  }
  return stage
}

function checkStageIds(raw: RawTrack, file: string): void {
  const seen = new Set<string>()
  raw.stages.forEach((stage, i) => {
    const criteria = stage.criteria.map((c) => c.id)
    stage.hints.forEach((hint, h) => {
      const unknown =
        typeof hint === 'string' ? [] : hint.for.filter((id) => !criteria.includes(id))
      if (unknown.length > 0) {
        throw new TrackError(
          display(file),
          `/stages/${i}/hints/${h}/for`,
          `names no criterion of this stage: ${unknown.join(', ')} (its criteria: ${criteria.join(', ')})`,
        )
      }
    })
    if (seen.has(stage.id)) {
      throw new TrackError(display(file), `/stages/${i}/id`, `duplicate stage id "${stage.id}"`)
    }
    seen.add(stage.id)
  })
}

function checkDocs(raw: RawTrack, dir: string, file: string): void {
  const paths: [string, string | undefined][] = [
    ['/docs', raw.docs],
    ...raw.stages.map((s, i): [string, string | undefined] => [`/stages/${i}/docs`, s.docs]),
  ]
  for (const [pointer, path] of paths) {
    if (path !== undefined && !existsSync(join(dir, path))) {
      throw new TrackError(
        display(file),
        pointer,
        `the page "${path}" does not exist in ${display(dir)}`,
      )
    }
  }
}

/**
 * Load and validate one track directory. `known` absent ⇒ names are not resolved. With
 * `problems`, the problems of ready stages are collected there instead of thrown.
 */
export function loadTrackDir(
  dir: string,
  known?: KnownNames,
  _root: string = tracksDir(),
  problems?: TrackError[],
): TrackSpec {
  const file = join(dir, 'track.yml')
  if (!existsSync(file)) {
    throw new TrackError(display(dir), '', 'has no track.yml')
  }
  const data = parseManifest(file)
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion
  if (version !== TRACK_SCHEMA_VERSION) {
    throw new TrackError(
      display(file),
      '/schemaVersion',
      `schemaVersion ${JSON.stringify(version)} is not supported; this dsgrade reads schemaVersion ${TRACK_SCHEMA_VERSION}`,
    )
  }
  const validate = manifestValidator()
  if (!validate(data)) {
    const error = (validate.errors ?? [])[0] as ErrorObject
    throw new TrackError(display(file), error.instancePath || '/', describeAjvError(error, data))
  }
  const raw = data as RawTrack
  const dirName = dir.split(/[\\/]/).pop()
  if (raw.id !== dirName) {
    throw new TrackError(
      display(file),
      '/id',
      `the id "${raw.id}" must equal the directory name "${dirName ?? ''}"`,
    )
  }
  checkStageIds(raw, file)
  checkDocs(raw, dir, file)
  const dirRel = display(dir)
  const track: TrackSpec = {
    schemaVersion: raw.schemaVersion,
    id: raw.id,
    number: raw.number,
    title: raw.title,
    category: raw.category,
    teaches: raw.teaches,
    dir,
    stages: raw.stages.map((stage, i) => buildStage(raw, stage, i, dirRel, known, file, problems)),
    rpcSchemas: loadRpcSchemas(dir),
  }
  if (raw.docs !== undefined) {
    track.docsPath = `${dirRel}/${raw.docs}`
  }
  return deepFreeze(track)
}

/** Every track under `root` (default: the package's tracks/), ordered by number. */
export function loadAllTracks(known?: KnownNames, root: string = tracksDir()): TrackSpec[] {
  const tracks = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
    .map((entry) => loadTrackDir(join(root, entry.name), known, root))
    .sort((a, b) => a.number - b.number)
  const numbers = new Map<number, string>()
  for (const track of tracks) {
    const other = numbers.get(track.number)
    if (other !== undefined) {
      throw new TrackError(
        display(join(track.dir, 'track.yml')),
        '/number',
        `track number ${track.number} is also used by "${other}"`,
      )
    }
    numbers.set(track.number, track.id)
  }
  return tracks
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value as Record<string, unknown>)) {
      deepFreeze(child)
    }
  }
  return value
}

/**
 * Every problem of a tracks directory (`dsgrade tracks --check`): a manifest that does not
 * load is one problem; in manifests that load, every problem of every ready stage.
 */
export function checkTracksDir(root: string, known: KnownNames): TrackError[] {
  const problems: TrackError[] = []
  if (!existsSync(root)) {
    return [new TrackError(display(root), '', 'does not exist')]
  }
  const dirs = readdirSync(root, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== 'schema',
  )
  for (const entry of dirs) {
    try {
      loadTrackDir(join(root, entry.name), known, root, problems)
    } catch (error) {
      if (!(error instanceof TrackError)) {
        throw error
      }
      problems.push(error)
    }
  }
  return problems
}
