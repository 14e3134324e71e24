/**
 * One machine budget shared by several dsgrade processes (issue 17: the demo grades its tracks
 * in one harness process each, so that routing messages uses both cores, while the machine is
 * still shared by one policy). The parent holds the budget (run/parallelism.ts, with its
 * priorities, backfill, spacing and alone runs); each child leases the units of a run over
 * the child's IPC channel before the run starts and gives them back when it ends.
 *
 * Protocol, one JSON object per IPC message, each tagged `dsgradeLease`:
 * child → parent `{take, id, cost, options}`; parent → child `{grant, id}` once the units are
 * taken; child → parent `{release, id}` when the run has ended. Ids are the child's own.
 *
 * Guarantees: a lease is held from its grant to its release, or until the child's channel
 * closes (exit, crash, kill): then the parent gives back everything that child held or was
 * still queued for, so a dead child never holds the machine. A child whose parent is gone
 * gets no more grants (its waiting runs never start; the parent's exit kills it).
 */
import type { ChildProcess } from 'node:child_process'
import { machineBudget, type Lessor, type MachineBudget, type SlotOptions } from './parallelism.js'

interface TakeMessage {
  dsgradeLease: 'take'
  id: number
  cost: number
  options: SlotOptions
}
interface GrantMessage {
  dsgradeLease: 'grant'
  id: number
}
interface ReleaseMessage {
  dsgradeLease: 'release'
  id: number
}
type LeaseMessage = TakeMessage | GrantMessage | ReleaseMessage

function leaseMessage(value: unknown): LeaseMessage | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined
  }
  const m = value as Partial<LeaseMessage> & Record<string, unknown>
  return typeof m.id === 'number' &&
    (m.dsgradeLease === 'take' || m.dsgradeLease === 'grant' || m.dsgradeLease === 'release')
    ? (m as LeaseMessage)
    : undefined
}

/** What the parent needs of a child: its IPC channel (a forked ChildProcess). */
export type LeaseChild = Pick<ChildProcess, 'send' | 'on' | 'connected'>

/**
 * Parent side: serves the leases `child` asks for from `budget`. Returns the number of leases
 * granted so far (tests).
 */
export function serveLeases(
  child: LeaseChild,
  budget: MachineBudget = machineBudget,
): () => number {
  /** Granted leases: id → give the units back. */
  const held = new Map<number, () => void>()
  let closed = false
  let granted = 0
  const giveBackAll = (): void => {
    closed = true
    for (const release of held.values()) {
      release()
    }
    held.clear()
  }
  child.on('message', (value: unknown) => {
    const message = leaseMessage(value)
    if (message === undefined) {
      return
    }
    if (message.dsgradeLease === 'release') {
      held.get(message.id)?.()
      held.delete(message.id)
      return
    }
    if (message.dsgradeLease !== 'take') {
      return
    }
    const { id, cost, options } = message
    void budget.run(
      cost,
      () =>
        new Promise<void>((release) => {
          // A take queued before the child went away: its units go straight back.
          if (closed || !child.connected) {
            release()
            return
          }
          held.set(id, release)
          granted++
          child.send({ dsgradeLease: 'grant', id } satisfies GrantMessage, (error) => {
            if (error !== null && error !== undefined) {
              held.delete(id)
              release()
            }
          })
        }),
      options,
    )
  })
  child.on('disconnect', giveBackAll)
  child.on('exit', giveBackAll)
  return () => granted
}

/** What a child needs of its own process: the IPC channel to its parent. */
export type LeaseParent = Pick<NodeJS.Process, 'send' | 'on'>

/** A parent that is gone answers nothing: the error of a send to it is not the run's. */
const ignore = (): void => {}

/** Child side: a Lessor that leases every run's units from the parent's budget. */
export function leaseFromParent(parent: LeaseParent = process): Lessor {
  const send = parent.send?.bind(parent)
  if (send === undefined) {
    throw new Error('leaseFromParent: this process has no IPC channel to a parent')
  }
  const waiting = new Map<number, () => void>()
  let next = 1
  parent.on('message', (value: unknown) => {
    const message = leaseMessage(value)
    if (message?.dsgradeLease !== 'grant') {
      return
    }
    const granted = waiting.get(message.id)
    waiting.delete(message.id)
    granted?.()
  })
  return (cost, options) => {
    const id = next++
    return new Promise((resolve) => {
      waiting.set(id, () => {
        let released = false
        resolve(() => {
          if (!released) {
            released = true
            send({ dsgradeLease: 'release', id } satisfies ReleaseMessage, undefined, {}, ignore)
          }
        })
      })
      send({ dsgradeLease: 'take', id, cost, options } satisfies TakeMessage, undefined, {}, ignore)
    })
  }
}
