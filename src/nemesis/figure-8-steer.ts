/**
 * The Figure 8 steer (issue 18, exploration only): the leader chase's mode
 * (`--extra chaseSteer=true`) that drives the Raft paper's Figure 8 step by step instead of
 * cutting leaders at random. It reads the same append_entries the chase reads (who leads,
 * which index is new, `leader_commit`) and decides who CAN win each election by the links it
 * leaves: in a "star" around a node, every other node reaches only that node, so only it can
 * gather a majority of votes. One episode, five nodes A … E:
 *
 *  1. leader A of term t sends a new entry e (index i) to B: A is cut off from all but B at
 *     that send, and killed once B has answered (or 300 ms later).
 *  2. B is cut off from everyone; C, D, E elect. The moment the winner C (term > t) sends its
 *     first new entry f, C is cut off from everyone (f reaches no one) and killed.
 *  3. A restarts in a star of A, B and one of D/E (drawn from the seed; the other is cut
 *     off): only A can win (it holds e). B is cut off from A the moment A sends B anything
 *     beyond e, so B stays clean. When A sends a `leader_commit` ≥ i, it has committed e by
 *     counting replicas: the Figure 8 commit, which a correct Raft never makes (its own-term
 *     entry is on A and D only). A is killed once that follower has answered.
 *  4. C restarts in a star around C with B and the cut-off node (the spare), whose last
 *     entries are older than f's term and vote for it; X, whose newer log would refuse C and
 *     whose campaigns would keep restarting C's election timer, joins once C leads. C
 *     overwrites e with f on every node.
 *  5. Once C has committed e's and f's index and then one more (clients were answered from the
 *     state with f: at most 0.5 s), C is cut off and the follower of step 3 (it applied e) is
 *     the star's centre: only it can lead, and it answers reads from the state in which e
 *     was applied and f never was. The episode ends 2 s after it leads (3 s without).
 *  6. When e was chosen by content (below) and no later entry writes its key k: once a client
 *     has been sent a value of k while X leads (a read_ok in reply to its read of k, from X or
 *     from a follower relaying X's answer), at X's next send to the spare of a commit covering
 *     a read of k in X's term, X is cut off and the spare, which never applied e, is the
 *     centre of a star: the next answers for k come from a state without e (null, when e was
 *     k's first write).
 *
 * e is chosen by what it does: step 1 fires at the send that carries the first write of a key
 * any append_entries ever carried (`entryOp` finds the client op inside an entry), so that only
 * A and X ever hold that key; after IDLE_MAX_S without one, at any new entry. Neither e's nor
 * f's client is ever answered (their leaders die first), so a value read from either can be
 * explained by some crashed write — but nothing writes null.
 *
 * Holding the key (stop 23, `chaseHoldWrites`, on with the steer): while the episode runs, the
 * clients would write k again — they reach every node, links and kills cannot stop them — and
 * a later write of k on every node leaves nothing for step 6 to show. So from step 1 of an
 * episode whose e writes key k until that episode ends (2 s after step 6, or at any step's
 * time limit), the run's key holds (shared/key-holds.ts) hold k: lin-kv's writers of k read
 * it instead. Each hold and release is a `hold-writes` / `release-writes` nemesis operation.
 *
 * Then the network heals, the nodes it killed restart, and after a quiet spell of 3 s (cut
 * short by the first write of a key, which starts the next episode at once) the
 * next episode waits for a new entry, preferably within 0.5 s of lin-kv's clients moving to a
 * new key (they move on after about `concurrency` indeterminate operations, and every kill
 * makes some; the overwrite is seen only while the clients still use the key), at most 6 s. A step that does not happen within its time limit
 * ends the episode the same way (a correct node stops there at step 3). The run's other
 * scheduled faults are not started on a steered seed (grading/swarm.ts): the steer needs the
 * network and the processes to itself.
 *
 * Guarantees: every decision comes from the seed's stream and the order of the journal's
 * send events, so the same seed replays the same episodes; every change of the links and
 * every kill and restart is a nemesis operation (`start-leader-steer` / `stop-leader-steer`,
 * `start-leader-kill` / `stop-leader-kill`) whose description names the step, the nodes, the
 * terms, the indexes and the client ops. Does not: decide whether a node is correct (the
 * checkers do); understand entries whose client op it cannot find (it then steers blind).
 */
import type { Grudge, JournalEvent, Random, TimerHandle } from '../network/index.js'
import type { KeyHolds } from '../shared/index.js'
import type { NemesisWorld } from './contract.js'
import { controls, restartNodes } from './process-faults.js'
import { LeaderWatch } from './leader-chase.js'
import { listNodes, sortNodes } from './schedule.js'

/** The grudge (dest → sources it drops) that keeps only the links `linked` allows. */
export function linksGrudge(
  nodeIds: readonly string[],
  linked: (a: string, b: string) => boolean,
): Map<string, Set<string>> {
  const grudge = new Map<string, Set<string>>()
  for (const dest of nodeIds) {
    const cut = nodeIds.filter((src) => src !== dest && !linked(src, dest))
    if (cut.length > 0) {
      grudge.set(dest, new Set(cut))
    }
  }
  return grudge
}

