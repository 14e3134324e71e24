// Messages through the real CLI (issue 19): an init time-out names the node's stray stdout
// line, the report path is printed only for a file that exists (and a run that could not
// start its workload still writes one), a planned track is one line with exit 254, and a
// mistyped option is named once with a suggestion.
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTracks } from '../../src/grading/tracks.js'
import { runCli, repoRoot } from '../helpers/cli.js'

// Tracks become ready as their branches land: use whichever track is still planned.
const planned = loadTracks().find((t) => t.stages[0]?.status === 'planned')

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
    // Every track has a ready stage now; its planned stages are refused the same way.
    const stage = loadTracks()
      .flatMap((t) => t.stages)
      .find((s) => s.status === 'planned')
    expect(stage, 'some stage is still planned').toBeDefined()
    const result = await runCli([
      'test',
      '--track',
      stage!.trackId,
      '--stage',
      stage!.fullId,
      '--bin',
      'python3 x.py',
    ])
    expect(result.code).toBe(254)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      new RegExp(
        `^dsgrade: stage ${stage!.number.replace('.', '\\.')} ${stage!.fullId} is not available yet`,
      ),
    )
  })

  it.skipIf(planned === undefined)(
    'a planned track: "not available yet" in one line, exit 254',
    async () => {
      const result = await runCli(['test', '--track', planned!.id, '--bin', 'python3 x.py'])
      expect(result.code).toBe(254)
      const lines = result.stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^dsgrade: track ${planned!.id} is not available yet`))
    },
  )

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
