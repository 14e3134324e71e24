/**
 * The election checker (curriculum.md track 6; issue 15). Input: the history of `status`
 * polls — each ok completion is one node's belief `{term, role, leader}` at that moment — the
 * nemesis operations, and (when the run recorded it) the VoteJournal of the run's messages.
 *
 * Verdict (`valid`) is about safety only:
 * - *election safety*: at most one node ever claims `role: "leader"` in a term (evidence: the
 *   first claim of two different nodes, with times);
 * - *one vote per term*: no node votes for two candidates in one term (evidence: both vote
 *   messages; a restart of the voter in between is named).
 * Liveness and cost are figures that stage criteria grade:
 * - `firstLeaderS`: from the moment every node had answered `init` (from the journal; the
 *   first poll when there is no journal) to the first reply that claims leadership;
 * - `maxReelectionS`: over the epochs with a clean majority (history/connectivity.ts), the time from the
 *   epoch's start until every node of the majority has answered a poll sent after that start
 *   and one of them claims leadership in the highest term any of them reports. An epoch in
 *   which no such leader is seen counts with its whole length, if that is at least
 *   ASSESS_MIN_S; a shorter one is not judged (`reelectionsAssessed` counts the judged ones);
 * - `quietTermStarts`: terms started inside a clean-majority epoch after its leader was seen
 *   (and at least QUIET_GRACE_S after the epoch began): a node that keeps starting elections
 *   while a healthy leader exists. With vote messages in the journal, a start counts only if
 *   the leader was sending to the candidate and the candidate was sending too in the
 *   QUIET_ACTIVITY_WINDOW_S before its request_vote (a stalled process is not restless);
 * - `msgsPerNodeS`: node→node messages from the first to the last operation, per node per s.
 * Time-based figures are marked in the workload's metric declarations.
 */
import { pairOps, type Op } from '../../history/index.js'
import type { Anomaly, CheckResult } from '../contract.js'
import { connectivityEpochs, type Epoch } from '../../history/index.js'
import type { DoubleVote, VoteJournal } from './votes.js'

/** An epoch shorter than this with no leader seen is not judged (3 s + polling slack). */
export const ASSESS_MIN_S = 3.5
/** Term starts this soon after an epoch begins are not "quiet" (a resumed node's stale timer). */
export const QUIET_GRACE_S = 1
/**
 * A term start is held against its candidate only if, in this window before its first
 * request_vote, the leader's messages were delivered to it and it was sending too: a process
 * the machine stalled (no heartbeats out, or none read) is not called restless.
 */
export const QUIET_ACTIVITY_WINDOW_S = 0.3

export interface Belief {
  node: string
  term: number
  role: string
  invokeNs: number
  timeNs: number
  index: number
}

export interface ElectionCheckOptions {
  nodeIds: readonly string[]
  votes?: VoteJournal
}

const ROLES = new Set(['leader', 'follower', 'candidate'])

/** Every ok `status` poll as a belief (malformed replies are skipped: the RPC check names them). */
export function beliefsOf(history: readonly Op[]): Belief[] {
  const beliefs: Belief[] = []
  for (const { invoke, complete } of pairOps(history)) {
    if (invoke.f !== 'status' || complete?.type !== 'ok' || invoke.node === undefined) {
      continue
    }
    const value = complete.value as { term?: unknown; role?: unknown } | undefined
    if (typeof value?.term !== 'number' || typeof value.role !== 'string') {
      continue
    }
    if (!ROLES.has(value.role)) {
      continue
    }
    beliefs.push({
      node: invoke.node,
      term: value.term,
      role: value.role,
      invokeNs: invoke.time,
      timeNs: complete.time,
      index: complete.index,
    })
  }
  return beliefs.sort((a, b) => a.timeNs - b.timeNs)
}

const s = (ns: number): string => `${(ns / 1e9).toFixed(3)} s`
const round3 = (x: number): number => Math.round(x * 1000) / 1000

function twoLeaders(beliefs: readonly Belief[]): { max: number; anomalies: Anomaly[] } {
  const byTerm = new Map<number, Map<string, Belief>>()
  for (const b of beliefs) {
    if (b.role !== 'leader') {
      continue
    }
    const claims = byTerm.get(b.term) ?? new Map<string, Belief>()
    if (!claims.has(b.node)) {
      claims.set(b.node, b)
    }
    byTerm.set(b.term, claims)
  }
  let max = 0
  const anomalies: Anomaly[] = []
  for (const [term, claims] of byTerm) {
    max = Math.max(max, claims.size)
    if (claims.size > 1 && anomalies.length < 10) {
      const [a, b] = [...claims.values()].sort((x, y) => x.timeNs - y.timeNs) as [Belief, Belief]
      anomalies.push({
        type: 'two-leaders',
        message: `Two leaders in term ${term}: ${a.node} said it was leader at ${s(a.timeNs)} and ${b.node} said it was leader at ${s(b.timeNs)}. Election safety allows at most one leader per term: a candidate needs votes from a majority, each node votes once per term, and a leader that sees a higher term steps down.`,
        ops: [a.index, b.index],
        nodes: [a.node, b.node],
        timeNs: [a.timeNs, b.timeNs],
        evidence: {
          term,
          claims: [...claims.values()].map((c) => ({ node: c.node, timeNs: c.timeNs })),
        },
      })
    }
  }
  return { max, anomalies }
}

