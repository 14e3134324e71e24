// The Action input `explore-seeds` (issue 18), run as the runner would (fake runner env,
// loopback fake GitHub): before the real-time grade, every stage is explored in simulated time;
// a bug that only some seeds reach becomes warnings — one workflow warning per failing seed
// and a job-summary section with the anomaly and the replay command — while the real-time
// grade stays the verdict (the job passes, the check run succeeds). The replay command, pasted
// into a shell in the repository, reproduces the failure. Learner text in the anomaly (a reply
// that looks like a workflow command) never becomes a command. A node without the time
// protocol is one warning and is not explored; a bad input value is one plain sentence.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliPath, repoRoot } from '../helpers/cli.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import type { ActionRun } from '../helpers/action-runner.js'
import {
  actionPath,
  learnerWorkspace,
  removeActionDirs,
  runAction,
} from '../helpers/action-runner.js'

const TOKEN = 'ghs_exploreToken0123456789abcdef'
const FAST = { 'time-scale': '0.05' }
/** 2 s stages: at 0.05 a loaded machine left 1.3's real-time grade undecided (1 operation). */
const STEADY = { 'time-scale': '0.2' }
let github: FakeGitHub
/** The results file of the first test's grade, for the publish-mode test. */
let gradedResults = ''

/** An echo node on the Python kit whose bug only seeds that are multiples of 4 reach. */
const RARE_NODE = `#!/usr/bin/env python3
import os
from maelstrom import Node

node = Node()
BAD = int(os.environ.get('DSGRADE_SEED', '1')) % 4 == 0


def echo(msg):
    value = '::error::planted by rare.py\\n::add-mask::x' if BAD else msg['body']['echo']
    node.reply(msg, {'type': 'echo_ok', 'echo': value})


node.on('echo', echo)
node.run()
`

function rareWorkspace(): string {
  const workspace = learnerWorkspace()
  copyFileSync(
    join(repoRoot, 'test', 'fixtures', 'nodes', 'python', 'maelstrom.py'),
    join(workspace, 'maelstrom.py'),
  )
  writeFileSync(join(workspace, 'rare.py'), RARE_NODE)
  writeFileSync(
    join(workspace, 'dsgrade-rare.yml'),
    'version: 1\ntracks:\n  messenger:\n    run: python3 rare.py\n',
  )
  return workspace
}

/** Workflow commands that are not ours. */
function foreignCommands(run: ActionRun): string[] {
  return run.commands.filter(
    (line) =>
      line !== `::add-mask::${TOKEN}` &&
      !/^::(group|endgroup|warning|error|debug|notice)(::| )/.test(line) &&
      !/^::(stop-commands::)?[0-9a-f]{32}::?$/.test(line),
  )
}

beforeAll(async () => {
  expect(existsSync(actionPath()), `the action bundle ${actionPath()} exists`).toBe(true)
  github = await new FakeGitHub('learner/ds', { [TOKEN]: 'write' }).start()
})

afterAll(async () => {
  await github.stop()
  removeActionDirs()
})