/** Links of a star: every member reaches only `centre`; non-members reach no one. */
export function starGrudge(
  nodeIds: readonly string[],
  centre: string,
  members: readonly string[],
): Map<string, Set<string>> {
  const inStar = new Set([centre, ...members])
  return linksGrudge(
    nodeIds,
    (a, b) => inStar.has(a) && inStar.has(b) && (a === centre || b === centre),
  )
}

/** A client operation found inside a log entry (lin-kv's read / write / cas of a key). */
export interface EntryOp {
  type: 'read' | 'write' | 'cas'
  key: string
  value?: unknown
}

const CLIENT_TYPES = new Set(['read', 'write', 'cas'])

/**
 * The client operation inside one log entry, found generically: the first object (depth-first,
 * at most 4 levels deep) with `type` read / write / cas and a `key`, as raft.py and the JS
 * twin store it (`{term, op: {type, key, value | from, to}}`). Undefined when there is none
 * (a no-op, or a format that hides it): the steer then falls back to not reading contents.
 */
export function entryOp(entry: unknown, depth = 0): EntryOp | undefined {
  if (typeof entry !== 'object' || entry === null || depth > 4) {
    return undefined
  }
  const o = entry as Record<string, unknown>
  const key = o.key
  if (
    typeof o.type === 'string' &&
    CLIENT_TYPES.has(o.type) &&
    (typeof key === 'number' || typeof key === 'string')
  ) {
    const op: EntryOp = { type: o.type as EntryOp['type'], key: String(key) }
    if (o.type === 'write') {
      op.value = o.value
    }
    return op
  }
  for (const child of Object.values(o)) {
    const found = entryOp(child, depth + 1)
    if (found !== undefined) {
      return found
    }
  }
  return undefined
}

/** How an op reads in a description: "write 3 to key 1", "a read of key 1". */
function opText(op: EntryOp | undefined): string {
  if (op === undefined) {
    return 'no client operation'
  }
  if (op.type === 'write') {
    return `write ${JSON.stringify(op.value)} to key ${op.key}`
  }
  return `a ${op.type} of key ${op.key}`
}

type Phase =
  | 'idle'
  | 'quiet'
  | 'kill-a'
  | 'elect-c'
  | 'a-commits'
  | 'kill-a2'
  | 'c-leads'
  | 'c-serves'
  | 'x-leads'
  | 'x-serves'
  | 'spare-leads'

interface Episode {
  a: string
  b: string
  t: number
  i: number
  c?: string
  tc?: number
  j?: number
  /** The step-3 follower that is told e is committed (it applies e). */
  x?: string
  /** The node cut off in step 3 (clean for step 4's votes). */
  spare?: string
  ta?: number
  /** C's term and the commit index it announced at step 4. */
  t4?: number
  commit4?: number
  /** B was cut off from A in step 3. */
  bCut?: boolean
  /** Chosen by content: e's batch holds the first write of key `k` (value `ve`) ever sent. */
  k?: string
  ve?: unknown
  /** Why the write of k can no longer be seen (f wrote k, or a later write of k came). */
  lost?: string
  /** X joined C's star (once C led, step 4). */
  xJoined?: boolean
  /** X's term once it leads (step 5). */
  tx?: number
  /** Client reads of k seen in this episode, as `client msg_id`, to know their replies. */
  readsOfK?: Set<string>
  /** A client was sent a value of k (a read_ok) while X led: the value left its node. */
  told?: { client: string; value: unknown }
}

/** Counts of the steps reached, for the run's description and the tests. */
export interface SteerCounts {
  step1: number
  step2: number
  step3: number
  step4: number
  step5: number
  /** Step 6: X answered a read of k from e's write, then the spare (never applied e) leads. */
  step6: number
}

const STEP_LIMIT_S = { elect: 3, commit: 4, lead: 4 }
const KEY_FRESH_S = 0.5
const IDLE_MAX_S = 6

export class Steer {
  private readonly watch: LeaderWatch
  private readonly timers = new Set<TimerHandle>()
  private readonly down = new Set<string>()
  private phase: Phase = 'idle'
  private episode: Episode | undefined
  private limit: TimerHandle | undefined
  private busy: Promise<void> = Promise.resolve()
  private stopped = false
  private failure: unknown
  private maxKey = -1
  private keySinceNs: number | undefined
  private idleSinceNs: number | undefined
  readonly counts: SteerCounts = { step1: 0, step2: 0, step3: 0, step4: 0, step5: 0, step6: 0 }
  /** Keys some append_entries carried a write of (in any entry, by any node). */
  private readonly written = new Set<string>()
  /** index → term → the client op of that entry (null: none), from every append_entries. */
  private readonly log = new Map<number, Map<number, EntryOp | null>>()
  /** Whether any entry has shown a client op (else the contents are not read at all). */
  private opsSeen = false
  /** In the quiet spell after an episode (healed, its nodes restarted): a first write may start the next. */
  private resting = false
  /** The run's key holds, when the steer holds the writes of e's key (`chaseHoldWrites`). */
  private readonly holds: KeyHolds | undefined
  /** The key held now (the entry whose write it keeps is in the hold's reason). */
  private heldKey: { key: string } | undefined

