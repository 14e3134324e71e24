/**
 * Service bans (interfaces.md §5; issue 15): a stage may forbid the built-in services
 * (`forbidServices: [lin-kv, seq-kv, lww-kv, lin-tso]`) so that a node must implement
 * replication, ordering or election itself — a proxy to `lin-kv` cannot pass Raft.
 *
 * `ServiceBan` watches the journal: the first message a node *sends* to a forbidden service
 * is recorded with its node, service, type, truncated body and send time; later ones are
 * counted. The run is then invalid (results.json `serviceBans.valid: false`) and a
 * `SERVICE_FORBIDDEN` finding names the message.
 *
 * What the service does (decided here, documented in tracks/README.md): a forbidden service
 * answers every request with error 10 (not-supported) whose text says the service is
 * forbidden in this stage, so the node's own log shows why; it answers replies not at all.
 * It never performs the operation. This module does not stop the run: the rest of the test
 * goes on and every other check still reports.
 */
import type { JournalEvent } from '../network/index.js'
import type { ProtocolFinding } from '../protocol/index.js'
import { UsageError } from '../shared/index.js'
import { truncate } from '../shared/index.js'

/** Mirrors services.ts SERVICE_NAMES (kept here so this file has no cycle with it). */
const BANNABLE = ['lin-kv', 'seq-kv', 'lww-kv', 'lin-tso'] as const

/** Characters of a forbidden message's body kept in the evidence. */
export const BANNED_BODY_CHARS = 200

export interface ServiceBanViolation {
  /** The node that sent the message. */
  node: string
  service: string
  /** The message's body type (`read`, `cas`, `ts`, …). */
  type: string
  /** The body as JSON, truncated to BANNED_BODY_CHARS. */
  body: string
  /** Send time, milliseconds since the test started. */
  timeMs: number
}

/** results.json `serviceBans`. */
export interface ServiceBanResult {
  valid: boolean
  forbidden: string[]
  /** Messages nodes sent to forbidden services. */
  messageCount: number
  /** The first one (absent when none was sent). */
  first?: ServiceBanViolation
  /** Forbidden messages per node. */
  byNode: Record<string, number>
}

/** The names, validated: a UsageError names an unknown one. */
export function parseForbiddenServices(names: readonly string[]): string[] {
  for (const name of names) {
    if (!(BANNABLE as readonly string[]).includes(name)) {
      throw new UsageError(
        `Unknown service ${JSON.stringify(name)} in --forbid-services: the services are ${BANNABLE.join(', ')}.`,
      )
    }
  }
  return [...new Set(names)]
}

/** The error text a forbidden service answers with. */
export function forbiddenReplyText(service: string): string {
  return `the ${service} service is forbidden in this stage: implement it in your nodes (this message fails the test)`
}

export class ServiceBan {
  private readonly forbidden: ReadonlySet<string>
  private firstViolation: ServiceBanViolation | undefined
  private count = 0
  private readonly perNode = new Map<string, number>()

  constructor(
    forbidden: readonly string[],
    private readonly isService: (id: string) => boolean,
  ) {
    this.forbidden = new Set(forbidden)
  }

  get active(): boolean {
    return this.forbidden.size > 0
  }

  /** Feed every journal event; only sends from a non-service to a forbidden service count. */
  observe(event: JournalEvent): void {
    if (event.type !== 'send' || !this.forbidden.has(event.message.dest)) {
      return
    }
    const source = event.message.src
    if (this.isService(source)) {
      return
    }
    this.count++
    this.perNode.set(source, (this.perNode.get(source) ?? 0) + 1)
    if (this.firstViolation === undefined) {
      const body = event.message.body
      this.firstViolation = {
        node: source,
        service: event.message.dest,
        type: typeof body.type === 'string' ? body.type : String(body.type),
        body: truncate(JSON.stringify(body), BANNED_BODY_CHARS),
        timeMs: Math.round(event.time / 1e3) / 1e3,
      }
    }
  }

  result(): ServiceBanResult {
    return {
      valid: this.count === 0,
      forbidden: [...this.forbidden],
      messageCount: this.count,
      ...(this.firstViolation === undefined ? {} : { first: this.firstViolation }),
      byNode: Object.fromEntries(this.perNode),
    }
  }

  /** The one plain sentence, or undefined when no forbidden message was sent. */
  sentence(): string | undefined {
    const v = this.firstViolation
    if (v === undefined) {
      return undefined
    }
    const more = this.count > 1 ? ` (${this.count} forbidden messages in all)` : ''
    return `${v.node} sent a ${v.type} message to the ${v.service} service at ${(v.timeMs / 1000).toFixed(3)} s, but this stage forbids ${[...this.forbidden].join(', ')}: the nodes must implement it themselves${more}.`
  }

  /** The protocol finding for the report (one, naming the first message). */
  finding(): ProtocolFinding | undefined {
    const v = this.firstViolation
    const sentence = this.sentence()
    if (v === undefined || sentence === undefined) {
      return undefined
    }
    return {
      code: 'SERVICE_FORBIDDEN',
      node: v.node,
      message: sentence,
      fix: `Do not call ${v.service}: keep the state in your nodes and replicate it with your own messages.`,
      line: v.body,
      atMs: v.timeMs,
      count: this.perNode.get(v.node) ?? 1,
    }
  }
}
