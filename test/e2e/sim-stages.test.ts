// `dsgrade test --track T --stage S --sim` (docs/simulation.md §7): a stage in simulated time
// keeps its faults, checkers and criteria. A correct node passes, vouched (the virtual clock is
// never late) and replays byte for byte; a known-bad node fails for the stage's reason; a node
// whose library does not take part falls back and is graded as a real-time run (real harness
// health, the real-time vouching rule).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliPath, repoRoot, runCli } from '../helpers/cli.js'

interface StageRun {
  code: number | null
  output: string
  results: Array<{
    stage?: { status: string; replay: string; vouch?: { kind: string } }
    harness?: { clock?: string; sim?: { used?: boolean }; main?: { machine?: unknown } }
  }>
  histories: string[]
}

const node = (...parts: string[]): string => join(repoRoot, 'test', 'fixtures', 'nodes', ...parts)

async function runStage(stage: string, bin: string, extra: string[] = []): Promise<StageRun> {
  const store = mkdtempSync(join(tmpdir(), 'sim-stage-'))
  const [track] = stage.split('/')
  const result = await runCli([
    'test',
    '--track',
    track ?? '',
    '--stage',
    stage,
    '--bin',
    bin,
    '--sim',
    '--store',
    store,
    ...extra,
  ])
  const runs: string[] = []
  for (const workload of readdirSync(store).filter((d) => d !== 'latest')) {
    for (const stamp of readdirSync(join(store, workload)).sort()) {
      runs.push(join(store, workload, stamp))
    }
  }
  return {
    code: result.code,
    output: result.stdout + result.stderr,
    results: runs.map((dir) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))),
    histories: runs.map((dir) => readFileSync(join(dir, 'history.jsonl'), 'utf8')),
  }
}

describe('dsgrade test --track --stage --sim', () => {
  it('a correct node passes broadcast/partitions in simulated time, vouched, byte for byte', async () => {
    const bin = `python3 ${node('python', 'broadcast.py')}`
    const args = ['--seed', '11', '--seeds', '1', '--time-scale', '0.5']
    const first = await runStage('broadcast/partitions', bin, args)
    const second = await runStage('broadcast/partitions', bin, args)
    for (const run of [first, second]) {
      expect(run.code, run.output).toBe(0)
      expect(run.results).toHaveLength(1)
      const results = run.results[0]!
      expect(results.harness?.sim?.used).toBe(true)
      expect(results.harness?.clock).toBe('virtual')
      expect(results.stage?.status).toBe('pass')
      expect(results.stage?.vouch?.kind).toBe('vouched')
      expect(results.stage?.replay).toMatch(/ --seed 11 --seeds 1 --time-scale 0.5 --sim$/)
      expect(run.output).toContain('simulated time')
    }
    expect(first.histories[0]!.split('\n').length).toBeGreaterThan(100)
    expect(second.histories[0]).toBe(first.histories[0])
  }, 120_000)

  it('a known-bad node fails broadcast/multi-node in simulated time for the stage reason', async () => {
    const bin = `python3 ${node('tracks', 'broadcast', 'bad_no_gossip.py')}`
    const run = await runStage('broadcast/multi-node', bin, ['--seed', '3', '--time-scale', '0.5'])
    expect(run.code, run.output).toBe(1)
    expect(run.results[0]?.harness?.sim?.used).toBe(true)
    expect(run.results[0]?.stage?.status).toBe('fail')
    expect(run.output).toMatch(/values lost [1-9]/)
    expect(run.output).toContain('--seed 3 --time-scale 0.5 --sim')
  }, 120_000)

  it('a node that does not take part falls back and is vouched as a real-time run', async () => {
    // a plain Maelstrom node on no library: it never says idle
    const bin = node('js', 'plain-echo.js')
    const run = await runStage('messenger/echo', bin, ['--seed', '5', '--time-scale', '0.25'])
    expect(run.output).toMatch(/Node n\d does not take part in simulated time/)
    expect([0, 2], run.output).toContain(run.code)
    const results = run.results[0]!
    expect(results.harness?.sim?.used).toBe(false)
    expect(results.harness?.clock).toBe('real')
    // measured on the real machine, so the real-time vouching rule applied to it
    expect(results.harness?.main?.machine).not.toBeNull()
    expect(['vouched', 'harness-late']).toContain(results.stage?.vouch?.kind)
  }, 120_000)
})

