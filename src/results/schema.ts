/**
 * The one results schema (zod): a run's results.json (interfaces.md §1.2) with the stage block
 * grading adds, a stage's and a track's grade, and the combined grade report of an Action run
 * (the `results` output). Every results type in dsgrade is `z.infer` of these; the Action
 * parses result files from other jobs with `gradeReportSchema`; docs/results.schema.json is
 * generated from them (`npm run schema`) and a test keeps it current.
 *
 * Guarantees: plain JSON values only, so every shape round-trips through a file. Open-ended
 * parts (a checker's own figures, the options of a run, the harness block) keep unknown keys.
 * Optional fields from the fair-under-load work: the `harness` block and the status
 * `inconclusive` (a criterion's `pass`, a stage's `status`, a seed's or the stage block's
 * `valid`); the run's own `valid` stays true / false / unknown.
 */
import { z } from 'zod'

/** A checker's verdict. */
export const validitySchema = z.union([z.boolean(), z.literal('unknown')])

/** A grade that the harness could not vouch for (slow or overloaded machine). */
const INCONCLUSIVE = z.literal('inconclusive')

/** Quantile key (`0`, `0.5`, `0.95`, `0.99`, `1`) → value. */
const quantilesSchema = z.record(z.string(), z.number())

export const faultWindowSchema = z.object({
  kind: z.string(),
  nodes: z.array(z.string()),
  /** Nanoseconds since the test started, like history times. */
  startNs: z.number(),
  endNs: z.number(),
  description: z.string(),
  /** False when the history ended with the fault still active. */
  healed: z.boolean(),
})

export const anomalySchema = z.object({
  type: z.string(),
  message: z.string(),
  ops: z.array(z.number()).optional(),
  nodes: z.array(z.string()).optional(),
  timeNs: z.tuple([z.number(), z.number()]).optional(),
  evidence: z.unknown().optional(),
  /** The faults active while the anomaly's evidence happened. */
  activeFaults: z.array(faultWindowSchema).optional(),
})

/** A checker's result: verdict, reason, anomalies, plus the checker's own figures. */
export const checkResultSchema = z.looseObject({
  valid: validitySchema,
  reason: z.string().optional(),
  anomalies: z.array(anomalySchema),
})

const opCountsSchema = z.object({
  count: z.number(),
  okCount: z.number(),
  failCount: z.number(),
  infoCount: z.number(),
})

const netPartSchema = z.object({
  sendCount: z.number(),
  recvCount: z.number(),
  msgCount: z.number(),
  msgsPerOp: z.number().nullable().optional(),
})

const findingSchema = z.object({
  code: z.string(),
  node: z.string(),
  message: z.string(),
  fix: z.string(),
  line: z.string().optional(),
  atMs: z.number().optional(),
  count: z.number().optional(),
})

const crashSchema = z.object({
  node: z.string(),
  code: z.number().nullable(),
  signal: z.string().nullable(),
  atMs: z.number(),
  stderrTail: z.array(z.string()),
  message: z.string(),
  /** A crash the nemesis caused on purpose. */
  expected: z.boolean().optional(),
})

/** `okFraction` is null when there was no client operation to count. */
const figureSetSchema = z.object({ ops: z.number(), okFraction: z.number().nullable() })

export const criterionResultSchema = z.object({
  /** Stable id, e.g. `valid`, `net.servers.msgsPerOp`, `stableLatency.p50`. */
  id: z.string(),
  /** Human label: "servers msgs/op". */
  label: z.string(),
  /** "< 30", "≤ 400 ms", "= true". */
  threshold: z.string(),
  measured: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  /** Unit of the measured value and the threshold (`ms`), when it has one. */
  unit: z.string().optional(),
  pass: z.union([z.boolean(), z.literal('unknown'), INCONCLUSIVE]),
})

/** Learner replies checked against the track's RPC schemas (metric `rpc.mismatchCount`). */
export const replyCheckSchema = z.object({
  checkedCount: z.number(),
  mismatchCount: z.number().nullable(),
  mismatches: z.array(z.object({ node: z.string(), message: z.string(), line: z.string() })),
})

