// The tracks loader: every track under tracks/ loads, validates against the schemas and
// resolves its engine names; broken manifests are TrackErrors naming the file and pointer.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { engineNames, loadTracks } from '../../src/grading/tracks.js'
import { findChecker } from '../../src/checkers/registry.js'
import { NEMESIS_EXTRAS } from '../../src/nemesis/registry.js'
import { TrackError } from '../../src/shared/errors.js'
import { validateExtras } from '../../src/shared/extras.js'
import { tracksDir } from '../../src/shared/paths.js'
import { findWorkload } from '../../src/workloads/registry.js'
import {
  createRpcValidator,
  findStage,
  findTrack,
  loadAllTracks,
  loadTrackDir,
  renderRpcSection,
} from '../../src/tracks/index.js'

const RUNNABLE = [
  'messenger',
  'rpc',
  'unique-ids',
  'broadcast',
  'crdt',
  'leader-election',
  'message-queue',
  'transactions',
  'load-balancer',
  'cache',
  'proxy',
  'raft',
  'raft-persistence',
  'sharding',
  'mapreduce',
]

/** A private copy of tracks/ to break on purpose. */
function copyTracks(): string {
  const root = mkdtempSync(join(tmpdir(), 'tracks-'))
  cpSync(tracksDir(), root, { recursive: true })
  return root
}

function editManifest(root: string, track: string, edit: (text: string) => string): void {
  const file = join(root, track, 'track.yml')
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}

function trackError(fn: () => unknown): TrackError {
  try {
    fn()
  } catch (error) {
    if (error instanceof TrackError) {
      return error
    }
    throw error
  }
  throw new Error('expected a TrackError')
}