function restartsBetween(history: readonly Op[], node: string, fromNs: number, toNs: number): Op[] {
  return history.filter(
    (op) =>
      op.process === 'nemesis' &&
      op.type === 'invoke' &&
      (op.f === 'kill' || op.f === 'start') &&
      op.time >= fromNs &&
      op.time <= toNs &&
      ((op.value as { nodes?: unknown } | undefined)?.nodes as unknown[] | undefined)?.includes(
        node,
      ) === true,
  )
}

function doubleVoteAnomaly(history: readonly Op[], d: DoubleVote): Anomaly {
  const { first, second } = d
  const who = (candidate: string, voter: string): string =>
    candidate === voter ? 'itself (it asked for votes as a candidate)' : candidate
  const restarts = restartsBetween(history, first.voter, first.timeNs, second.timeNs)
  const kill = restarts.find((op) => op.f === 'kill')
  const restart = restarts.find((op) => op.f === 'start')
  const between =
    kill !== undefined
      ? ` ${first.voter} was killed at ${s(kill.time)}${restart === undefined ? '' : ` and restarted at ${s(restart.time)}`} in between: it forgot its vote.`
      : ''
  return {
    type: 'double-vote',
    message: `${first.voter} voted twice in term ${first.term}: for ${who(first.candidate, first.voter)} at ${s(first.timeNs)} (${first.messageType}) and for ${who(second.candidate, second.voter)} at ${s(second.timeNs)} (${second.messageType}).${between} A node votes at most once per term: persist currentTerm and votedFor in DSGRADE_DATA_DIR (with fsync) before answering request_vote, and load them at start.`,
    nodes: [first.voter, first.candidate, second.candidate],
    timeNs: [first.timeNs, second.timeNs],
    evidence: { first, second },
  }
}

interface EpochOutcome {
  epoch: Epoch
  /** Seconds until a leader was seen; undefined when not judged. */
  reelectionS?: number
  /** True when no leader was seen and the figure is the epoch's length. */
  noLeader?: boolean
  leader?: { node: string; term: number; timeNs: number }
  quiet: { node: string; term: number; timeNs: number; leader: string; leaderTerm: number }[]
}

/** Walk one clean-majority epoch's beliefs (see the header for the rules). */
function judgeEpoch(epoch: Epoch, beliefs: readonly Belief[], votes?: VoteJournal): EpochOutcome {
  const majority = new Set(epoch.majority ?? [])
  const outcome: EpochOutcome = { epoch, quiet: [] }
  const view = new Map<string, Belief>()
  let led: { node: string; term: number; seenNs: number } | undefined
  for (const b of beliefs) {
    if (b.timeNs >= epoch.endNs) {
      break
    }
    if (!majority.has(b.node) || b.invokeNs < epoch.startNs) {
      continue
    }
    view.set(b.node, b)
    if (led !== undefined) {
      const quietFrom = epoch.startNs + QUIET_GRACE_S * 1e9
      if (b.term > led.term) {
        const restless = b.timeNs >= quietFrom ? restlessCandidate(votes, led, b, majority) : null
        if (restless !== null) {
          outcome.quiet.push({ ...restless, leader: led.node, leaderTerm: led.term })
        }
        led = undefined
      }
      continue
    }
    if (view.size < majority.size) {
      continue
    }
    const views = [...view.values()]
    const top = Math.max(...views.map((v) => v.term))
    const leader = views.find((v) => v.role === 'leader' && v.term === top)
    if (leader !== undefined) {
      led = { node: leader.node, term: top, seenNs: b.timeNs }
      if (outcome.leader === undefined) {
        outcome.leader = { node: leader.node, term: top, timeNs: b.timeNs }
        outcome.reelectionS = round3((b.timeNs - epoch.startNs) / 1e9)
      }
    }
  }
  const lengthS = (epoch.endNs - epoch.startNs) / 1e9
  if (outcome.leader === undefined && lengthS >= ASSESS_MIN_S) {
    outcome.reelectionS = round3(lengthS)
    outcome.noLeader = true
  }
  return outcome
}

/**
 * Who started the term `b` reveals, if it is to be held against them: with vote messages in
 * the journal, a node of the majority that asked for votes in a term above the leader's (up to
 * b's) while the leader was sending to it and it was sending too; without any vote message
 * in the whole run, the node that reported the term (from beliefs alone).
 */
