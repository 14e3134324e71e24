// Runs for report.html tests: a failing broadcast run (lost values under a partition, with
// a journal of gossip and dropped messages) and a failing lin-kv run, both checked by the
// project's real checkers. Deterministic: built from the seed, no randomness.
import { checkSetFull } from '../../src/checkers/basic/set-full.js'
import { checkLinearizable } from '../../src/checkers/linearizable/index.js'
import type { Op } from '../../src/history/types.js'
import type { JournalEvent } from '../../src/network/contract.js'
import type { Body } from '../../src/protocol/types.js'
import type { ReportInput } from '../../src/report/html.js'

const MS = 1_000_000

class Builder {
  history: Op[] = []
  journal: JournalEvent[] = []
  private nextMessageId = 0

  op(
    process: Op['process'],
    type: Op['type'],
    f: string,
    timeMs: number,
    extra: Partial<Op> = {},
  ): Op {
    const op: Op = {
      index: this.history.length,
      time: Math.round(timeMs * MS),
      process,
      type,
      f,
      ...extra,
    }
    this.history.push(op)
    return op
  }

  /** A message sent at sendMs, delivered at deliverMs, or dropped (reason) at deliverMs. */
  message(
    src: string,
    dest: string,
    body: Body,
    sendMs: number,
    deliverMs: number,
    drop?: 'partition' | 'loss',
  ): void {
    const id = this.nextMessageId++
    const message = { id, src, dest, body }
    const send: JournalEvent = { seq: 0, time: sendMs * MS, type: 'send', message }
    const end: JournalEvent = drop
      ? { seq: 0, time: deliverMs * MS, type: 'drop', reason: drop, message }
      : { seq: 0, time: deliverMs * MS, type: 'deliver', message }
    this.journal.push(send, end)
  }

  sortedJournal(): JournalEvent[] {
    return this.journal
      .map((event, i) => ({ event, i }))
      .sort((a, b) => a.event.time - b.event.time || a.i - b.i)
      .map(({ event }, seq) => ({ ...event, seq }))
  }
}

const NODES = ['n1', 'n2', 'n3', 'n4', 'n5']

/**
 * Broadcast, 5 nodes, a partition isolating n3 from 3 s to 6 s: values sent to n3 meanwhile
 * never reach the others (the node does not retry), so the last final reads lack them.
 */
export function failingBroadcastRun(values = 40): ReportInput {
  const b = new Builder()
  let msgId = 1
  const partition = { startMs: 3000, endMs: 6000 }
  const inPartition = (t: number): boolean => t >= partition.startMs && t < partition.endMs
  for (let v = 0; v < values; v++) {
    const t = 100 + v * 200
    if (t >= partition.startMs && b.history.every((op) => op.f !== 'start-partition')) {
      b.op('nemesis', 'invoke', 'start-partition', partition.startMs)
      b.op('nemesis', 'info', 'start-partition', partition.startMs, {
        value: { kind: 'partition', nodes: ['n3'], description: 'isolated n3 from n1, n2, n4, n5' },
      })
    }
    if (t >= partition.endMs && b.history.every((op) => op.f !== 'stop-partition')) {
      b.op('nemesis', 'invoke', 'stop-partition', partition.endMs)
      b.op('nemesis', 'info', 'stop-partition', partition.endMs, {
        value: { kind: 'partition', nodes: [], description: 'healed the network' },
      })
    }
    const process = v % 3
    const client = `c${process + 1}`
    const node = NODES[v % NODES.length] as string
    b.op(process, 'invoke', 'broadcast', t, { value: v, node, client })
    const request = { type: 'broadcast', message: v, msg_id: msgId }
    b.message(client, node, request, t, t + 1)
    for (const peer of NODES.filter((n) => n !== node)) {
      const lost = inPartition(t) && (peer === 'n3' || node === 'n3')
      b.message(
        node,
        peer,
        { type: 'gossip', message: v },
        t + 1,
        t + 101,
        lost ? 'partition' : undefined,
      )
    }
    b.message(node, client, { type: 'broadcast_ok', in_reply_to: msgId++ }, t + 2, t + 3)
    b.op(process, 'ok', 'broadcast', t + 3, { value: v, node, client })
  }
  const endMs = 100 + values * 200 + 2000
  const all = Array.from({ length: values }, (_, v) => v)
  const missing = all.filter((v) => inPartition(100 + v * 200) && NODES[v % NODES.length] === 'n3')
  NODES.forEach((node, i) => {
    const seen = node === 'n3' ? all : all.filter((v) => !missing.includes(v))
    const t = endMs + i * 10
    b.op(i % 3, 'invoke', 'read', t, { final: true, node })
    b.message(`c${(i % 3) + 1}`, node, { type: 'read', msg_id: msgId }, t, t + 1)
    b.message(
      node,
      `c${(i % 3) + 1}`,
      { type: 'read_ok', messages: seen, in_reply_to: msgId++ },
      t + 2,
      t + 3,
    )
    b.op(i % 3, 'ok', 'read', t + 3, { value: seen, final: true, node })
  })
  const workload = checkSetFull(b.history, { addF: 'broadcast' })
  const results: Record<string, unknown> = {
    valid: workload.valid,
    seed: 4242,
    workloadName: 'broadcast',
    workload,
    availability: { okFraction: 1 },
    net: {
      all: { msgCount: b.journal.length / 2, msgsPerOp: 6.1 },
      servers: { msgCount: values * 4, msgsPerOp: 4 },
    },
    stage: {
      track: 'broadcast',
      stage: 'broadcast/partitions',
      number: '4.3',
      title: 'partitions',
      seed: 4242,
      status: workload.valid === true ? 'pass' : 'fail',
      criteria: [
        {
          id: 'valid',
          label: 'no lost values',
          threshold: '= true',
          measured: workload.valid,
          pass: workload.valid === true,
        },
        {
          id: 'net.servers.msgsPerOp',
          label: 'servers msgs/op',
          threshold: '< 30',
          measured: 4,
          pass: true,
        },
      ],
      checkers: {},
      replay:
        'npx dsgrade test --track broadcast --stage broadcast/partitions --bin ./bin/broadcast --seed 4242',
      hint: 'A message sent during a partition is gone: nothing delivers it later. Keep what a neighbour has not acknowledged and send it again.',
      docsPath: 'https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/partitions.md',
    },
  }
  return {
    results,
    history: b.history,
    journal: b.sortedJournal(),
    nodeIds: NODES,
    title: 'dsgrade broadcast — seed 4242',
  }
}

