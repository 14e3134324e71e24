/**
 * Harness-run backends (issue 16, tracks 9–11): named service instances `backend-0 …` that a
 * stage declares through its workload, each with a concurrency capacity, a service-time
 * distribution and a latency of its own, recording every request it executes.
 *
 * Guarantees:
 * - A request is admitted only while fewer than `capacity` requests execute on that instance;
 *   the excess is answered at once with error 11 (temporarily-unavailable) and logged as
 *   `refused` (it did not execute).
 * - Service time = mean × cost × (slow factor on the slow instance) drawn from the instance's
 *   own seeded stream (`backend:<id>`): `constant`, `exponential`, or `pareto` (heavy-tailed,
 *   α = 1.5, capped at 50 × the mean). The reply leaves `serviceLatencyMs` after the
 *   execution ends (the backend's own latency, independent of the network's).
 * - The execution log holds every request that reached an instance, with its times and
 *   outcome: `ok` (executed and answered), `refused` (capacity), `down` (arrived while the
 *   instance was crashed: not executed, never answered), `crashed` (was executing when the
 *   instance crashed: its effect happened, no answer). Checkers read the log, never the
 *   instances.
 * - `crash()` drops every execution in progress without a reply; `recover()` brings the
 *   instance back with an empty queue (the workload's state, such as a store, survives).
 * - `health` requests are answered `health_ok` after the latency, never refused, never
 *   logged as work (a health check is not load).
 *
 * Not done here: what a request *does* (the workload's `handle`), faults' scheduling (the
 * `backend-crash` and `backend-loss` nemeses), link loss (the network's endpoint loss).
 */
import type { Clock, Endpoint, Network, Random, TimerHandle } from '../network/index.js'
import { ErrorCode } from '../protocol/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import { assert } from '../shared/index.js'
import type {
  BackendLog,
  BackendSpec,
  DownWindow,
  Execution,
  ExecutionOutcome,
} from '../history/index.js'
import { errorReply, type ReplyBody } from './kv-state.js'

export const BACKEND_PREFIX = 'backend-'
const PARETO_ALPHA = 1.5
const PARETO_CAP_FACTOR = 50

interface Running {
  execution: Execution
  timer: TimerHandle
}

class Backend implements Endpoint {
  private readonly running = new Set<Running>()
  private down = false
  private readonly random: Random

  constructor(
    readonly id: string,
    private readonly pool: BackendPool,
    private readonly factor: number,
  ) {
    this.random = pool.random.fork(`backend:${id}`)
  }

  get isDown(): boolean {
    return this.down
  }

  deliver(message: Envelope): void {
    const body = message.body
    if (body.in_reply_to !== undefined || body.type === 'error') {
      return
    }
    const now = this.pool.clock.now()
    if (this.down) {
      if (body.type !== 'health') {
        this.pool.log(this.id, message, now, 'down')
      }
      return
    }
    if (body.type === 'health') {
      this.reply(message, { type: 'health_ok' })
      return
    }
    if (!this.pool.spec.requestTypes.includes(body.type)) {
      const known = this.pool.spec.requestTypes.join(', ')
      this.reply(
        message,
        errorReply(
          ErrorCode.notSupported,
          `backends execute ${known} and health requests, not ${body.type}`,
        ),
      )
      return
    }
    if (this.running.size >= this.pool.spec.capacity) {
      const execution = this.pool.log(this.id, message, now, 'refused')
      execution.endMs = now
      const text = `${this.id} is at its capacity of ${this.pool.spec.capacity} concurrent requests`
      execution.reply = errorReply(ErrorCode.temporarilyUnavailable, text)
      this.reply(message, execution.reply)
      return
    }
    this.execute(message, now)
  }

  private execute(message: Envelope, now: number): void {
    const spec = this.pool.spec
    const execution = this.pool.log(this.id, message, now, 'ok')
    const cost = Math.max(0, spec.costOf?.(message.body) ?? 1)
    const serviceMs = this.sample(spec.serviceTimeMs * this.factor) * cost
    const running: Running = {
      execution,
      timer: this.pool.clock.setTimer(serviceMs, () => {
        this.running.delete(running)
        execution.endMs = this.pool.clock.now()
        execution.reply = spec.handle(this.id, message.body, now)
        this.reply(message, execution.reply)
      }),
    }
    this.running.add(running)
  }