  constructor(
    private readonly world: NemesisWorld,
    private readonly random: Random,
  ) {
    this.watch = new LeaderWatch(new Set(world.nodeIds))
    this.holds = world.options.extra.chaseHoldWrites === false ? undefined : world.keyHolds
  }

  private get scale(): number {
    return this.world.options.timeScale
  }

  /** A journal event: synchronous, so a cut applies before this send is delivered. */
  onEvent(event: JournalEvent): void {
    if (this.stopped || event.type !== 'send') {
      return
    }
    const { src, dest, body } = event.message
    const entry = this.watch.observe(src, dest, body)
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    const ep = this.episode
    this.noteKey(src, b, event.time)
    this.noteClientRead(src, dest, b)
    const first = this.noteEntries(src, dest, b)
    switch (this.phase) {
      case 'idle':
        if (entry !== undefined && this.down.size === 0 && this.world.nodeIds.length >= 5) {
          if (first !== undefined || this.ready(event.time)) {
            const write = first ?? lastWrite(b.entries, String(this.maxKey))
            this.step1(entry.leader, entry.to, entry.term, entry.index, write, first !== undefined)
          }
        }
        return
      case 'quiet':
        // an episode's quiet spell (healed, every node back): the first write of a key is not
        // left for later — lin-kv's clients move to a new key mostly during an episode (its kills
        // crash their operations), so its first write often comes just after one, and once sent
        // it is no longer the first
        if (this.resting && entry !== undefined && first !== undefined && this.down.size === 0) {
          this.step1(entry.leader, entry.to, entry.term, entry.index, first, true)
        }
        return
      case 'kill-a':
        if (ep !== undefined && src === ep.b && dest === ep.a && b.type === 'append_entries_res') {
          this.now(() => this.step2())
        }
        return
      case 'elect-c':
        if (ep !== undefined && entry !== undefined && entry.term > ep.t) {
          if (entry.leader !== ep.a && entry.leader !== ep.b) {
            this.step2Cut(entry.leader, entry.term, entry.index)
          }
        }
        return
      case 'a-commits':
        this.onStep3Send(src, dest, b)
        return
      case 'kill-a2':
        if (ep !== undefined && src === ep.x && dest === ep.a && b.type === 'append_entries_res') {
          this.now(() => this.step4())
        }
        return
      case 'c-leads':
      case 'c-serves':
        this.onStep4Send(src, dest, b)
        return
      case 'x-leads':
        this.onStep5Send(src, b)
        return
      case 'x-serves':
        this.onStep6Send(src, dest, b)
        return
      case 'spare-leads':
        this.onSpareSend(src, b)
        return
      default:
        return
    }
  }

  /** A client's request for a key above every one seen: the workload moved to a new key. */
  private noteKey(src: string, b: Record<string, unknown>, timeNs: number): void {
    if (this.world.nodeIds.includes(src) || typeof b.key !== 'number' || b.key <= this.maxKey) {
      return
    }
    this.maxKey = b.key
    this.keySinceNs = timeNs
  }

  /**
   * Client reads of the episode's key k and their answers: a read of k from a client is
   * remembered by client and msg_id; while X serves (after step 5), a read_ok to that client
   * in reply to it with a value other than null means a client saw the value of k that e
   * left (X answered it, directly or through a follower that forwarded the read).
   */
  private noteClientRead(src: string, dest: string, b: Record<string, unknown>): void {
    const ep = this.episode
    if (ep?.k === undefined) {
      return
    }
    const servers = this.world.nodeIds
    if (!servers.includes(src) && b.type === 'read' && String(b.key) === ep.k) {
      ep.readsOfK ??= new Set()
      ep.readsOfK.add(`${src} ${String(b.msg_id)}`)
      return
    }
    if (
      this.phase === 'x-serves' &&
      ep.told === undefined &&
      servers.includes(src) &&
      !servers.includes(dest) &&
      b.type === 'read_ok' &&
      b.value !== null &&
      b.value !== undefined &&
      (ep.readsOfK?.has(`${dest} ${String(b.in_reply_to)}`) ?? false)
    ) {
      ep.told = { client: dest, value: b.value }
    }
  }

  /**
   * Records the client ops of an append_entries' entries (index → term → op) and returns the
   * first write of a key that no entry sent before wrote, if this send carries one.
   */
  private noteEntries(src: string, dest: string, b: Record<string, unknown>): EntryOp | undefined {
    const servers = this.world.nodeIds
    if (b.type !== 'append_entries' || !servers.includes(src) || !servers.includes(dest)) {
      return undefined
    }
    const { prev_log_index: prev, entries, term } = b
    if (typeof prev !== 'number' || !Array.isArray(entries)) {
      return undefined
    }
    let first: EntryOp | undefined
    entries.forEach((entry: unknown, n) => {
      const own = (entry as { term?: unknown } | null)?.term
      const entryTerm = typeof own === 'number' ? own : typeof term === 'number' ? term : 0
      const op = entryOp(entry)
      const index = prev + 1 + n
      let terms = this.log.get(index)
      if (terms === undefined) {
        terms = new Map()
        this.log.set(index, terms)
      }
      terms.set(entryTerm, op ?? null)
      if (op !== undefined) {
        this.opsSeen = true
      }
      if (op?.type === 'write' && !this.written.has(op.key)) {
        this.written.add(op.key)
        first ??= op
      }
    })
    return first
  }