describe('the action input explore-seeds', () => {
  it('a bug only some seeds reach: warnings with replay commands, the real-time grade decides', async () => {
    const workspace = rareWorkspace()
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      workspace,
      inputs: {
        token: TOKEN,
        seed: '1',
        config: 'dsgrade-rare.yml',
        'explore-seeds': '4',
        ...STEADY,
      },
      timeoutMs: 300_000,
    })
    const log = run.stdout
    gradedResults = run.outputs.results ?? ''
    // the real-time grade (seed 1) passes and is the verdict
    expect(run.code, log.slice(-4000)).toBe(0)
    expect(run.outputs).toMatchObject({ score: '3', 'max-score': '3', passed: 'true' })
    expect(github.checkRuns.at(-1)).toMatchObject({ conclusion: 'success' })
    // explored first, then graded
    const explored = log.indexOf('Exploring messenger/echo in simulated time: seeds 1…4')
    expect(explored, log.slice(-4000)).toBeGreaterThanOrEqual(0)
    expect(log.indexOf('Track 1 · messenger')).toBeGreaterThan(explored)
    // seed 4 fails every stage: one warning each, naming seed, stage and replay
    const warnings = run.commands.filter((line) => line.startsWith('::warning '))
    expect(warnings, `warnings:\n${warnings.join('\n')}\nlog:\n${log.slice(-4000)}`).toHaveLength(3)
    for (const stage of ['messenger/echo', 'messenger/cluster', 'messenger/errors']) {
      const warning = warnings.find((line) => line.includes(`Seed 4 of ${stage} fails`))
      expect(warning, warnings.join('\n')).toBeDefined()
      expect(warning).toMatch(
        /^::warning title=dsgrade explore%3A 1\.\d [^:,]+%2C seed 4::Seed 4 of messenger\/\w+ fails in simulated time \(explore-seeds\): Node n\d /,
      )
      expect(warning).toContain(
        `Replay locally: npx github:dsgrade/dsgrade#v1 test --track messenger --stage ${stage} --bin 'python3 rare.py' --seed 4 --time-scale 0.2 --sim --swarm`,
      )
      expect(warning).toContain('the real-time grade is the verdict')
    }
    // the job summary: the grade, then the exploration section
    expect(run.summary).toContain('## ✅ dsgrade: 3/3 stages passed')
    expect(run.summary).toContain('### ⚠️ Exploration in simulated time (`explore-seeds: 4`)')
    expect(run.summary).toContain('seeds 1…4')
    expect(run.summary).toMatch(
      /\| ⚠️ \| 1\.1 Echo \| 4 \| 4 \| .+ \| `npx github:dsgrade\/dsgrade#v1 test --track messenger --stage messenger\/echo .*--seed 4 --time-scale 0\.2 --sim --swarm` \|/,
    )
    expect(run.summary.indexOf('Exploration in simulated time')).toBeGreaterThan(
      run.summary.indexOf('3/3 stages passed'),
    )
    // learner text never became a workflow command
    expect(foreignCommands(run)).toEqual([])
    expect(run.commands.filter((line) => line.includes('planted by rare.py'))).toEqual(
      warnings.filter((line) => line.includes('planted by rare.py')),
    )
    // the replay, pasted into a shell in the repository (this checkout's CLI for npx), fails
    const replay = /replay: (npx .*)$/m.exec(log)?.[1] ?? ''
    expect(replay).toContain('--stage messenger/echo')
    const pasted = replay.replace(/^npx \S+/, `${process.execPath} ${cliPath()}`)
    const again = spawnSync('bash', ['-c', pasted], { cwd: workspace, encoding: 'utf8' })
    expect(again.status, again.stdout + again.stderr).toBe(1)
    expect(again.stdout).toContain('1.1')
  }, 320_000)

  it('a node without the time protocol: one warning, not explored, graded as usual', async () => {
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: TOKEN, seed: '1', 'explore-seeds': '2', badge: 'false', ...STEADY },
    })
    expect(run.code, run.stdout.slice(-3000)).toBe(0)
    expect(run.outputs).toMatchObject({ score: '3', passed: 'true' })
    // (publishing problems of the loopback fake, if any, are warnings of their own: not counted)
    const warnings = run.commands.filter(
      (line) => line.startsWith('::warning') && line.includes('explore'),
    )
    expect(warnings, run.commands.join('\n')).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /explore-seeds: track messenger was not explored \(the real-time grade is unaffected\): Node n\d does not take part in simulated time — it did not say it was idle within 5 s .* so it stopped at seed 1 and explored nothing: run your node on a library that speaks the time protocol/,
    )
    expect(run.summary).toContain('### 🔎 Exploration in simulated time (`explore-seeds: 2`)')
    expect(run.summary).toContain('Track messenger was not explored: Node n')
  }, 200_000)

  it('mode publish runs no learner code: explore-seeds is one warning, nothing explored', async () => {
    expect(gradedResults).not.toBe('')
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: {
        token: TOKEN,
        mode: 'publish',
        'results-files': gradedResults,
        'explore-seeds': '3',
        badge: 'false',
      },
    })
    expect(run.code, `exit ${run.code}; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0)
    expect(run.commands).toContain(
      '::warning::Input "explore-seeds" is ignored in mode publish (publishing never runs learner code): set it on the grade job.',
    )
    expect(run.stdout).not.toContain('Exploring')
    expect(run.summary).not.toContain('Exploration in simulated time')
  }, 60_000)

  it('a value that is not a whole number is one plain sentence, before anything runs', async () => {
    const run = await runAction({
      apiUrl: github.url,
      event: 'push',
      inputs: { token: TOKEN, 'explore-seeds': 'many', ...FAST },
    })
    expect(run.code).toBe(1)
    expect(run.commands).toContain(
      '::error::Input "explore-seeds" must be a whole number from 0 (no exploration) to 10000; found "many".',
    )
    expect(run.stdout).not.toContain('Build')
  }, 60_000)
})
