// The leader chase (src/nemesis/leader-chase.ts, issue 18): who leads is read from the
// append_entries the nodes send, and the moment a leader sends a new entry it is cut off from
// all but that follower (or from all), killed a little later and restarted later still. Driven
// on the virtual clock through a real Simulator, with a recorded Figure 8 message sequence.
import { describe, expect, it } from 'vitest'
import { leaderChase, LeaderWatch, cutGrudge } from '../../src/nemesis/leader-chase.js'
import type { NemesisEvent, NemesisWorld, NodeControl } from '../../src/nemesis/contract.js'
import {
  Random,
  Simulator,
  VirtualClock,
  type JournalEvent,
  type Endpoint,
} from '../../src/network/index.js'
import type { Envelope } from '../../src/protocol/index.js'
import type { TestOptions } from '../../src/options/index.js'

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4']

const ae = (term: number, prev: number, entries: number, leader = 'n0') => ({
  type: 'append_entries',
  term,
  leader_id: leader,
  prev_log_index: prev,
  prev_log_term: term,
  entries: Array.from({ length: entries }, () => ({ term, op: null })),
  leader_commit: 0,
})

describe('LeaderWatch', () => {
  it('follows the newest sender of append_entries in the highest term and spots new entries', () => {
    const watch = new LeaderWatch(new Set(NODES))
    // n0's first append_entries of term 1 sets the baseline (its log at election)
    expect(watch.observe('n0', 'n1', ae(1, 3, 0))).toBeUndefined()
    expect(watch.leader).toBe('n0')
    // resends, back-ups and heartbeats below the baseline are not new entries
    expect(watch.observe('n0', 'n2', ae(1, 1, 2))).toBeUndefined()
    expect(watch.observe('n0', 'n3', ae(1, 3, 0))).toBeUndefined()
    // entry 4: new
    expect(watch.observe('n0', 'n1', ae(1, 3, 1))).toEqual({
      leader: 'n0',
      term: 1,
      index: 4,
      to: 'n1',
    })
    expect(watch.observe('n0', 'n2', ae(1, 3, 1))).toBeUndefined()
    // n4 leads term 2 with a shorter log; a stale term-1 message changes nothing
    expect(watch.observe('n4', 'n2', ae(2, 3, 0, 'n4'))).toBeUndefined()
    expect(watch.observe('n0', 'n1', ae(1, 4, 1))).toBeUndefined()
    expect(watch.leader).toBe('n4')
    expect(watch.highestTerm).toBe(2)
    expect(watch.observe('n4', 'n2', ae(2, 3, 1, 'n4'))?.index).toBe(4)
    // replies, votes, clients and other message types are ignored
    expect(watch.observe('n2', 'n4', { type: 'append_entries_res', term: 5 })).toBeUndefined()
    expect(watch.observe('c1', 'n4', ae(9, 9, 1))).toBeUndefined()
    expect(watch.observe('n1', 'n2', { type: 'request_vote', term: 7 })).toBeUndefined()
    expect(watch.leader).toBe('n4')
  })

  it('a cut keeps the leader with one follower or with no one', () => {
    const one = cutGrudge('n0', NODES, 'n1')
    expect([...(one.get('n0') ?? [])].sort()).toEqual(['n2', 'n3', 'n4'])
    expect(one.has('n1')).toBe(false)
    expect([...(one.get('n3') ?? [])]).toEqual(['n0'])
    const none = cutGrudge('n0', NODES, undefined)
    expect([...(none.get('n0') ?? [])].sort()).toEqual(['n1', 'n2', 'n3', 'n4'])
    expect([...(none.get('n1') ?? [])]).toEqual(['n0'])
  })
})

interface Played {
  ops: { atMs: number; f: string; nodes: string[]; description: string }[]
  delivered: string[]
  dropped: string[]
  calls: string[]
}

