/**
 * Client workers (maelstrom-protocol.md §2): `concurrency` synchronous workers, worker i
 * talking to node i mod n, one network client per worker (replaced after an `info` unless
 * the workload's client is reusable, and the process id always moves on by `concurrency`),
 * paced by Maelstrom's global stagger: each op is released a uniform [0, 2/rate) s after the
 * previous one, across all workers, and goes to a free worker chosen by the seeded stream.
 * A generator's Wait keeps its worker busy for a while, then runs its `then` op, if any.
 *
 * Replies are checked against the workload's RPC specs: a wrong shape is a protocol finding
 * and the call sees error 12 (malformed-request), as the contract says.
 */
import type { Clock } from '../network/index.js'
import type { Network } from '../network/index.js'
import type { Random } from '../network/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import type {
  ClientIO,
  Completion,
  GeneratorContext,
  Invocation,
  OpGenerator,
  RpcReply,
  Wait,
  WorkloadClient,
  WorkloadDefinition,
} from '../workloads/index.js'
import { RunClient, type ClientIds } from './client.js'
import type { FindingLog } from './lint.js'
import type { HistoryRecorder } from './recorder.js'

interface Worker {
  index: number
  process: number
  client: RunClient | undefined
  workloadClient: WorkloadClient | undefined
  busy: boolean
  done: boolean
}

export interface WorkersDeps {
  workload: WorkloadDefinition
  context: GeneratorContext
  network: Network
  clock: Clock
  clientIds: ClientIds
  recorder: HistoryRecorder
  lint: FindingLog
  resendOnTimeout: boolean
  /** A reply that matches no request of its client (a protocol finding). */
  onUnmatched?(message: Envelope): void
  /** Called after every completed op (progress display). */
  onOp?(): void
  /** How late (ms) each paced release of the main phase came after its scheduled time. */
  onPacing?(latenessMs: number): void
}

export class Workers {
  private readonly workers: Worker[]
  private freeWaiters: (() => void)[] = []
  private readonly inFlight = new Set<Promise<void>>()
  opsDone = 0

  constructor(private readonly deps: WorkersDeps) {
    this.workers = Array.from({ length: deps.context.concurrency }, (_, index) => ({
      index,
      process: index,
      client: undefined,
      workloadClient: undefined,
      busy: false,
      done: false,
    }))
  }

  /** The main phase: paced ops until `durationMs` has passed; waits for ops in flight. */
  async runMain(generator: OpGenerator, durationMs: number, pacing: Random): Promise<void> {
    const clock = this.deps.clock
    const endMs = clock.now() + durationMs
    const rate = this.deps.context.options.rate
    if (rate <= 0 || this.workers.length === 0) {
      await clock.sleep(durationMs)
      return
    }
    let nextAtMs = clock.now()
    for (;;) {
      nextAtMs += pacing.float() * (2000 / rate)
      if (nextAtMs >= endMs) {
        break
      }
      if (nextAtMs > clock.now()) {
        await clock.sleep(nextAtMs - clock.now())
        this.deps.onPacing?.(clock.now() - nextAtMs)
      }
      const worker = await this.takeFree(pacing, endMs)
      if (worker === undefined || clock.now() >= endMs) {
        break
      }
      const next = generator.next(worker.index, worker.process, clock.now())
      if (next === null) {
        worker.done = true
        continue
      }
      this.launch(worker, next, generator)
    }
    if (endMs > clock.now()) {
      await clock.sleep(endMs - clock.now())
    }
    await this.drain()
  }

  /** The final phase: every worker asks the final generator until it says null. */
  async runFinal(
    generator: OpGenerator,
    pacingMs: number | undefined,
    capMs: number,
  ): Promise<void> {
    const clock = this.deps.clock
    const endMs = clock.now() + capMs
    await this.drain()
    for (const worker of this.workers) {
      worker.done = false
    }
    await Promise.all(
      this.workers.map(async (worker) => {
        while (clock.now() < endMs) {
          const next = generator.next(worker.index, worker.process, clock.now())
          if (next === null) {
            return
          }
          if ('waitMs' in next) {
            await this.waitThen(worker, next, generator)
            continue
          }
          await this.runOp(worker, next, generator)
          if (pacingMs !== undefined && pacingMs > 0) {
            await clock.sleep(pacingMs)
          }
        }
      }),
    )
  }

  /** Close every network client (end of the run). */
  closeAll(): void {
    for (const worker of this.workers) {
      worker.client?.close()
      worker.client = undefined
    }
  }

