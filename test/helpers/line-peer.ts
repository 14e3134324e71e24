// A node process driven one JSON line at a time over real pipes (the tests play the client and
// the services themselves), and the restart scenario every node library must pass: a process
// restarted after a kill starts its msg ids above its predecessor's, so a late reply to the
// old process's RPC is ignored instead of being taken for the answer to the new one's. Lines
// the node writes to dsgrade itself in simulated time (`{"dsgrade":"idle"}`, timers) are
// dropped; what is left are messages.
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface } from 'node:readline'
import { expect } from 'vitest'

export interface Envelope {
  src: string
  dest: string
  body: { type: string; msg_id?: number; in_reply_to?: number; [field: string]: unknown }
}

/** A node process we talk to one line at a time. */
export class Peer {
  private readonly lines: Envelope[] = []
  private waiting: (() => void) | undefined
  readonly stderr: string[] = []
  private readonly exited: Promise<void>

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const value = JSON.parse(line) as Envelope | { dsgrade: string }
      if ('dsgrade' in value) {
        return // simulated time: idle, timer and cancel lines are for dsgrade
      }
      this.lines.push(value)
      this.waiting?.()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk))
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
  }

  /** Send one message to n0; `atMs` stamps it with a virtual time (simulated time). */
  send(src: string, body: Envelope['body'], atMs?: number): void {
    const line = { src, dest: 'n0', body, ...(atMs === undefined ? {} : { dsgrade_time_ms: atMs }) }
    this.child.stdin.write(JSON.stringify(line) + '\n')
  }

  /** The next message the node writes (fails after timeoutMs). */
  async next(timeoutMs = 10_000): Promise<Envelope> {
    const deadline = performance.now() + timeoutMs
    while (this.lines.length === 0) {
      const left = deadline - performance.now()
      if (left <= 0) {
        throw new Error(
          `no message from the node in ${timeoutMs} ms; stderr: ${this.stderr.join('')}`,
        )
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiting = () => {
          clearTimeout(timer)
          resolve()
        }
      })
    }
    return this.lines.shift() as Envelope
  }

  /** SIGKILL the process and wait until it is gone. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL')
    await this.exited
  }

  stop(): void {
    this.child.kill('SIGKILL')
  }
}

/**
 * The restart scenario. `start(env)` spawns a fresh process of node n0 (extra environment
 * `env`); the node answers a client's `read` {key} by an RPC `read` to lin-kv and relays the
 * answer (`read_ok` with the value, or the error). With `sim`, the processes run in simulated
 * time (DSGRADE_SIM=1) and every input carries a virtual time: the first process's ids start
 * at 1 (runs without restarts are unchanged) and the second's at its init's time in µs × 1000.
 */
export async function expectRestartKeepsMsgIdsApart(
  start: (env: Record<string, string>) => Peer,
  sim: boolean,
): Promise<void> {
  const env: Record<string, string> = sim
    ? { DSGRADE_SIM: '1', DSGRADE_SEED: '7', DSGRADE_NODE_ID: 'n0' }
    : {}
  const stamp = (ms: number): number | undefined => (sim ? ms : undefined)
  const initBody = { type: 'init', msg_id: 1, node_id: 'n0', node_ids: ['n0', 'n1'] }

  const old = start(env)
  let oldRead: Envelope
  try {
    old.send('c0', initBody, stamp(0))
    expect((await old.next()).body).toMatchObject({ type: 'init_ok', in_reply_to: 1 })
    old.send('c1', { type: 'read', key: 'k', msg_id: 1 }, stamp(10))
    oldRead = await old.next()
    expect(oldRead).toMatchObject({ dest: 'lin-kv', body: { type: 'read', key: 'k' } })
  } finally {
    await old.kill()
  }
  const oldId = oldRead.body.msg_id as number
  if (sim) {
    expect(oldId, 'the first process in simulated time keeps ids from 1').toBe(1)
  }

  const restarted = start(env)
  try {
    restarted.send('c0', initBody, stamp(2500.5))
    expect((await restarted.next()).body).toMatchObject({ type: 'init_ok', in_reply_to: 1 })
    restarted.send('c1', { type: 'read', key: 'k', msg_id: 2 }, stamp(2510))
    const read = await restarted.next()
    expect(read).toMatchObject({ dest: 'lin-kv', body: { type: 'read', key: 'k' } })
    const newId = read.body.msg_id as number
    expect(Number.isSafeInteger(newId), `msg_id ${newId} is a safe integer`).toBe(true)
    expect(
      newId,
      "the restarted process's first msg_id must exceed the old process's last",
    ).toBeGreaterThan(oldId)
    if (sim) {
      expect(newId, "simulated time: init's virtual time in µs × 1000, plus 1").toBe(2_500_500_001)
    }
    // the old process's late error reply, and a reply to an id nobody used, are ignored ...
    restarted.send(
      'lin-kv',
      { type: 'error', code: 11, text: 'late', in_reply_to: oldId },
      stamp(2520),
    )
    restarted.send(
      'lin-kv',
      { type: 'read_ok', value: 0, in_reply_to: newId + 12_345 },
      stamp(2530),
    )
    // ... and the real answer still reaches the client: the node is alive and was not misled
    restarted.send('lin-kv', { type: 'read_ok', value: 7, in_reply_to: newId }, stamp(2540))
    expect(await restarted.next()).toMatchObject({
      dest: 'c1',
      body: { type: 'read_ok', value: 7, in_reply_to: 2 },
    })
  } finally {
    await restarted.kill()
  }
}
