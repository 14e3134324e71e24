// Messages through the real CLI (issue 19): an init time-out names the node's stray stdout
// line, the report path is printed only for a file that exists (and a run that could not
// start its workload still writes one), a planned stage or track (of a course author's own
// tracks) is one line with exit 254, and a
// mistyped option is named once with a suggestion.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'

// Every stage of the 15 tracks is ready now; a course author's own tracks (--tracks-dir) may
// still hold planned ones: a small course with a ready track and a planned track.
const COURSE_YML = {
  'echo-then-more': `schemaVersion: 1
id: echo-then-more
number: 1
title: Echo, then more
category: Foundations
teaches: 'request/response'
stages:
  - id: echo
    title: Echo
    status: ready
    summary: One node echoes.
    workload: echo
    options: { nodeCount: 1, timeLimitS: 5 }
    criteria:
      - { id: valid, label: valid, metric: valid, op: '=', value: true }
    hints:
      - 'Reply with echo_ok.'
      - 'Copy the echo field.'
  - id: later
    title: Later
    status: planned
    summary: Not written yet.
    workload: echo
    options: { nodeCount: 1, timeLimitS: 5 }
    criteria:
      - { id: valid, label: valid, metric: valid, op: '=', value: true }
    hints:
      - 'This stage is not written yet.'
      - 'Come back when it is ready.'
`,
  'all-later': `schemaVersion: 1
id: all-later
number: 2
title: All later
category: Foundations
teaches: 'nothing yet'
stages:
  - id: first
    title: First
    status: planned
    summary: Not written yet.
    workload: echo
    options: { nodeCount: 1, timeLimitS: 5 }
    criteria:
      - { id: valid, label: valid, metric: valid, op: '=', value: true }
    hints:
      - 'This stage is not written yet.'
      - 'Come back when it is ready.'
`,
}

function courseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'msg-course-'))
  for (const [id, yml] of Object.entries(COURSE_YML)) {
    mkdirSync(join(dir, id))
    writeFileSync(join(dir, id, 'track.yml'), yml)
  }
  return dir
}

describe.concurrent('learner messages through the CLI', () => {
  it('an init time-out names the stray stdout line; the printed report exists', async () => {
    const store = mkdtempSync(join(tmpdir(), 'msg-init-'))
    const bin = join(repoRoot, 'test', 'fixtures', 'nodes', 'hostile', 'hello-stdout.py')
    const result = await runCli(
      ['test', '-w', 'echo', '--bin', `python3 ${bin}`, '--node-count', '1', '--time-limit', '1'],
      { cwd: store, timeoutMs: 60_000 },
    )
    expect(result.code).toBe(255)
    expect(result.stdout).toMatch(/n0 did not answer init within 10 s/)
    expect(result.stdout).toContain('"hello, I am starting up"')
    expect(result.stdout).toMatch(/print logs on stderr/)
    const report = /report: (\S+report\.html)/.exec(result.stdout)?.[1]
    expect(report, result.stdout).toBeDefined()
    expect(existsSync(report!)).toBe(true)
  }, 90_000)

  it('a planned stage: "not available yet" in one line, exit 254', async () => {
    const course = courseDir()
    const tracks = await runCli(['tracks', '--check', course])
    expect(tracks.code, tracks.stdout + tracks.stderr).toBe(0)
    const result = await runCli([
      ...['test', '--tracks-dir', course, '--track', 'echo-then-more'],
      ...['--stage', 'echo-then-more/later', '--bin', 'python3 x.py'],
    ])
    expect(result.code).toBe(254)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^dsgrade: stage 1\.2 echo-then-more\/later is not available yet/)
  })

  it('a planned track: "not available yet" in one line, exit 254', async () => {
    const course = courseDir()
    const result = await runCli([
      ...['test', '--tracks-dir', course, '--track', 'all-later', '--bin', 'python3 x.py'],
    ])
    expect(result.code).toBe(254)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^dsgrade: track all-later is not available yet/)
  })

  it('a mistyped option: one prefix and a suggestion', async () => {
    const result = await runCli(['test', '--time-limt', '5'])
    expect(result.code).toBe(254)
    expect(result.stdout.trim()).toBe(
      'dsgrade test: unknown option --time-limt. Did you mean --time-limit? Run dsgrade test --help for the list.',
    )
  })

  it('a mistyped track or stage is named before the node is looked at', async () => {
    const track = await runCli(['test', '--track', 'broadcst', '--bin', 'missing-node'])
    expect(track.code).toBe(254)
    expect(track.stdout).toContain('there is no track "broadcst". Did you mean "broadcast"?')
    const stage = await runCli(['test', '--track', 'crdt', '--stage', 'g-countr', '--bin', 'x'])
    expect(stage.code).toBe(254)
    expect(stage.stdout).toContain('Did you mean "g-counter"?')
  })
})

describe('replay lines', () => {
  it('rerun exactly the one failing seed of one stage, with --bin as typed', async () => {
    const node = 'python3 test/fixtures/nodes/hostile/crash-after-init.py'
    const store = mkdtempSync(join(tmpdir(), 'msg-replay-'))
    const args = ['--store', store, '--time-scale', '0.05']
    const first = await runCli(
      ['test', '--track', 'rpc', '--stage', 'lossy', '--bin', node, '--seed', '5', ...args],
      { timeoutMs: 90_000 },
    )
    expect(first.code, first.stdout).toBe(1)
    expect(first.stdout).toMatch(/rpc\/lossy: 3 seed\(s\) \(5, 6, 7\)/)
    const replay = /Replay this seed: npx github:dsgrade\/dsgrade#v1 (.*)$/m.exec(first.stdout)?.[1]
    expect(replay, first.stdout).toMatch(
      /^test --track rpc --stage rpc\/lossy --bin 'python3 test\/fixtures\/nodes\/hostile\/crash-after-init\.py' --seed [567] --seeds 1 --time-scale 0\.05$/,
    )
    const seed = /--seed (\d)/.exec(replay!)![1]!
    const again = await runCli(
      [
        'test',
        '--track',
        'rpc',
        '--stage',
        'rpc/lossy',
        '--bin',
        node,
        '--seed',
        seed,
        '--seeds',
        '1',
        ...args,
      ],
      { timeoutMs: 90_000 },
    )
    expect(again.code).toBe(1)
    expect(again.stdout).toContain(`rpc/lossy: 1 seed(s) (${seed})`)
  }, 180_000)
})
