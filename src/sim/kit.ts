/**
 * A tiny kit for writing in-process nodes (SimNodes): handlers by message type, `reply`,
 * fire-and-forget `send`, `rpc` with a time-out on the provided clock, timers, durable
 * storage and logs. It answers `init` itself (recording `nodeId` and `nodeIds`, replying
 * `init_ok`, then running the `onInit` hooks) and answers a request of an unknown type with
 * error 10, as a well-behaved Maelstrom node does.
 *
 *   export const echo = defineNode((node) => {
 *     node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))
 *   })
 *
 * Not a learner-facing library: it exists for the project's tests, benchmarks and the
 * deterministic simulation mode. Nothing here reads wall time or Math.random.
 */
import type { TimerHandle } from '../network/index.js'
import type { Body, Envelope } from '../protocol/index.js'
import type { SimNode, SimNodeContext, SimNodeFactory } from './contract.js'

export type Handler = (message: Envelope) => void

/** What an rpc got: the reply body, or null after its time-out. */
export type RpcOutcome = Body | null

interface PendingRpc {
  resolve(outcome: RpcOutcome): void
  timer: TimerHandle
}

export const RPC_TIMEOUT_MS_DEFAULT = 1000

export class KitNode implements SimNode {
  nodeId = ''
  nodeIds: string[] = []
  private context: SimNodeContext | undefined
  private readonly handlers = new Map<string, Handler>()
  private readonly initHooks: (() => void)[] = []
  private readonly pending = new Map<number, PendingRpc>()
  private nextMsgId = 1

  /** Handle requests of `type`. */
  on(type: string, handler: Handler): this {
    this.handlers.set(type, handler)
    return this
  }

  /** Run after `init_ok` has been sent. */
  onInit(hook: () => void): this {
    this.initHooks.push(hook)
    return this
  }

  receive(message: Envelope, context: SimNodeContext): void {
    this.context = context
    const body = message.body
    if (typeof body.in_reply_to === 'number' && this.pending.has(body.in_reply_to)) {
      this.settle(body.in_reply_to, body)
      return
    }
    if (body.type === 'init') {
      this.nodeId = typeof body.node_id === 'string' ? body.node_id : context.nodeId
      this.nodeIds = Array.isArray(body.node_ids) ? (body.node_ids as string[]) : [this.nodeId]
      this.reply(message, { type: 'init_ok' })
      this.initHooks.forEach((hook) => hook())
      return
    }
    const handler = this.handlers.get(body.type)
    if (handler !== undefined) {
      handler(message)
    } else if (typeof body.msg_id === 'number' && body.in_reply_to === undefined) {
      this.reply(message, { type: 'error', code: 10, text: `unsupported request ${body.type}` })
    }
  }

  get ctx(): SimNodeContext {
    if (this.context === undefined) {
      throw new Error(`node ${this.nodeId || '?'} used before its first message`)
    }
    return this.context
  }

  get storage(): Map<string, unknown> {
    return this.ctx.storage
  }

  now(): number {
    return this.ctx.now()
  }

  log(line: string): void {
    this.ctx.log(line)
  }

  /** The other server nodes. */
  peers(): string[] {
    return this.nodeIds.filter((id) => id !== this.nodeId)
  }

  send(dest: string, body: Body): void {
    this.ctx.send({ src: this.nodeId, dest, body })
  }

  reply(request: Envelope, body: Body): void {
    this.send(request.src, { ...body, in_reply_to: request.body.msg_id })
  }

  /** Send a request with a fresh msg_id; resolves with the reply, or null after timeoutMs. */
  rpc(dest: string, body: Body, timeoutMs = RPC_TIMEOUT_MS_DEFAULT): Promise<RpcOutcome> {
    const msgId = this.nextMsgId++
    return new Promise((resolve) => {
      const timer = this.ctx.setTimer(timeoutMs, () => this.settle(msgId, null))
      this.pending.set(msgId, { resolve, timer })
      this.send(dest, { ...body, msg_id: msgId })
    })
  }

  setTimer(delayMs: number, callback: () => void): TimerHandle {
    return this.ctx.setTimer(delayMs, callback)
  }

  /** Call `callback` every `periodMs` until the node dies. */
  every(periodMs: number, callback: () => void): void {
    const tick = (): void => {
      callback()
      this.ctx.setTimer(periodMs, tick)
    }
    this.ctx.setTimer(periodMs, tick)
  }

  private settle(msgId: number, outcome: RpcOutcome): void {
    const pending = this.pending.get(msgId)
    if (pending === undefined) {
      return
    }
    this.pending.delete(msgId)
    if (outcome !== null) {
      this.ctx.clearTimer(pending.timer)
    }
    pending.resolve(outcome)
  }
}

/** A SimNodeFactory from a setup function that registers handlers on a fresh KitNode. */
export function defineNode(setup: (node: KitNode) => void): SimNodeFactory {
  return () => {
    const node = new KitNode()
    setup(node)
    return node
  }
}
