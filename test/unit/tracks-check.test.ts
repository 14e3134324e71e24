// Tracks that check themselves: our tracks/ has no problem; a copy with one misspelled
// metric, one unknown extra and one impossible threshold in ready stages fails with all three
// named (file and JSON pointer); a planned stage may name what does not exist yet.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkTracks, loadTracks } from '../../src/grading/tracks.js'
import { tracksDir } from '../../src/shared/paths.js'

function copyTracks(): string {
  const root = mkdtempSync(join(tmpdir(), 'tracks-check-'))
  cpSync(tracksDir(), root, { recursive: true })
  return root
}

function edit(root: string, track: string, from: string, to: string): void {
  const file = join(root, track, 'track.yml')
  const text = readFileSync(file, 'utf8')
  expect(text).toContain(from)
  writeFileSync(file, text.replace(from, to))
}

describe('dsgrade tracks --check', () => {
  it('finds no problem in our tracks', () => {
    expect(checkTracks().map((p) => p.message)).toEqual([])
  })

  it('names a misspelled metric, an unknown extra and an impossible threshold', () => {
    const root = copyTracks()
    edit(root, 'broadcast', 'metric: net.servers.msgsPerOp', 'metric: net.server.msgsPerOp')
    edit(
      root,
      'rpc',
      'extra: { linearizable: true }',
      'extra: { linearizable: true, linearisable: true }',
    )
    edit(
      root,
      'messenger',
      "metric: availability.okFraction, op: '>=', value: 0.99",
      "metric: availability.okFraction, op: '>=', value: 1.5",
    )
    const problems = checkTracks(root).map((p) => p.message)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(
      /broadcast\/track\.yml at \/stages\/\d+\/criteria\/\d+\/metric: unknown metric "net\.server\.msgsPerOp".*did you mean "net\.servers\.msgsPerOp"\?/,
    )
    expect(problems[1]).toMatch(
      /messenger\/track\.yml at \/stages\/\d+\/criteria\/\d+\/value: the threshold ">= 1\.5" can never be met: "availability\.okFraction" \(fraction\) lies in \[0, 1\]/,
    )
    expect(problems[2]).toMatch(
      /rpc\/track\.yml at \/stages\/\d+\/options\/extra\/linearisable: unknown extra "linearisable": workload "exactly-once" reads .*did you mean "linearizable"\?/,
    )
    // Loading (as `dsgrade test --tracks-dir` does) refuses the same copy.
    expect(() => loadTracks(root)).toThrow(/unknown metric "net\.server\.msgsPerOp"/)
  })

  it('lets a planned stage name a metric nothing produces yet', () => {
    const root = copyTracks()
    // a course author's stage still being written: planned, on a metric no checker produces
    edit(
      root,
      'broadcast',
      'metric: net.servers.msgsPerOp',
      'metric: net.servers.msgsPerOpNotBuiltYet',
    )
    expect(checkTracks(root).map((p) => p.message)).toHaveLength(1)
    edit(
      root,
      'broadcast',
      '    title: Efficient broadcast, part I\n',
      '    title: Efficient broadcast, part I\n    status: planned\n',
    )
    const planned = loadTracks(root)
      .flatMap((t) => t.stages)
      .filter((s) => s.status === 'planned')
    expect(planned).toHaveLength(1)
    expect(checkTracks(root)).toEqual([])
  })
})
