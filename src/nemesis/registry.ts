/**
 * Fault packages by `--nemesis` name (curriculum.md §3). Add one line per package.
 */
import type { ExtraSpec } from '../shared/index.js'
import type { NemesisPackage } from './contract.js'
import { PARTITION_SHAPES } from './partition.js'
import * as faults from './packages.js'

export const NEMESES: Record<string, NemesisPackage> = {
  'backend-crash': faults.backendCrash,
  'backend-loss': faults.backendLoss,
  'client-duplicate': faults.clientDuplicate,
  'client-loss': faults.clientLoss,
  duplicate: faults.duplicate,
  'full-restart': faults.fullRestart,
  kill: faults.kill,
  'leader-chase': faults.leaderChase,
  loss: faults.loss,
  partition: faults.partition,
  'partition-oneway': faults.partitionOneway,
  pause: faults.pause,
  reorder: faults.reorder,
}

export function nemesisNames(): string[] {
  return Object.keys(NEMESES).sort()
}

export function findNemesis(name: string): NemesisPackage | undefined {
  return Object.hasOwn(NEMESES, name) ? NEMESES[name] : undefined
}

/** The `--extra` keys the fault packages read (accepted with any workload). */
export const NEMESIS_EXTRAS: readonly ExtraSpec[] = [
  {
    name: 'partitionShapes',
    type: 'string-list',
    values: PARTITION_SHAPES,
    default: 'every shape',
    meaning: 'the partition shapes the partition fault may choose from',
  },
  {
    name: 'partitionTarget',
    type: 'string',
    values: ['random', 'busiest'],
    default: 'random',
    meaning:
      'busiest: every one, majority or minority-third partition cuts off the node that sent to the most other nodes in the last second (the leader, in a leader-based design)',
  },
  {
    name: 'killTargets',
    type: 'string-list',
    values: ['one', 'minority', 'majority', 'all'],
    default: 'every target',
    meaning: 'which groups of nodes the kill fault may choose',
  },
  {
    name: 'pauseTargets',
    type: 'string-list',
    values: ['one', 'minority', 'majority', 'all'],
    default: '["one","minority"]',
    meaning: 'which groups of nodes the pause fault may choose',
  },
  {
    name: 'pauseS',
    type: 'number',
    default: 'the nemesis interval',
    meaning:
      'mean seconds (× time scale) a pause lasts, each uniform in [0, 2 × pauseS); the gaps between pauses keep the nemesis interval',
  },
  {
    name: 'faultSpare',
    type: 'string-list',
    default: '[]',
    meaning: 'node ids the kill and pause faults never choose (target sizes count the others)',
  },
  {
    name: 'backendLossRatio',
    type: 'number',
    default: '0.1',
    meaning: 'the probability the backend-loss fault drops a message to or from a harness backend',
  },
  {
    name: 'fullRestartDownS',
    type: 'number',
    default: '1',
    meaning: 'seconds (× time scale) every node stays down in each full restart',
  },
  {
    name: 'fullRestartGapS',
    type: 'number',
    default: '5',
    meaning:
      'least seconds (not scaled) between one full restart ending and the next one starting, so resumption can be measured in between',
  },
  {
    name: 'chaseFireRatio',
    type: 'number',
    default: '0.75',
    meaning:
      'leader-chase: the probability it cuts off a leader at the moment the leader sends a new entry',
  },
  {
    name: 'chaseBurst',
    type: 'number',
    default: '6',
    meaning:
      'leader-chase: the most leaders it chases in a row (each burst: uniform 2 … chaseBurst) before a quiet spell',
  },
  {
    name: 'chaseQuietS',
    type: 'number',
    default: '1.5',
    meaning:
      'leader-chase: mean seconds (× time scale) of the quiet spell after a burst, each uniform in [0, 2 × chaseQuietS)',
  },
  {
    name: 'chaseKillMs',
    type: 'number',
    default: '100',
    meaning:
      'leader-chase: mean ms (× time scale) from the cut to the kill, each uniform in [0, 2 × chaseKillMs)',
  },
  {
    name: 'chaseDownS',
    type: 'number',
    default: '1.5',
    meaning:
      'leader-chase: mean seconds (× time scale) a chased leader stays down (or cut off, without kills)',
  },
  {
    name: 'chaseKills',
    type: 'boolean',
    default: 'true when the run has the kill fault',
    meaning: 'leader-chase: kill the leader after cutting it off (false: only cut, then heal)',
  },
  {
    name: 'chaseSteer',
    type: 'boolean',
    default: 'false',
    meaning:
      "leader-chase: steer the Raft paper's Figure 8 step by step (cut links so that only the chosen node can win each election, kill and restart leaders) instead of chasing at random; run it without the scheduled faults",
  },
  {
    name: 'chaseHoldWrites',
    type: 'boolean',
    default: 'true with chaseSteer',
    meaning:
      "leader-chase with chaseSteer: from step 1 of an episode whose entry writes key k until the episode ends, the clients send no write or cas of k (k's writers read it instead), so k keeps the value that entry left; false: the clients write k as usual",
  },
]
