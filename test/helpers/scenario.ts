// Scenario DSL for the network, services, nemeses and sim nodes: a Simulator on a
// VirtualClock with small recording endpoints, so tests read like specifications and assert
// exact deliveries, drops, duplicates and times:
//
//   const s = scenario({ nodes: ['n1', 'n2', 'n3'], latencyMs: 10 })
//   s.at(2000).partition(['n1'], ['n2', 'n3'])
//   s.at(2500).send('n1', 'n2', { type: 'ping' })
//   s.at(5000).heal()
//   await s.runUntil(6000)
//   expect(s.deliveries('n1', 'n2')).toEqual([])
//
// Everything is deterministic: the same seed and the same script give the same journal.
// Only the network, clock and endpoints here are real project code; nothing is mocked.
import { VirtualClock } from '../../src/network/clock.js'
import type {
  DropReason,
  Endpoint,
  EndpointRole,
  JournalEvent,
  LinkFaults,
} from '../../src/network/contract.js'
import { MemoryJournal } from '../../src/network/journal.js'
import { Random } from '../../src/network/random.js'
import { Simulator } from '../../src/network/simulator.js'
import type { ProtocolFinding } from '../../src/protocol/findings.js'
import type { Body, Envelope } from '../../src/protocol/types.js'
import { createServices } from '../../src/services/services.js'
import type { NemesisEvent, NemesisWorld, NodeControl } from '../../src/nemesis/contract.js'
import type { NodeExit } from '../../src/process/contract.js'
import type { SimNodeFactory } from '../../src/sim/contract.js'
import { startSimNode } from '../../src/sim/host.js'
import type { SimNodeHandle } from '../../src/sim/host.js'
import type { LatencyDistribution, TestOptions } from '../../src/options/test-options.js'

export interface ScenarioOptions {
  seed?: number
  /** Server node ids. @default ['n1', 'n2', 'n3'] */
  nodes?: string[]
  /** Client ids. @default ['c0'] */
  clients?: string[]
  /** Built-in services to start (lin-kv, seq-kv, lww-kv, lin-tso). @default [] */
  services?: string[]
  latencyMs?: number
  latencyDist?: LatencyDistribution
  faults?: Partial<LinkFaults>
  queueCapacityMax?: number
  /** When set, the server nodes are in-process nodes made by this factory (sim/host.ts). */
  simNode?: SimNodeFactory
}

/** A nemesis operation as recorded, with its virtual time. */
export interface RecordedNemesisOp extends NemesisEvent {
  atMs: number
}

/** A message as an endpoint saw it. */
export interface Received {
  atMs: number
  id: number | undefined
  src: string
  dest: string
  body: Body
}

/** A message that did not arrive, as the journal says. */
export interface Dropped {
  atMs: number
  id: number | undefined
  src: string
  dest: string
  reason: DropReason | undefined
  type: string
}

/** Records everything delivered to it; optionally answers through a handler. */
export class RecordingEndpoint implements Endpoint {
  readonly received: Received[] = []
  handler: ((message: Envelope) => void) | undefined

  constructor(
    readonly id: string,
    private readonly clock: VirtualClock,
  ) {}

  deliver(message: Envelope): void {
    this.received.push({
      atMs: this.clock.now(),
      id: message.id,
      src: message.src,
      dest: message.dest,
      body: message.body,
    })
    this.handler?.(message)
  }
}

/** Actions scheduled at one virtual time. */
export interface At {
  send(src: string, dest: string, body: Body): At
  partition(...groups: string[][]): At
  grudge(grudge: Record<string, string[]>): At
  heal(): At
  faults(faults: Partial<LinkFaults>): At
  down(id: string, isDown?: boolean): At
  do(action: () => void): At
}

export class Scenario {
  readonly clock = new VirtualClock()
  readonly journal = new MemoryJournal()
  readonly random: Random
  readonly network: Simulator
  readonly endpoints = new Map<string, RecordingEndpoint>()
  readonly findings: ProtocolFinding[] = []
  readonly sendResults: { atMs: number; result: { id: number } | { dropped: DropReason } }[] = []
  readonly handles = new Map<string, SimNodeHandle>()
  readonly exits: NodeExit[] = []
  readonly nemesisOps: RecordedNemesisOp[] = []
  readonly nodeIds: string[]