/** Five endpoints on a real Simulator; the chase started with `extra`; `script` drives sends. */
async function play(
  seed: number,
  extra: Record<string, unknown>,
  script: (
    send: (src: string, dest: string, body: object) => void,
    clock: VirtualClock,
  ) => Promise<void>,
  watch = true,
): Promise<Played> {
  const clock = new VirtualClock()
  const watchers = new Set<(event: JournalEvent) => void>()
  const played: Played = { ops: [], delivered: [], dropped: [], calls: [] }
  const network = new Simulator({
    latencyMs: 5,
    latencyDist: 'constant',
    random: new Random(seed, 'net'),
    clock,
    journal: {
      write: (event) => {
        watchers.forEach((w) => w(event))
        const m = event.message
        const entries = (m.body as { entries?: unknown[] }).entries?.length ?? 0
        const line = `${m.src}->${m.dest}:${String(m.body.type)}:${entries}`
        if (event.type === 'drop') {
          played.dropped.push(`${line}:${event.reason ?? ''}`)
        }
      },
      close: () => undefined,
    },
  })
  const endpoint = (id: string): Endpoint => ({
    id,
    deliver: (message: Envelope) => {
      const entries = (message.body as { entries?: unknown[] }).entries?.length ?? 0
      played.delivered.push(`${message.src}->${id}:${entries}`)
    },
  })
  NODES.forEach((id) => network.register(endpoint(id), 'server'))
  const control = (id: string): NodeControl => ({
    id,
    kill: () => {
      played.calls.push(`${clock.now()} kill ${id}`)
      return Promise.resolve()
    },
    restart: () => {
      played.calls.push(`${clock.now()} restart ${id}`)
      return Promise.resolve()
    },
    pause: () => undefined,
    resume: () => undefined,
  })
  const world: NemesisWorld = {
    options: {
      nemesis: ['kill', 'leader-chase'],
      nemesisIntervalS: 10,
      timeScale: 1,
      extra,
    } as unknown as TestOptions,
    nodeIds: NODES,
    clock,
    network,
    nodes: new Map(NODES.map((id) => [id, control(id)])),
    record: (event: NemesisEvent) => {
      const value = event.value as { nodes: string[]; description: string }
      if (event.type === 'info') {
        played.ops.push({
          atMs: clock.now(),
          f: event.f,
          nodes: value.nodes,
          description: value.description,
        })
      }
    },
    ...(watch
      ? {
          watchMessages: (listener: (event: JournalEvent) => void) => {
            watchers.add(listener)
            return () => watchers.delete(listener)
          },
        }
      : {}),
  }
  const run = leaderChase.start(world, new Random(seed, 'nemesis/leader-chase'))
  const send = (src: string, dest: string, body: object): void => {
    network.send({ src, dest, body: body as Envelope['body'] })
  }
  await script(send, clock)
  await run.stop()
  return played
}

/** Figure 8's first two steps: n0 takes entry 4 and is chased; n4 leads term 2, takes entry 4. */
async function figure8(
  send: (src: string, dest: string, body: object) => void,
  clock: VirtualClock,
): Promise<void> {
  for (const peer of ['n1', 'n2', 'n3', 'n4']) {
    send('n0', peer, ae(1, 3, 0))
  }
  await clock.runUntil(50)
  for (const peer of ['n1', 'n2', 'n3', 'n4']) {
    send('n0', peer, ae(1, 3, 1)) // entry e
  }
  await clock.runUntil(1_000)
  for (const peer of ['n1', 'n2', 'n3']) {
    send('n4', peer, ae(2, 3, 0, 'n4'))
  }
  await clock.runUntil(1_050)
  for (const peer of ['n1', 'n2', 'n3']) {
    send('n4', peer, ae(2, 3, 1, 'n4')) // entry f, at e's index
  }
  await clock.runUntil(1_100)
  // n2 leads term 3 and takes an entry while n0 and n4 are held: a majority must stay free
  for (const peer of ['n1', 'n3']) {
    send('n2', peer, ae(3, 3, 0, 'n2'))
  }
  await clock.runUntil(1_150)
  for (const peer of ['n1', 'n3']) {
    send('n2', peer, ae(3, 3, 1, 'n2'))
  }
  await clock.runUntil(20_000)
}

