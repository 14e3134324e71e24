// An in-process Raft leader-election node (SimNode) for the election checker's tests on the
// virtual clock: request_vote / request_vote_res / append_entries heartbeats, randomized
// election timeouts from a per-node deterministic stream, currentTerm / votedFor in durable
// storage. Flags switch on the known bugs the track's bad fixture nodes have.
import { defineNode, type KitNode } from '../../src/sim/kit.js'
import type { SimNodeFactory } from '../../src/sim/contract.js'
import type { Envelope } from '../../src/protocol/types.js'

export interface SimElectionFlags {
  /** Persist currentTerm / votedFor (default true). */
  persist?: boolean
  /** A leader that sees a higher term steps down (default true). */
  stepDown?: boolean
  /** Heartbeats reset the election timer (default true). */
  resetOnHeartbeat?: boolean
  heartbeatMs?: number
  electionMinMs?: number
  electionMaxMs?: number
}

function stream(seedText: string): () => number {
  let x = 2166136261
  for (const ch of seedText) {
    x = Math.imul(x ^ ch.charCodeAt(0), 16777619) >>> 0
  }
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 4294967296
  }
}

export function simElection(flags: SimElectionFlags = {}): SimNodeFactory {
  const persist = flags.persist ?? true
  const heartbeatMs = flags.heartbeatMs ?? 100
  const minMs = flags.electionMinMs ?? 400
  const maxMs = flags.electionMaxMs ?? 800
  return defineNode((node: KitNode) => {
    let term = 0
    let votedFor: string | null = null
    let role: 'follower' | 'candidate' | 'leader' = 'follower'
    let leader: string | null = null
    let votes = new Set<string>()
    let deadline = 0
    let random = (): number => 0.5
    let loaded = false
    /** Load the saved state before the first message (peers may speak before init). */
    const load = (): void => {
      if (loaded) {
        return
      }
      loaded = true
      const saved = node.storage.get('state') as
        { term: number; votedFor: string | null } | undefined
      if (persist && saved !== undefined) {
        term = saved.term
        votedFor = saved.votedFor
      }
    }
    const save = (): void => {
      if (persist) {
        node.storage.set('state', { term, votedFor })
      }
    }
    const resetTimer = (): void => {
      deadline = node.now() + minMs + random() * (maxMs - minMs)
    }
    const observeTerm = (t: number): void => {
      if (t > term) {
        term = t
        votedFor = null
        if (role !== 'leader' || flags.stepDown !== false) {
          role = 'follower'
          leader = null
        }
        save()
      }
    }
    const startElection = (): void => {
      term++
      role = 'candidate'
      votedFor = node.nodeId
      leader = null
      votes = new Set([node.nodeId])
      save()
      resetTimer()
      for (const peer of node.peers()) {
        node.send(peer, {
          type: 'request_vote',
          term,
          candidate_id: node.nodeId,
          last_log_index: 0,
          last_log_term: 0,
        })
      }
    }
    node.onInit(() => {
      const incarnation = Number(node.storage.get('incarnation') ?? 0) + 1
      node.storage.set('incarnation', incarnation)
      random = stream(`${node.nodeId}/${incarnation}`)
      load()
      resetTimer()
      node.every(heartbeatMs, () => {
        if (role === 'leader') {
          for (const peer of node.peers()) {
            node.send(peer, { type: 'append_entries', term, leader_id: node.nodeId, entries: [] })
          }
        } else if (node.now() >= deadline) {
          startElection()
        }
      })
    })
    node.on('status', (msg) => node.reply(msg, { type: 'status_ok', term, role, leader }))
    node.on('request_vote', (msg: Envelope) => {
      if (node.nodeId === '') {
        return
      }
      const b = msg.body as unknown as { term: number; candidate_id: string }
      observeTerm(b.term)
      const grant = b.term === term && (votedFor === null || votedFor === b.candidate_id)
      if (grant) {
        votedFor = b.candidate_id
        save()
        resetTimer()
      }
      node.send(msg.src, { type: 'request_vote_res', term, vote_granted: grant })
    })
    node.on('request_vote_res', (msg: Envelope) => {
      if (node.nodeId === '') {
        return
      }
      const b = msg.body as unknown as { term: number; vote_granted: boolean }
      observeTerm(b.term)
      if (role === 'candidate' && b.term === term && b.vote_granted) {
        votes.add(msg.src)
        if (votes.size * 2 > node.nodeIds.length) {
          role = 'leader'
          leader = node.nodeId
        }
      }
    })
    node.on('append_entries', (msg: Envelope) => {
      if (node.nodeId === '') {
        return
      }
      const b = msg.body as unknown as { term: number; leader_id: string }
      observeTerm(b.term)
      if (b.term === term && role !== 'leader') {
        role = 'follower'
        leader = b.leader_id
        if (flags.resetOnHeartbeat !== false) {
          resetTimer()
        }
      }
      node.send(msg.src, { type: 'append_entries_res', term, success: b.term === term })
    })
  })
}
