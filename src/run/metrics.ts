/**
 * The figures the harness itself puts into every results.json (interfaces.md §1.2), whatever
 * the workload: the merged verdict, operation counts, availability, client latencies (all,
 * during and outside fault windows), network message counts, protocol lint, crashes, and the
 * figures grading computes from them (`lint.findingCount`, `nodes.crashCount`,
 * `rpc.mismatchCount`). Collected by metrics/registry.ts as the `harness` source.
 */
import { quantileMetrics, type MetricSpec } from '../metrics/contract.js'

function count(path: string, meaning: string): MetricSpec {
  return { path, type: 'integer', unit: 'count', meaning, timeBased: false }
}

function netPart(part: 'all' | 'clients' | 'servers', who: string): MetricSpec[] {
  return [
    count(`net.${part}.sendCount`, `messages sent ${who}`),
    count(`net.${part}.recvCount`, `messages delivered ${who}`),
    count(`net.${part}.msgCount`, `messages ${who}`),
    {
      path: `net.${part}.msgsPerOp`,
      type: 'number',
      unit: 'msgs/op',
      meaning: `messages ${who} per client operation`,
      // Retries after timeouts and timer-driven batching follow the clock: on a late harness
      // a correct broadcast node measured 59 msgs/op, 25.5 when rerun (issue 12).
      timeBased: true,
    },
  ]
}

function availabilityPart(part: 'duringFaults' | 'outsideFaults', when: string): MetricSpec[] {
  return [
    count(`availability.${part}.ops`, `client operations ${when}`),
    {
      path: `availability.${part}.okFraction`,
      type: 'number',
      unit: 'fraction',
      meaning: `fraction of client operations ${when} that succeeded`,
      timeBased: true,
    },
  ]
}

export const HARNESS_METRICS: readonly MetricSpec[] = [
  {
    path: 'valid',
    type: 'validity',
    unit: '',
    meaning: 'the run verdict: every check merged (false beats unknown beats true)',
    timeBased: false,
  },
  count('stats.count', 'client operations invoked'),
  count('stats.okCount', 'client operations that succeeded'),
  count('stats.failCount', 'client operations that definitely failed'),
  count('stats.infoCount', 'client operations with an unknown outcome (timeouts)'),
  {
    path: 'availability.valid',
    type: 'validity',
    unit: '',
    meaning: 'enough client operations succeeded (the --availability option)',
    timeBased: true,
  },
  {
    path: 'availability.okFraction',
    type: 'number',
    unit: 'fraction',
    meaning: 'fraction of client operations that succeeded',
    timeBased: true,
  },
  ...availabilityPart('duringFaults', 'that overlapped a fault'),
  ...availabilityPart('outsideFaults', 'that overlapped no fault'),
  ...quantileMetrics('latencyMs.all', 'client latency of successful operations', 'ms', true),
  ...quantileMetrics(
    'latencyMs.duringFaults',
    'client latency of successful operations that overlapped a fault',
    'ms',
    true,
  ),
  ...quantileMetrics(
    'latencyMs.outsideFaults',
    'client latency of successful operations that overlapped no fault',
    'ms',
    true,
  ),
  ...netPart('all', 'in total'),
  ...netPart('clients', 'between clients and nodes'),
  ...netPart('servers', 'between nodes (and services)'),
  count('lint.count', 'protocol lint findings recorded'),
  count('lint.findingCount', 'protocol lint findings (stderr truncation not counted)'),
  count('nodes.crashCount', 'node processes that exited or crashed unexpectedly'),
  {
    path: 'nodes.maxDataDirBytes',
    type: 'integer',
    unit: 'bytes',
    meaning: "the largest node's data directory at the end of the run (process nodes only)",
    timeBased: false,
  },
  {
    path: 'nodes.writtenValueBytes',
    type: 'integer',
    unit: 'bytes',
    meaning:
      'bytes of the values of the state-changing operations the nodes ran: JSON text of each write value or cas [from, to] answered ok or with error 20 / 22 (process nodes only)',
    timeBased: false,
  },
  {
    path: 'nodes.maxDataDirShare',
    type: 'number',
    unit: 'ratio',
    meaning:
      "the largest node's data directory at the end of the run divided by nodes.writtenValueBytes: 1 or more for a log that keeps every write, far less with snapshots (null when under 256 KiB were written: too little to tell the two apart). Time-based: a machine too slow to run many writes leaves a correct node's snapshot and log tail a larger share",
    timeBased: true,
  },
  {
    path: 'recovery.maxResumeS',
    type: 'number',
    unit: 's',
    meaning:
      'after each full restart, seconds until the first successful operation invoked after it; the worst (absent if one never resumed)',
    timeBased: true,
  },
  count('recovery.unresumed', 'full restarts after which no operation succeeded'),
  count('rpc.checkedCount', "node replies checked against the track's RPC schemas"),
  count('rpc.mismatchCount', "node replies that do not match the track's RPC schemas"),
  {
    path: 'durationMs',
    type: 'integer',
    unit: 'ms',
    meaning: 'wall time of the run',
    timeBased: true,
  },
]
