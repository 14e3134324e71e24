/**
 * A learner node as an OS process (interfaces.md §2), used by the runner until/unless
 * process/node-process.ts is wired in: its own process group, stdin/stdout JSON lines, stderr
 * to `node-logs/<node>.log` with a bounded tail for crash reports, an allow-listed
 * environment with a fresh HOME and a per-node DSGRADE_DATA_DIR that survives restarts.
 *
 * A bad stdout line is a protocol finding and reading goes on. kill/stop end the whole
 * process group; an exit we caused is `expected`, any other is the learner's crash.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import { join } from 'node:path'
import type { NodeCallbacks, NodeHandle } from '../../process/contract.js'
import type { ProtocolFinding } from '../../protocol/findings.js'
import type { Envelope } from '../../protocol/types.js'
import { truncate } from '../../shared/json.js'

const STDERR_TAIL_LINES = 20
const MAX_LINE_CHARS = 10 * 1024 * 1024
const STOP_GRACE_MS = 1000

export interface ProcessNodeOptions {
  nodeId: string
  command: readonly string[]
  cwd: string
  /** The run directory; node-logs/, data/ and home/ are made under it. */
  runDir: string
  seed: number
  /** Variables passed through from the caller's environment (already allow-listed). */
  baseEnv: Record<string, string>
  /** Milliseconds since the test started. */
  nowMs(): number
  callbacks: NodeCallbacks
}

export const ENV_ALLOW_LIST = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'CI']

export function startProcessNode(options: ProcessNodeOptions): NodeHandle {
  return new ProcessNode(options)
}

class ProcessNode implements NodeHandle {
  readonly id: string
  private child: ChildProcess | undefined
  private exited: Promise<void> = Promise.resolve()
  private expectExit = false
  private readonly tail: string[] = []
  private readonly log: WriteStream
  private readonly dataDir: string
  private readonly homeDir: string

  constructor(private readonly options: ProcessNodeOptions) {
    this.id = options.nodeId
    const logDir = join(options.runDir, 'node-logs')
    this.dataDir = join(options.runDir, 'data', options.nodeId)
    this.homeDir = join(options.runDir, 'home', options.nodeId)
    for (const dir of [logDir, this.dataDir, this.homeDir]) {
      mkdirSync(dir, { recursive: true })
    }
    this.log = createWriteStream(join(logDir, `${options.nodeId}.log`), { flags: 'a' })
    this.spawn()
  }

  private spawn(): void {
    const [file, ...args] = this.options.command
    const env: Record<string, string> = {
      ...this.options.baseEnv,
      HOME: this.homeDir,
      DSGRADE_NODE_ID: this.id,
      DSGRADE_DATA_DIR: this.dataDir,
      DSGRADE_SEED: String(this.options.seed),
    }
    this.expectExit = false
    const child = spawn(file ?? '', args, {
      cwd: this.options.cwd,
      env,
      detached: true,
      stdio: 'pipe',
    })
    this.child = child
    this.exited = new Promise<void>((resolve) => {
      let reported = false
      const report = (code: number | null, signal: string | null): void => {
        if (reported) {
          return
        }
        reported = true
        resolve()
        if (this.child === child) {
          this.child = undefined
        }
        this.options.callbacks.onExit({
          node: this.id,
          code,
          signal,
          expected: this.expectExit,
          stderrTail: this.tail.slice(),
          atMs: this.options.nowMs(),
        })
      }
      child.on('error', (error) => {
        this.stderrLine(`dsgrade: could not start ${file}: ${error.message}`)
        report(127, null)
      })
      child.on('close', (code, signal) => report(code, signal))
    })
    child.stdin?.on('error', () => {})
    this.readLines(child.stdout, (line) => this.stdoutLine(line))
    this.readLines(child.stderr, (line) => this.stderrLine(line))
  }