  /** The op at `index` in the newest term seen there (the log a later leader holds). */
  private newest(index: number): { term: number; op: EntryOp | null } | undefined {
    const terms = this.log.get(index)
    if (terms === undefined || terms.size === 0) {
      return undefined
    }
    const term = Math.max(...terms.keys())
    return { term, op: terms.get(term) ?? null }
  }

  /** An index ≤ min(last, upTo) whose entry of `term` writes `key`, or undefined. */
  private writeOfTerm(key: string, term: number, last: number, upTo: number): number | undefined {
    for (let index = Math.min(last, upTo); index > 0; index--) {
      const terms = this.log.get(index)
      if (terms === undefined || !terms.has(term)) {
        return undefined
      }
      const op = terms.get(term)
      if (op?.type === 'write' && op.key === key) {
        return index
      }
    }
    return undefined
  }

  /** The first index in (from, to] whose newest entry writes `key`, or undefined. */
  private writeOf(key: string, from: number, to: number): number | undefined {
    for (let index = from + 1; index <= to; index++) {
      const op = this.newest(index)?.op
      if (op?.type === 'write' && op.key === key) {
        return index
      }
    }
    return undefined
  }

  /**
   * Whether an episode may start now: within KEY_FRESH_S of the workload moving to a new
   * key (lin-kv moves on after about `concurrency` indeterminate operations, and each kill
   * makes some: an episode that starts on a fresh key is more likely to end on it, where
   * the clients still read what was overwritten), or after IDLE_MAX_S of waiting for one.
   */
  private ready(timeNs: number): boolean {
    if (this.world.nodeIds.length < 5) {
      return false
    }
    const scaleNs = 1e9 * this.scale
    this.idleSinceNs ??= timeNs
    // entries whose client ops we read: the first write of a fresh key starts an episode
    // (noteEntries), and this is only the fallback after IDLE_MAX_S
    const fresh =
      !this.opsSeen &&
      this.keySinceNs !== undefined &&
      timeNs - this.keySinceNs <= KEY_FRESH_S * scaleNs
    return fresh || timeNs - this.idleSinceNs >= IDLE_MAX_S * scaleNs
  }

  private onStep3Send(src: string, dest: string, b: Record<string, unknown>): void {
    const ep = this.episode
    if (ep === undefined || src !== ep.a || b.type !== 'append_entries') {
      return
    }
    const { term, prev_log_index: prev, entries, leader_commit: commit } = b
    if (typeof term !== 'number' || term <= (ep.tc ?? ep.t) || typeof prev !== 'number') {
      return
    }
    ep.ta = term
    const last = prev + (Array.isArray(entries) ? entries.length : 0)
    if (dest === ep.b && last > ep.i && ep.bCut !== true) {
      ep.bCut = true
      // B must stay clean (no entry of A's new term) to vote for C in step 4
      this.setLinks(
        3,
        starGrudge(this.world.nodeIds, ep.a, [ep.x ?? '']),
        `${ep.b} was cut off from ${ep.a} the moment ${ep.a} (leader of term ${term}) sent it entries beyond ${ep.i}, so ${ep.b} keeps no entry of term ${term}`,
      )
      return
    }
    if (dest === ep.x && typeof commit === 'number' && commit >= ep.i) {
      this.counts.step3++
      this.phase = 'kill-a2'
      this.record(
        3,
        [ep.a, ep.x],
        `step 3 of Figure 8: ${ep.a}, leader of term ${term}, told ${dest} that entries up to ${commit} are committed — entry ${ep.i} is of term ${ep.t} and is held by ${listNodes(sortNodes([ep.a, ep.b, ep.x]))} only: it was committed by counting replicas, which Raft forbids for an entry of an older term`,
      )
      this.within(0.3, () => this.step4())
    }
  }

  private onStep4Send(src: string, dest: string, b: Record<string, unknown>): void {
    const ep = this.episode
    if (ep === undefined || src !== ep.c || b.type !== 'append_entries') {
      return
    }
    const { term, leader_commit: commit } = b
    if (typeof term !== 'number' || term <= (ep.ta ?? ep.t) || typeof commit !== 'number') {
      return
    }
    if (ep.xJoined !== true && ep.x !== undefined) {
      ep.xJoined = true
      const members = this.world.nodeIds.filter((n) => n !== ep.c && n !== ep.a)
      this.setLinks(
        4,
        starGrudge(this.world.nodeIds, ep.c, members),
        `step 4 of Figure 8: ${ep.c} leads term ${term}; ${ep.x} joins its star and gets its entries (to win step 5 it must hold as much as the others)`,
      )
    }
    if (this.phase === 'c-serves') {
      if (dest === ep.x && commit > (ep.commit4 ?? commit)) {
        // C answered clients for entries after f, and this send gives x all C has: cut C now,
        // before it writes more (x must hold as much as the others to win their votes)
        this.clearLimit()
        void this.step5(true)
      }
      return
    }
    if (commit >= Math.max(ep.i, ep.j ?? 0)) {
      this.phase = 'c-serves'
      ep.t4 = term
      ep.commit4 = commit
      this.counts.step4++
      this.record(
        4,
        [ep.c ?? ''],
        `step 4 of Figure 8: ${ep.c}, leader of term ${term}, committed up to ${commit}: its entry ${ep.j} of term ${ep.tc} replaced entry ${ep.i} of term ${ep.t} on the nodes it reached`,
      )
      this.within(0.5, () => this.step5())
    }
  }

