// `dsgrade test --sim` (docs/simulation.md): real node processes in simulated time. The same
// seed gives byte-identical history.jsonl and journal.jsonl across two runs, for echo and for
// broadcast with partitions, with latency and without (then a node often has several inputs
// written in one go), and for echo with kill and pause, with a Python node (the reference
// nodes' kit), a TypeScript node (on the TypeScript template's library) and JS fixture nodes
// (on test/fixtures/nodes/js/lib.js); a node that does not take part
// makes the run fall back to real time with one sentence, for both ways of not taking part.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, repoRoot } from '../helpers/cli.js'
import { buildTsReference, pythonReference } from '../helpers/sim-time-nodes.js'

interface SimRun {
  code: number | null
  output: string
  history: string
  journal: string
  sim:
    | {
        requested?: boolean
        used?: boolean
        fallback?: string
        inputs?: number
        batches?: number
        rounds?: number
      }
    | undefined
}

async function runSim(bin: string[], workloadArgs: string[], seed: number): Promise<SimRun> {
  const store = mkdtempSync(join(tmpdir(), 'sim-time-'))
  const result = await runCli([
    'test',
    ...workloadArgs,
    '--bin',
    bin.join(' '),
    '--sim',
    '--seed',
    String(seed),
    '--store',
    store,
  ])
  const read = (name: string): string => readFileSync(join(store, 'latest', name), 'utf8')
  const results = JSON.parse(read('results.json')) as { harness?: { sim?: SimRun['sim'] } }
  return {
    code: result.code,
    output: result.stdout + result.stderr,
    history: read('history.jsonl'),
    journal: read('journal.jsonl'),
    sim: results.harness?.sim,
  }
}

const ECHO = ['-w', 'echo', '--time-limit', '20', '--rate', '10']
const BROADCAST = [
  '-w',
  'broadcast',
  '--time-limit',
  '20',
  '--rate',
  '10',
  '--latency',
  '20',
  '--latency-dist',
  'exponential',
  '--nemesis',
  'partition',
  '--nemesis-interval',
  '3',
]

// No latency: a node often has several inputs due at one virtual time (the hub's gossip_ok
// replies, a tick and a delivery), written to it in one go (docs/simulation.md §4)
const BROADCAST_NO_LATENCY = [
  '-w',
  'broadcast',
  '--time-limit',
  '10',
  '--rate',
  '10',
  '--nemesis',
  'partition',
  '--nemesis-interval',
  '3',
]

const KILL_PAUSE = [
  '-w',
  'echo',
  '--time-limit',
  '10',
  '--nemesis',
  'kill,pause',
  '--nemesis-interval',
  '2',
]

/** A node of the JS fixtures, on test/fixtures/nodes/js/lib.js. */
const jsFixture = (file: string): string[] => [
  join(repoRoot, 'test', 'fixtures', 'nodes', 'js', file),
]

let tsNode: string[] = []
beforeAll(() => {
  tsNode = buildTsReference(mkdtempSync(join(tmpdir(), 'sim-ts-node-')))
}, 60_000)

