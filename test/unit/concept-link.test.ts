// Concept links are URLs a learner can open (issue 19, item 4): the package's track pages under
// the published base, the path kept for an empty base and for a course author's own tracks, the
// base taken from DSGRADE_DOCS_BASE at the edge, and every stage's page a real file in the
// package (so the URL at the release tag resolves).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { notRunStage } from '../../src/grading/stage.js'
import { loadTracks } from '../../src/grading/tracks.js'
import {
  conceptLink,
  DSGRADE_DOCS_BASE,
  docsBaseFrom,
  packageRoot,
} from '../../src/shared/index.js'
import { findStage, findTrack } from '../../src/tracks/find.js'

describe('concept links', () => {
  it('puts the package-relative page under the base', () => {
    expect(conceptLink('tracks/crdt/docs/g-counter.md', DSGRADE_DOCS_BASE)).toBe(
      'https://github.com/dsgrade/dsgrade/blob/v1/tracks/crdt/docs/g-counter.md',
    )
    expect(conceptLink('tracks/crdt/docs/g-counter.md', 'https://example.org/course')).toBe(
      'https://example.org/course/tracks/crdt/docs/g-counter.md',
    )
  })

  it('keeps the path for an empty base and for pages outside the package', () => {
    expect(conceptLink('tracks/crdt/docs/g-counter.md', '')).toBe('tracks/crdt/docs/g-counter.md')
    expect(conceptLink('../course/tracks/x/docs/a.md', DSGRADE_DOCS_BASE)).toBe(
      '../course/tracks/x/docs/a.md',
    )
    expect(conceptLink('/home/me/tracks/x/docs/a.md', DSGRADE_DOCS_BASE)).toBe(
      '/home/me/tracks/x/docs/a.md',
    )
  })

  it('takes the base from DSGRADE_DOCS_BASE, else ours', () => {
    expect(docsBaseFrom({})).toBe(DSGRADE_DOCS_BASE)
    expect(docsBaseFrom({ DSGRADE_DOCS_BASE: '' })).toBe('')
    expect(docsBaseFrom({ DSGRADE_DOCS_BASE: 'https://x.test/' })).toBe('https://x.test/')
  })

  it('gives every stage result a link whose page exists in the package', () => {
    const tracks = loadTracks()
    const stage = findStage(findTrack(tracks, 'crdt'), 'g-counter')
    expect(notRunStage(stage, 'skipped', 'Not run.').docsPath).toBe(
      `${DSGRADE_DOCS_BASE}tracks/crdt/docs/g-counter.md`,
    )
    expect(notRunStage(stage, 'skipped', 'Not run.', '').docsPath).toBe(
      'tracks/crdt/docs/g-counter.md',
    )
    for (const track of tracks) {
      for (const s of track.stages) {
        if (s.docsPath !== undefined) {
          expect(existsSync(join(packageRoot(), s.docsPath)), s.docsPath).toBe(true)
        }
      }
    }
  })
})