  private step1(a: string, b: string, t: number, i: number, w?: EntryOp, fresh = false): void {
    this.idleSinceNs = undefined
    this.resting = false
    this.episode = { a, b, t, i, k: w?.key, ve: w?.value }
    this.phase = 'kill-a'
    this.counts.step1++
    const grudge = linksGrudge(
      this.world.nodeIds,
      (x, y) => !(x === a || y === a) || x === b || y === b,
    )
    this.setLinks(
      1,
      grudge,
      `step 1 of Figure 8: ${a}, leader of term ${t}, was cut off from all but ${b} the moment it sent its new entry ${i} to ${b} (only ${b} gets it${w === undefined ? '' : `; its entries hold ${fresh ? 'the first write of' : "a write of the clients' key,"} key ${w.key}: ${opText(w)}`}) — the Figure 8 steer of dsgrade explore`,
    )
    this.within(0.3, () => this.step2())
    if (w !== undefined) {
      this.holdKey(w, i)
    }
  }

  private async step2(): Promise<void> {
    const ep = this.episode
    if (ep === undefined || this.phase !== 'kill-a') {
      return
    }
    this.phase = 'elect-c'
    await this.kill(ep.a, `it led term ${ep.t} and its entry ${ep.i} reached only ${ep.b}`)
    const grudge = linksGrudge(this.world.nodeIds, (x, y) => x !== ep.b && y !== ep.b)
    this.setLinks(
      2,
      grudge,
      `step 2 of Figure 8: ${ep.b}, the only node holding entry ${ep.i} of term ${ep.t}, was cut off from everyone, so a node without it is elected`,
    )
    this.within(STEP_LIMIT_S.elect, () => this.abort('no leader took an entry in step 2'))
  }

  private step2Cut(c: string, tc: number, j: number): void {
    const ep = this.episode
    if (ep === undefined) {
      return
    }
    ep.c = c
    ep.tc = tc
    ep.j = j
    this.phase = 'quiet'
    this.counts.step2++
    const isolated = new Set([ep.b, c])
    const f = this.log.get(Math.min(ep.i, j))?.get(tc) ?? undefined
    if (ep.k !== undefined && ep.lost === undefined) {
      const clash = this.writeOfTerm(ep.k, tc, j, ep.i)
      if (clash !== undefined) {
        ep.lost = `${c}'s entry ${clash} of term ${tc} also writes key ${ep.k}`
      }
    }
    this.setLinks(
      2,
      linksGrudge(this.world.nodeIds, (x, y) => !isolated.has(x) && !isolated.has(y)),
      `step 2 of Figure 8: ${c}, leader of term ${tc}, was cut off from everyone the moment it sent its new entry ${j} (${opText(f)}; it reached no one)`,
    )
    this.now(() => this.step3())
  }

  private async step3(): Promise<void> {
    const ep = this.episode
    if (ep?.c === undefined) {
      return
    }
    await this.kill(ep.c, `it led term ${ep.tc} and its entry ${ep.j} reached no one`)
    const rest = this.world.nodeIds.filter((n) => n !== ep.a && n !== ep.b && n !== ep.c)
    const x = rest[this.random.int(rest.length)] as string
    ep.x = x
    ep.spare = rest.find((n) => n !== x)
    this.setLinks(
      3,
      starGrudge(this.world.nodeIds, ep.a, [ep.b, x]),
      `step 3 of Figure 8: ${ep.a} (it holds entry ${ep.i} of term ${ep.t}) restarts in a star with ${ep.b} and ${x}: they reach only ${ep.a}, so only ${ep.a} can win; ${listNodes(this.world.nodeIds.filter((n) => ![ep.a, ep.b, x].includes(n)))} cut off`,
    )
    this.phase = 'a-commits'
    await this.restart(ep.a)
    this.within(STEP_LIMIT_S.commit, () =>
      this.abort('the leader of step 3 did not commit the old entry (a correct Raft never does)'),
    )
  }

