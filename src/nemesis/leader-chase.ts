/**
 * `leader-chase` (issue 18, exploration only): faults that follow the Raft leader, so that
 * schedules like the Raft paper's Figure 8 — a leader takes an entry that reaches at most one
 * follower and dies, again and again, while the others elect — come up in a 60 s stage. The
 * stage's own faults are drawn without regard to who leads and almost never get there
 * (docs/simulation.md, "Figure 8"). No stage lists it: `dsgrade explore` adds it to a share of
 * its swarmed seeds of Raft stages (grading/swarm.ts), and `--swarm` replays it.
 *
 * Who leads is read from the node-to-node messages the harness sees (the raft tracks name
 * them: `append_entries {term, leader_id, prev_log_index, entries, …}`): the node that most
 * recently sent append_entries in the highest term seen. A leader *takes an entry* when it
 * sends an append_entries whose last index (prev_log_index + entries) is beyond every one it
 * sent before in that term (its first one sets the baseline: its log at election, no-op
 * included). In a burst of 2 … `extra.chaseBurst` leaders chased in a row (then a quiet
 * spell of uniform [0, 2 × `extra.chaseQuietS`) s, so entries commit and a new leader serves
 * reads, then another burst), at that send, with probability `extra.chaseFireRatio`, it cuts the
 * leader off from every node but that message's follower, or from every node (even odds), at
 * once — so the entry reaches one follower or none — and, when the stage kills, kills it
 * uniform [0, 2 × `extra.chaseKillMs`) ms later and restarts it (same data directory, fresh
 * init) uniform [0.1 s, 2 × `extra.chaseDownS`) later; a stage without kills only has the
 * cut, healed after the same down time. At most ⌊(n−1)/2⌋ + 1 nodes are held by the chase
 * at once (a minority down and the leader being cut off; the cluster waits for a restart at
 * worst); a node held by kill or pause is not taken.
 *
 * Guarantees: every decision comes from the seed's stream and the order of the journal's
 * send events, both deterministic in simulated time, so the same seed replays the same
 * chase; every cut, kill and restart is recorded as a nemesis operation (`start-leader-cut`
 * / `stop-leader-cut`, `start-leader-kill` / `stop-leader-kill`, each value naming the
 * leader, its term and the entry) so failure messages name it. Nothing happens without
 * append_entries messages (a node speaking other names is never chased), nor without
 * `world.watchMessages`. Does not: decide whether a node is correct (the checkers do).
 */
import type { Grudge, JournalEvent, Random, TimerHandle } from '../network/index.js'
import type { NemesisPackage, NemesisRun, NemesisWorld } from './contract.js'
import { controls, eligible, release, restartNodes, take } from './process-faults.js'
import { listNodes, sortNodes } from './schedule.js'
import { Steer } from './figure-8-steer.js'

/** A leader taking an entry, as seen in one append_entries send. */
export interface LeaderEntry {
  leader: string
  term: number
  /** The last index the leader sent (prev_log_index + entries). */
  index: number
  /** The follower this append_entries went to. */
  to: string
}

/**
 * Who leads, from append_entries sends: the most recent sender in the highest term seen, and
 * whether a send carries an index beyond all the leader sent before in that term.
 */
export class LeaderWatch {
  private term = 0
  private current: string | undefined
  /** term → the highest last index any leader of that term sent. */
  private readonly sent = new Map<number, number>()

  constructor(private readonly servers: ReadonlySet<string>) {}

  get leader(): string | undefined {
    return this.current
  }

  get highestTerm(): number {
    return this.term
  }

  /** One message sent; returns the new entry it carries, if any. */
  observe(src: string, dest: string, body: unknown): LeaderEntry | undefined {
    if (!this.servers.has(src) || !this.servers.has(dest) || typeof body !== 'object') {
      return undefined
    }
    const b = body as Record<string, unknown> | null
    if (b === null || b.type !== 'append_entries') {
      return undefined
    }
    const { term, prev_log_index: prev, entries } = b
    if (typeof term !== 'number' || typeof prev !== 'number' || term < this.term) {
      return undefined
    }
    const last = prev + (Array.isArray(entries) ? entries.length : 0)
    this.term = term
    this.current = src
    const before = this.sent.get(term)
    if (before === undefined || last <= before) {
      this.sent.set(term, Math.max(before ?? last, last))
      return undefined
    }
    this.sent.set(term, last)
    return { leader: src, term, index: last, to: dest }
  }
}

