// In-process balancers (SimNode) for the load-balance workload on the virtual clock: a
// careful one (least outstanding, error 11 → another backend, 300 ms timeout → backend down,
// health probes every 200 ms, slow backends avoided) and two careless ones (round robin
// passing every answer on; round robin with retries that never marks a backend down). No
// randomness: ties rotate, so a run is a pure function of the seed.
import type { SimNode, SimNodeContext, SimNodeFactory } from '../../src/sim/contract.js'
import type { Body, Envelope } from '../../src/protocol/types.js'

function reply(ctx: SimNodeContext, request: Envelope, body: Omit<Body, 'in_reply_to'>): void {
  ctx.send({
    src: ctx.nodeId,
    dest: request.src,
    body: { ...body, in_reply_to: request.body.msg_id } as Body,
  })
}

interface Rpcs {
  call(
    ctx: SimNodeContext,
    dest: string,
    body: Omit<Body, 'msg_id'>,
    timeoutMs: number,
    done: (reply: Body | null) => void,
  ): void
  deliver(message: Envelope): boolean
}

function rpcs(): Rpcs {
  let next = 1
  const waiting = new Map<number, (reply: Body | null) => void>()
  return {
    call(ctx, dest, body, timeoutMs, done) {
      const msgId = next++
      waiting.set(msgId, done)
      ctx.setTimer(timeoutMs, () => {
        if (waiting.delete(msgId)) {
          done(null)
        }
      })
      ctx.send({ src: ctx.nodeId, dest, body: { ...body, msg_id: msgId } as Body })
    },
    deliver(message) {
      const id = message.body.in_reply_to
      const done = typeof id === 'number' ? waiting.get(id) : undefined
      if (done === undefined) {
        return typeof id === 'number'
      }
      waiting.delete(id as number)
      done(message.body)
      return true
    },
  }
}

interface Backend {
  id: string
  outstanding: number
  avgMs: number
  alive: boolean
  coolUntilMs: number
  probing: boolean
}

/** The careful balancer. */
export const simBalancer: SimNodeFactory = (): SimNode => {
  const calls = rpcs()
  const backends: Backend[] = []
  const queue: { request: Envelope; startMs: number }[] = []
  let turn = 0
  let waitingTimer = false
  const pick = (now: number): Backend | undefined => {
    let alive = backends.filter((b) => b.alive)
    if (alive.length === 0) {
      alive = backends
    }
    const measured = alive
      .filter((b) => b.avgMs > 0)
      .map((b) => b.avgMs)
      .sort((a, b) => a - b)
    const median = measured[Math.floor(measured.length / 2)]
    const fast = median === undefined ? alive : alive.filter((b) => b.avgMs <= 2 * median)
    const usable = (fast.length > 0 ? fast : alive).filter((b) => b.coolUntilMs <= now)
    turn++
    let best: Backend | undefined
    for (let i = 0; i < usable.length; i++) {
      const b = usable[(i + turn) % usable.length] as Backend
      if (best === undefined || b.outstanding < best.outstanding) {
        best = b
      }
    }
    return best
  }
  const dispatch = (ctx: SimNodeContext): void => {
    while (queue.length > 0) {
      const backend = pick(ctx.now())
      if (backend === undefined) {
        if (!waitingTimer) {
          waitingTimer = true
          ctx.setTimer(5, () => {
            waitingTimer = false
            dispatch(ctx)
          })
        }
        return
      }
      const job = queue.shift() as { request: Envelope; startMs: number }
      send(ctx, backend, job)
    }
  }
  const send = (
    ctx: SimNodeContext,
    b: Backend,
    job: { request: Envelope; startMs: number },
  ): void => {
    b.outstanding++
    const sentMs = ctx.now()
    const cost = Number(job.request.body.cost ?? 1)
    calls.call(ctx, b.id, { type: 'work', job: job.request.body.job, cost }, 300, (answer) => {
      b.outstanding--
      if (answer === null) {
        b.alive = false
        queue.unshift(job)
      } else if (answer.type === 'error') {
        b.coolUntilMs = ctx.now() + 5
        queue.unshift(job)
      } else {
        const perCost = (ctx.now() - sentMs) / cost
        b.avgMs = b.avgMs === 0 ? perCost : 0.8 * b.avgMs + 0.2 * perCost
        reply(ctx, job.request, { type: 'work_ok', job: answer.job, served_by: answer.served_by })
      }
      dispatch(ctx)
    })
  }
  const probe = (ctx: SimNodeContext): void => {
    for (const b of backends.filter((x) => !x.alive && !x.probing)) {
      b.probing = true
      calls.call(ctx, b.id, { type: 'health' }, 200, (answer) => {
        b.probing = false
        if (answer?.type === 'health_ok') {
          b.alive = true
          dispatch(ctx)
        }
      })
    }
    ctx.setTimer(200, () => probe(ctx))
  }
  return {
    receive(message, ctx) {
      if (calls.deliver(message)) {
        return
      }
      const body = message.body
      if (body.type === 'init') {
        reply(ctx, message, { type: 'init_ok' })
        probe(ctx)
      } else if (body.type === 'backends') {
        for (const id of body.backends as string[]) {
          backends.push({
            id,
            outstanding: 0,
            avgMs: 0,
            alive: true,
            coolUntilMs: 0,
            probing: false,
          })
        }
        reply(ctx, message, { type: 'backends_ok' })
      } else if (body.type === 'work') {
        queue.push({ request: message, startMs: ctx.now() })
        dispatch(ctx)
      }
    },
  }
}

/** Round robin; `retries` > 0 re-sends a job with no answer in 300 ms to the next backend. */
export function simRoundRobin(retries: number): SimNodeFactory {
  return (): SimNode => {
    const calls = rpcs()
    let backends: string[] = []
    let next = 0
    const forward = (ctx: SimNodeContext, request: Envelope, left: number): void => {
      const backend = backends[next++ % backends.length] as string
      const { job, cost } = request.body
      calls.call(ctx, backend, { type: 'work', job, cost }, retries > 0 ? 300 : 5000, (answer) => {
        if (answer === null && left > 0) {
          forward(ctx, request, left - 1)
        } else if (answer !== null) {
          const { in_reply_to: _ignored, ...rest } = answer
          reply(ctx, request, rest as Omit<Body, 'in_reply_to'>)
        }
      })
    }
    return {
      receive(message, ctx) {
        if (calls.deliver(message)) {
          return
        }
        const body = message.body
        if (body.type === 'init') {
          reply(ctx, message, { type: 'init_ok' })
        } else if (body.type === 'backends') {
          backends = [...(body.backends as string[])]
          reply(ctx, message, { type: 'backends_ok' })
        } else if (body.type === 'work') {
          forward(ctx, message, retries)
        }
      },
    }
  }
}