  private async step4(): Promise<void> {
    const ep = this.episode
    if (ep?.c === undefined || this.phase !== 'kill-a2') {
      return
    }
    this.phase = 'c-leads'
    await this.kill(
      ep.a,
      `it had just committed entry ${ep.i} of term ${ep.t} by counting replicas`,
    )
    // x stays out until C leads: its log (entries of A's term) is newer than C's, so it would
    // refuse C its vote, and every campaign of its own would restart C's election timer
    const members = this.world.nodeIds.filter((n) => n !== ep.c && n !== ep.a && n !== ep.x)
    this.setLinks(
      4,
      starGrudge(this.world.nodeIds, ep.c, members),
      `step 4 of Figure 8: ${ep.c} (its last entry ${ep.j} is of term ${ep.tc}, newer than ${ep.t}) restarts in a star with ${listNodes(members)}: only ${ep.c} can win, and it will replace entry ${ep.i}; ${ep.x ?? ''} joins once ${ep.c} leads`,
    )
    await this.restart(ep.c)
    this.within(STEP_LIMIT_S.lead, () => this.abort('the leader of step 4 did not commit'))
  }

  /**
   * Step 5, at C's send to x (`inFlight`: that message is still to be delivered, so C → x
   * stays open 50 ms more) or at step 4's time limit.
   */
  private step5(inFlight = false): Promise<void> {
    const ep = this.episode
    if (ep?.x === undefined || ep.c === undefined || this.phase !== 'c-serves') {
      return Promise.resolve()
    }
    this.phase = 'x-leads'
    const { c, x } = ep
    const members = this.world.nodeIds.filter((n) => n !== c && n !== ep.a && n !== x)
    const what =
      `${x}, which applied entry ${ep.i} of term ${ep.t} before it was replaced, is the centre ` +
      `of a star with ${listNodes(members)}: only ${x} can lead, and it answers from that state`
    this.moveStar(5, ep, c, x, members, inFlight, what)
    this.within(3, () => this.endEpisode('the steered episode ended'))
    return Promise.resolve()
  }

  /**
   * A star around `centre` that leaves out `from`, the leader until now; with `inFlight` its
   * append_entries to `centre`, still to be delivered, arrives (from → centre is cut 50 ms later).
   */
  private moveStar(
    step: number,
    ep: Episode,
    from: string,
    centre: string,
    members: string[],
    inFlight: boolean,
    what: string,
  ): void {
    const star = starGrudge(this.world.nodeIds, centre, members)
    if (!inFlight) {
      this.setLinks(step, star, `step ${step} of Figure 8: ${from} was cut off; ${what}`)
      return
    }
    const open = linksGrudge(
      this.world.nodeIds,
      (src, dest) => (src === from && dest === centre) || !(star.get(dest)?.has(src) ?? false),
    )
    this.setLinks(
      step,
      open,
      `step ${step} of Figure 8: ${from} was cut off but for its append_entries to ${centre}, still on its way; ${what}`,
    )
    this.after(50 * this.scale, () => {
      if (this.episode === ep) {
        this.setLinks(
          step,
          star,
          `step ${step} of Figure 8: ${from} could no longer reach ${centre} either`,
        )
      }
      return Promise.resolve()
    })
  }

  private onStep5Send(src: string, b: Record<string, unknown>): void {
    const ep = this.episode
    if (ep === undefined || src !== ep.x || b.type !== 'append_entries') {
      return
    }
    if (typeof b.term !== 'number' || b.term <= (ep.t4 ?? ep.t)) {
      return
    }
    this.phase = 'quiet'
    this.counts.step5++
    ep.tx = b.term
    const last = lastIndexOf(b)
    if (ep.k !== undefined && ep.lost === undefined && last !== undefined) {
      const w = this.writeOf(ep.k, ep.i, last)
      if (w !== undefined) {
        ep.lost = `entry ${w}, a later write of key ${ep.k}, gave every node the same value`
      }
    }
    const watch =
      ep.k === undefined
        ? ''
        : ep.lost === undefined
          ? ` — it holds key ${ep.k} as ${opText({ type: 'write', key: ep.k, value: ep.ve })} left it, which no other node but ${ep.a} applied`
          : ` — key ${ep.k} no longer differs: ${ep.lost}`
    this.record(
      5,
      [src],
      `step 5 of Figure 8: ${src} leads term ${b.term}; it applied entry ${ep.i} of term ${ep.t}, which ${ep.c} replaced with its entry ${ep.j} of term ${ep.tc}${watch}`,
    )
    if (ep.k !== undefined && ep.lost === undefined && ep.spare !== undefined) {
      this.phase = 'x-serves'
    }
    this.within(2, () => this.endEpisode('the steered episode ended'))
  }

