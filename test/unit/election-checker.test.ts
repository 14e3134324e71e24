// The election checker (checkers/election/): generated histories with known verdicts (two
// leaders in a term, one node claiming twice, malformed replies, no polls), connectivity
// epochs for each partition shape, the vote journal's double votes, and whole runs of an
// in-process Raft election node on the virtual clock — correct, and with each known bug.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkElection } from '../../src/checkers/election/index.js'
import { cleanMajority, connectivityEpochs } from '../../src/history/connectivity.js'
import { VoteJournal } from '../../src/checkers/election/votes.js'
import type { Op } from '../../src/history/types.js'
import { runTest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import type { TestOptions } from '../../src/options/index.js'
import { testOptions } from '../helpers/run-options.js'
import { simElection, type SimElectionFlags } from '../helpers/sim-election.js'

const NODES = ['n0', 'n1', 'n2']

/** A history of status polls: [node, timeS, term, role]. */
function polls(rows: [string, number, number, string][], extra: Op[] = []): Op[] {
  const ops: Op[] = []
  rows.forEach(([node, t, term, role], i) => {
    const base = { process: i, f: 'status', node }
    ops.push({ ...base, index: 0, time: t * 1e9 - 1e6, type: 'invoke' })
    ops.push({ ...base, index: 0, time: t * 1e9, type: 'ok', value: { term, role, leader: null } })
  })
  return [...ops, ...extra].sort((a, b) => a.time - b.time).map((op, index) => ({ ...op, index }))
}

describe('election checker on generated histories', () => {
  it('finds two leaders in one term, with both claims and their times', () => {
    const history = polls([
      ['n0', 0.5, 1, 'leader'],
      ['n1', 0.6, 1, 'follower'],
      ['n1', 2.0, 1, 'leader'],
      ['n2', 2.1, 2, 'leader'],
    ])
    const result = checkElection(history, { nodeIds: NODES })
    expect(result.valid).toBe(false)
    expect(result.maxLeadersPerTerm).toBe(2)
    const anomaly = result.anomalies[0]!
    expect(anomaly.type).toBe('two-leaders')
    expect(anomaly.message).toMatch(
      /^Two leaders in term 1: n0 said it was leader at 0\.500 s and n1 said it was leader at 2\.000 s\./,
    )
    expect(anomaly.nodes).toEqual(['n0', 'n1'])
    expect(anomaly.ops).toHaveLength(2)
  })

  it('accepts one node claiming a term many times and leaders of different terms', () => {
    const history = polls([
      ['n0', 0.5, 1, 'leader'],
      ['n0', 0.7, 1, 'leader'],
      ['n1', 0.8, 1, 'follower'],
      ['n2', 0.9, 1, 'follower'],
      ['n1', 3.0, 2, 'leader'],
      ['n0', 3.1, 1, 'leader'],
    ])
    const result = checkElection(history, { nodeIds: NODES })
    expect(result.valid).toBe(true)
    expect(result.maxLeadersPerTerm).toBe(1)
    expect(result.firstLeaderS).toBe(0.001)
    // n1's term 2 at 3.0 s, after n0 led term 1 with every node seen: a quiet term start
    expect(result.quietTermStarts).toBe(1)
  })

  it('skips malformed beliefs and answers unknown without any', () => {
    const history = polls([['n0', 0.5, 1, 'boss']])
    expect(checkElection(history, { nodeIds: NODES }).valid).toBe('unknown')
    expect(checkElection([], { nodeIds: NODES }).reason).toMatch(/No node answered a status poll/)
  })

  it('times a re-election from the heal and judges a long leaderless stretch by its length', () => {
    const nemesis = (time: number, type: 'invoke' | 'info', f: string, value: unknown): Op => ({
      index: 0,
      time: time * 1e9,
      process: 'nemesis',
      type,
      f,
      value,
    })
    const grudge = { n0: ['n1', 'n2'], n1: ['n0'], n2: ['n0'] }
    const history = polls(
      [
        ['n0', 0.2, 1, 'leader'],
        ['n1', 0.3, 1, 'follower'],
        ['n2', 0.4, 1, 'follower'],
        ['n1', 2.0, 1, 'candidate'],
        ['n2', 2.1, 1, 'follower'],
        ['n1', 5.0, 2, 'candidate'],
        ['n2', 5.1, 2, 'follower'],
        ['n0', 6.2, 1, 'leader'],
        ['n1', 6.3, 3, 'leader'],
        ['n2', 6.4, 3, 'follower'],
        ['n0', 6.5, 3, 'follower'],
      ],
      [
        nemesis(1, 'invoke', 'start-partition', { grudge, description: 'n0 cut off' }),
        nemesis(1, 'info', 'start-partition', { grudge, description: 'n0 cut off' }),
        nemesis(6, 'invoke', 'stop-partition', { description: 'the network healed' }),
        nemesis(6, 'info', 'stop-partition', { description: 'the network healed' }),
      ],
    )
    const result = checkElection(history, { nodeIds: NODES })
    expect(result.valid).toBe(true)
    // n1, n2 had no leader for the whole 5 s partition: judged by its length
    expect(result.maxReelectionS).toBe(5)
    expect(result.reelectionsAssessed).toBe(3)
    expect((result.slowestReelection as { majority: string[] }).majority).toEqual(['n1', 'n2'])
  })
})

describe('connectivity epochs', () => {
  const state = (grudge: Record<string, string[]>, down: string[] = []) => ({
    grudge: new Map(Object.entries(grudge).map(([k, v]) => [k, new Set(v)])),
    down: new Set(down),
    unknown: 0,
  })
  const five = ['n0', 'n1', 'n2', 'n3', 'n4']

  it('finds the clean majority of a split, none in a majorities ring or with most nodes down', () => {
    const split = {
      n0: ['n2', 'n3', 'n4'],
      n1: ['n2', 'n3', 'n4'],
      n2: ['n0', 'n1'],
      n3: ['n0', 'n1'],
      n4: ['n0', 'n1'],
    }
    expect(cleanMajority(state(split), five)).toEqual(['n2', 'n3', 'n4'])
    expect(cleanMajority(state({}), five)).toEqual(five)
    expect(cleanMajority(state({}, ['n0', 'n1']), five)).toEqual(['n2', 'n3', 'n4'])
    expect(cleanMajority(state({}, ['n0', 'n1', 'n2']), five)).toBeUndefined()
    const ring = {
      n0: ['n2', 'n3'],
      n1: ['n3', 'n4'],
      n2: ['n4', 'n0'],
      n3: ['n0', 'n1'],
      n4: ['n1', 'n2'],
    }
    expect(cleanMajority(state(ring), five)).toBeUndefined()
    // one-way: n0 hears nobody but is heard — not clean for the others
    expect(cleanMajority(state({ n0: ['n1', 'n2', 'n3', 'n4'] }), five)).toBeUndefined()
  })

  it('cuts epochs at each fault operation and marks unknown faults unassessable', () => {
    const op = (time: number, type: 'invoke' | 'info', f: string, value: unknown = {}): Op => ({
      index: 0,
      time: time * 1e9,
      process: 'nemesis',
      type,
      f,
      value,
    })
    const history = [
      op(1, 'invoke', 'kill', { nodes: ['n0'] }),
      op(1.2, 'info', 'kill', { nodes: ['n0'] }),
      op(2, 'invoke', 'start-link-faults'),
      op(2, 'info', 'start-link-faults'),
    ]
    const epochs = connectivityEpochs(history, NODES, 0, 3e9)
    expect(epochs.map((e) => [e.startNs / 1e9, e.endNs / 1e9, e.majority])).toEqual([
      [0, 1, NODES],
      [1.2, 2, ['n1', 'n2']],
      [2, 3, undefined],
    ])
  })
})

describe('vote journal', () => {
  const send = (time: number, src: string, dest: string, body: Record<string, unknown>) => ({
    time: time * 1e9,
    type: 'send',
    message: { src, dest, body: { type: 'x', ...body } },
  })

  it('finds a node that votes twice in a term, for itself or another; counts node traffic', () => {
    const votes = new VoteJournal(['n0', 'n1', 'n2'])
    votes.observe(send(1, 'n1', 'n0', { type: 'request_vote_res', term: 1, vote_granted: true }))
    votes.observe(send(1.1, 'n1', 'n0', { type: 'request_vote_res', term: 1, vote_granted: true }))
    votes.observe(send(1.2, 'n2', 'n0', { type: 'request_vote_res', term: 1, vote_granted: false }))
    votes.observe(send(1.3, 'n1', 'c1', { type: 'status_ok', term: 1 }))
    expect(votes.doubleVotes).toEqual([])
    votes.observe(send(4, 'n1', 'n2', { type: 'request_vote', term: 1, candidate_id: 'n1' }))
    expect(votes.doubleVotes).toHaveLength(1)
    expect(votes.doubleVotes[0]?.first.candidate).toBe('n0')
    expect(votes.doubleVotes[0]?.second.candidate).toBe('n1')
    expect(votes.serverMessagesBetween(0, 5e9)).toBe(4)
    expect(votes.serverMessagesBetween(2e9, 5e9)).toBe(1)
  })
})

function simRun(flags: SimElectionFlags, options: Partial<TestOptions>) {
  return runTest({
    options: testOptions({ workload: 'election', rate: 30, ...options }),
    storeDir: mkdtempSync(join(tmpdir(), 'election-sim-')),
    logger: silentLogger,
    nodes: { kind: 'in-process', factory: simElection(flags) },
    clock: 'virtual',
    writeReport: false,
  })
}

const CRASHES = {
  nemesis: ['kill', 'pause'],
  nemesisIntervalS: 2,
  timeLimitS: 30,
  extra: { killTargets: ['all'] },
}

describe('election runs on the virtual clock', () => {
  it('passes a correct node under partitions and crashes', async () => {
    for (const options of [
      { nemesis: ['partition'], nemesisIntervalS: 5, timeLimitS: 30 },
      CRASHES,
    ]) {
      const outcome = await simRun({}, { ...options, seed: 2 })
      const w = outcome.results.workload as Record<string, number>
      expect(outcome.valid, outcome.reason).toBe(true)
      expect(w.maxReelectionS).toBeLessThanOrEqual(3)
      expect(w.quietTermStarts).toBe(0)
      expect(w.doubleVoteCount).toBe(0)
      expect(w.reelectionsAssessed).toBeGreaterThan(2)
    }
  }, 60_000)

  it('catches each known bug for its named reason', async () => {
    const noPersist = await simRun({ persist: false }, { ...CRASHES, seed: 2 })
    expect(noPersist.valid).toBe(false)
    expect((noPersist.results.workload as Record<string, number>).doubleVoteCount).toBeGreaterThan(
      0,
    )
    expect(noPersist.reason).toMatch(/voted twice in term \d+/)
    const noStepDown = await simRun(
      { stepDown: false },
      { nemesis: ['partition'], nemesisIntervalS: 5, timeLimitS: 30, seed: 2 },
    )
    expect(
      (noStepDown.results.workload as Record<string, number>).maxLeadersPerTerm,
    ).toBeGreaterThan(1)
    const noReset = await simRun({ resetOnHeartbeat: false }, { nodeIds: NODES, timeLimitS: 15 })
    expect(noReset.valid).toBe(true)
    expect((noReset.results.workload as Record<string, number>).quietTermStarts).toBeGreaterThan(3)
    const chatty = await simRun({ heartbeatMs: 5 }, { latencyMs: 10, timeLimitS: 20 })
    expect(chatty.valid).toBe(true)
    expect((chatty.results.workload as Record<string, number>).msgsPerNodeS).toBeGreaterThan(15)
  }, 60_000)
})