export const stageStatusSchema = z.enum([
  'pass',
  'fail',
  'unknown',
  'error',
  'skipped',
  'inconclusive',
])

/** What the vouching rule said of one run (grading/vouch.ts). */
export const vouchSchema = z.object({
  kind: z.string(),
  sentence: z.string(),
  latenessP99Ms: z.number().nullable(),
  boundMs: z.number(),
})

/** What grading adds to a run's results.json under `stage` (interfaces.md §1.2). */
export const stageBlockSchema = z.object({
  track: z.string(),
  stage: z.string(),
  number: z.string(),
  title: z.string(),
  seed: z.number(),
  status: stageStatusSchema,
  valid: z.union([validitySchema, INCONCLUSIVE]).optional(),
  criteria: z.array(criterionResultSchema),
  /** Results of the stage's extra checkers, by checker name. */
  checkers: z.record(z.string(), checkResultSchema),
  rpc: replyCheckSchema.optional(),
  replay: z.string(),
  /** What the vouching rule said of this run (grading/vouch.ts). */
  vouch: vouchSchema.optional(),
  /** 1 for the first run of this seed, 2… for automatic reruns. */
  attempt: z.number().optional(),
  /** The fault parameters this seed drew (`--swarm`, `dsgrade explore`; grading/swarm.ts). */
  swarm: z.record(z.string(), z.unknown()).optional(),
})

/** How healthy the harness was during the run (the fair-under-load work fills it in). */
export const harnessSchema = z.record(z.string(), z.unknown())

/** Requests one harness backend saw, by outcome (history/executions.ts). */
const backendCountsSchema = z.object({
  /** Executed and answered. */
  ok: z.number(),
  /** Over capacity: answered error 11, not executed. */
  refused: z.number(),
  /** Arrived while the backend was crashed: not executed, never answered. */
  down: z.number(),
  /** Executing when the backend crashed: took effect, no answer. */
  crashed: z.number(),
})

/**
 * The harness backends of a workload that runs them (issue 16): their spec, per-backend
 * request counts and when each was down (ms since the test started). The full log is
 * `executions.jsonl` beside the history.
 */
export const backendsSummarySchema = z.object({
  spec: z.object({
    capacity: z.number(),
    serviceTimeMs: z.number(),
    serviceTimeDist: z.enum(['constant', 'exponential', 'pareto']),
    /** The slow instance and its service-time factor, if any. */
    slow: z.string().optional(),
    slowFactor: z.number().optional(),
  }),
  perBackend: z.record(z.string(), backendCountsSchema),
  downWindows: z.array(
    z.object({
      backend: z.string(),
      crashMs: z.number(),
      /** Absent: down until the end of the run. */
      recoverMs: z.number().optional(),
    }),
  ),
})

/** One full restart's service resumption (raft-persistence/full-restart; run/resumption.ts). */
export const restartResumptionSchema = z.object({
  round: z.number(),
  /** Seconds since the test started at which every node was running again. */
  restartedAtS: z.number(),
  /** Seconds from then to the first ok completion of an op invoked after it; null if none. */
  resumeS: z.number().nullable(),
  /**
   * Present when the next full restart began before any op succeeded: seconds from this restart
   * to that one (the resumption took at least this long; not measured).
   */
  interruptedAfterS: z.number().optional(),
})

/** Service resumption after the run's full restarts; absent when none ran. */
export const recoverySchema = z.object({
  restarts: z.array(restartResumptionSchema),
  /** The slowest resumption in seconds; null when a restart never resumed. */
  maxResumeS: z.number().nullable(),
  unresumed: z.number(),
})

/** The nodes' data directories after every node stopped (process nodes only). */
const nodesSchema = z.object({
  /** Node id → bytes of regular files under its data directory. */
  dataDirBytes: z.record(z.string(), z.number()),
  /** The largest of them; null when there is no node. */
  maxDataDirBytes: z.number().nullable(),
  /** Bytes of the values of non-read operations answered ok or with error 20 / 22 (JSON). */
  writtenValueBytes: z.number().optional(),
  /** maxDataDirBytes / writtenValueBytes (4 decimals); null under 256 KiB written. */
  maxDataDirShare: z.number().nullable().optional(),
})