  /**
   * Step 6 (an episode whose e was the first write of key k): at X's send to the spare of a
   * commit covering a read of k that X answered (from e's write), the spare — which never
   * applied e — becomes the centre of a star, so a node without e's write answers next.
   */
  private onStep6Send(src: string, dest: string, b: Record<string, unknown>): void {
    const ep = this.episode
    const last = lastIndexOf(b)
    if (ep?.k === undefined || src !== ep.x || b.type !== 'append_entries' || last === undefined) {
      return
    }
    const tx = ep.tx
    if (tx === undefined || b.term !== tx || typeof b.leader_commit !== 'number') {
      return
    }
    const w = this.writeOf(ep.k, ep.i, last)
    if (w !== undefined) {
      ep.lost = `entry ${w}, a later write of key ${ep.k}, gave every node the same value`
      this.phase = 'quiet'
      return
    }
    if (ep.spare === undefined || dest !== ep.spare) {
      return
    }
    const read = this.readOf(ep.k, tx, ep.i, b.leader_commit)
    // and only once a client has been sent a value of k: X's answer to a read forwarded by a
    // follower travels X → follower → client, and a cut at X's commit would drop it (stop 23)
    if (read === undefined || ep.told === undefined) {
      return
    }
    this.phase = 'spare-leads'
    const { x, spare } = ep
    const members = this.world.nodeIds.filter((n) => n !== x && n !== ep.a && n !== spare)
    this.moveStar(
      6,
      ep,
      x,
      spare,
      members,
      true,
      `${x} answered a read of key ${ep.k} (entry ${read}) from ${opText({ type: 'write', key: ep.k, value: ep.ve })}, which only ${ep.a} and ${x} applied (client ${ep.told.client} was told ${JSON.stringify(ep.told.value)}); ${spare}, which never applied it, is the centre of a star with ${listNodes(members)}: only ${spare} can lead`,
    )
    this.within(3, () => this.endEpisode('the steered episode ended'))
  }

  private onSpareSend(src: string, b: Record<string, unknown>): void {
    const ep = this.episode
    if (ep === undefined || src !== ep.spare || b.type !== 'append_entries') {
      return
    }
    if (typeof b.term !== 'number' || b.term <= (ep.tx ?? ep.t)) {
      return
    }
    this.phase = 'quiet'
    this.counts.step6++
    this.record(
      6,
      [src],
      `step 6 of Figure 8: ${src} leads term ${b.term}; it never applied entry ${ep.i} of term ${ep.t} (its ${opText({ type: 'write', key: ep.k ?? '', value: ep.ve })}), which ${ep.x} applied and answered a read of key ${ep.k} from`,
    )
    this.within(2, () => this.endEpisode('the steered episode ended'))
  }

  /** The first index in (from, to] whose newest entry, of `term`, reads `key`. */
  private readOf(key: string, term: number, from: number, to: number): number | undefined {
    for (let index = from + 1; index <= to; index++) {
      const entry = this.newest(index)
      if (entry?.term === term && entry.op?.type === 'read' && entry.op.key === key) {
        return index
      }
    }
    return undefined
  }

  private abort(why: string): Promise<void> {
    return this.endEpisode(why)
  }

  private async endEpisode(why: string): Promise<void> {
    this.clearLimit()
    this.episode = undefined
    this.releaseKey(why)
    this.phase = 'quiet'
    this.heal(why)
    for (const node of sortNodes(this.down)) {
      await this.restart(node)
    }
    this.within(3, () => {
      this.resting = false
      this.phase = 'idle'
      return Promise.resolve()
    })
    this.resting = true
  }

  /**
   * Hold the clients' writes of e's key `w.key` (each of k's writers reads k instead) until
   * the episode ends: a later write of k on every node would leave nothing for step 6.
   */
  private holdKey(w: EntryOp, i: number): void {
    if (this.holds === undefined) {
      return
    }
    this.releaseKey('a new episode began')
    const { key } = w
    const reason = `the steer keeps key ${key} as entry ${i} left it (${opText(w)})`
    this.holds.hold(key, reason)
    this.heldKey = { key }
    const value = {
      kind: 'hold-writes',
      key,
      nodes: sortNodes(this.world.nodeIds),
      description: `writes of key ${key} held: ${reason}; until the episode ends, the clients that write key ${key} read it instead (Figure 8 steer)`,
    }
    this.world.record({ type: 'invoke', f: 'hold-writes', value })
    this.world.record({ type: 'info', f: 'hold-writes', value })
  }

  /** Release the held key, if any (the episode ended: `why`). */
  private releaseKey(why: string): void {
    const held = this.heldKey
    if (held === undefined || this.holds === undefined) {
      return
    }
    this.heldKey = undefined
    this.holds.release(held.key)
    const value = {
      kind: 'hold-writes',
      key: held.key,
      nodes: sortNodes(this.world.nodeIds),
      description: `writes of key ${held.key} released: the clients write it again (Figure 8 steer: ${why})`,
    }
    this.world.record({ type: 'invoke', f: 'release-writes', value })
    this.world.record({ type: 'info', f: 'release-writes', value })
  }

  // ---- links, kills, restarts, timers -----------------------------------------------------
  private linked = false

  private setLinks(step: number, grudge: Grudge, description: string): void {
    if (this.linked) {
      this.world.record({ type: 'invoke', f: 'stop-leader-steer', value: this.stopValue() })
      this.world.record({ type: 'info', f: 'stop-leader-steer', value: this.stopValue() })
    }
    const nodes = sortNodes(grudge.keys())
    const value = { kind: 'leader-steer', step, nodes, grudge: grudgeJson(grudge), description }
    this.world.record({ type: 'invoke', f: 'start-leader-steer', value })
    this.world.network.setGrudge(grudge)
    this.world.record({ type: 'info', f: 'start-leader-steer', value })
    this.linked = true
  }

