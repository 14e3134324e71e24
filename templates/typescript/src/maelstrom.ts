/**
 * A small Maelstrom node library (Node.js built-ins only, no npm packages).
 *
 * Messages are JSON lines on stdin/stdout; logs go to stderr (`log`). Handlers may be
 * async; `rpc` returns a promise that rejects with an RPCError on an error reply or a
 * timeout. Everything runs on Node's single event loop, so no locks are needed.
 *
 *   const node = new Node({ track: 'messenger' })
 *   node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))
 *   node.run()
 *
 * Simulated time (`dsgrade test --sim`, docs/simulation.md in the dsgrade repository): when
 * DSGRADE_SIM=1, `after`, `every` and RPC timeouts are asked of dsgrade instead of the OS,
 * Date.now() returns the simulated time, Math.random is seeded from DSGRADE_SEED and
 * DSGRADE_NODE_ID, and the library tells dsgrade when each input is handled. Use node.after /
 * node.every (not setTimeout or setImmediate of your own) and your node runs in simulated time
 * unchanged. Without DSGRADE_SIM nothing changes.
 */
export const DOCS_BASE = 'https://github.com/dsgrade/dsgrade/blob/v1/tracks'

/** Maelstrom's error codes (maelstrom-protocol.md §1.5). */
export const ErrorCode = {
  timeout: 0,
  nodeNotFound: 1,
  notSupported: 10,
  temporarilyUnavailable: 11,
  malformedRequest: 12,
  crash: 13,
  abort: 14,
  keyDoesNotExist: 20,
  keyAlreadyExists: 21,
  preconditionFailed: 22,
  txnConflict: 30,
} as const

export interface Body {
  type: string
  msg_id?: number
  in_reply_to?: number
  [field: string]: unknown
}

export interface Message<B extends Body = Body> {
  src: string
  dest: string
  body: B
}

export type Handler = (msg: Message) => void | Promise<void>

/** Throw inside a handler to answer with an error body; also what failed RPCs reject with. */
export class RPCError extends Error {
  constructor(
    readonly code: number,
    readonly text: string = '',
  ) {
    super(`error ${code}: ${text}`)
  }

  toBody(): Body {
    return { type: 'error', code: this.code, text: this.text }
  }
}

const SIM = process.env.DSGRADE_SIM === '1'
/** Simulated milliseconds since the test started (the stamp of the input being handled). */
let simNowMs = 0
/** Timers asked of dsgrade in simulated time: id -> callback. */
const simTimers = new Map<number, () => void>()
let nextSimTimer = 1

/**
 * In simulated time, what the inputs of one read cause waits here and goes out in one write
 * with their idle lines (one wake-up of dsgrade instead of one per line).
 */
const simOut: string[] = []
/** Inputs read whose idle line is not written yet (0 outside simulated time). */
let simAwaitingIdle = 0

function writeLine(value: unknown): void {
  if (simAwaitingIdle > 0) {
    simOut.push(JSON.stringify(value) + '\n')
  } else {
    process.stdout.write(JSON.stringify(value) + '\n')
  }
}

/** A string's FNV-1a hash, then mulberry32: a small seeded generator for Math.random. */
function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0
  }
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

if (SIM) {
  Math.random = seededRandom(`${process.env.DSGRADE_SEED ?? '0'}/${process.env.DSGRADE_NODE_ID ?? ''}`)
  Date.now = () => 1.7e12 + simNowMs
}

/** Run fn after delayMs (again every delayMs when `repeat`); returns a function that cancels it. */
function startTimer(fn: () => void, delayMs: number, repeat = false): () => void {
  if (!SIM) {
    if (repeat) {
      const timer = setInterval(fn, delayMs)
      return () => clearInterval(timer)
    }
    const timer = setTimeout(fn, delayMs)
    return () => clearTimeout(timer)
  }
  const id = nextSimTimer++
  const fire = (): void => {
    if (repeat) {
      simTimers.set(id, fire)
      writeLine({ dsgrade: 'timer', timer: id, delay_ms: delayMs })
    }
    fn()
  }
  simTimers.set(id, fire)
  writeLine({ dsgrade: 'timer', timer: id, delay_ms: delayMs })
  return () => {
    if (simTimers.delete(id)) {
      writeLine({ dsgrade: 'cancel', timer: id })
    }
  }
}

