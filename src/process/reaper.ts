/**
 * Finding and ending every process that belongs to a learner node, on Linux, through /proc:
 * the node's process group, its ppid tree, and any process whose environment holds the node's
 * unique marker entry (`DSGRADE_DATA_DIR=<dir>`, inherited by every descendant — including a
 * double-forked child that called setsid and left the group, whose parent is then init).
 *
 * `findNodeProcessesAsync` scans without blocking the event loop: a scan reads two files per
 * process on the machine, 50–130 ms on a loaded 2-core machine; the synchronous scan it
 * replaced, run once per node in a whole-cluster kill, made the harness seconds late. Scans
 * asked for in the same turn of the event loop share one read of /proc (a cluster's stop).
 *
 * Guarantees: never signals dsgrade itself; zombies count as gone; unreadable entries (other
 * users, races with exiting processes) are skipped. Where /proc does not exist (macOS) the
 * scans return nothing and only the process group is signalled.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'

interface ProcEntry {
  pid: number
  ppid: number
  pgrp: number
  state: string
}

function readStat(pid: number): ProcEntry | undefined {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'latin1'))
  } catch {
    return undefined
  }
}

function listPids(): number[] {
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return []
  }
  return pidsOf(names)
}

function parseStat(pid: number, text: string): ProcEntry {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { pid, state: fields[0] ?? '?', ppid: Number(fields[1]), pgrp: Number(fields[2]) }
}

function pidsOf(names: readonly string[]): number[] {
  const pids: number[] = []
  for (const name of names) {
    const pid = Number(name)
    if (Number.isSafeInteger(pid) && pid > 0) {
      pids.push(pid)
    }
  }
  return pids
}

function markerIn(environ: Buffer, marker: Buffer): boolean {
  let start = 0
  while (start < environ.length) {
    let end = environ.indexOf(0, start)
    if (end === -1) {
      end = environ.length
    }
    if (end - start === marker.length && environ.subarray(start, end).equals(marker)) {
      return true
    }
    start = end + 1
  }
  return false
}

function isLive(entry: ProcEntry | undefined): entry is ProcEntry {
  return entry !== undefined && entry.state !== 'Z' && entry.state !== 'X'
}

/** The marked processes, their ppid-tree descendants and those of `rootPids`, from one scan. */
function collect(
  entries: Map<number, ProcEntry>,
  marked: Set<number>,
  rootPids: readonly number[],
  excludeGroup: number | undefined,
): number[] {
  const found = new Set<number>(marked)
  found.delete(process.pid)
  const roots = [...found, ...rootPids.filter((pid) => entries.has(pid))]
  const children = new Map<number, number[]>()
  for (const entry of entries.values()) {
    const list = children.get(entry.ppid) ?? []
    list.push(entry.pid)
    children.set(entry.ppid, list)
  }
  const queue = [...roots]
  while (queue.length > 0) {
    const pid = queue.pop()!
    if (pid === process.pid) {
      continue
    }
    found.add(pid)
    for (const child of children.get(pid) ?? []) {
      if (!found.has(child)) {
        queue.push(child)
      }
    }
  }
  found.delete(process.pid)
  return [...found].filter(
    (pid) => excludeGroup === undefined || entries.get(pid)?.pgrp !== excludeGroup,
  )
}

/** The live processes of the machine and their environments, read once. */
interface ProcSnapshot {
  entries: Map<number, ProcEntry>
  environs: Map<number, Buffer>
}

async function readSnapshot(): Promise<ProcSnapshot> {
  let names: string[]
  try {
    names = await readdir('/proc')
  } catch {
    names = []
  }
  const read = await Promise.all(
    pidsOf(names).map(async (pid) => {
      try {
        return parseStat(pid, await readFile(`/proc/${pid}/stat`, 'latin1'))
      } catch {
        return undefined
      }
    }),
  )
  const entries = new Map<number, ProcEntry>()
  for (const entry of read) {
    if (isLive(entry)) {
      entries.set(entry.pid, entry)
    }
  }
  const environs = new Map<number, Buffer>()
  await Promise.all(
    [...entries.keys()].map(async (pid) => {
      if (pid === process.pid) {
        return
      }
      try {
        environs.set(pid, await readFile(`/proc/${pid}/environ`))
      } catch {
        // gone, or another user's
      }
    }),
  )
  return { entries, environs }
}

/** The snapshot not yet begun: scans asked for before it begins share it. */
let nextSnapshot: Promise<ProcSnapshot> | undefined

/**
 * One /proc read shared by every scan asked for in the same turn of the event loop (stopping a
 * cluster asks for one per node at once). It begins after all of them were asked for, so
 * each sees everything its own scan would have seen.
 */
function sharedSnapshot(): Promise<ProcSnapshot> {
  nextSnapshot ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
    nextSnapshot = undefined
    return readSnapshot()
  })
  return nextSnapshot
}

/**
 * Live (non-zombie) processes that carry `markerEntry` (exactly `NAME=value`) in their
 * environment or descend from one of `rootPids`. Excludes dsgrade's own process, and the
 * members of process group `excludeGroup` when given (those are signalled as a group). Reads
 * `/proc` asynchronously: the event loop (and every run beside this one) stays free during the
 * scan (a synchronous scan blocked concurrent runs for 50–300 ms per call).
 */
export async function findNodeProcessesAsync(
  markerEntry: string,
  rootPids: number[] = [],
  excludeGroup?: number,
): Promise<number[]> {
  const marker = Buffer.from(markerEntry, 'utf8')
  const { entries, environs } = await sharedSnapshot()
  const marked = new Set<number>()
  for (const [pid, environ] of environs) {
    if (markerIn(environ, marker)) {
      marked.add(pid)
    }
  }
  return collect(entries, marked, rootPids, excludeGroup)
}

/** True while the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  const entry = readStat(pid)
  if (entry === undefined) {
    if (existsProc()) {
      return false
    }
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  return entry.state !== 'Z' && entry.state !== 'X'
}

let procExists: boolean | undefined
function existsProc(): boolean {
  procExists ??= listPids().length > 0
  return procExists
}

/** Send a signal to a process group (by its leader's pid); false if the group is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal)
    return true
  } catch {
    return false
  }
}

/** Send a signal to each pid, ignoring those already gone. */
export function signalEach(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    if (pid === process.pid || pid <= 1) {
      continue
    }
    try {
      process.kill(pid, signal)
    } catch {
      // already gone
    }
  }
}

/** Poll until none of `pids` is alive, or `timeoutMs` passes; true when all are gone. */
export async function waitGone(
  pids: readonly number[],
  timeoutMs: number,
  pollMs = 10,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  let left = pids.filter(isAlive)
  while (left.length > 0) {
    if (performance.now() >= deadline) {
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
    left = left.filter(isAlive)
  }
  return true
}
