import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_NODES, demoPython } from '../../src/cli/commands/tracks.js'
import { loadTracks } from '../../src/grading/index.js'

const root = join(import.meta.dirname, '..', '..')

describe('npm run demo', () => {
  it('grades every track of the curriculum, in curriculum order, with a bundled Python reference', () => {
    const tracks = loadTracks()
    expect(Object.keys(DEMO_NODES)).toEqual(tracks.map((t) => t.id))
    for (const [track, node] of Object.entries(DEMO_NODES)) {
      expect(node, track).toMatch(/^test\/fixtures\/nodes\/python\/[a-z_]+\.py$/)
      expect(existsSync(join(root, node)), node).toBe(true)
    }
  })

  it('runs the Python interpreter PATH finds, resolved once past any shim', () => {
    const python = demoPython({ PATH: process.env.PATH })
    expect(python).toMatch(/^\/.*python3?(\.\d+)?$/)
    expect(existsSync(python)).toBe(true)
    // Nothing on PATH: the plain name, and grading reports the missing interpreter.
    expect(demoPython({ PATH: '/nonexistent' })).toBe('python3')
  })
})
