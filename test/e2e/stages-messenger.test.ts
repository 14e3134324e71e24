// Track 1 (messenger) end to end: the reference nodes pass every stage, each known-bad node
// fails the stage it targets for the named reason. Real processes; time scale in support.
import { describe, expect, it } from 'vitest'
import { expectBadFails, expectReferencePasses, grade } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'messenger'
const BAD: BadCase[] = [
  {
    stage: 'echo',
    node: 'tracks/messenger/bad_echo_changes_value.py',
    failing: 'workload.valid',
    explanation: /"echo" field must be exactly/,
  },
  {
    stage: 'echo',
    node: 'tracks/messenger/bad-no-in-reply-to.js',
    failing: 'availability.okFraction',
  },
  { stage: 'cluster', node: 'tracks/messenger/bad_stdout_noise.py', failing: 'lint.findingCount' },
  { stage: 'cluster', node: 'tracks/messenger/bad-string-msg-id.js', failing: 'lint.findingCount' },
  {
    stage: 'errors',
    node: 'tracks/messenger/bad_crash_on_unknown.py',
    failing: 'nodes.crashCount',
  },
  {
    stage: 'errors',
    node: 'tracks/messenger/bad-exit-on-unknown.js',
    failing: 'nodes.crashCount',
    // Exits on an unknown type the way the official Maelstrom Go library's Run does.
    explanation: /official Maelstrom Go library: its Node\.Run stops with "No handler for …"/,
  },
]

describe('track messenger', () => {
  it.concurrent.each(['python/echo.py', 'tracks/messenger/reference.js'])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.concurrent.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
  it('stops at the first failing stage and skips the rest', async () => {
    const { result, table } = await grade({
      track: TRACK,
      node: 'tracks/messenger/bad_echo_changes_value.py',
    })
    expect(
      result.stages.map((s) => s.status),
      table,
    ).toEqual(['fail', 'skipped', 'skipped'])
    expect(result.passed).toBe(0)
    expect(result.stages[1]?.reason).toBe('Not run: stage 1.1 did not pass.')
  })
})