/** lin-kv, 3 nodes: key 1 gets a stale read after an acknowledged write (not linearizable). */
export function failingLinKvRun(): ReportInput {
  const b = new Builder()
  const nodes = ['n1', 'n2', 'n3']
  const steps: Array<[number, string, number, unknown, unknown]> = [
    // [process, f, key, value asked, value returned]
    [0, 'write', 1, 1, 1],
    [1, 'write', 2, 5, 5],
    [2, 'read', 1, null, 1],
    [0, 'cas', 1, [1, 2], [1, 2]],
    [1, 'read', 2, null, 5],
    [2, 'write', 1, 3, 3],
    [0, 'read', 1, null, 2], // stale: 3 was acknowledged before this read began
    [1, 'read', 1, null, 3],
  ]
  let t = 10
  steps.forEach(([process, f, key, value, output], i) => {
    const node = nodes[process] as string
    b.op(process, 'invoke', f, t, {
      key,
      value: value ?? undefined,
      node,
      client: `c${process + 1}`,
    })
    b.message(
      `c${process + 1}`,
      node,
      { type: f, key, msg_id: i + 1, ...(value === null ? {} : { value }) },
      t,
      t + 1,
    )
    b.message(node, 'lin-kv', { type: f, key, msg_id: 100 + i }, t + 1, t + 4)
    b.message('lin-kv', node, { type: `${f}_ok`, in_reply_to: 100 + i }, t + 5, t + 8)
    b.message(
      node,
      `c${process + 1}`,
      { type: `${f}_ok`, in_reply_to: i + 1, ...(f === 'read' ? { value: output } : {}) },
      t + 9,
      t + 10,
    )
    b.op(process, 'ok', f, t + 12, {
      key,
      value: output as Op['value'],
      node,
      client: `c${process + 1}`,
    })
    t += 20
  })
  const workload = checkLinearizable(b.history, { model: 'cas-register' }, { maxSteps: 1_000_000 })
  const results: Record<string, unknown> = {
    valid: workload.valid,
    seed: 7,
    workloadName: 'lin-kv',
    workload,
    availability: { okFraction: 1 },
    net: {
      all: { msgCount: b.journal.length / 2, msgsPerOp: 4 },
      servers: { msgCount: 16, msgsPerOp: 2 },
    },
  }
  return {
    results,
    history: b.history,
    journal: b.sortedJournal(),
    nodeIds: nodes,
    title: 'dsgrade lin-kv — seed 7',
  }
}