/** The options of the run (TestOptions); open, so new options need no schema change. */
const runOptionsSchema = z.looseObject({
  workload: z.string(),
  nodeIds: z.array(z.string()),
  command: z.array(z.string()),
  /** `--bin` and the arguments after `--` as the learner typed them (replay lines). */
  typedCommand: z.object({ bin: z.string(), args: z.array(z.string()) }).optional(),
  seed: z.number(),
  timeScale: z.number(),
})

/**
 * A run's results.json. A run that could not start has only the first fields and `error`.
 * Open at the top level, so a field another part adds is kept until it is declared here.
 */
export const runResultsSchema = z.looseObject({
  valid: validitySchema,
  /** One plain sentence: why the run passed, failed, was unknown or could not run. */
  reason: z.string(),
  seed: z.number(),
  /** Why the run could not start (exit 255); absent when it ran. */
  error: z.string().optional(),
  workload: checkResultSchema.optional(),
  stats: checkResultSchema
    .and(opCountsSchema.extend({ byF: z.record(z.string(), opCountsSchema) }))
    .optional(),
  availability: checkResultSchema
    .and(
      z.object({
        okFraction: z.number().nullable().optional(),
        duringFaults: figureSetSchema,
        outsideFaults: figureSetSchema,
      }),
    )
    .optional(),
  latencyMs: z
    .object({
      all: quantilesSchema.optional(),
      duringFaults: quantilesSchema.optional(),
      outsideFaults: quantilesSchema.optional(),
    })
    .optional(),
  net: z
    .object({
      valid: z.literal(true),
      all: netPartSchema,
      clients: netPartSchema,
      servers: netPartSchema,
      deliveryLatenessMs: z.record(z.string(), z.number()).optional(),
    })
    .optional(),
  lint: z.object({ count: z.number(), findings: z.array(findingSchema) }).optional(),
  /** The stage's service bans (`forbidServices`); absent when none is forbidden. */
  serviceBans: z
    .object({
      valid: z.boolean(),
      forbidden: z.array(z.string()),
      messageCount: z.number(),
      first: z
        .object({
          node: z.string(),
          service: z.string(),
          type: z.string(),
          body: z.string(),
          timeMs: z.number(),
        })
        .optional(),
      byNode: z.record(z.string(), z.number()),
    })
    .optional(),
  crashes: z.array(crashSchema).optional(),
  faults: z.array(faultWindowSchema).optional(),
  /** The workload's harness backends; absent when it runs none. */
  backends: backendsSummarySchema.optional(),
  /** Service resumption after full restarts (metric `recovery.maxResumeS`). */
  recovery: recoverySchema.optional(),
  /** Data directory sizes (metric `nodes.maxDataDirBytes`); process nodes only. */
  nodes: nodesSchema.optional(),
  options: runOptionsSchema,
  /** The exact local command that replays this run. */
  replay: z.string(),
  durationMs: z.number(),
  stage: stageBlockSchema.optional(),
  harness: harnessSchema.optional(),
})

export const seedRunSchema = z.object({
  seed: z.number(),
  valid: z.union([validitySchema, INCONCLUSIVE]),
  /** dsgrade test exit code for this seed (0, 1, 2, 255). */
  exitCode: z.number(),
  /** One plain sentence. */
  reason: z.string(),
  /** The run directory (holds results.json, history.jsonl, report.html). */
  runDir: z.string(),
  /** The exact local command that replays this seed. */
  replay: z.string(),
  criteria: z.array(criterionResultSchema),
  /** What the vouching rule said of this run (grading/vouch.ts); absent when it ran nothing. */
  vouch: vouchSchema.optional(),
  /** 1 for the first run of this seed, 2… for automatic reruns. */
  attempt: z.number().optional(),
})

