// The /proc scans behind kill/stop, on real process trees: a child that dropped the marker
// from its environment is still found through the ppid tree; a setsid'd grandchild through
// the marker; dsgrade itself is never a target. The scan reads /proc asynchronously.
import { spawn } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import {
  findNodeProcessesAsync as findNodeProcesses,
  isAlive,
  signalEach,
  signalGroup,
  waitGone,
} from '../../src/process/reaper.js'
import { processesWithMarker, removeTempDirs, tempDir, waitFor } from './process-harness.js'

afterAll(removeTempDirs)

/** Poll the asynchronous scan until `count` processes are found (10 s at most). */
async function scanUntil(what: string, marker: string, roots: number[], count: number) {
  const deadline = performance.now() + 10_000
  for (;;) {
    const found = await findNodeProcesses(marker, roots)
    if (found.length === count) {
      return found
    }
    if (performance.now() > deadline) {
      throw new Error(`timed out waiting for ${what}: found ${found.length} of ${count}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

function startTree(script: string) {
  const dataDir = tempDir('reaper-test')
  const child = spawn('sh', ['-c', script], {
    env: { PATH: process.env.PATH, DSGRADE_DATA_DIR: dataDir },
    detached: true,
    stdio: 'ignore',
  })
  return { child, pid: child.pid!, marker: `DSGRADE_DATA_DIR=${dataDir}`, dataDir }
}

describe('findNodeProcesses', () => {
  it('finds a descendant without the marker through the ppid tree', async () => {
    const tree = startTree('env -i /bin/sleep 100 & wait')
    try {
      const found = await scanUntil('sleep started', tree.marker, [tree.pid], 2)
      expect(processesWithMarker(tree.dataDir)).toEqual([tree.pid])
      expect(found).toContain(tree.pid)
      expect(await findNodeProcesses(tree.marker, [tree.pid], tree.pid)).toEqual([])
    } finally {
      signalGroup(tree.pid, 'SIGKILL')
    }
    await waitFor('gone', () => !isAlive(tree.pid))
  })

  it('finds a setsid grandchild by the marker alone, and kills it', async () => {
    const tree = startTree('setsid sleep 100 & wait')
    await scanUntil('grandchild', tree.marker, [], 2)
    signalGroup(tree.pid, 'SIGKILL')
    await waitFor('shell gone', () => !isAlive(tree.pid))
    const left = await findNodeProcesses(tree.marker)
    expect(left).toHaveLength(1)
    signalEach(left, 'SIGKILL')
    expect(await waitGone(left, 3000)).toBe(true)
    expect(processesWithMarker(tree.dataDir)).toEqual([])
  })

  it('never includes dsgrade itself', async () => {
    expect(
      await findNodeProcesses('PATH=' + (process.env.PATH ?? ''), [process.pid]),
    ).not.toContain(process.pid)
  })

  it('finds a ppid descendant and a setsid grandchild together; roots and groups are honoured', async () => {
    const tree = startTree('env -i /bin/sleep 100 & setsid sleep 100 & wait')
    let all: number[] = []
    try {
      all = (await scanUntil('children started', tree.marker, [tree.pid], 3)).sort()
      // without the root: the shell is marked, so the tree from it finds all three again
      expect((await findNodeProcesses(tree.marker)).sort()).toEqual(all)
      // excluding the shell's group leaves only the setsid grandchild
      expect(await findNodeProcesses(tree.marker, [tree.pid], tree.pid)).toHaveLength(1)
    } finally {
      signalGroup(tree.pid, 'SIGKILL')
      signalEach(all, 'SIGKILL')
      expect(await waitGone(all, 3000)).toBe(true)
    }
  })

  it('scans asked for at once share one read of /proc, and each finds only its own tree', async () => {
    const trees = [1, 2, 3].map(() => startTree('env -i /bin/sleep 100 & setsid sleep 100 & wait'))
    const alone: number[][] = []
    try {
      // one at a time: each scan reads /proc on its own
      for (const tree of trees) {
        alone.push((await scanUntil('children started', tree.marker, [tree.pid], 3)).sort())
      }
      // asked for in one turn of the event loop, as stopping a cluster does
      const found = await Promise.all(trees.map((tree) => findNodeProcesses(tree.marker)))
      expect(found.map((pids) => pids.sort())).toEqual(alone)
      // a process started after a scan was answered is found by the next one
      const late = startTree('sleep 100')
      let pids: number[] = []
      try {
        await waitFor('started', () => isAlive(late.pid))
        pids = await findNodeProcesses(late.marker, [late.pid])
        expect(pids).toContain(late.pid)
      } finally {
        signalGroup(late.pid, 'SIGKILL')
        expect(await waitGone(pids, 3000)).toBe(true)
      }
    } finally {
      for (const [i, tree] of trees.entries()) {
        signalGroup(tree.pid, 'SIGKILL')
        signalEach(alone[i] ?? [], 'SIGKILL')
        expect(await waitGone(alone[i] ?? [], 3000)).toBe(true)
      }
    }
  })
})