describe('leader-chase', () => {
  const always = {
    chaseFireRatio: 1,
    chaseKillMs: 100,
    chaseDownS: 1.5,
    chaseBurst: 2,
    chaseQuietS: 100,
  }

  it('cuts the leader off the moment it sends a new entry, kills it, restarts it', async () => {
    const played = await play(3, always, figure8)
    const fs = played.ops.map((op) => `${op.f} ${op.nodes.join(',')}`)
    expect(fs.slice(0, 3)).toEqual([
      'start-leader-cut n0',
      'start-leader-kill n0',
      'stop-leader-cut n0',
    ])
    const cut = played.ops[0]!
    expect(cut.atMs).toBe(50) // at the send of entry 4, not a timer tick later
    expect(cut.description).toMatch(/^n0, leader of term 1, was cut off from .* new entry 4/)
    // the new entry reached n1 at most: the other followers dropped it (partition)
    const got = played.delivered.filter((d) => d.startsWith('n0->') && d.endsWith(':1'))
    const onlyN1 = /only n1 got it/.test(cut.description)
    expect(got).toEqual(onlyN1 ? ['n0->n1:1'] : [])
    for (const peer of ['n2', 'n3', 'n4']) {
      expect(played.dropped).toContain(`n0->${peer}:append_entries:1:partition`)
    }
    // killed within 2 × chaseKillMs of the cut, restarted within 2 × chaseDownS after that
    const killAt = Number(played.calls.find((c) => c.endsWith('kill n0'))?.split(' ')[0])
    const restartAt = Number(played.calls.find((c) => c.endsWith('restart n0'))?.split(' ')[0])
    expect(killAt).toBeGreaterThanOrEqual(50)
    expect(killAt).toBeLessThan(250)
    expect(restartAt - killAt).toBeGreaterThanOrEqual(100)
    expect(restartAt - killAt).toBeLessThan(3_000)
    // n4, the next leader, is chased at its own new entry; n2 is not: the burst of two is over
    expect(fs).toContain('start-leader-cut n4')
    expect(fs).not.toContain('start-leader-cut n2')
    // every node it killed is restarted by the end
    const kills = played.calls.filter((c) => / kill /.test(c)).length
    expect(played.calls.filter((c) => / restart /.test(c)).length).toBe(kills)
  })

  it('replays the same chase from the same seed; another seed differs', async () => {
    const a = await play(11, { chaseFireRatio: 0.75, chaseKillMs: 100, chaseDownS: 1.5 }, figure8)
    const b = await play(11, { chaseFireRatio: 0.75, chaseKillMs: 100, chaseDownS: 1.5 }, figure8)
    expect(a).toEqual(b)
    const others = await Promise.all(
      [12, 13, 14, 15].map((s) =>
        play(s, { chaseFireRatio: 0.75, chaseKillMs: 100, chaseDownS: 1.5 }, figure8),
      ),
    )
    expect(others.some((o) => JSON.stringify(o.calls) !== JSON.stringify(a.calls))).toBe(true)
  })

  it('holds at most a minority down plus the leader it cuts off', async () => {
    // nodes stay down for good (mean 10,000 s): n0, n4 killed, n2 cut off and killed; a fourth never
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        play(i + 1, { ...always, chaseBurst: 10, chaseDownS: 10_000 }, async (send, clock) => {
          await figure8(send, clock)
          for (const peer of ['n1', 'n2']) {
            send('n3', peer, ae(4, 5, 0, 'n3'))
            send('n3', peer, ae(4, 5, 1, 'n3'))
          }
          await clock.runUntil(30_000)
        }),
      ),
    )
    const cuts = runs.map((r) => r.ops.filter((op) => op.f === 'start-leader-cut').length)
    expect(cuts).toContain(3)
    // nobody restarts within the run, so a fourth cut would be a fourth node held
    expect(Math.max(...cuts)).toBeLessThanOrEqual(3)
    expect(
      runs.some((r) => r.ops.some((op) => op.f === 'start-leader-cut' && op.nodes[0] === 'n3')),
    ).toBe(true)
  })

  it('does nothing without the messages, and only cuts when the stage does not kill', async () => {
    const blind = await play(3, always, figure8, false)
    expect(blind.ops).toEqual([])
    expect(blind.dropped).toEqual([])
    const cutOnly = await play(3, { ...always, chaseKills: false }, figure8)
    expect(cutOnly.calls).toEqual([])
    expect(cutOnly.ops[0]?.f).toBe('start-leader-cut')
    expect(cutOnly.ops[1]?.f).toBe('stop-leader-cut')
  })
})