describe('dsgrade explore', () => {
  it('stops at the first failing seed of a known-bad node and prints a replay that reproduces it', async () => {
    const store = mkdtempSync(join(tmpdir(), 'explore-'))
    const bin = `python3 ${node('tracks', 'broadcast', 'bad_no_gossip.py')}`
    const args = ['--track', 'broadcast', '--stage', 'multi-node', '--bin', bin]
    const common = ['--time-scale', '0.25', '--store', store]
    const result = await runCli([
      'explore',
      ...args,
      '--seeds',
      '4',
      '--seed',
      '20',
      '--jobs',
      '1',
      ...common,
    ])
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(1)
    // the anomaly once, not "Seed 20 fails: Seed 20: …"
    expect(output).toMatch(/^Seed 20 fails \(the stage's own fault parameters\): \S.*lost/m)
    expect(output).not.toMatch(/Seed 20 fails.*Seed 20/)
    expect(output).toContain('seeds to the first failure: 1')
    // stopped at the first failure: seeds 21… never ran
    expect(output).not.toContain('Seed 21')
    const replay = /replay: (.*)$/m.exec(output)?.[1] ?? ''
    // seed 20 is the first of the exploration: the stage's own parameters, no --swarm
    expect(replay).toMatch(/--seed 20 --time-scale 0\.25 --sim$/)
    // pasted into a shell, with this checkout's CLI in place of the published one
    const pasted = replay.replace(/^npx \S+/, `${process.execPath} ${cliPath()}`)
    const again = spawnSync('bash', ['-c', `${pasted} --store ${store}`], { encoding: 'utf8' })
    expect(again.status, again.stdout + again.stderr).toBe(1)
    expect(again.stdout).toContain('values lost')
  }, 120_000)

  it('finds no failing seed for a correct node (--all)', async () => {
    const store = mkdtempSync(join(tmpdir(), 'explore-'))
    const bin = `python3 ${node('python', 'broadcast.py')}`
    const result = await runCli([
      'explore',
      '--track',
      'broadcast',
      '--stage',
      'partitions',
      '--bin',
      bin,
      '--seeds',
      '3',
      '--seed',
      '40',
      '--jobs',
      '2',
      '--all',
      '--time-scale',
      '0.25',
      '--store',
      store,
    ])
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(0)
    expect(output).toContain('explore broadcast/partitions: 3/3 seeds, 0 failing')
    expect(output).toContain('No failing seed in 3 seed(s)')
  }, 120_000)

  it('stops at the first input/idle exchange of a node without the time protocol, exit 2, nothing rerun', async () => {
    // a Raft in plain Maelstrom (Python, threads and sleeps, no kit): raft/partitions is 30 s long
    const store = mkdtempSync(join(tmpdir(), 'explore-plain-'))
    const bin = `python3 ${node('maelstrom-style', 'raft.py')}`
    const started = performance.now()
    const result = await runCli([
      'explore',
      '--track',
      'raft',
      '--stage',
      'partitions',
      '--bin',
      bin,
      '--seeds',
      '5',
      '--seed',
      '3',
      '--jobs',
      '1',
      '--store',
      store,
    ])
    const wallS = (performance.now() - started) / 1000
    const output = result.stdout + result.stderr
    expect(result.code, output).toBe(2)
    // the first seed's first exchange (5 s budget after init), not a 30 s real-time stage
    expect(wallS, output).toBeLessThan(20)
    expect(output).toMatch(
      /Node n\d does not take part in simulated time — it did not say it was idle within 5 s of real time after a message of type "init" — and dsgrade explore runs only in simulated time, so it stopped at seed 3 and explored nothing: run your node on a library that speaks the time protocol/,
    )
    expect(output).toContain('docs/simulation.md#3-lines-the-node-writes-stdout')
    expect(output).not.toContain('runs in real time instead')
    expect(output).toContain('Nothing explored (exit 2)')
    // the real-time command it offers is the stage's, with the node as typed, on a line of its own
    const command =
      /^Meanwhile this grades the stage in real time:\n {2}(.*)$/m.exec(output)?.[1] ?? ''
    expect(command).toMatch(
      /^npx \S+ test --track raft --stage raft\/partitions --bin '[^']*maelstrom-style\/raft\.py' --seed 3( --seeds 1)?$/,
    )
    // no seed ran in real time: nothing is left in the store
    const left = readdirSync(store).filter((d) => d !== 'latest')
    expect(left.flatMap((d) => readdirSync(join(store, d)))).toEqual([])
  }, 120_000)

  it("grades a rate budget on the seeds that keep the stage's own parameters: the chatty node is found on seed 1, the reference passes", async () => {
    const explore = async (
      file: string,
      extra: string[],
    ): Promise<{ code: number | null; output: string }> => {
      const store = mkdtempSync(join(tmpdir(), 'explore-budget-'))
      const bin = `python3 ${file}`
      const args = ['--track', 'leader-election', '--stage', 'quiet', '--bin', bin, '--seed', '1']
      const result = await runCli(['explore', ...args, '--jobs', '1', '--store', store, ...extra])
      return { code: result.code, output: result.stdout + result.stderr }
    }
    // swarmed (the default): a failing time-based figure of a swarmed seed is inconclusive,
    // so only the unswarmed first seed can find a heartbeat on every tick
    const chatty = await explore(node('tracks', 'leader-election', 'bad_chatty_heartbeats.py'), [
      '--seeds',
      '8',
    ])
    expect(chatty.code, chatty.output).toBe(1)
    expect(chatty.output).toMatch(
      /^Seed 1 fails \(the stage's own fault parameters\): the history is correct, but it sends too many messages: server msgs per node per s is [\d.]+ \(target ≤ 15\)\.$/m,
    )
    expect(/replay: (.*)$/m.exec(chatty.output)?.[1]).toMatch(/--seed 1 --sim$/)
    // the correct node over the same seeds, two of them unswarmed: nothing to report
    const reference = await explore(node('python', 'election.py'), ['--seeds', '5', '--all'])
    expect(reference.code, reference.output).toBe(0)
    expect(reference.output).toContain('explore leader-election/quiet: 5/5 seeds, 0 failing')
  }, 180_000)
})
