// Benchmark (b): messages routed per second by the simulated network between in-process
// nodes (target ≥ 100,000/s). Prints figures; asserts nothing. Three set-ups:
//   1. bare endpoints relaying around a ring (the network's own cost),
//   2. sim-host nodes (kit nodes) relaying around a ring (what the simulation mode pays),
//   3. as 2, journaling every event to journal.jsonl (what a stored run pays).
// All on the VirtualClock: wall time is the only cost measured. Compare as ratios.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VirtualClock } from '../src/network/clock.js'
import type { Endpoint } from '../src/network/contract.js'
import { FileJournal, nullJournal } from '../src/network/journal.js'
import type { JournalSink } from '../src/network/journal.js'
import { Random } from '../src/network/random.js'
import { Simulator } from '../src/network/simulator.js'
import type { Envelope } from '../src/protocol/types.js'
import { startSimNode } from '../src/sim/host.js'
import { defineNode } from '../src/sim/kit.js'

const NODE_COUNT = 25
const IN_FLIGHT_PER_NODE = 200
const MESSAGES = 1_000_000
const LATENCY_MS = 1

interface Figure {
  label: string
  messages: number
  wallMs: number
  /** CPU time of this process (user + system): steadier than wall time on a busy machine. */
  cpuMs: number
}

function ids(): string[] {
  return Array.from({ length: NODE_COUNT }, (_, i) => `n${i}`)
}

function makeNetwork(clock: VirtualClock, journal: JournalSink): Simulator {
  return new Simulator({
    latencyMs: LATENCY_MS,
    latencyDist: 'uniform',
    random: new Random(1).fork('net'),
    clock,
    journal,
  })
}

async function drive(clock: VirtualClock, network: Simulator, label: string): Promise<Figure> {
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  await clock.runWhile(() => network.stats(1).servers.recvCount < MESSAGES)
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpuStarted)
  const cpuMs = (cpu.user + cpu.system) / 1000
  return { label, messages: network.stats(1).servers.recvCount, wallMs, cpuMs }
}

function seedRing(network: Simulator, nodeIds: string[]): void {
  nodeIds.forEach((src, i) => {
    for (let k = 0; k < IN_FLIGHT_PER_NODE; k++) {
      network.send({ src, dest: nodeIds[(i + 1) % NODE_COUNT] as string, body: { type: 'm', k } })
    }
  })
}

async function bareRing(): Promise<Figure> {
  const clock = new VirtualClock()
  const network = makeNetwork(clock, nullJournal)
  const nodeIds = ids()
  nodeIds.forEach((id, i) => {
    const next = nodeIds[(i + 1) % NODE_COUNT] as string
    const endpoint: Endpoint = {
      id,
      deliver: (m: Envelope) => void network.send({ src: id, dest: next, body: m.body }),
    }
    network.register(endpoint, 'server')
  })
  seedRing(network, nodeIds)
  return drive(clock, network, 'bare endpoints, ring of 25')
}

const relay = defineNode((node) => {
  node.on('m', (msg) => {
    const index = node.nodeIds.indexOf(node.nodeId)
    node.send(node.nodeIds[(index + 1) % node.nodeIds.length] as string, msg.body)
  })
})

async function simRing(journal: JournalSink, label: string): Promise<Figure> {
  const clock = new VirtualClock()
  const network = makeNetwork(clock, journal)
  const nodeIds = ids()
  for (const id of nodeIds) {
    const handle = startSimNode({
      nodeId: id,
      factory: relay,
      network,
      clock,
      callbacks: {
        onMessage: (m) => void network.send(m),
        onFinding: () => {},
        onExit: () => {},
      },
    })
    network.register(handle, 'server')
    network.register({ id: `c-${id}`, deliver: () => {} }, 'client')
    // Deliver init directly: the figure is about node↔node routing.
    handle.deliver({
      src: `c-${id}`,
      dest: id,
      body: { type: 'init', node_id: id, node_ids: nodeIds },
    })
  }
  seedRing(network, nodeIds)
  return drive(clock, network, label)
}

function print(figure: Figure): void {
  const rate = (ms: number): string =>
    Math.round(figure.messages / (ms / 1000)).toLocaleString('en-US')
  console.log(
    `${figure.label.padEnd(40)} ${figure.messages} messages: wall ${Math.round(figure.wallMs)} ms ` +
      `= ${rate(figure.wallMs)} msg/s; cpu ${Math.round(figure.cpuMs)} ms = ${rate(figure.cpuMs)} msg/s`,
  )
}

async function main(): Promise<void> {
  console.log(
    `network routing: ${NODE_COUNT} nodes, ${IN_FLIGHT_PER_NODE} in flight each, uniform latency mean ${LATENCY_MS} ms, virtual clock`,
  )
  print(await bareRing())
  print(await simRing(nullJournal, 'sim-host kit nodes, ring of 25'))
  const dir = mkdtempSync(join(tmpdir(), 'dsgrade-bench-'))
  const path = join(dir, 'journal.jsonl')
  const journal = new FileJournal(path)
  const figure = await simRing(journal, 'sim-host kit nodes + journal.jsonl')
  journal.close()
  print(figure)
  console.log(`journal.jsonl: ${Math.round(statSync(path).size / 1e6)} MB`)
  rmSync(dir, { recursive: true, force: true })
}

await main()
