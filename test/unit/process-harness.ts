// Test harness for process-* tests: start a fixture node with a fresh data dir, collect what it
// says, wait for conditions, and scan /proc (independently of src/process/reaper.ts) for any
// process still carrying the node's DSGRADE_DATA_DIR marker.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveNodeCommand } from '../../src/process/command.js'
import type { NodeExit } from '../../src/process/contract.js'
import { buildNodeEnvironment } from '../../src/process/environment.js'
import {
  startNodeProcess,
  type NodeProcessHandle,
  type NodeProcessOptions,
} from '../../src/process/node-process.js'
import type { ProtocolFinding } from '../../src/protocol/findings.js'
import type { Envelope } from '../../src/protocol/types.js'

export const hostileDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'nodes',
  'hostile',
)

export interface Harness {
  handle: NodeProcessHandle
  messages: Envelope[]
  findings: ProtocolFinding[]
  exits: NodeExit[]
  stderrLines: string[]
  dataDir: string
  logFile: string
  /** The temporary directory holding everything of this node; remove it after stop(). */
  root: string
}

export function initMessage(node = 'n1'): Envelope {
  return {
    src: 'c0',
    dest: node,
    body: { type: 'init', msg_id: 1, node_id: node, node_ids: [node] },
  }
}

export function makeDirs(): { root: string; dataDir: string; homeDir: string; tmpDir: string } {
  const root = tempDir('process-test')
  const sub = (name: string): string => mkdtempSync(join(root, `${name}-`))
  return { root, dataDir: sub('data'), homeDir: sub('home'), tmpDir: sub('tmp') }
}

/** A fresh temporary directory, removed by `removeTempDirs()`. */
const tempDirs: string[] = []
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dsgrade-${label}-`))
  tempDirs.push(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function startFixture(
  bin: string,
  options: Partial<NodeProcessOptions> & { extraArgs?: string[]; cwd?: string } = {},
): Promise<Harness> {
  const dirs = makeDirs()
  const cwd = options.cwd ?? hostileDir
  const command = resolveNodeCommand(bin, {
    cwd,
    extraArgs: options.extraArgs,
    pathEnv: process.env.PATH,
  })
  const env = buildNodeEnvironment({
    nodeId: 'n1',
    dataDir: dirs.dataDir,
    seed: 7,
    homeDir: dirs.homeDir,
    tmpDir: dirs.tmpDir,
    base: process.env,
  })
  const logFile = join(dirs.root, 'node-logs', 'n1.log')
  const collected = {
    messages: [] as Envelope[],
    findings: [] as ProtocolFinding[],
    exits: [] as NodeExit[],
    stderrLines: [] as string[],
  }
  const handle = await startNodeProcess({
    nodeId: 'n1',
    command,
    cwd,
    env,
    logFile,
    stopGraceMs: 300,
    ...options,
    callbacks: {
      onMessage: (message) => collected.messages.push(message),
      onFinding: (item) => collected.findings.push(item),
      onExit: (exit) => collected.exits.push(exit),
      onStderrLine: (line) => {
        if (collected.stderrLines.length < 1000) {
          collected.stderrLines.push(line)
        }
      },
    },
  })
  return { handle, ...collected, dataDir: dirs.dataDir, logFile, root: dirs.root }
}

export async function waitFor(
  what: string,
  predicate: () => boolean,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!predicate()) {
    if (performance.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Live processes whose environment holds DSGRADE_DATA_DIR=<dataDir> (zombies excluded). */
export function processesWithMarker(dataDir: string): number[] {
  const marker = `DSGRADE_DATA_DIR=${dataDir}`
  const found: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) {
      continue
    }
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1')
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
      if (state === 'Z') {
        continue
      }
      const environ = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0')
      if (environ.includes(marker)) {
        found.push(Number(name))
      }
    } catch {
      // gone or unreadable
    }
  }
  return found
}

/** Sample this process's RSS until stopped; returns the maximum in MiB. */
export function sampleRss(): { stop(): number } {
  let maxBytes = process.memoryUsage().rss
  const timer = setInterval(() => {
    maxBytes = Math.max(maxBytes, process.memoryUsage().rss)
  }, 20)
  return {
    stop() {
      clearInterval(timer)
      maxBytes = Math.max(maxBytes, process.memoryUsage().rss)
      return maxBytes / (1024 * 1024)
    },
  }
}
