// The Figure 8 steer (src/nemesis/figure-8-steer.ts, issue 18): the leader chase's mode that
// drives the Raft paper's Figure 8 step by step, deciding who can win each election by the
// links it leaves. Driven on the virtual clock through a real Simulator with a scripted message
// sequence: five Raft nodes as a buggy Raft would answer the steer (the Figure 8 commit of an
// old entry), and as a correct one would (it never announces that commit: the steer gives up).
import { describe, expect, it } from 'vitest'
import { leaderChase } from '../../src/nemesis/leader-chase.js'
import { linksGrudge, starGrudge } from '../../src/nemesis/figure-8-steer.js'
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
import { KeyHolds } from '../../src/shared/index.js'

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4']

/** append_entries of `leader` in `term`: prev index, how many entries, leader_commit. */
const ae = (leader: string, term: number, prev: number, entries: number, commit = 0) => ({
  type: 'append_entries',
  term,
  leader_id: leader,
  prev_log_index: prev,
  prev_log_term: term,
  entries: Array.from({ length: entries }, () => ({ term, op: null })),
  leader_commit: commit,
})
const ok = (term: number) => ({ type: 'append_entries_res', term, success: true })

interface Played {
  ops: { atMs: number; f: string; nodes: string[]; description: string; counts?: unknown }[]
  delivered: string[]
  calls: string[]
}

type Send = (src: string, dest: string, body: object) => void

async function play(
  seed: number,
  script: (send: Send, clock: VirtualClock, played: Played) => Promise<void>,
  keyHolds?: KeyHolds,
  extra: Record<string, unknown> = {},
): Promise<Played> {
  const clock = new VirtualClock()
  const watchers = new Set<(event: JournalEvent) => void>()
  const played: Played = { ops: [], delivered: [], calls: [] }
  const network = new Simulator({
    latencyMs: 5,
    latencyDist: 'constant',
    random: new Random(seed, 'net'),
    clock,
    journal: { write: (event) => watchers.forEach((w) => w(event)), close: () => undefined },
  })
  const endpoint = (id: string): Endpoint => ({
    id,
    deliver: (message: Envelope) => {
      const body = message.body as {
        type: string
        term?: number
        entries?: unknown[]
        prev_log_index?: number
      }
      const last = (body.prev_log_index ?? 0) + (body.entries?.length ?? 0)
      played.delivered.push(`${message.src}->${id}:${body.type}:${body.term ?? ''}:${last}`)
    },
  })
  NODES.forEach((id) => network.register(endpoint(id), 'server'))
  network.register(endpoint('c1'), 'client')
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
      nemesis: ['leader-chase'],
      nemesisIntervalS: 10,
      timeScale: 1,
      extra: { chaseSteer: true, chaseKills: true, ...extra },
    } as unknown as TestOptions,
    nodeIds: NODES,
    clock,
    network,
    nodes: new Map(NODES.map((id) => [id, control(id)])),
    record: (event: NemesisEvent) => {
      const value = event.value as { nodes: string[]; description: string; counts?: unknown }
      if (event.type === 'info') {
        played.ops.push({ atMs: clock.now(), f: event.f, ...value })
      }
    },
    watchMessages: (listener) => {
      watchers.add(listener)
      return () => watchers.delete(listener)
    },
    ...(keyHolds === undefined ? {} : { keyHolds }),
  }
  const run = leaderChase.start(world, new Random(seed, 'nemesis/leader-chase'))
  const send: Send = (src, dest, body) => {
    network.send({ src, dest, body: body as Envelope['body'] })
  }
  await script(send, clock, played)
  await run.stop()
  return played
}

/** The step-3 follower the steer drew (it names it in the star of step 3). */
function drawnX(played: Played): string {
  const star = played.ops.find((op) => /^step 3 .* restarts in a star/.test(op.description))
  const x = /a star with n1 and (n\d)/.exec(star?.description ?? '')?.[1]
  expect(x).toBeDefined()
  return x!
}

/**
 * Figure 8 as the nodes would play it under the steer: n0 leads term 1 and takes entry 4 (e);
 * n4 leads term 2 and takes its entry 4 (f); n0 leads term 3 and, if `buggy`, tells x that 4
 * is committed; n4 leads term 4, commits 4 and then 5; x leads term 5.
 */