  private sample(meanMs: number): number {
    const dist = this.pool.spec.serviceTimeDist
    const u = this.random.float()
    switch (dist) {
      case 'constant':
        return meanMs
      case 'exponential':
        return -Math.log(1 - u) * meanMs
      case 'pareto': {
        const scaleMs = (meanMs * (PARETO_ALPHA - 1)) / PARETO_ALPHA
        return Math.min(scaleMs * Math.pow(1 - u, -1 / PARETO_ALPHA), meanMs * PARETO_CAP_FACTOR)
      }
    }
  }

  private reply(message: Envelope, reply: ReplyBody): void {
    const inReplyTo = typeof message.body.msg_id === 'number' ? message.body.msg_id : null
    const send = (): void => {
      if (this.down) {
        return
      }
      this.pool.network.send({
        src: this.id,
        dest: message.src,
        body: { ...reply, in_reply_to: inReplyTo } as Body,
      })
    }
    const latencyMs = this.pool.spec.serviceLatencyMs ?? 0
    if (latencyMs > 0) {
      this.pool.clock.setTimer(latencyMs, send)
    } else {
      send()
    }
  }

  crash(): void {
    this.down = true
    const now = this.pool.clock.now()
    for (const running of this.running) {
      this.pool.clock.clearTimer(running.timer)
      running.execution.outcome = 'crashed'
      running.execution.endMs = now
    }
    this.running.clear()
  }

  recover(): void {
    this.down = false
  }
}

/** Every backend instance of one run, with the shared execution log. */
export class BackendPool {
  readonly ids: string[]
  private readonly instances = new Map<string, Backend>()
  private readonly executions: Execution[] = []
  private readonly downWindows: DownWindow[] = []

  constructor(
    readonly spec: BackendSpec,
    readonly network: Network,
    readonly clock: Clock,
    readonly random: Random,
  ) {
    assert(spec.count > 0 && spec.capacity > 0, 'backends need a count and a capacity')
    this.ids = Array.from({ length: spec.count }, (_, i) => `${BACKEND_PREFIX}${i}`)
    this.ids.forEach((id, i) => {
      const factor = spec.slow !== undefined && spec.slow.index === i ? spec.slow.factor : 1
      const backend = new Backend(id, this, factor)
      this.instances.set(id, backend)
      network.register(backend, 'service')
    })
  }

  log(backend: string, message: Envelope, arrivedMs: number, outcome: ExecutionOutcome): Execution {
    const msgId = message.body.msg_id
    const execution: Execution = {
      seq: this.executions.length,
      backend,
      src: message.src,
      msgId: typeof msgId === 'number' ? msgId : null,
      type: message.body.type,
      body: message.body,
      arrivedMs,
      outcome,
    }
    this.executions.push(execution)
    return execution
  }

  isDown(id: string): boolean {
    return this.instances.get(id)?.isDown === true
  }

  crash(id: string): void {
    const backend = this.instances.get(id)
    if (backend === undefined || backend.isDown) {
      return
    }
    backend.crash()
    this.downWindows.push({ backend: id, crashMs: this.clock.now() })
  }

  recover(id: string): void {
    const backend = this.instances.get(id)
    if (backend === undefined || !backend.isDown) {
      return
    }
    backend.recover()
    const window = this.downWindows.findLast((w) => w.backend === id && w.recoverMs === undefined)
    if (window !== undefined) {
      window.recoverMs = this.clock.now()
    }
  }

  result(): BackendLog {
    const slow = this.spec.slow
    return {
      backends: [...this.ids],
      spec: {
        capacity: this.spec.capacity,
        serviceTimeMs: this.spec.serviceTimeMs,
        serviceTimeDist: this.spec.serviceTimeDist,
        ...(slow === undefined ? {} : { slow: this.ids[slow.index], slowFactor: slow.factor }),
      },
      executions: this.executions,
      downWindows: this.downWindows,
    }
  }
}