describe('tracks loader', () => {
  it('loads all 15 tracks of the curriculum, every stage ready, engine names resolved', () => {
    const tracks = loadTracks()
    expect(tracks.map((t) => t.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    for (const id of RUNNABLE) {
      const track = findTrack(tracks, id)
      expect(
        track.stages.every((s) => s.status === 'ready'),
        id,
      ).toBe(true)
    }
    expect(RUNNABLE).toHaveLength(15)
  })

  it('gives stages numbers, full ids and default seeds (3 for fault stages)', () => {
    const broadcast = findTrack(loadTracks(), 'broadcast')
    const stage = findStage(broadcast, '4.3')
    expect(stage.fullId).toBe('broadcast/partitions')
    expect(stage.seeds).toBe(3)
    expect(findStage(broadcast, 'single-node').seeds).toBe(1)
    expect(findStage(broadcast, 'broadcast/efficient-1').number).toBe('4.4')
    expect(Object.isFrozen(stage.criteria)).toBe(true)
  })

  it('names the file and JSON pointer of an invalid field', () => {
    const root = copyTracks()
    editManifest(root, 'broadcast', (t) =>
      t.replace(
        'nodeCount: 25, timeLimitS: 20, rate: 100, latencyMs: 100 }',
        'nodeCount: "many", timeLimitS: 20, rate: 100, latencyMs: 100 }',
      ),
    )
    const error = trackError(() => loadTrackDir(join(root, 'broadcast'), engineNames(), root))
    expect(error.pointer).toBe('/stages/3/options/nodeCount')
    expect(error.message).toContain('track.yml')
    expect(error.message).toContain('"many"')
  })

  it('rejects an unknown field, naming it', () => {
    const root = copyTracks()
    editManifest(root, 'rpc', (t) => t.replace('  - id: lossy\n', '  - id: lossy\n    seedz: 3\n'))
    const error = trackError(() => loadTrackDir(join(root, 'rpc'), engineNames(), root))
    expect(error.pointer).toBe('/stages/1')
    expect(error.message).toContain('unknown field "seedz"')
  })

  it('resolves names: an unknown nemesis in a ready stage is a TrackError at its pointer', () => {
    const root = copyTracks()
    editManifest(root, 'rpc', (t) =>
      t.replace(
        'kind: client-duplicate, ratio: 0.1 }\n    criteria',
        'kind: client-duplicate, ratio: 0.1 }\n      - { kind: meteor }\n    criteria',
      ),
    )
    const error = trackError(() => loadTrackDir(join(root, 'rpc'), engineNames(), root))
    expect(error.pointer).toBe('/stages/1/faults/2/kind')
    expect(error.message).toContain('unknown nemesis "meteor"')
  })

  it('keeps a planned stage with unknown names and says why it cannot run', () => {
    const root = copyTracks()
    editManifest(root, 'leader-election', (t) =>
      t.replace('    workload: election\n', '    status: planned\n    workload: not-built-yet\n'),
    )
    const election = loadTrackDir(join(root, 'leader-election'), engineNames(), root)
    expect(election.stages[0]?.plannedReason).toMatch(/not available yet/)
  })

  it('rejects another schemaVersion, naming both versions', () => {
    const root = copyTracks()
    editManifest(root, 'crdt', (t) => t.replace('schemaVersion: 1', 'schemaVersion: 2'))
    const error = trackError(() => loadAllTracks(engineNames(), root))
    expect(error.message).toContain('schemaVersion 2 is not supported')
    expect(error.message).toContain('schemaVersion 1')
  })

  it('rejects a missing docs page and a duplicate stage id', () => {
    const root = copyTracks()
    editManifest(root, 'crdt', (t) => t.replace('docs: docs/g-set.md', 'docs: docs/nope.md'))
    expect(trackError(() => loadTrackDir(join(root, 'crdt'), engineNames(), root)).pointer).toBe(
      '/stages/0/docs',
    )
    editManifest(root, 'unique-ids', (t) => t.replace('- id: crash', '- id: basic'))
    expect(
      trackError(() => loadTrackDir(join(root, 'unique-ids'), engineNames(), root)).message,
    ).toContain('duplicate stage id "basic"')
  })

  it('every stage has 2–4 hints and a docs page that states each threshold', () => {
    for (const track of loadTracks()) {
      for (const stage of track.stages) {
        expect(stage.hints.length).toBeGreaterThanOrEqual(2)
        expect(stage.hints.length).toBeLessThanOrEqual(4)
        const page = readFileSync(join(tracksDir(), '..', stage.docsPath ?? ''), 'utf8')
        for (const criterion of stage.criteria) {
          expect(page, `${stage.fullId} ${criterion.id}`).toContain(criterion.label)
        }
      }
    }
  })

  it('every --extra key a ready stage sets is declared by its workload, faults or checker', () => {
    for (const track of loadTracks()) {
      for (const stage of track.stages.filter((s) => s.status === 'ready')) {
        const workloadExtras = [...(findWorkload(stage.workload)?.extras ?? []), ...NEMESIS_EXTRAS]
        expect(() =>
          validateExtras(stage.options.extra ?? {}, workloadExtras, stage.fullId),
        ).not.toThrow()
        for (const checker of stage.checkers) {
          const extras = findChecker(checker.name)?.extras ?? []
          expect(() =>
            validateExtras(checker.extra ?? {}, extras, `${stage.fullId} ${checker.name}`),
          ).not.toThrow()
        }
      }
    }
  })
})

describe('RPC schemas', () => {
  const rpc = findTrack(loadTracks(), 'rpc')
  const validate = createRpcValidator(rpc)

  it('accept well-formed replies', () => {
    expect(validate({ type: 'read_ok', in_reply_to: 3, elements: [1, 2] })).toBeNull()
    expect(validate({ type: 'append_ok', in_reply_to: 4 })).toBeNull()
  })

  it('name the field, what was expected and what came', () => {
    const wrongType = validate({ type: 'read_ok', in_reply_to: 3, elements: '1,2' })
    expect(wrongType?.pointer).toBe('/elements')
    expect(wrongType?.message).toBe(
      'in a "read_ok" message, field "elements" must be array, but it was "1,2"',
    )
    const missing = validate({ type: 'read_ok', elements: [] })
    expect(missing?.message).toContain('must carry field "in_reply_to"')
    const item = validate({ type: 'read_ok', in_reply_to: 1, elements: [1, 'x'] })
    expect(item?.pointer).toBe('/elements/1')
  })

  it('exist for every request and reply of the runnable tracks', () => {
    for (const id of RUNNABLE) {
      const track = findTrack(loadTracks(), id)
      expect(Object.keys(track.rpcSchemas)).toEqual(
        expect.arrayContaining(['init', 'init_ok', 'error']),
      )
    }
  })
})

describe('generated docs', () => {
  it('every concept page carries the RPC section generated from its schemas (no drift)', () => {
    for (const track of loadTracks().filter((t) => Object.keys(t.rpcSchemas).length > 0)) {
      const page = readFileSync(join(track.dir, 'docs', 'index.md'), 'utf8')
      expect(page, `${track.id}: regenerate tracks/${track.id}/docs/index.md`).toContain(
        renderRpcSection(track),
      )
    }
  })
})