  private async drain(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight])
    }
  }

  private launch(worker: Worker, next: Invocation | Wait, generator: OpGenerator): void {
    worker.busy = true
    const task =
      'waitMs' in next
        ? this.waitThen(worker, next, generator)
        : this.runOp(worker, next, generator)
    const tracked: Promise<void> = task.then(() => {
      this.inFlight.delete(tracked)
      worker.busy = false
      this.freeWaiters.splice(0).forEach((wake) => wake())
    })
    this.inFlight.add(tracked)
  }

  /** A generator's Wait: sleep, then run its `then` invocation, if any, unpaced. */
  private async waitThen(worker: Worker, wait: Wait, generator: OpGenerator): Promise<void> {
    await this.deps.clock.sleep(wait.waitMs)
    if (wait.then !== undefined) {
      await this.runOp(worker, wait.then, generator)
    }
  }

  private async takeFree(pacing: Random, endMs: number): Promise<Worker | undefined> {
    for (;;) {
      const live = this.workers.filter((w) => !w.done)
      if (live.length === 0) {
        return undefined
      }
      const free = live.filter((w) => !w.busy)
      if (free.length > 0) {
        return pacing.pick(free)
      }
      if (this.deps.clock.now() >= endMs) {
        return undefined
      }
      await new Promise<void>((resolve) => {
        const timer = this.deps.clock.setTimer(endMs - this.deps.clock.now(), resolve)
        this.freeWaiters.push(() => {
          this.deps.clock.clearTimer(timer)
          resolve()
        })
      })
    }
  }

  private nodeFor(worker: Worker): string {
    const nodeIds = this.deps.context.nodeIds
    return nodeIds[worker.index % nodeIds.length] as string
  }

  private async runOp(
    worker: Worker,
    invocation: Invocation,
    generator: OpGenerator,
  ): Promise<void> {
    const deps = this.deps
    if (worker.client === undefined || worker.workloadClient === undefined) {
      worker.client = new RunClient(
        deps.clientIds.take(),
        this.nodeFor(worker),
        deps.network,
        deps.clock,
        { resendOnTimeout: deps.resendOnTimeout, onUnmatched: deps.onUnmatched },
      )
      worker.workloadClient = deps.workload.createClient(deps.context)
    }
    const client = worker.client
    const invoke = deps.recorder.invoke(worker.process, invocation, client.nodeId, client.id)
    let completion: Completion
    try {
      completion = await worker.workloadClient.invoke(invocation, this.io(client))
    } catch (error) {
      completion = {
        type: 'info',
        error: `indeterminate: ${error instanceof Error ? error.message : String(error)}`,
      }
    }
    deps.recorder.complete(invoke, completion)
    generator.complete?.(worker.index, {
      invocation,
      type: completion.type,
      value: completion.value,
      process: worker.process,
    })
    this.opsDone++
    deps.onOp?.()
    if (completion.type === 'info') {
      worker.process += this.workers.length
      if (!deps.workload.reusableClient) {
        client.close()
        worker.client = undefined
        worker.workloadClient = undefined
      }
    }
  }

  private io(client: RunClient): ClientIO {
    return {
      clientId: client.id,
      nodeId: client.nodeId,
      call: async (body, options) => this.validate(client, body, await client.call(body, options)),
    }
  }

  private validate(client: RunClient, request: Omit<Body, 'msg_id'>, reply: RpcReply): RpcReply {
    if (reply.kind !== 'ok') {
      return reply
    }
    const spec = this.deps.workload.rpcs.find((rpc) => rpc.request === request.type)
    if (spec === undefined) {
      return reply
    }
    const problem = replyProblem(reply.body, spec.response, spec.responseFields ?? {})
    if (problem === null) {
      return reply
    }
    this.deps.lint.add({
      code: 'PROTO_BAD_REPLY',
      node: client.nodeId,
      message: `${client.nodeId} answered a ${request.type} request with a malformed reply: ${problem}.`,
      fix: `reply to ${request.type} with {"type":"${spec.response}", "in_reply_to": <msg_id>${Object.keys(
        spec.responseFields ?? {},
      )
        .map((f) => `, "${f}": …`)
        .join('')}}.`,
      line: JSON.stringify(reply.body).slice(0, 200),
      atMs: this.deps.clock.now(),
    })
    return { kind: 'error', code: 12, text: `malformed reply: ${problem}`, body: reply.body }
  }
}

const JSON_TYPES: Record<string, (value: unknown) => boolean> = {
  any: () => true,
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  array: (v) => Array.isArray(v),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  boolean: (v) => typeof v === 'boolean',
}

/** Why a reply body does not match its RPC spec, or null. */
export function replyProblem(
  body: Body,
  responseType: string,
  fields: Record<string, string>,
): string | null {
  if (body.type !== responseType) {
    return `its type is ${JSON.stringify(body.type)}, expected "${responseType}"`
  }
  for (const [field, type] of Object.entries(fields)) {
    if (!(field in body)) {
      return `it has no "${field}" field`
    }
    const check = JSON_TYPES[type]
    if (check !== undefined && !check(body[field])) {
      return `"${field}" should be ${type === 'integer' ? 'an' : 'a'} ${type}`
    }
  }
  return null
}