  private readLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
    if (stream === null) {
      return
    }
    let buffer = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      buffer += chunk
      let newline = buffer.indexOf('\n')
      while (newline >= 0) {
        onLine(buffer.slice(0, newline).replace(/\r$/, ''))
        buffer = buffer.slice(newline + 1)
        newline = buffer.indexOf('\n')
      }
      if (buffer.length > MAX_LINE_CHARS) {
        onLine(buffer)
        buffer = ''
      }
    })
    stream.on('end', () => {
      if (buffer.length > 0) {
        onLine(buffer)
      }
    })
  }

  private stdoutLine(line: string): void {
    if (line.trim() === '') {
      return
    }
    const parsed = parseEnvelope(line)
    if (typeof parsed === 'string') {
      this.options.callbacks.onFinding(this.finding(parsed, line))
      return
    }
    this.options.callbacks.onMessage(parsed)
  }

  private finding(
    code: 'PROTO_NOT_JSON' | 'PROTO_NOT_MESSAGE' | 'PROTO_BAD_BODY',
    line: string,
  ): ProtocolFinding {
    const text = {
      PROTO_NOT_JSON: [
        'printed a stdout line that is not JSON',
        'print only protocol messages on stdout, one JSON object per line; send logs to stderr',
      ],
      PROTO_NOT_MESSAGE: [
        'printed JSON that is not a message {src, dest, body}',
        'every stdout line must be an object with string src and dest and an object body',
      ],
      PROTO_BAD_BODY: [
        'printed a message whose body has no string type',
        'give every body a string "type" field',
      ],
    }[code]
    return {
      code,
      node: this.id,
      message: `${this.id} ${text[0]}.`,
      fix: `${text[1]}.`,
      line: truncate(line, 200),
      atMs: this.options.nowMs(),
    }
  }

  private stderrLine(line: string): void {
    this.tail.push(line)
    if (this.tail.length > STDERR_TAIL_LINES) {
      this.tail.shift()
    }
    this.log.write(line + '\n')
    this.options.callbacks.onStderrLine?.(line)
  }

  deliver(message: Envelope): void {
    const stdin = this.child?.stdin
    if (stdin !== undefined && stdin !== null && stdin.writable) {
      stdin.write(JSON.stringify(message) + '\n')
    }
  }

  private signalGroup(signal: NodeJS.Signals): void {
    const pid = this.child?.pid
    if (pid === undefined) {
      return
    }
    try {
      process.kill(-pid, signal)
    } catch {
      // already gone
    }
  }

  async kill(): Promise<void> {
    this.expectExit = true
    this.signalGroup('SIGKILL')
    await this.exited
  }

  async restart(): Promise<void> {
    if (this.child !== undefined) {
      await this.kill()
    }
    this.spawn()
  }

  pause(): void {
    this.signalGroup('SIGSTOP')
  }

  resume(): void {
    this.signalGroup('SIGCONT')
  }

  async stop(): Promise<void> {
    if (this.child !== undefined) {
      this.expectExit = true
      this.signalGroup('SIGCONT')
      this.signalGroup('SIGTERM')
      const timer = setTimeout(() => this.signalGroup('SIGKILL'), STOP_GRACE_MS)
      await this.exited
      clearTimeout(timer)
      this.signalGroup('SIGKILL')
    }
    await new Promise<void>((resolve) => this.log.end(resolve))
  }

  stderrTail(): string[] {
    return this.tail.slice()
  }
}

function parseEnvelope(
  line: string,
): Envelope | 'PROTO_NOT_JSON' | 'PROTO_NOT_MESSAGE' | 'PROTO_BAD_BODY' {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return 'PROTO_NOT_JSON'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'PROTO_NOT_MESSAGE'
  }
  const record = value as Record<string, unknown>
  if (typeof record.src !== 'string' || typeof record.dest !== 'string') {
    return 'PROTO_NOT_MESSAGE'
  }
  const body = record.body
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'PROTO_BAD_BODY'
  }
  if (typeof (body as Record<string, unknown>).type !== 'string') {
    return 'PROTO_BAD_BODY'
  }
  return { src: record.src, dest: record.dest, body: body as Envelope['body'] }
}
