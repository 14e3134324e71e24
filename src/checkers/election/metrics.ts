/**
 * The figures of the election checker (checkers/election/index.ts), relative to its result;
 * the `election` workload puts them under `workload.` (metrics/registry.ts). Time-based ones —
 * the ones a stalled or overloaded harness can distort — are marked.
 */
import type { MetricSpec } from '../../metrics/contract.js'

const figure = (
  path: string,
  type: 'integer' | 'number',
  unit: string,
  meaning: string,
  timeBased: boolean,
): MetricSpec => ({ path, type, unit, meaning, timeBased })

export const ELECTION_METRICS: readonly MetricSpec[] = [
  {
    path: 'valid',
    type: 'validity',
    unit: '',
    meaning:
      'election safety and one vote per node per term held (false: two leaders in a term or a double vote)',
    timeBased: false,
  },
  figure('polls', 'integer', 'count', 'status polls answered with a well-formed belief', false),
  figure('pollsPerS', 'number', 'polls/s', 'status polls answered per second', true),
  figure(
    'maxLeadersPerTerm',
    'integer',
    'count',
    'most distinct nodes that claimed leadership of one term',
    false,
  ),
  figure(
    'termsWithLeader',
    'integer',
    'count',
    'terms in which some node claimed leadership',
    false,
  ),
  figure(
    'firstLeaderS',
    'number',
    's',
    'from every node answering init to the first leadership claim',
    true,
  ),
  figure(
    'maxReelectionS',
    'number',
    's',
    'worst time for a clean majority to show a leader of its highest term',
    true,
  ),
  figure(
    'reelectionsAssessed',
    'integer',
    'count',
    'clean-majority stretches judged for re-election',
    true,
  ),
  figure(
    'quietTermStarts',
    'integer',
    'count',
    'terms started while a healthy leader reached the candidate',
    true,
  ),
  figure(
    'doubleVoteCount',
    'integer',
    'count',
    'votes by one node in one term for two candidates (from the journal)',
    false,
  ),
  figure('voteRequestsSeen', 'integer', 'count', 'request_vote messages in the journal', false),
  figure('voteGrantsSeen', 'integer', 'count', 'request_vote_res messages granting a vote', false),
  figure(
    'msgsPerNodeS',
    'number',
    'msgs/node/s',
    'node-to-node messages per node per second',
    // Heartbeats and retried vote requests follow the clock, as msgs/op do (run/metrics.ts).
    true,
  ),
]