  private stopValue(): Record<string, unknown> {
    return {
      kind: 'leader-steer',
      nodes: sortNodes(this.world.nodeIds),
      description: 'the Figure 8 steer changed the links',
    }
  }

  private heal(why: string): void {
    if (!this.linked) {
      return
    }
    this.linked = false
    const value = {
      kind: 'leader-steer',
      nodes: sortNodes(this.world.nodeIds),
      description: `every node could reach every node again (Figure 8 steer: ${why})`,
    }
    this.world.record({ type: 'invoke', f: 'stop-leader-steer', value })
    this.world.network.heal()
    this.world.record({ type: 'info', f: 'stop-leader-steer', value })
  }

  /** A step reached without a change of links: one `figure-8-step` operation. */
  private record(step: number, nodes: string[], description: string): void {
    const value = { kind: 'figure-8-step', step, nodes: sortNodes(nodes), description }
    this.world.record({ type: 'invoke', f: 'figure-8-step', value })
    this.world.record({ type: 'info', f: 'figure-8-step', value })
  }

  private async kill(node: string, why: string): Promise<void> {
    const value = {
      kind: `leader-kill ${node}`,
      nodes: [node],
      description: `${node} was killed (SIGKILL) by the Figure 8 steer: ${why}`,
    }
    this.world.record({ type: 'invoke', f: 'start-leader-kill', value })
    this.down.add(node)
    this.world.network.setDown(node, true)
    await Promise.all(controls(this.world, [node]).map((c) => c.kill()))
    this.world.record({ type: 'info', f: 'start-leader-kill', value })
  }

  private async restart(node: string): Promise<void> {
    if (!this.down.has(node)) {
      return
    }
    const value = {
      kind: `leader-kill ${node}`,
      nodes: [node],
      description: `${node} was restarted with the same data directory and a fresh init (Figure 8 steer)`,
    }
    this.world.record({ type: 'invoke', f: 'stop-leader-kill', value })
    this.world.network.setDown(node, false)
    await restartNodes(this.world, [node])
    this.world.record({ type: 'info', f: 'stop-leader-kill', value })
    this.down.delete(node)
  }

  private clearLimit(): void {
    if (this.limit !== undefined) {
      this.world.clock.clearTimer(this.limit)
      this.timers.delete(this.limit)
      this.limit = undefined
    }
  }

  /** The step's time limit (replaces the previous one). */
  private within(seconds: number, work: () => Promise<void>): void {
    this.clearLimit()
    this.limit = this.after(seconds * 1000 * this.scale, work)
  }

  private now(work: () => Promise<void>): void {
    this.clearLimit()
    this.after(1, work)
  }

  private after(delayMs: number, work: () => Promise<void>): TimerHandle {
    const timer = this.world.clock.setTimer(Math.max(1, delayMs), () => {
      this.timers.delete(timer)
      if (!this.stopped) {
        this.busy = this.busy.then(work).catch((error: unknown) => {
          this.failure ??= error
        })
      }
    })
    this.timers.add(timer)
    return timer
  }

  /** Cancel what is scheduled, heal, restart every node the steer holds down. */
  async stop(): Promise<void> {
    this.stopped = true
    this.timers.forEach((t) => this.world.clock.clearTimer(t))
    this.timers.clear()
    await this.busy
    this.releaseKey('the run ended')
    this.heal('the run ended')
    for (const node of sortNodes(this.down)) {
      await this.restart(node)
    }
    const c = this.counts
    const value = {
      kind: 'figure-8-steer',
      nodes: sortNodes(this.world.nodeIds),
      counts: { ...c },
      description: `the Figure 8 steer reached step 1 ${c.step1} times, step 2 ${c.step2}, step 3 (an old entry committed by counting) ${c.step3}, step 4 (it was replaced) ${c.step4}, step 5 (a node that applied it leads) ${c.step5}, step 6 (after a read of its key there, a node that never applied it leads) ${c.step6}`,
    }
    this.world.record({ type: 'invoke', f: 'figure-8-steer', value })
    this.world.record({ type: 'info', f: 'figure-8-steer', value })
    if (this.failure !== undefined) {
      throw this.failure
    }
  }
}

/** The last write of `key` among `entries` (the value they leave it with), if any. */
function lastWrite(entries: unknown, key: string): EntryOp | undefined {
  const ops = Array.isArray(entries) ? entries.map((e: unknown) => entryOp(e)) : []
  return ops.reverse().find((op) => op?.type === 'write' && op.key === key)
}

/** The last index an append_entries carries (prev_log_index + entries), if it has them. */
function lastIndexOf(b: Record<string, unknown>): number | undefined {
  const { prev_log_index: prev, entries } = b
  return typeof prev === 'number' ? prev + (Array.isArray(entries) ? entries.length : 0) : undefined
}

function grudgeJson(grudge: Grudge): Record<string, string[]> {
  return Object.fromEntries(
    sortNodes(grudge.keys()).map((dest) => [dest, sortNodes(grudge.get(dest) ?? [])]),
  )
}
