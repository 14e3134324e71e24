/**
 * The learner's `build:` step (dsgrade.yml): `sh -c COMMAND` in its own process group, with
 * the allow-listed environment the caller built (buildBaseEnvironment), stdout and stderr
 * read line by line (each line cut at 4 KiB for the callback and the tail), a time-out that
 * kills the whole group.
 *
 * Guarantees: resolves once the shell has exited (its pipes get a short moment to drain; a
 * background child holding them does not delay the result) and the group has been killed,
 * so nothing it started keeps running. Rejects only when `sh` itself cannot start.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable } from 'node:stream'
import { LineFramer } from '../protocol/index.js'
import { RunError } from '../shared/index.js'
import { signalGroup } from './reaper.js'

export interface BuildOptions {
  cwd: string
  /** The whole environment (an allow-list: see environment.ts). */
  env: Record<string, string>
  timeoutMs: number
  /** Each output line, as it comes. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** How many last lines to keep (default 50). */
  tailLines?: number
}

export interface BuildResult {
  /** The shell's exit status; null when killed (time-out) or ended by a signal. */
  exitCode: number | null
  timedOut: boolean
  /** The last output lines, stdout and stderr interleaved as read. */
  outputTail: string[]
  durationMs: number
}

const LINE_CHARS = 4096
const DRAIN_MS = 100
const STREAMS = ['stdout', 'stderr'] as const

export async function runBuildCommand(
  command: string,
  options: BuildOptions,
): Promise<BuildResult> {
  const started = performance.now()
  const child = spawn('sh', ['-c', command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve)
    child.once('error', (error) =>
      reject(
        new RunError(`the build command could not start (sh: ${error.message}).`, undefined, {
          cause: error,
        }),
      ),
    )
  })
  const pid = child.pid!
  const output = collectOutput(child, options)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    signalGroup(pid, 'SIGKILL')
  }, options.timeoutMs)
  const exitCode = await new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  clearTimeout(timer)
  await Promise.race([
    Promise.all([ended(child.stdout), ended(child.stderr)]),
    new Promise((resolve) => setTimeout(resolve, DRAIN_MS)),
  ])
  signalGroup(pid, 'SIGKILL')
  child.stdout.destroy()
  child.stderr.destroy()
  output.flush()
  return {
    exitCode: timedOut ? null : exitCode,
    timedOut,
    outputTail: output.tail,
    durationMs: performance.now() - started,
  }
}

/** Read both pipes line by line into the callback and a bounded tail. */
function collectOutput(
  child: ChildProcessByStdio<null, Readable, Readable>,
  options: BuildOptions,
): { tail: string[]; flush(): void } {
  const tail: string[] = []
  const keep = options.tailLines ?? 50
  const framers = {
    stdout: new LineFramer({ maxLineBytes: 1024 * 1024 }),
    stderr: new LineFramer({ maxLineBytes: 1024 * 1024 }),
  }
  const take = (line: string, stream: 'stdout' | 'stderr'): void => {
    const shown = line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}… (line cut)` : line
    tail.push(shown)
    if (tail.length > keep) {
      tail.shift()
    }
    options.onLine?.(shown, stream)
  }
  for (const stream of STREAMS) {
    child[stream].on('data', (chunk: Buffer) => {
      for (const line of framers[stream].feed(chunk)) {
        take(line, stream)
      }
    })
  }
  const flush = (): void => {
    for (const stream of STREAMS) {
      const rest = framers[stream].end()
      if (rest !== undefined) {
        take(rest, stream)
      }
    }
  }
  return { tail, flush }
}

function ended(stream: NodeJS.ReadableStream & { readableEnded?: boolean }): Promise<void> {
  if (stream.readableEnded === true) {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    stream.once('end', resolve)
    stream.once('close', resolve)
  })
}
