// In-process deterministic nodes (SimNode) for runner tests and benchmarks on the virtual
// clock: echo, a gossiping broadcast node with retries, and a unique-ids node whose counter
// either persists in storage or restarts at zero.
import type { SimNode, SimNodeContext, SimNodeFactory } from '../../src/sim/contract.js'
import type { Body, Envelope } from '../../src/protocol/types.js'

function reply(ctx: SimNodeContext, request: Envelope, body: Omit<Body, 'in_reply_to'>): void {
  ctx.send({
    src: ctx.nodeId,
    dest: request.src,
    body: { ...body, in_reply_to: request.body.msg_id } as Body,
  })
}

export const simEcho: SimNodeFactory = () => ({
  receive(message, ctx) {
    if (message.body.type === 'init') {
      reply(ctx, message, { type: 'init_ok' })
    } else if (message.body.type === 'echo') {
      reply(ctx, message, { type: 'echo_ok', echo: message.body.echo })
    }
  },
})

export function simUniqueIds(persist: boolean): SimNodeFactory {
  return () => {
    let counter = 0
    return {
      receive(message, ctx) {
        if (message.body.type === 'init') {
          counter = persist ? Number(ctx.storage.get('counter') ?? 0) : 0
          reply(ctx, message, { type: 'init_ok' })
        } else if (message.body.type === 'generate') {
          counter++
          if (persist) {
            ctx.storage.set('counter', counter)
          }
          reply(ctx, message, { type: 'generate_ok', id: `${ctx.nodeId}-${counter}` })
        }
      },
    }
  }
}

/** Gossip to topology neighbours; unacknowledged gossip is retried every `retryMs`. */
export function simBroadcast(retryMs = 200): SimNodeFactory {
  return (): SimNode => {
    const messages = new Set<unknown>()
    let neighbors: string[] = []
    const unacked = new Map<number, { dest: string; message: unknown }>()
    let nextMsgId = 1
    let timerStarted = false
    const gossip = (ctx: SimNodeContext, dest: string, message: unknown): void => {
      const msgId = nextMsgId++
      unacked.set(msgId, { dest, message })
      ctx.send({ src: ctx.nodeId, dest, body: { type: 'gossip', message, msg_id: msgId } })
    }
    const retry = (ctx: SimNodeContext): void => {
      const pending = [...unacked.values()]
      unacked.clear()
      for (const p of pending) {
        gossip(ctx, p.dest, p.message)
      }
      ctx.setTimer(retryMs, () => retry(ctx))
    }
    const learn = (ctx: SimNodeContext, message: unknown, from: string | undefined): void => {
      if (messages.has(message)) {
        return
      }
      messages.add(message)
      for (const n of neighbors) {
        if (n !== from) {
          gossip(ctx, n, message)
        }
      }
    }
    return {
      receive(m, ctx) {
        const body = m.body
        if (!timerStarted) {
          timerStarted = true
          ctx.setTimer(retryMs, () => retry(ctx))
        }
        if (body.type === 'init') {
          reply(ctx, m, { type: 'init_ok' })
        } else if (body.type === 'topology') {
          neighbors = (body.topology as Record<string, string[]>)[ctx.nodeId] ?? []
          reply(ctx, m, { type: 'topology_ok' })
        } else if (body.type === 'broadcast') {
          learn(ctx, body.message, undefined)
          reply(ctx, m, { type: 'broadcast_ok' })
        } else if (body.type === 'gossip') {
          learn(ctx, body.message, m.src)
          reply(ctx, m, { type: 'gossip_ok' })
        } else if (body.type === 'gossip_ok') {
          unacked.delete(body.in_reply_to as number)
        } else if (body.type === 'read') {
          reply(ctx, m, { type: 'read_ok', messages: [...messages] })
        }
      },
    }
  }
}
