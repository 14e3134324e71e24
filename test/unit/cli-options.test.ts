// `dsgrade test` option parsing: Maelstrom's names and defaults, --node-count naming,
// --concurrency Kn, fault options, errors that name the option, and the replay command
// round trip (parsing the replay arguments gives back the same options).
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.js'
import { TEST_OPTIONS, testOptionsFrom } from '../../src/cli/commands/test-options.js'
import { replayArgs, replayCommand } from '../../src/run/replay.js'
import { isDsgradeError } from '../../src/shared/errors.js'

function options(argv: string[], seed = 1) {
  const parsed = parseArgs(argv, TEST_OPTIONS, 'test')
  return testOptionsFrom(
    parsed,
    ['/bin/node', ...parsed.positionals, ...parsed.rest],
    '/work',
    seed,
  )
}

function usageError(argv: string[]): string {
  try {
    options(argv)
  } catch (error) {
    if (isDsgradeError(error) && error.code === 'USAGE') {
      return error.message
    }
    throw error
  }
  throw new Error('no usage error')
}

describe('dsgrade test options', () => {
  it('has Maelstrom defaults (lin-kv aside, which another area registers)', () => {
    const o = options(['-w', 'echo'])
    expect(o).toMatchObject({
      workload: 'echo',
      nodeIds: ['n1', 'n2', 'n3', 'n4', 'n5'],
      timeLimitS: 60,
      rate: 5,
      concurrency: 5,
      latencyMs: 0,
      latencyDist: 'constant',
      nemesis: [],
      nemesisIntervalS: 10,
      topology: 'grid',
      availability: undefined,
      maxTxnLength: 4,
      maxWritesPerKey: 16,
      timeScale: 1,
    })
  })

  it('parses a Maelstrom command line unchanged', () => {
    const o = options(
      '-w broadcast --node-count 25 --time-limit 20 --rate 100 --latency 100 --concurrency 2n --topology tree4 --nemesis partition --log-stderr'.split(
        ' ',
      ),
    )
    expect(o.nodeIds).toHaveLength(25)
    expect(o.nodeIds[0]).toBe('n0')
    expect(o.concurrency).toBe(50)
    expect(o).toMatchObject({
      timeLimitS: 20,
      rate: 100,
      latencyMs: 100,
      topology: 'tree4',
      nemesis: ['partition'],
      logStderr: true,
    })
  })

  it('takes --nodes, repeated --node, fault ratios, arguments after -- and ignored SSH flags', () => {
    const o = options([
      '-w',
      'echo',
      '--node',
      'a',
      '--node',
      'b',
      '--no-ssh',
      '--loss-rate=0.2',
      '--client-loss',
      '0.1',
      '--',
      '--flag',
      'x',
    ])
    expect(o.nodeIds).toEqual(['a', 'b'])
    expect(o.lossRatio).toBe(0.2)
    expect(o.clientLossRatio).toBe(0.1)
    expect(o.command).toEqual(['/bin/node', '--flag', 'x'])
    expect(options(['-w', 'echo', '--nodes', 'x,y,z']).nodeIds).toEqual(['x', 'y', 'z'])
    expect(options(['-w', 'echo', '--availability', 'total']).availability).toBe('total')
  })

  it('names the bad option in one sentence', () => {
    expect(usageError(['-w', 'nope'])).toMatch(/Unknown workload "nope": use one of .*echo/)
    expect(usageError(['-w', 'echo', '--rate', 'fast'])).toMatch(/--rate must be a number/)
    expect(usageError(['-w', 'echo', '--concurrency', '0'])).toMatch(/--concurrency/)
    expect(usageError(['-w', 'echo', '--nemesis', 'meteor'])).toMatch(/Unknown fault "meteor"/)
    expect(usageError(['-w', 'echo', '--loss-rate', '2'])).toMatch(
      /--loss-rate must be a number ≥ 0 ≤ 1/,
    )
    expect(usageError(['-w', 'echo', '--frobnicate'])).toMatch(/unknown option --frobnicate/)
    expect(usageError(['-w', 'echo', '--latency-dist', 'pareto'])).toMatch(/--latency-dist/)
  })

  it('refuses an --extra key the workload does not declare, listing the accepted ones', () => {
    expect(usageError(['-w', 'broadcast', '--extra', 'tag=x'])).toMatch(
      /^--extra tag: the broadcast workload does not accept this key, so it would be ignored\. Accepted keys:\n {2}partitionShapes/,
    )
    expect(usageError(['-w', 'txn-rw-register', '--extra', 'sequential_keys=false'])).toMatch(
      /--extra sequential_keys: .*\n {2}wfr-keys, wfrKeys — a boolean/,
    )
    expect(usageError(['-w', 'txn-rw-register', '--extra', 'sequential-keys=maybe'])).toMatch(
      /sequential-keys must be a boolean/,
    )
    const ok = options(['-w', 'txn-rw-register', '--extra', 'sequential-keys=false'], 1)
    expect(ok.extra).toEqual({ 'sequential-keys': false })
  })

  it('load-balance declares its backend keys; --service-latency needs harness backends', () => {
    const lb = options(
      [
        '-w',
        'load-balance',
        '--nemesis',
        'backend-loss',
        '--service-latency',
        '15',
        '--extra',
        'capacity=3',
        '--extra',
        'serviceTimeDist=pareto',
        '--extra',
        'backendLossRatio=0.2',
        '--extra',
        'serviceLatencyMs=1',
      ],
      1,
    )
    expect(lb.extra).toEqual({
      capacity: 3,
      serviceTimeDist: 'pareto',
      backendLossRatio: 0.2,
      serviceLatencyMs: 15,
    })
    expect(usageError(['-w', 'load-balance', '--extra', 'serviceTimeDist=uniform'])).toMatch(
      /serviceTimeDist must be a string \(constant \| exponential \| pareto\)/,
    )
    expect(usageError(['-w', 'lin-kv', '--service-latency', '10'])).toMatch(
      /^--service-latency: the lin-kv workload runs no harness backends/,
    )
  })

  it('the replay command parses back to the same options', () => {
    const original = options(
      '-w exactly-once --node-count 3 --time-limit 7 --rate 30 --nemesis partition,kill --time-scale 0.5 --loss-rate 0.1 --extra linearizable --extra appendRatio=0.5 --extra partitionShapes=["one"]'.split(
        ' ',
      ),
      42,
    )
    const args = replayArgs(original)
    expect(args[0]).toBe('test')
    const parsed = parseArgs(args.slice(1), TEST_OPTIONS, 'test')
    const again = testOptionsFrom(
      parsed,
      original.command,
      '/work',
      Number(parsed.values.get('seed')?.[0]),
    )
    expect(again).toEqual(original)
    expect(replayCommand(original)).toMatch(
      /^npx github:dsgrade\/dsgrade#v1 test -w exactly-once --bin \/bin\/node --node-count 3 .*--seed 42$/,
    )
  })
})