export interface ChaseSettings {
  fireRatio: number
  /** Leaders chased in a row before a quiet spell (uniform 2 … burstMax). */
  burstMax: number
  quietMeanMs: number
  killMeanMs: number
  downMeanMs: number
  kills: boolean
}

function numberExtra(world: NemesisWorld, key: string, fallback: number): number {
  const given = world.options.extra[key]
  return typeof given === 'number' && given >= 0 ? given : fallback
}

export function chaseSettings(world: NemesisWorld): ChaseSettings {
  const scale = world.options.timeScale
  const kills = world.options.extra.chaseKills
  return {
    fireRatio: Math.min(1, numberExtra(world, 'chaseFireRatio', 0.75)),
    burstMax: Math.max(1, Math.floor(numberExtra(world, 'chaseBurst', 6))),
    quietMeanMs: numberExtra(world, 'chaseQuietS', 1.5) * 1000 * scale,
    killMeanMs: numberExtra(world, 'chaseKillMs', 100) * scale,
    downMeanMs: numberExtra(world, 'chaseDownS', 1.5) * 1000 * scale,
    kills: typeof kills === 'boolean' ? kills : world.options.nemesis.includes('kill'),
  }
}

/** The grudge that lets `leader` hear and reach only `keep` (none: nobody). */
export function cutGrudge(
  leader: string,
  nodeIds: readonly string[],
  keep: string | undefined,
): Map<string, Set<string>> {
  const others = nodeIds.filter((n) => n !== leader && n !== keep)
  const grudge = new Map<string, Set<string>>([[leader, new Set(others)]])
  for (const node of others) {
    grudge.set(node, new Set([leader]))
  }
  return grudge
}

function grudgeJson(grudge: Grudge): Record<string, string[]> {
  return Object.fromEntries(
    sortNodes(grudge.keys()).map((dest) => [dest, sortNodes(grudge.get(dest) ?? [])]),
  )
}

interface Cut {
  leader: string
  entry: LeaderEntry
}

class Chase {
  private readonly watch: LeaderWatch
  private readonly settings: ChaseSettings
  private readonly timers = new Set<TimerHandle>()
  /** Nodes the chase holds: the one cut off and those killed, until released. */
  private readonly held = new Set<string>()
  /** Nodes the chase killed and has not restarted yet. */
  private readonly down = new Set<string>()
  private cut: Cut | undefined
  private busy: Promise<void> = Promise.resolve()
  private stopped = false
  /** Leaders still to chase in this burst; 0 during a quiet spell. */
  private burstLeft: number
  private failure: unknown

  constructor(
    private readonly world: NemesisWorld,
    private readonly random: Random,
  ) {
    this.watch = new LeaderWatch(new Set(world.nodeIds))
    this.settings = chaseSettings(world)
    this.burstLeft = this.drawBurst()
  }

  private drawBurst(): number {
    const least = Math.min(2, this.settings.burstMax)
    return least + this.random.int(this.settings.burstMax - least + 1)
  }

  /** A journal event: synchronous, so the cut applies before this send is delivered. */
  onEvent(event: JournalEvent): void {
    if (this.stopped || event.type !== 'send') {
      return
    }
    const { src, dest, body } = event.message
    const entry = this.watch.observe(src, dest, body)
    if (entry === undefined || this.cut !== undefined || this.held.has(entry.leader)) {
      return
    }
    // a minority killed plus the leader being cut off: no more (a majority is back soon)
    const maxHeld = Math.floor((this.world.nodeIds.length - 1) / 2) + 1
    if (this.burstLeft === 0 || this.held.size >= maxHeld) {
      return
    }
    if (!eligible(this.world).includes(entry.leader)) {
      return
    }
    if (!this.random.chance(this.settings.fireRatio)) {
      return
    }
    if (take(this.world, [entry.leader], 'leader-chase').length === 0) {
      return
    }
    this.held.add(entry.leader)
    this.burstLeft--
    if (this.burstLeft === 0) {
      // a quiet spell after the burst, so entries commit and new leaders serve reads
      const quietMs = this.random.float() * 2 * this.settings.quietMeanMs
      this.after(quietMs, () => {
        this.burstLeft = this.drawBurst()
        return Promise.resolve()
      })
    }
    this.startCut(entry, this.random.chance(0.5) ? entry.to : undefined)
  }

