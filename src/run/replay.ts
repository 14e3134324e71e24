/**
 * The exact local command that replays a run: `npx dsgrade test …` with every option that
 * differs from its default, the seed always, and the node's command line. Arguments are
 * shell-quoted only when they need it, so the common case stays readable.
 */
import type { TestOptions } from '../options/index.js'
import { DSGRADE_INVOCATION } from '../shared/index.js'

const DEFAULT_NODES = ['n1', 'n2', 'n3', 'n4', 'n5']

/** Quote one argument for a POSIX shell. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_\-./:=,@%+]+$/.test(arg)) {
    return arg
  }
  return `'${arg.replace(/'/g, `'\\''`)}'`
}

function nodeArgs(nodeIds: readonly string[]): string[] {
  if (nodeIds.join(',') === DEFAULT_NODES.join(',')) {
    return []
  }
  const counted = nodeIds.every((id, i) => id === `n${i}`)
  return counted ? ['--node-count', String(nodeIds.length)] : ['--nodes', nodeIds.join(',')]
}

function optionArgs(o: TestOptions): string[] {
  const args: string[] = []
  const add = (flag: string, value: unknown, fallback: unknown): void => {
    if (value !== undefined && value !== fallback) {
      args.push(flag, String(value))
    }
  }
  add('--time-limit', o.timeLimitS, 60)
  add('--rate', o.rate, 5)
  add('--concurrency', o.concurrency, o.nodeIds.length)
  add('--latency', o.latencyMs, 0)
  add('--latency-dist', o.latencyDist, 'constant')
  add('--nemesis', o.nemesis.length > 0 ? o.nemesis.join(',') : undefined, undefined)
  add('--nemesis-interval', o.nemesisIntervalS, 10)
  add('--topology', o.topology, 'grid')
  add('--availability', o.availability, undefined)
  add('--consistency-models', o.consistencyModels.join(','), 'strict-serializable')
  add('--key-count', o.keyCount, undefined)
  add('--max-txn-length', o.maxTxnLength, 4)
  add('--max-writes-per-key', o.maxWritesPerKey, 16)
  add('--loss-rate', o.lossRatio, 0)
  add('--duplicate-rate', o.duplicateRatio, 0)
  add('--reorder-rate', o.reorderRatio, 0)
  add('--client-loss', o.clientLossRatio, 0)
  add('--client-duplicate', o.clientDuplicateRatio, 0)
  add('--time-scale', o.timeScale, 1)
  if (o.sim === true) {
    args.push('--sim')
  }
  const forbidden = o.forbidServices ?? []
  add('--forbid-services', forbidden.length > 0 ? forbidden.join(',') : undefined, undefined)
  for (const [key, value] of Object.entries(o.extra)) {
    args.push('--extra', value === true ? key : `${key}=${JSON.stringify(value)}`)
  }
  return args
}

/** The command line, as argv (without `npx dsgrade`); `--bin` as the learner typed it. */
export function replayArgs(options: TestOptions): string[] {
  const [resolvedBin, ...resolvedArgs] = options.command
  const bin = options.typedCommand?.bin ?? resolvedBin
  const binArgs = options.typedCommand?.args ?? resolvedArgs
  const args = ['test', '-w', options.workload, '--bin', bin ?? '']
  args.push(...nodeArgs(options.nodeIds), ...optionArgs(options), '--seed', String(options.seed))
  if (binArgs.length > 0) {
    args.push('--', ...binArgs)
  }
  return args
}

/** The exact local command that replays this run. */
export function replayCommand(options: TestOptions): string {
  return [DSGRADE_INVOCATION, ...replayArgs(options).map(shellQuote)].join(' ')
}
