// One machine budget shared by several processes (run/budget-lease.ts): children lease their
// runs' units from the parent's budget over IPC. The policy is the parent's (capacity,
// priority, alone runs); a child that dies gives back what it held and what it still waited for.
import { fork } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { leaseFromParent, serveLeases } from '../../src/run/budget-lease.js'
import { MachineBudget } from '../../src/run/parallelism.js'
import { gate, gatedJobs } from '../helpers/gates.js'

/**
 * Two ends of an IPC channel in this process: what one end sends, the other receives a turn
 * later as a structured clone (as `serialization: 'advanced'` does between processes).
 */
function channelPair() {
  class End extends EventEmitter {
    connected = true
    other: End | undefined
    send = (message: unknown, ...rest: unknown[]): boolean => {
      const callback = rest.find((r) => typeof r === 'function') as
        ((error: Error | null) => void) | undefined
      const copy = structuredClone(message)
      const to = this.other
      setImmediate(() => {
        if (this.connected && to !== undefined) {
          to.emit('message', copy)
          callback?.(null)
        } else {
          callback?.(new Error('channel closed'))
        }
      })
      return true
    }
    close(): void {
      this.connected = false
      if (this.other !== undefined) {
        this.other.connected = false
      }
      this.emit('disconnect')
      this.other?.emit('disconnect')
      this.other?.emit('exit', null, 'SIGKILL')
    }
  }
  const parentEnd = new End()
  const childEnd = new End()
  parentEnd.other = childEnd
  childEnd.other = parentEnd
  return { parentEnd, childEnd }
}

/** A child process's budget that leases from `budget`, over an in-process channel. */
function leasingChild(budget: MachineBudget) {
  const { parentEnd, childEnd } = channelPair()
  // the parent serves the child end's peer; the child leases through its own end
  serveLeases(childEnd as never, budget)
  const child = new MachineBudget(3)
  child.leaseFrom(leaseFromParent(parentEnd as never), budget.capacity)
  return { child, close: () => childEnd.close() }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('a machine budget leased across processes', () => {
  it('holds the runs of two children to the parent capacity, highest priority first', async () => {
    const parent = new MachineBudget(6)
    const a = leasingChild(parent)
    const b = leasingChild(parent)
    // a child measures half the machine and "alone" by the parent's budget
    expect(a.child.capacity).toBe(6)
    const { order, gates, job } = gatedJobs()
    const runs = [
      a.child.run(3, job('a1')),
      b.child.run(3, job('b1')),
      a.child.run(3, job('a2'), { priority: 1 }),
      b.child.run(3, job('b2'), { priority: 5 }),
    ]
    await tick()
    expect(order).toEqual(['a1', 'b1'])
    expect(parent.inUse).toBe(6)
    gates.get('a1')!.open()
    await tick()
    // b2 (priority 5) before a2 (priority 1), though a2 asked first
    expect(order).toEqual(['a1', 'b1', 'b2'])
    gates.get('b1')!.open()
    await tick()
    expect(order).toEqual(['a1', 'b1', 'b2', 'a2'])
    gates.get('b2')!.open()
    gates.get('a2')!.open()
    await Promise.all(runs)
    await tick()
    expect(parent.inUse).toBe(0)
  })

  it('runs an exclusive run of one child alone, after the other child’s runs drain', async () => {
    const parent = new MachineBudget(6)
    const a = leasingChild(parent)
    const b = leasingChild(parent)
    const order: string[] = []
    const small = gate()
    const running = a.child.run(1, async () => {
      order.push('small')
      await small.promise
      order.push('small end')
    })
    await tick()
    const alone = b.child.run(
      1,
      async () => {
        order.push('alone')
        await tick()
        order.push('alone end')
      },
      { exclusive: true },
    )
    const later = a.child.run(1, async () => {
      order.push('later')
    })
    await tick()
    expect(order).toEqual(['small'])
    small.open()
    await Promise.all([running, alone, later])
    expect(order).toEqual(['small', 'small end', 'alone', 'alone end', 'later'])
  })

  it('gives back what a dead child held and what it still waited for', async () => {
    const parent = new MachineBudget(6)
    const a = leasingChild(parent)
    const b = leasingChild(parent)
    const never = new Promise<void>(() => {})
    void a.child.run(3, () => never)
    void a.child.run(3, () => never)
    void a.child.run(3, () => never) // queued in the parent
    await tick()
    expect(parent.inUse).toBe(6)
    let ran = false
    const other = b.child.run(6, async () => {
      ran = true
    })
    a.close()
    await other
    expect(ran).toBe(true)
    await tick()
    expect(parent.inUse).toBe(0)
  })
})

describe('serveLeases with a real child process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lease-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a SIGKILLed child gives its units back; the protocol is plain IPC messages', async () => {
    // The child speaks the protocol by hand: it takes 6 units and, once granted, reports it
    // and waits to be killed.
    const script = join(dir, 'child.cjs')
    writeFileSync(
      script,
      `process.on('message', (m) => { if (m.dsgradeLease === 'grant') process.send({ granted: m.id }) })
       process.send({ dsgradeLease: 'take', id: 7, cost: 6, options: {} })
       setInterval(() => {}, 1000)`,
    )
    const budget = new MachineBudget(6)
    const child = fork(script, [], { stdio: 'ignore', serialization: 'advanced' })
    const granted = serveLeases(child, budget)
    await new Promise<void>((resolve) =>
      child.on('message', (m: { granted?: number }) => {
        if (m.granted === 7) {
          resolve()
        }
      }),
    )
    expect(granted()).toBe(1)
    expect(budget.inUse).toBe(6)
    let waited = false
    const next = budget.run(1, async () => {
      waited = true
    })
    await tick()
    expect(waited).toBe(false)
    child.kill('SIGKILL')
    await next
    expect(waited).toBe(true)
    expect(budget.inUse).toBe(0)
  })
})