function figure8(buggy: boolean) {
  return async (send: Send, clock: VirtualClock, played: Played): Promise<void> => {
    send('c1', 'n0', { type: 'write', key: 0, value: 1, msg_id: 1 }) // lin-kv's first key
    for (const peer of ['n1', 'n2', 'n3', 'n4']) {
      send('n0', peer, ae('n0', 1, 3, 0)) // n0 leads term 1: its log at election
    }
    await clock.runUntil(10)
    send('n0', 'n1', ae('n0', 1, 3, 1)) // e, index 4, first to n1
    for (const peer of ['n2', 'n3', 'n4']) {
      send('n0', peer, ae('n0', 1, 3, 1))
    }
    await clock.runUntil(20)
    send('n1', 'n0', ok(1)) // n1 stored e
    await clock.runUntil(500)
    for (const peer of ['n2', 'n3']) {
      send('n4', peer, ae('n4', 2, 3, 0)) // n4 leads term 2 with n2 and n3
    }
    await clock.runUntil(520)
    for (const peer of ['n2', 'n3']) {
      send('n4', peer, ae('n4', 2, 3, 1)) // f, index 4
    }
    await clock.runUntil(1_000)
    const x = drawnX(played)
    for (const peer of ['n1', x]) {
      send('n0', peer, ae('n0', 3, 4, 0)) // n0 leads term 3
    }
    await clock.runUntil(1_020)
    send('n0', x, ae('n0', 3, 3, 1)) // back-up: e to x
    send('n0', 'n1', ae('n0', 3, 4, 1)) // an entry of term 3 to n1: n1 must stay clean
    await clock.runUntil(1_040)
    send('n0', x, ae('n0', 3, 4, 1, buggy ? 4 : 0)) // the Figure 8 commit, or none
    await clock.runUntil(1_050)
    send(x, 'n0', ok(3))
    await clock.runUntil(2_000)
    for (const peer of ['n1', 'n2', 'n3']) {
      send('n4', peer, ae('n4', 4, 4, 0, 4)) // n4 leads term 4, committed f (and replaced e)
    }
    await clock.runUntil(2_050)
    send('n4', x, ae('n4', 4, 4, 1, 5)) // n4 answered clients after f: cut at this send to x
    await clock.runUntil(2_100)
    send(x, 'n1', ae(x, 5, 5, 0, 5)) // x leads term 5
    await clock.runUntil(10_000)
  }
}

/** append_entries carrying entries with their own terms and client ops (lin-kv's format). */
const aeOps = (
  leader: string,
  term: number,
  prev: number,
  entries: { term: number; op: object | null }[],
  commit = 0,
) => ({
  type: 'append_entries',
  term,
  leader_id: leader,
  prev_log_index: prev,
  prev_log_term: term,
  entries,
  leader_commit: commit,
})
const read0 = { type: 'read', key: 0 }
const write0 = (value: number) => ({ type: 'write', key: 0, value })

/**
 * Figure 8 chosen by content, as a buggy raft.py would play it: n0 leads term 1; its entry 4
 * reads key 0 (no episode starts: nothing was written), its entry 5 is the first write of key 0
 * (e: step 1); n4's entry 5 (f) reads key 0; n0 commits e by counting (step 3); n4 commits f
 * and then entry 6, `tail` (step 4); x leads term 5 (step 5) and commits its read of key 0,
 * entry 7, answered from e's write; the spare (never applied e) then leads term 6 (step 6).
 */