  private startCut(entry: LeaderEntry, keep: string | undefined): void {
    const grudge = cutGrudge(entry.leader, this.world.nodeIds, keep)
    const others = sortNodes(this.world.nodeIds.filter((n) => n !== entry.leader && n !== keep))
    const value = {
      kind: 'leader-cut',
      nodes: [entry.leader],
      leader: entry.leader,
      term: entry.term,
      index: entry.index,
      grudge: grudgeJson(grudge),
      description:
        `${entry.leader}, leader of term ${entry.term}, was cut off from ${listNodes(others)} ` +
        `the moment it sent its new entry ${entry.index}` +
        (keep === undefined ? ' (it reached no one)' : ` to ${keep} (only ${keep} got it)`) +
        ' — the leader chase of dsgrade explore',
    }
    this.cut = { leader: entry.leader, entry }
    this.world.record({ type: 'invoke', f: 'start-leader-cut', value })
    this.world.network.setGrudge(grudge)
    this.world.record({ type: 'info', f: 'start-leader-cut', value })
    const s = this.settings
    const delayMs = s.kills ? this.random.float() * 2 * s.killMeanMs : this.downDelayMs()
    this.after(delayMs, async () => {
      if (s.kills) {
        await this.kill(entry)
      } else {
        this.endCut()
        this.held.delete(entry.leader)
        release(this.world, [entry.leader])
      }
    })
  }

  private downDelayMs(): number {
    const minMs = 100 * this.world.options.timeScale
    return minMs + this.random.float() * Math.max(0, 2 * this.settings.downMeanMs - minMs)
  }

  private endCut(): void {
    const cut = this.cut
    if (cut === undefined) {
      return
    }
    this.cut = undefined
    const value = {
      kind: 'leader-cut',
      nodes: [cut.leader],
      description: `${cut.leader} could reach every node again (leader chase)`,
    }
    this.world.record({ type: 'invoke', f: 'stop-leader-cut', value })
    this.world.network.heal()
    this.world.record({ type: 'info', f: 'stop-leader-cut', value })
  }

  private async kill(entry: LeaderEntry): Promise<void> {
    const node = entry.leader
    const value = {
      kind: `leader-kill ${node}`,
      nodes: [node],
      leader: node,
      term: entry.term,
      index: entry.index,
      description:
        `${node} was killed (SIGKILL) by the leader chase: it led term ${entry.term} and had ` +
        `just sent its new entry ${entry.index}; it lost everything not in its data directory`,
    }
    this.world.record({ type: 'invoke', f: 'start-leader-kill', value })
    this.down.add(node)
    this.world.network.setDown(node, true)
    await Promise.all(controls(this.world, [node]).map((c) => c.kill()))
    this.world.record({ type: 'info', f: 'start-leader-kill', value })
    this.endCut()
    this.after(this.downDelayMs(), () => this.restart(node))
  }

  private async restart(node: string): Promise<void> {
    const value = {
      kind: `leader-kill ${node}`,
      nodes: [node],
      description: `${node} was restarted with the same data directory and a fresh init (leader chase)`,
    }
    this.world.record({ type: 'invoke', f: 'stop-leader-kill', value })
    this.world.network.setDown(node, false)
    await restartNodes(this.world, [node])
    this.world.record({ type: 'info', f: 'stop-leader-kill', value })
    this.down.delete(node)
    this.held.delete(node)
    release(this.world, [node])
  }

  private after(delayMs: number, work: () => Promise<void>): void {
    const timer = this.world.clock.setTimer(Math.max(1, delayMs), () => {
      this.timers.delete(timer)
      if (!this.stopped) {
        this.busy = this.busy.then(work).catch((error: unknown) => {
          this.failure ??= error
        })
      }
    })
    this.timers.add(timer)
  }

  /** Cancel what is scheduled, heal the cut, restart every node the chase holds down. */
  async stop(): Promise<void> {
    this.stopped = true
    this.timers.forEach((t) => this.world.clock.clearTimer(t))
    this.timers.clear()
    await this.busy
    this.endCut()
    for (const node of sortNodes(this.down)) {
      await this.restart(node)
    }
    release(this.world, [...this.held])
    this.held.clear()
    if (this.failure !== undefined) {
      throw this.failure
    }
  }
}

export const leaderChase: NemesisPackage = {
  name: 'leader-chase',
  doc: 'exploration only: cut the Raft leader off (from all but one follower, or from all) the moment it sends a new entry, kill it soon after, restart it soon after that',
  start(world: NemesisWorld, random: Random): NemesisRun {
    const chase =
      world.options.extra.chaseSteer === true ? new Steer(world, random) : new Chase(world, random)
    const unwatch = world.watchMessages?.((event) => chase.onEvent(event))
    return {
      async stop() {
        unwatch?.()
        await chase.stop()
      },
    }
  },
}