describe('dsgrade test --sim: same seed, same bytes', () => {
  // [name, node, arguments, several inputs for one node in one batch must have happened]
  const cases: Array<[string, () => string[], string[], boolean]> = [
    ['echo, Python', () => pythonReference('echo'), ECHO, false],
    ['broadcast with partitions, Python', () => pythonReference('broadcast'), BROADCAST, false],
    [
      'broadcast with partitions and no latency (multi-input batches), Python',
      () => pythonReference('broadcast'),
      BROADCAST_NO_LATENCY,
      true,
    ],
    ['echo with kill and pause, Python', () => pythonReference('echo'), KILL_PAUSE, false],
    ['echo, TypeScript template', () => tsNode, ECHO, false],
    ['broadcast with partitions, TypeScript template', () => tsNode, BROADCAST, false],
    ['echo, JS fixture library (lib.js)', () => jsFixture('echo.js'), ECHO, false],
    [
      'broadcast with partitions, JS fixture library (lib.js)',
      () => jsFixture('broadcast.js'),
      BROADCAST,
      false,
    ],
    [
      'broadcast with partitions and no latency (multi-input batches), JS fixture library (lib.js)',
      () => jsFixture('broadcast.js'),
      BROADCAST_NO_LATENCY,
      true,
    ],
    [
      'broadcast with partitions and no latency (multi-input batches), TypeScript template',
      () => tsNode,
      BROADCAST_NO_LATENCY,
      true,
    ],
  ]
  it.each(cases)(
    '%s: two runs of one seed write identical history.jsonl and journal.jsonl',
    async (_name, bin, args, several) => {
      const first = await runSim(bin(), args, 4242)
      const second = await runSim(bin(), args, 4242)
      for (const run of [first, second]) {
        expect(run.code, run.output).toBe(0)
        expect(run.sim).toMatchObject({ requested: true, used: true })
        expect(run.output).not.toContain('does not take part')
      }
      // 10–20 simulated seconds at 5–10 ops/s: a real history, not an empty one
      expect(first.history.trim().split('\n').length).toBeGreaterThan(80)
      expect(second.history).toBe(first.history)
      expect(second.journal).toBe(first.journal)
      if (several) {
        // rounds: the batches one input per node at a time would have taken
        expect(first.sim?.rounds).toBeGreaterThan(first.sim?.batches ?? Infinity)
        expect(second.sim).toEqual(first.sim)
      }
    },
    120_000,
  )
})

describe('dsgrade test --sim: a node that does not take part runs in real time', () => {
  it('a node without the protocol (never says idle) falls back with one sentence', async () => {
    const plain = [join(repoRoot, 'test', 'fixtures', 'nodes', 'js', 'plain-echo.js')]
    const run = await runSim(plain, ['-w', 'echo', '--time-limit', '2'], 7)
    expect(run.code, run.output).toBe(0)
    expect(run.output).toMatch(
      /Node n\d does not take part in simulated time: it did not say it was idle within 5 s of real time after a message of type "init" .*so this test runs in real time instead\./,
    )
    expect(run.sim).toMatchObject({ requested: true, used: false })
    expect(run.sim?.fallback).toContain('does not take part')
  }, 60_000)

  it('a node that prints while idle (a timer of its own) falls back with one sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-own-timer-'))
    const file = join(dir, 'own-timer.js')
    // says idle after each input, but also gossips from an OS timer of its own
    writeFileSync(
      file,
      `#!/usr/bin/env node
let id = ''
let buffered = ''
const out = (v) => process.stdout.write(JSON.stringify(v) + '\\n')
process.stdin.setEncoding('utf8').on('data', (chunk) => {
  buffered += chunk
  const lines = buffered.split('\\n')
  buffered = lines.pop()
  for (const line of lines) {
    const m = JSON.parse(line)
    if (m.body.type === 'init') {
      id = m.body.node_id
      setInterval(() => out({ src: id, dest: id, body: { type: 'tick' } }), 20)
    }
    const reply = m.body.type === 'init' ? { type: 'init_ok' } : { type: 'echo_ok', echo: m.body.echo }
    if (m.body.msg_id !== undefined) out({ src: id, dest: m.src, body: { ...reply, in_reply_to: m.body.msg_id } })
    out({ dsgrade: 'idle' })
  }
})
`,
    )
    chmodSync(file, 0o755)
    const run = await runSim([file], ['-w', 'echo', '--time-limit', '2'], 7)
    expect(run.code, run.output).toBe(0)
    expect(run.output).toMatch(
      /Node n\d does not take part in simulated time: it printed a message while it was idle \(a thread or timer of its own\), so this test runs in real time instead\./,
    )
    expect(run.sim).toMatchObject({ requested: true, used: false })
  }, 60_000)
})