function figure8ByContent(
  tail: object,
  then?: (send: Send, clock: VirtualClock, spare: string) => Promise<void>,
  told = true,
) {
  return async (send: Send, clock: VirtualClock, played: Played): Promise<void> => {
    send('c1', 'n0', { type: 'write', key: 0, value: 3, msg_id: 1 })
    for (const peer of ['n1', 'n2', 'n3', 'n4']) {
      send('n0', peer, aeOps('n0', 1, 3, [])) // n0 leads term 1
    }
    await clock.runUntil(10)
    for (const peer of ['n1', 'n2', 'n3', 'n4']) {
      send('n0', peer, aeOps('n0', 1, 3, [{ term: 1, op: read0 }])) // entry 4: a read
    }
    await clock.runUntil(20)
    send('n0', 'n1', aeOps('n0', 1, 4, [{ term: 1, op: write0(3) }])) // e: the first write
    await clock.runUntil(30)
    send('n1', 'n0', ok(1))
    await clock.runUntil(500)
    for (const peer of ['n2', 'n3']) {
      send('n4', peer, aeOps('n4', 2, 4, [])) // n4 leads term 2
    }
    await clock.runUntil(520)
    for (const peer of ['n2', 'n3']) {
      send('n4', peer, aeOps('n4', 2, 4, [{ term: 2, op: read0 }])) // f, index 5
    }
    await clock.runUntil(1_000)
    const x = drawnX(played)
    const spare = x === 'n2' ? 'n3' : 'n2'
    for (const peer of ['n1', x]) {
      send('n0', peer, aeOps('n0', 3, 5, [])) // n0 leads term 3
    }
    await clock.runUntil(1_020)
    send('n0', x, aeOps('n0', 3, 4, [{ term: 1, op: write0(3) }])) // back-up: e to x
    send('n0', 'n1', aeOps('n0', 3, 5, [{ term: 3, op: null }])) // n1 must stay clean
    await clock.runUntil(1_040)
    send('n0', x, aeOps('n0', 3, 5, [{ term: 3, op: null }], 5)) // the Figure 8 commit
    await clock.runUntil(1_050)
    send(x, 'n0', ok(3))
    await clock.runUntil(2_000)
    for (const peer of ['n1', spare]) {
      send('n4', peer, aeOps('n4', 4, 4, [{ term: 2, op: read0 }], 5)) // n4 leads term 4
    }
    await clock.runUntil(2_020)
    send('n4', x, aeOps('n4', 4, 4, [{ term: 2, op: read0 }], 5)) // x joined: f replaces e
    await clock.runUntil(2_050)
    send('n4', x, aeOps('n4', 4, 5, [{ term: 4, op: tail }], 6)) // cut at this send to x
    await clock.runUntil(2_100)
    send(x, 'n1', aeOps(x, 5, 6, [])) // x leads term 5
    send('c1', x, { type: 'read', key: 0, msg_id: 2 }) // a client reads key 0 at x
    await clock.runUntil(2_190)
    if (told) {
      send(x, 'c1', { type: 'read_ok', value: 3, in_reply_to: 2 }) // x answers it from e
    }
    await clock.runUntil(2_200)
    send(x, spare, aeOps(x, 5, 6, [{ term: 5, op: read0 }], 7)) // x answered its read of 0
    await clock.runUntil(2_300)
    send(spare, 'n1', aeOps(spare, 6, 7, [])) // the spare leads term 6
    await then?.(send, clock, spare)
    await clock.runUntil(10_000)
  }
}