  constructor(readonly options: ScenarioOptions = {}) {
    this.random = new Random(options.seed ?? 1)
    this.network = new Simulator({
      latencyMs: options.latencyMs ?? 0,
      latencyDist: options.latencyDist ?? 'constant',
      faults: options.faults,
      random: this.random.fork('net'),
      clock: this.clock,
      journal: this.journal,
      queueCapacityMax: options.queueCapacityMax,
    })
    this.nodeIds = options.nodes ?? ['n1', 'n2', 'n3']
    for (const id of this.nodeIds) {
      if (options.simNode === undefined) {
        this.addEndpoint(id, 'server')
      } else {
        this.addSimNode(id, options.simNode)
      }
    }
    for (const id of options.clients ?? ['c0']) {
      this.addEndpoint(id, 'client')
    }
    createServices(options.services ?? [], {
      network: this.network,
      random: this.random.fork('services'),
      clock: this.clock,
      onFinding: (finding) => this.findings.push(finding),
    })
  }

  addEndpoint(id: string, role: EndpointRole): RecordingEndpoint {
    const endpoint = new RecordingEndpoint(id, this.clock)
    this.endpoints.set(id, endpoint)
    this.network.register(endpoint, role)
    return endpoint
  }

  /** An in-process node whose output is routed through the network, as the runner does. */
  addSimNode(id: string, factory: SimNodeFactory): SimNodeHandle {
    const handle = startSimNode({
      nodeId: id,
      factory,
      network: this.network,
      clock: this.clock,
      callbacks: {
        onMessage: (message) => this.network.send(message),
        onFinding: () => {},
        onExit: (exit) => this.exits.push(exit),
      },
    })
    this.handles.set(id, handle)
    this.network.register(handle, 'server')
    return handle
  }

  handle(id: string): SimNodeHandle {
    const handle = this.handles.get(id)
    if (handle === undefined) {
      throw new Error(`no sim node ${id}`)
    }
    return handle
  }

  /** Send `init` to one node (or every node) from the client `from`. */
  init(nodeId?: string, from = 'c0'): void {
    for (const id of nodeId === undefined ? this.nodeIds : [nodeId]) {
      this.send(from, id, { type: 'init', node_id: id, node_ids: this.nodeIds, msg_id: 0 })
    }
  }

  /** NodeControls over the sim nodes, as the runner provides them (restart re-sends init). */
  nodeControls(): Map<string, NodeControl> {
    const controls = new Map<string, NodeControl>()
    for (const [id, handle] of this.handles) {
      controls.set(id, {
        id,
        kill: () => handle.kill(),
        restart: async () => {
          await handle.restart()
          this.init(id)
        },
        pause: () => handle.pause(),
        resume: () => handle.resume(),
      })
    }
    return controls
  }

  /** A NemesisWorld over this scenario; recorded operations land in `nemesisOps`. */
  nemesisWorld(options: Partial<TestOptions> = {}): NemesisWorld {
    return {
      options: testOptions({ nodeIds: this.nodeIds, ...options }),
      nodeIds: this.nodeIds,
      clock: this.clock,
      network: this.network,
      nodes: this.nodeControls(),
      record: (event) => this.nemesisOps.push({ ...event, atMs: this.clock.now() }),
    }
  }

  endpoint(id: string): RecordingEndpoint {
    const endpoint = this.endpoints.get(id)
    if (endpoint === undefined) {
      throw new Error(`no recording endpoint ${id}`)
    }
    return endpoint
  }

  /** Make `id` answer every message it receives with `reply(message)` (if defined). */
  respond(id: string, reply: (message: Envelope) => Body | undefined): void {
    this.endpoint(id).handler = (message) => {
      const body = reply(message)
      if (body !== undefined) {
        this.network.send({ src: id, dest: message.src, body })
      }
    }
  }