/** One stage's grade: what the report, the comment and the annotations show. */
export const stageResultSchema = z.object({
  trackId: z.string(),
  /** Full id: `broadcast/partitions`. */
  stageId: z.string(),
  /** Learner-facing number: `4.3`. */
  number: z.string(),
  title: z.string(),
  status: stageStatusSchema,
  /** One plain sentence: why it passed or failed. */
  reason: z.string(),
  /** Criteria of the worst seed (or the only seed). */
  criteria: z.array(criterionResultSchema),
  seeds: z.array(seedRunSchema),
  /** Short paragraphs explaining the failure (anomaly, evidence, concept). */
  explanation: z.array(z.string()),
  /** The hint to show (first hint after the first failure). */
  hint: z.string().optional(),
  /** Link or path to the stage's concept page. */
  docsPath: z.string().optional(),
  /** Replay command of the first failing seed (or the first seed). */
  replay: z.string(),
  durationMs: z.number(),
  /** Automatic reruns of inconclusive seeds (same seed, alone on the machine). */
  reruns: z.number().optional(),
})

export const trackResultSchema = z.object({
  trackId: z.string(),
  title: z.string(),
  /** Stages in order; those after the first failure are `skipped`. */
  stages: z.array(stageResultSchema),
  passed: z.number(),
  total: z.number(),
})

export const REPORT_FORMAT_VERSION = 1

/** One build command (the top-level `build:` or a track's). */
export const buildReportSchema = z.object({
  /** `null` for the top-level build, else the track id. */
  trackId: z.string().nullable(),
  command: z.string(),
  exitCode: z.number().nullable(),
  timedOut: z.boolean(),
  /** Last lines of the build's output (learner text; escape before rendering). */
  outputTail: z.array(z.string()),
  durationMs: z.number(),
})

/** The combined grade report of one Action run (the `results` output path). */
export const gradeReportSchema = z.object({
  formatVersion: z.literal(REPORT_FORMAT_VERSION),
  /** dsgrade version and the action ref it ran from (GITHUB_ACTION_REF). */
  grader: z.object({ version: z.string(), ref: z.string().nullable() }),
  repository: z.string().nullable(),
  /** The commit graded (PR head SHA on pull requests). */
  sha: z.string().nullable(),
  /** The config file, relative to the repository root. */
  configPath: z.string(),
  /** sha256 of the config file's text, hex. */
  configHash: z.string(),
  /** 1-based line of each track's key in the config (and `build`), for annotations. */
  configLines: z.record(z.string(), z.number().int().positive()).optional(),
  /** The seed given to every stage, when one was fixed. */
  seed: z.number().nullable(),
  timeScale: z.number(),
  builds: z.array(buildReportSchema),
  tracks: z.array(trackResultSchema),
  /** Configured track ids that were not graded here (a matrix job graded them elsewhere). */
  notGraded: z.array(z.string()),
  /** Stage id → last stderr lines of the failing seed's nodes (learner text). */
  stageLogs: z.record(z.string(), z.array(z.string())),
  /** Problems that did not fail the job (missing permissions, skipped parts). */
  warnings: z.array(z.string()),
  harness: harnessSchema.optional(),
})

/** The JSON Schema of every results file, for people who script against them. */
export function resultsJsonSchema(): object {
  const registry = z.registry<{ id: string }>()
  const named: [string, z.ZodType][] = [
    ['RunResults', runResultsSchema],
    ['StageResult', stageResultSchema],
    ['GradeReport', gradeReportSchema],
  ]
  for (const [id, schema] of named) {
    registry.add(schema, { id })
  }
  const generated = z.toJSONSchema(registry, {
    unrepresentable: 'any',
    uri: (id) => `#/$defs/${id}`,
  }) as {
    schemas: Record<string, object>
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'dsgrade results files',
    description:
      'results.json of a run (RunResults), one graded stage (StageResult) and the combined report of an Action run, the `results` output (GradeReport). Generated from src/results/schema.ts by `npm run schema`.',
    $defs: Object.fromEntries(
      Object.entries(generated.schemas).map(([id, schema]) => {
        const { $schema: _dialect, ...rest } = schema as { $schema?: string }
        return [id, rest]
      }),
    ),
  }
}