describe('figure-8 steer', () => {
  it('star and link grudges leave exactly the links asked for', () => {
    const star = starGrudge(NODES, 'n0', ['n1', 'n2'])
    expect([...(star.get('n0') ?? [])].sort()).toEqual(['n3', 'n4'])
    expect([...(star.get('n1') ?? [])].sort()).toEqual(['n2', 'n3', 'n4'])
    expect([...(star.get('n3') ?? [])].sort()).toEqual(['n0', 'n1', 'n2', 'n4'])
    const isolated = linksGrudge(NODES, (a, b) => a !== 'n1' && b !== 'n1')
    expect([...(isolated.get('n1') ?? [])].sort()).toEqual(['n0', 'n2', 'n3', 'n4'])
    expect([...(isolated.get('n0') ?? [])]).toEqual(['n1'])
  })

  it('drives a buggy Raft through all five steps of Figure 8', async () => {
    const played = await play(7, figure8(true))
    const steps = played.ops
      .map((op) => /^step (\d)/.exec(op.description)?.[1])
      .filter((s) => s !== undefined)
    expect([...new Set(steps)]).toEqual(['1', '2', '3', '4', '5'])
    // step 1: e reached n1 only, at the very send; n0 killed once n1 answered
    const e = played.delivered.filter(
      (d) => d.startsWith('n0->') && d.endsWith(':append_entries:1:4'),
    )
    expect(e).toEqual(['n0->n1:append_entries:1:4'])
    expect(played.calls[0]).toBe('21 kill n0')
    // step 2: f reached no one; n4 killed at once, n0 restarted for step 3
    expect(played.delivered.filter((d) => d.startsWith('n4->') && d.endsWith(':2:4'))).toEqual([])
    expect(played.calls.slice(1, 3)).toEqual(['521 kill n4', '521 restart n0'])
    // step 3: n1 never got an entry of term 3; x got e and the commit
    const x = drawnX(played)
    expect(played.delivered).not.toContain('n0->n1:append_entries:3:5')
    expect(played.delivered).toContain(`n0->${x}:append_entries:3:5`)
    const commit = played.ops.find(
      (op) => op.f === 'figure-8-step' && /^step 3/.test(op.description),
    )
    expect(commit?.description).toMatch(/entry 4 is of term 1 .* committed by counting replicas/)
    // step 4: n0 killed, n4 restarted; step 5 once n4 committed past f: x leads
    expect(played.calls.slice(3, 5)).toEqual(['1051 kill n0', '1051 restart n4'])
    // C is cut at its send to x, but that message still arrives; 50 ms later C → x is cut too
    expect(played.delivered).toContain(`n4->${x}:append_entries:4:5`)
    expect(played.ops.map((op) => op.description)).toContain(
      `step 5 of Figure 8: n4 could no longer reach ${x} either`,
    )
    const last = played.ops.find((op) => op.f === 'figure-8-step' && /^step 5/.test(op.description))
    expect(last?.description).toBe(
      `step 5 of Figure 8: ${x} leads term 5; it applied entry 4 of term 1, which n4 replaced with its entry 4 of term 2`,
    )
    // everything undone at the end, and counted
    const kills = played.calls.filter((c) => / kill /.test(c)).length
    expect(played.calls.filter((c) => / restart /.test(c)).length).toBe(kills)
    expect(played.ops.at(-1)?.counts).toEqual({
      step1: 1,
      step2: 1,
      step3: 1,
      step4: 1,
      step5: 1,
      step6: 0,
    })
  })

  it('a correct Raft never announces the old entry committed: the episode ends at step 3', async () => {
    const played = await play(7, figure8(false))
    expect(played.ops.at(-1)?.counts).toEqual({
      step1: 1,
      step2: 1,
      step3: 0,
      step4: 0,
      step5: 0,
      step6: 0,
    })
    const healed = played.ops.find((op) => /did not commit the old entry/.test(op.description))
    expect(healed?.atMs).toBe(521 + 4_000) // step 3 began 1 ms after f's send; its limit is 4 s
    expect(played.calls.filter((c) => / kill /.test(c))).toEqual(['21 kill n0', '521 kill n4'])
    expect(played.calls.filter((c) => / restart /.test(c))).toEqual([
      '521 restart n0',
      '4521 restart n4',
    ])
  })

  it('replays the same episode from the same seed', async () => {
    const a = await play(11, figure8(true))
    const b = await play(11, figure8(true))
    expect(a).toEqual(b)
    const xs = await Promise.all([1, 2, 3, 4, 5, 6].map((s) => play(s, figure8(true))))
    expect(new Set(xs.map(drawnX))).toEqual(new Set(['n2', 'n3']))
  })

  it('chooses e by content: the first write of a key; step 6 puts a node without it in front', async () => {
    const played = await play(7, figure8ByContent(read0))
    const descriptions = played.ops.map((op) => op.description)
    const step1 = descriptions.find((d) => d.startsWith('step 1 '))
    // not at entry 4 (a read), at entry 5: the first write of key 0
    expect(step1).toMatch(/sent its new entry 5 to n1 .*the first write of key 0: write 3 to key 0/)
    expect(descriptions.find((d) => d.startsWith('step 2 of Figure 8: n4'))).toMatch(
      /new entry 5 \(a read of key 0; it reached no one\)/,
    )
    const x = drawnX(played)
    const spare = x === 'n2' ? 'n3' : 'n2'
    // x stayed out of C's election and joined once C led (it got f)
    expect(descriptions).toContainEqual(
      expect.stringMatching(
        new RegExp(`^step 4 .* a star with n1 and ${spare}: .*; ${x} joins once`),
      ),
    )
    expect(descriptions).toContainEqual(
      expect.stringMatching(
        new RegExp(`^step 4 of Figure 8: n4 leads term 4; ${x} joins its star`),
      ),
    )
    expect(played.delivered).toContain(`n4->${x}:append_entries:4:5`)
    expect(descriptions).toContainEqual(expect.stringMatching(/^step 5 .*holds key 0 as write 3/))
    // step 6 at x's send of the commit of its read to the spare, which still arrives
    expect(played.delivered).toContain(`${x}->${spare}:append_entries:5:7`)
    expect(descriptions).toContain(`step 6 of Figure 8: ${x} could no longer reach ${spare} either`)
    expect(descriptions).toContainEqual(
      expect.stringMatching(/^step 6 .*only n0 and n[23] applied \(client c1 was told 3\)/),
    )
    expect(descriptions).toContain(
      `step 6 of Figure 8: ${spare} leads term 6; it never applied entry 5 of term 1 (its write 3 to key 0), which ${x} applied and answered a read of key 0 from`,
    )
    expect(played.ops.at(-1)?.counts).toEqual({
      step1: 1,
      step2: 1,
      step3: 1,
      step4: 1,
      step5: 1,
      step6: 1,
    })
  })

  it('the first write of a key in the quiet spell after an episode starts the next one at once', async () => {
    // the episode ends 2 s after step 6 (4.3 s: healed, n0 restarted); its quiet spell lasts
    // until 7.3 s. lin-kv's clients move to key 1 then (the episode's kills crashed their ops)
    const played = await play(
      7,
      figure8ByContent(read0, async (send, clock, spare) => {
        await clock.runUntil(5_000)
        send(
          spare,
          'n1',
          aeOps(spare, 6, 7, [{ term: 6, op: { type: 'write', key: 1, value: 2 } }]),
        )
        await clock.runUntil(5_010)
      }),
    )
    const healed = played.ops.find((op) => /the steered episode ended/.test(op.description))
    expect(healed?.atMs).toBe(4_300)
    const second = played.ops.filter((op) => op.description.startsWith('step 1 '))[1]
    expect(second?.atMs).toBe(5_000)
    expect(second?.description).toMatch(
      new RegExp(
        `^step 1 of Figure 8: ${'n[23]'}, leader of term 6, .* new entry 8 .*the first write of key 1: write 2 to key 1`,
      ),
    )
    expect(played.ops.at(-1)?.counts).toMatchObject({ step1: 2, step6: 1 })
  })

  it('no step 6 before a client was sent the value of the key (stop 23)', async () => {
    // X's answer to a read forwarded by a follower travels X → follower → client: a cut at X's
    // commit alone dropped it (seed 6 of raft-persistence/chaos, JS twin), and no client saw e
    const played = await play(7, figure8ByContent(read0, undefined, false))
    expect(played.ops.at(-1)?.counts).toMatchObject({ step5: 1, step6: 0 })
    expect(played.ops.map((op) => op.description)).not.toContainEqual(
      expect.stringMatching(/^step 6 /),
    )
  })

  it('no step 6 once a later write of the key gave every node the same value', async () => {
    const played = await play(7, figure8ByContent(write0(1)))
    const step5 = played.ops.find((op) => /^step 5 .* leads term 5/.test(op.description))
    expect(step5?.description).toMatch(
      /key 0 no longer differs: entry 6, a later write of key 0, gave every node the same value/,
    )
    expect(played.ops.at(-1)?.counts).toMatchObject({ step5: 1, step6: 0 })
  })

  it('holds the writes of e\'s key from step 1 until the episode ends, and records both', async () => {
    const holds = new KeyHolds()
    const heldAt: Record<number, boolean> = {}
    const played = await play(
      7,
      figure8ByContent(read0, async (_send, clock) => {
        heldAt[clock.now()] = holds.isHeld(0) // 2.3 s: the spare leads (step 6)
        await clock.runUntil(4_299)
        heldAt[clock.now()] = holds.isHeld(0)
        await clock.runUntil(4_301)
        heldAt[clock.now()] = holds.isHeld(0)
      }),
      holds,
    )
    const step1 = played.ops.find((op) => op.description.startsWith('step 1 '))
    const hold = played.ops.filter((op) => op.f === 'hold-writes')
    const release = played.ops.filter((op) => op.f === 'release-writes')
    expect(hold.map((op) => op.atMs)).toEqual([step1?.atMs])
    expect(hold[0]?.description).toBe(
      'writes of key 0 held: the steer keeps key 0 as entry 5 left it (write 3 to key 0); until the episode ends, the clients that write key 0 read it instead (Figure 8 steer)',
    )
    expect(heldAt).toEqual({ 2300: true, 4299: true, 4301: false })
    expect(release.map((op) => [op.atMs, op.description])).toEqual([
      [
        4_300,
        'writes of key 0 released: the clients write it again (Figure 8 steer: the steered episode ended)',
      ],
    ])
    expect(holds.held()).toEqual([])
  })

  it('holds nothing with chaseHoldWrites=false, and releases a hold when the run ends', async () => {
    const off = new KeyHolds()
    const none = await play(7, figure8ByContent(read0), off, { chaseHoldWrites: false })
    expect(none.ops.filter((op) => /-writes$/.test(op.f))).toEqual([])
    // the run ends during step 2 (a script cut short): the hold is released by stop()
    const holds = new KeyHolds()
    const cut = await play(
      7,
      async (send, clock) => {
        for (const peer of ['n1', 'n2', 'n3', 'n4']) {
          send('n0', peer, aeOps('n0', 1, 3, [])) // n0 leads term 1
        }
        await clock.runUntil(10)
        send('n0', 'n1', aeOps('n0', 1, 3, [{ term: 1, op: write0(2) }])) // e: step 1
        await clock.runUntil(100)
        expect(holds.isHeld('0')).toBe(true)
      },
      holds,
    )
    expect(cut.ops.filter((op) => /-writes$/.test(op.f)).map((op) => op.f)).toEqual([
      'hold-writes',
      'release-writes',
    ])
    expect(cut.ops.find((op) => op.f === 'release-writes')?.description).toMatch(/the run ended/)
    expect(holds.isHeld('0')).toBe(false)
  })
})