  /** Send now. */
  send(src: string, dest: string, body: Body): { id: number } | { dropped: DropReason } {
    const result = this.network.send({ src, dest, body })
    this.sendResults.push({ atMs: this.clock.now(), result })
    return result
  }

  /** Complete grudge between the groups: no server in one group hears from another group. */
  partition(...groups: string[][]): void {
    this.network.setGrudge(completeGrudge(groups))
  }

  at(atMs: number): At {
    const schedule = (action: () => void): void => {
      this.clock.setTimer(atMs - this.clock.now(), action)
    }
    const at: At = {
      send: (src, dest, body) => (schedule(() => this.send(src, dest, body)), at),
      partition: (...groups) => (schedule(() => this.partition(...groups)), at),
      grudge: (grudge) => (schedule(() => this.network.setGrudge(toGrudge(grudge))), at),
      heal: () => (schedule(() => this.network.heal()), at),
      faults: (faults) => (schedule(() => this.network.setLinkFaults(faults)), at),
      down: (id, isDown = true) => (schedule(() => this.network.setDown(id, isDown)), at),
      do: (action) => (schedule(action), at),
    }
    return at
  }

  async runUntil(untilMs: number): Promise<void> {
    await this.clock.runUntil(untilMs)
  }

  /** Messages delivered from `src` to `dest`, in delivery order. */
  deliveries(src: string, dest: string): Received[] {
    return this.endpoint(dest).received.filter((m) => m.src === src)
  }

  /** Delivery times of messages from `src` to `dest`. */
  deliveryTimes(src: string, dest: string): number[] {
    return this.deliveries(src, dest).map((m) => m.atMs)
  }

  drops(filter: { src?: string; dest?: string; reason?: DropReason } = {}): Dropped[] {
    return this.events('drop')
      .filter((e) => filter.src === undefined || e.message.src === filter.src)
      .filter((e) => filter.dest === undefined || e.message.dest === filter.dest)
      .filter((e) => filter.reason === undefined || e.reason === filter.reason)
      .map((e) => ({
        atMs: e.time / 1e6,
        id: e.message.id,
        src: e.message.src,
        dest: e.message.dest,
        reason: e.reason,
        type: e.message.body.type,
      }))
  }

  events(type?: JournalEvent['type']): JournalEvent[] {
    return this.journal.events.filter((e) => type === undefined || e.type === type)
  }

  /** The journal as compact text lines, for equality between runs. */
  journalText(): string {
    return this.journal.events.map((e) => JSON.stringify(e)).join('\n')
  }
}

/** Complete TestOptions with Maelstrom's defaults, for nemesis worlds in tests. */
export function testOptions(overrides: Partial<TestOptions> = {}): TestOptions {
  return {
    workload: 'echo',
    nodeIds: ['n1', 'n2', 'n3'],
    command: [],
    timeLimitS: 60,
    rate: 5,
    concurrency: 3,
    latencyMs: 0,
    latencyDist: 'constant',
    nemesis: [],
    nemesisIntervalS: 10,
    topology: 'grid',
    availability: undefined,
    consistencyModels: ['strict-serializable'],
    keyCount: undefined,
    maxTxnLength: 4,
    maxWritesPerKey: 16,
    lossRatio: 0,
    duplicateRatio: 0,
    reorderRatio: 0,
    clientLossRatio: 0,
    clientDuplicateRatio: 0,
    logStderr: false,
    logNetSend: false,
    logNetRecv: false,
    seed: 1,
    timeScale: 1,
    cwd: '.',
    extra: {},
    ...overrides,
  }
}

export function scenario(options: ScenarioOptions = {}): Scenario {
  return new Scenario(options)
}

export function completeGrudge(groups: string[][]): Map<string, Set<string>> {
  const grudge = new Map<string, Set<string>>()
  for (const group of groups) {
    const others = groups.filter((g) => g !== group).flat()
    for (const node of group) {
      grudge.set(node, new Set(others))
    }
  }
  return grudge
}

function toGrudge(record: Record<string, string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(record).map(([dest, srcs]) => [dest, new Set(srcs)]))
}
