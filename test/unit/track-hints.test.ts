// Hints that fit (issue 19, item 4): `for:` names the criteria a hint is for; the loader
// rejects ids the stage does not have; the first hint shown fits what failed.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstHintIndex, loadTrackDir } from '../../src/tracks/index.js'
import { repoRoot } from '../helpers/cli.js'

const broadcastDir = join(repoRoot, 'tracks', 'broadcast')

describe('hints that fit', () => {
  const track = loadTrackDir(broadcastDir)
  const efficient = track.stages.find((s) => s.id === 'efficient-1')!

  it('loads tagged hints as text plus the criteria they are for', () => {
    expect(efficient.hints).toHaveLength(3)
    expect(efficient.hints.every((h) => typeof h === 'string')).toBe(true)
    expect(efficient.hintFor[0]).toEqual(['net.servers.msgsPerOp'])
    expect(efficient.hintFor[1]).toContain('stableLatency.p50')
    const single = track.stages.find((s) => s.id === 'single-node')!
    expect(single.hintFor).toEqual(single.hints.map(() => []))
  })

  it('shows first the hint for a failed criterion, else the first hint', () => {
    expect(firstHintIndex(efficient, ['stableLatency.max'])).toBe(1)
    expect(firstHintIndex(efficient, ['net.servers.msgsPerOp'])).toBe(0)
    expect(firstHintIndex(efficient, ['valid'])).toBe(0)
    expect(firstHintIndex(efficient, [])).toBe(0)
    const untagged = { hints: ['a', 'b', 'c'], hintFor: [[], ['x'], ['y']] }
    expect(firstHintIndex(untagged, ['y', 'x'])).toBe(1)
    expect(firstHintIndex(untagged, ['y'])).toBe(2)
  })

  it('rejects a hint for a criterion the stage does not have, naming it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hints-')), 'broadcast')
    cpSync(broadcastDir, dir, { recursive: true })
    const file = join(dir, 'track.yml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('for: [net.servers.msgsPerOp]', 'for: [msgsPerOp]'),
    )
    expect(() => loadTrackDir(dir)).toThrow(
      /hints\/0\/for.*names no criterion of this stage: msgsPerOp/,
    )
  })

  it('fits the hint to the failure across the tracks that tag theirs', () => {
    const stageOf = (trackId: string, stageId: string) =>
      loadTrackDir(join(repoRoot, 'tracks', trackId)).stages.find((s) => s.id === stageId)!
    const cases: Array<[string, string, string[], RegExp]> = [
      ['raft-persistence', 'full-restart', ['recovery.maxResumeS'], /elect a leader on their own/],
      ['raft-persistence', 'full-restart', ['valid'], /nothing survives but the data directories/],
      ['leader-election', 'stable', ['election.quietTermStarts'], /resets its election timer/],
      ['leader-election', 'partitions', ['election.leadersPerTerm'], /Grant a vote only if/],
      ['messenger', 'errors', ['nodes.crashCount'], /not a reason to crash/],
      ['messenger', 'cluster', ['lint.findingCount'], /newline, msg_id and in_reply_to/],
      ['unique-ids', 'partitions', ['workload.duplicatedCount'], /disjoint part of the id space/],
      ['load-balancer', 'health', ['workload.deadBackendRequests'], /mark the backend down/],
      ['broadcast', 'efficient-partitions', ['workload.lostCount'], /single point of loss/],
    ]
    for (const [trackId, stageId, failed, hint] of cases) {
      const stage = stageOf(trackId, stageId)
      expect(stage.hints[firstHintIndex(stage, failed)], `${trackId}/${stageId}`).toMatch(hint)
    }
  })
})