/** Write one line to stderr (stdout is reserved for messages). */
export function log(...parts: unknown[]): void {
  process.stderr.write(parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ') + '\n')
}

interface Pending {
  resolve: (body: Body) => void
  reject: (error: RPCError) => void
  cancelTimer: () => void
}

export class Node {
  nodeId = ''
  nodeIds: string[] = []
  readonly track: string | undefined
  private readonly handlers = new Map<string, Handler>()
  private readonly initHooks: Array<() => void> = []
  private readonly pending = new Map<number, Pending>()
  /**
   * Msg ids never repeat across this node's processes (kill + restart): a late reply to the old
   * process's RPC must not be taken for a new RPC's answer. Real time: ids continue from the
   * wall clock at start-up in ms × 1000; simulated time: from init's virtual time in µs × 1000
   * (0 for the first process, so its ids start at 1). A reply that matches no RPC is ignored.
   */
  private nextMsgId = SIM ? 1 : Date.now() * 1000 + 1

  constructor(options: { track?: string } = {}) {
    this.track = options.track
  }

  /** Call handler(msg) for every message whose body type is `type`. */
  on(type: string, handler: Handler): this {
    if (this.handlers.has(type)) {
      throw new Error(`a handler for '${type}' already exists`)
    }
    this.handlers.set(type, handler)
    return this
  }

  /** Call fn() once this node knows its id (after init). */
  onInit(fn: () => void): this {
    this.initHooks.push(fn)
    return this
  }

  send(dest: string, body: Body): void {
    writeLine({ src: this.nodeId, dest, body })
  }

  reply(request: Message, body: Body): void {
    this.send(request.src, { ...body, in_reply_to: request.body.msg_id })
  }

  error(request: Message, code: number, text = ''): void {
    this.reply(request, { type: 'error', code, text })
  }

  /** Send a request and wait for its reply (rejects with RPCError on error or timeout). */
  rpc(dest: string, body: Body, timeoutMs = 1000): Promise<Body> {
    const msgId = this.nextMsgId++
    return new Promise<Body>((resolve, reject) => {
      const cancelTimer = startTimer(() => {
        this.pending.delete(msgId)
        reject(new RPCError(ErrorCode.timeout, `no reply from ${dest} in ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.set(msgId, { resolve, reject, cancelTimer })
      this.send(dest, { ...body, msg_id: msgId })
    })
  }

  /**
   * Like rpc, with a way to give up: `cancel()` forgets the request, so neither its reply nor
   * its timeout settles `reply` (which then stays pending). Several RPCs may be outstanding at
   * once; a hedged request cancels the copies it no longer needs once one answer is in.
   */
  rpcCancellable(
    dest: string,
    body: Body,
    timeoutMs = 1000,
  ): { reply: Promise<Body>; cancel: () => void } {
    const msgId = this.nextMsgId
    const reply = this.rpc(dest, body, timeoutMs)
    const cancel = (): void => {
      const entry = this.pending.get(msgId)
      if (entry !== undefined) {
        entry.cancelTimer()
        this.pending.delete(msgId)
      }
    }
    return { reply, cancel }
  }

  /** Call fn every intervalMs milliseconds; returns a function that stops it. */
  every(intervalMs: number, fn: () => void | Promise<void>): () => void {
    return startTimer(() => this.guard(fn), intervalMs, true)
  }

  /** Call fn once after delayMs milliseconds; returns a function that cancels it. */
  after(delayMs: number, fn: () => void | Promise<void>): () => void {
    return startTimer(() => this.guard(fn), delayMs)
  }

  /** Read messages until stdin closes, then exit. */
  run(): void {
    let buffered = ''
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (SIM) {
          this.simInput(line)
        } else {
          this.receive(line)
        }
      }
    })
    process.stdin.on('end', () => process.exit(0))
  }

  /**
   * One input in simulated time: a fired timer or a message. Once everything it started has
   * run (promise continuations included), say idle.
   */
  private simInput(line: string): void {
    if (line.trim() === '') {
      return
    }
    simAwaitingIdle++
    let input: { dsgrade?: unknown; timer?: unknown; dsgrade_time_ms?: unknown } = {}
    try {
      input = JSON.parse(line) as typeof input
    } catch {
      // receive() below logs it
    }
    if (typeof input.dsgrade_time_ms === 'number') {
      simNowMs = input.dsgrade_time_ms
    }
    if (input.dsgrade === 'timer') {
      const fire = simTimers.get(Number(input.timer))
      simTimers.delete(Number(input.timer))
      fire?.()
    } else {
      this.receive(line)
    }
    setImmediate(() => {
      writeLine({ dsgrade: 'idle' })
      if (--simAwaitingIdle === 0) {
        // what the inputs of this read caused, with their idle lines, in one write; a line
        // written after this goes out at once (a line printed while idle, as before)
        process.stdout.write(simOut.join(''))
        simOut.length = 0
      }
    })
  }

  private guard(fn: () => void | Promise<void>): void {
    Promise.resolve()
      .then(fn)
      .catch((err: unknown) => log('timer failed:', err instanceof Error ? (err.stack ?? err.message) : err))
  }

  private receive(line: string): void {
    if (line.trim() === '') {
      return
    }
    let msg: Message
    try {
      msg = JSON.parse(line) as Message
    } catch {
      log(`ignoring a line that is not JSON: ${line.slice(0, 200)}`)
      return
    }
    const replyTo = msg.body.in_reply_to
    if (replyTo !== undefined) {
      this.settle(replyTo, msg.body)
    } else if (msg.body.type === 'init') {
      this.init(msg)
    } else {
      void this.dispatch(msg)
    }
  }

  private settle(replyTo: number, body: Body): void {
    const pending = this.pending.get(replyTo)
    if (pending === undefined) {
      return
    }
    this.pending.delete(replyTo)
    pending.cancelTimer()
    if (body.type === 'error') {
      pending.reject(new RPCError(Number(body.code), String(body.text ?? '')))
    } else {
      pending.resolve(body)
    }
  }

  private init(msg: Message): void {
    this.nodeId = String(msg.body.node_id)
    this.nodeIds = (msg.body.node_ids as string[]).map(String)
    if (SIM && this.nextMsgId === 1) {
      this.nextMsgId = Math.round(simNowMs * 1000) * 1000 + 1
    }
    this.reply(msg, { type: 'init_ok' })
    log(`node ${this.nodeId} initialised; cluster ${this.nodeIds.join(',')}`)
    for (const hook of this.initHooks) {
      this.guard(hook)
    }
  }

  private notSupported(type: string): string {
    const where = this.track === undefined ? 'your track page' : `${DOCS_BASE}/${this.track}/docs/index.md`
    const who = this.track === undefined ? 'this node' : `the ${this.track} track`
    return `'${type}' is not implemented yet: ${who} is still the template stub. Add a handler for it; see ${where}`
  }

  private async dispatch(msg: Message): Promise<void> {
    const handler = this.handlers.get(msg.body.type)
    const isRequest = msg.body.msg_id !== undefined
    if (handler === undefined) {
      if (isRequest) {
        this.error(msg, ErrorCode.notSupported, this.notSupported(msg.body.type))
      }
      return
    }
    try {
      await handler(msg)
    } catch (err) {
      if (err instanceof RPCError) {
        if (isRequest) {
          this.reply(msg, err.toBody())
        }
        return
      }
      log(err instanceof Error ? (err.stack ?? err.message) : String(err))
      if (isRequest) {
        this.error(msg, ErrorCode.crash, err instanceof Error ? err.message : String(err))
      }
    }
  }
}

/** A client for Maelstrom's key-value services: 'lin-kv', 'seq-kv' or 'lww-kv'. */
export class KV {
  constructor(
    private readonly node: Node,
    readonly service: 'lin-kv' | 'seq-kv' | 'lww-kv' = 'lin-kv',
    private readonly timeoutMs = 1000,
  ) {}

  /** Rejects with RPCError code 20 (key-does-not-exist) for a missing key. */
  async read(key: unknown): Promise<unknown> {
    const reply = await this.node.rpc(this.service, { type: 'read', key }, this.timeoutMs)
    return reply.value
  }

  async write(key: unknown, value: unknown): Promise<void> {
    await this.node.rpc(this.service, { type: 'write', key, value }, this.timeoutMs)
  }

  /** Rejects with RPCError code 22 (precondition-failed) when the value is not `from`. */
  async cas(key: unknown, from: unknown, to: unknown, createIfNotExists = false): Promise<void> {
    const body: Body = { type: 'cas', key, from, to }
    if (createIfNotExists) {
      body.create_if_not_exists = true
    }
    await this.node.rpc(this.service, body, this.timeoutMs)
  }
}

// ---- consensus helpers (tracks 6–8): jittered timers, durable state --------------------------
// Kept in their own block; see tracks/leader-election/docs/index.md for how they are used.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/** A random duration in [lowMs, highMs): randomized timeouts keep candidates apart. */
export function jitterMs(lowMs: number, highMs: number): number {
  return lowMs + Math.random() * (highMs - lowMs)
}

/**
 * A one-shot timer with a random delay in [lowMs, highMs), re-armed by reset(): a follower
 * resets it on every message from the current leader and on every vote it grants; when it
 * fires, onTimeout runs (start an election there).
 */
export class ElectionTimer {
  private cancel: (() => void) | undefined

  constructor(
    private readonly node: Node,
    private readonly lowMs: number,
    private readonly highMs: number,
    private readonly onTimeout: () => void | Promise<void>,
  ) {}

  reset(): void {
    this.stop()
    this.cancel = this.node.after(jitterMs(this.lowMs, this.highMs), () => {
      this.cancel = undefined
      return this.onTimeout()
    })
  }

  stop(): void {
    this.cancel?.()
    this.cancel = undefined
  }
}

/** The node's own directory that survives kill + restart (DSGRADE_DATA_DIR). */
export function dataDir(): string {
  return process.env.DSGRADE_DATA_DIR ?? '.'
}

/**
 * Durably replace dataDir()/name with value as JSON: temporary file, fsync, rename, fsync the
 * directory. After it returns, a SIGKILL leaves the old or the new value, whole. Call it
 * before any message that depends on the new value leaves the node.
 */
export function saveState(name: string, value: unknown): void {
  const path = join(dataDir(), name)
  const fd = openSync(`${path}.tmp`, 'w')
  try {
    writeSync(fd, JSON.stringify(value))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(`${path}.tmp`, path)
  const dir = openSync(dataDir(), 'r')
  try {
    fsyncSync(dir)
  } finally {
    closeSync(dir)
  }
}

/** What saveState(name, …) last wrote, or fallback. Call it at start, before any message. */
export function loadState<T>(name: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(join(dataDir(), name), 'utf8')) as T
  } catch {
    return fallback
  }
}