function restlessCandidate(
  votes: VoteJournal | undefined,
  led: { node: string; term: number },
  b: Belief,
  majority: ReadonlySet<string>,
): { node: string; term: number; timeNs: number } | null {
  if (votes === undefined || votes.requestCount === 0) {
    return { node: b.node, term: b.term, timeNs: b.timeNs }
  }
  const windowNs = QUIET_ACTIVITY_WINDOW_S * 1e9
  for (let term = led.term + 1; term <= b.term; term++) {
    for (const c of votes.candidatesOf(term)) {
      if (!majority.has(c.node) || c.node === led.node || c.timeNs > b.timeNs) {
        continue
      }
      const heard = votes.sentWithin(led.node, c.node, c.timeNs, windowNs)
      const alive = votes.sentWithin(c.node, '*', c.timeNs, windowNs)
      if (heard && alive) {
        return { node: c.node, term, timeNs: c.timeNs }
      }
    }
  }
  return null
}

function firstPollNs(history: readonly Op[]): number | undefined {
  return history.find((op) => op.process !== 'nemesis' && op.type === 'invoke')?.time
}

export function checkElection(history: readonly Op[], options: ElectionCheckOptions): CheckResult {
  const beliefs = beliefsOf(history)
  const startNs = firstPollNs(history)
  if (startNs === undefined || beliefs.length === 0) {
    return {
      valid: 'unknown',
      reason: 'No node answered a status poll: there is no belief to check.',
      anomalies: [],
      polls: beliefs.length,
    }
  }
  const endNs = history[history.length - 1]?.time ?? startNs
  const safety = twoLeaders(beliefs)
  const votes = options.votes
  const doubles = votes?.doubleVotes.map((d) => doubleVoteAnomaly(history, d)) ?? []
  const firstLeader = beliefs.find((b) => b.role === 'leader')
  const epochs = connectivityEpochs(history, options.nodeIds, startNs, endNs)
  const judged = epochs
    .filter((e) => e.majority !== undefined)
    .map((e) => judgeEpoch(e, beliefs, votes))
  const assessed = judged.filter((o) => o.reelectionS !== undefined)
  const slowest = [...assessed].sort((a, b) => (b.reelectionS ?? 0) - (a.reelectionS ?? 0))[0]
  const quiet = judged.flatMap((o) => o.quiet)
  const spanS = (endNs - startNs) / 1e9
  // a double vote is the cause of most two-leader terms: name it first
  const anomalies = [...doubles, ...safety.anomalies]
  return {
    valid: anomalies.length > 0 ? false : true,
    anomalies,
    polls: beliefs.length,
    pollsPerS: spanS > 0 ? round3(beliefs.length / spanS) : undefined,
    maxLeadersPerTerm: safety.max,
    termsWithLeader: new Set(beliefs.filter((b) => b.role === 'leader').map((b) => b.term)).size,
    firstLeaderS:
      firstLeader === undefined
        ? undefined
        : round3((firstLeader.timeNs - Math.min(votes?.allReadyNs() ?? startNs, startNs)) / 1e9),
    maxReelectionS: slowest?.reelectionS,
    reelectionsAssessed: assessed.length,
    slowestReelection: slowest === undefined ? undefined : describeOutcome(slowest),
    quietTermStarts: quiet.length,
    firstQuietTermStart: quiet[0] === undefined ? undefined : describeQuiet(quiet[0]),
    doubleVoteCount:
      votes === undefined || votes.requestCount === 0 ? undefined : votes.doubleVotes.length,
    voteRequestsSeen: votes?.requestCount,
    voteGrantsSeen: votes?.grantCount,
    msgsPerNodeS:
      votes === undefined || spanS <= 0
        ? undefined
        : round3(votes.serverMessagesBetween(startNs, endNs) / options.nodeIds.length / spanS),
    ...(votes?.requestCount === 0
      ? {
          votesNote:
            'No request_vote message was seen: double votes are checked only on the vote messages of the track contract (request_vote / request_vote_res).',
        }
      : {}),
  }
}

function describeOutcome(o: EpochOutcome): Record<string, unknown> {
  const base = {
    startS: round3(o.epoch.startNs / 1e9),
    endS: round3(o.epoch.endNs / 1e9),
    majority: o.epoch.majority,
    after: o.epoch.cause,
    seconds: o.reelectionS,
  }
  if (o.noLeader === true || o.leader === undefined) {
    return {
      ...base,
      message: `After ${o.epoch.cause} at ${s(o.epoch.startNs)}, ${(o.epoch.majority ?? []).join(', ')} could all reach each other until ${s(o.epoch.endNs)}, but no leader of the highest term was seen among them.`,
    }
  }
  return {
    ...base,
    leader: o.leader.node,
    term: o.leader.term,
    message: `After ${o.epoch.cause} at ${s(o.epoch.startNs)}, ${o.leader.node} was seen as leader of term ${o.leader.term} at ${s(o.leader.timeNs)} (${o.reelectionS} s later).`,
  }
}

function describeQuiet(q: EpochOutcome['quiet'][number]): Record<string, unknown> {
  return {
    ...q,
    timeS: round3(q.timeNs / 1e9),
    message: `${q.node} started term ${q.term} at ${s(q.timeNs)} while ${q.leader}, leader of term ${q.leaderTerm}, could reach every node and its messages had reached ${q.node} within the last ${QUIET_ACTIVITY_WINDOW_S * 1000} ms: a follower that hears heartbeats must reset its election timer and not start an election.`,
  }
}
