// The /proc scans behind kill/stop, on real process trees: a child that dropped the marker
// from its environment is still found through the ppid tree; a setsid'd grandchild through
// the marker; dsgrade itself is never a target. The asynchronous scan (the kill path) finds
// the same processes.
import { spawn } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import {
  findNodeProcesses,
  findNodeProcessesAsync,
  isAlive,
  signalEach,
  signalGroup,
  waitGone,
} from '../../src/process/reaper.js'
import { processesWithMarker, removeTempDirs, tempDir, waitFor } from './process-harness.js'

afterAll(removeTempDirs)

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
      await waitFor('sleep started', () => findNodeProcesses(tree.marker, [tree.pid]).length === 2)
      expect(processesWithMarker(tree.dataDir)).toEqual([tree.pid])
      const found = findNodeProcesses(tree.marker, [tree.pid])
      expect(found).toContain(tree.pid)
      expect(findNodeProcesses(tree.marker, [tree.pid], tree.pid)).toEqual([])
    } finally {
      signalGroup(tree.pid, 'SIGKILL')
    }
    await waitFor('gone', () => !isAlive(tree.pid))
  })

  it('finds a setsid grandchild by the marker alone, and kills it', async () => {
    const tree = startTree('setsid sleep 100 & wait')
    await waitFor('grandchild', () => findNodeProcesses(tree.marker).length === 2)
    signalGroup(tree.pid, 'SIGKILL')
    await waitFor('shell gone', () => !isAlive(tree.pid))
    const left = findNodeProcesses(tree.marker)
    expect(left).toHaveLength(1)
    signalEach(left, 'SIGKILL')
    expect(await waitGone(left, 3000)).toBe(true)
    expect(processesWithMarker(tree.dataDir)).toEqual([])
  })

  it('never includes dsgrade itself', () => {
    expect(findNodeProcesses('PATH=' + (process.env.PATH ?? ''), [process.pid])).not.toContain(
      process.pid,
    )
  })

  it('the asynchronous scan finds the same processes: ppid tree, setsid grandchild, never itself', async () => {
    const tree = startTree('env -i /bin/sleep 100 & setsid sleep 100 & wait')
    try {
      await waitFor(
        'children started',
        () => findNodeProcesses(tree.marker, [tree.pid]).length === 3,
      )
      const sync = findNodeProcesses(tree.marker, [tree.pid]).sort()
      expect((await findNodeProcessesAsync(tree.marker, [tree.pid])).sort()).toEqual(sync)
      // without the root: the shell is marked, so the tree from it finds all three again
      expect((await findNodeProcessesAsync(tree.marker)).sort()).toEqual(sync)
      expect(await findNodeProcessesAsync(tree.marker, [tree.pid], tree.pid)).toHaveLength(1)
      expect(
        await findNodeProcessesAsync('PATH=' + (process.env.PATH ?? ''), [process.pid]),
      ).not.toContain(process.pid)
    } finally {
      const all = findNodeProcesses(tree.marker, [tree.pid])
      signalGroup(tree.pid, 'SIGKILL')
      signalEach(all, 'SIGKILL')
      expect(await waitGone(all, 3000)).toBe(true)
    }
  })

  it('scans asked for at once share one read of /proc, and each finds only its own tree', async () => {
    const trees = [1, 2, 3].map(() => startTree('env -i /bin/sleep 100 & setsid sleep 100 & wait'))
    try {
      for (const tree of trees) {
        await waitFor(
          'children started',
          () => findNodeProcesses(tree.marker, [tree.pid]).length === 3,
        )
      }
      const sync = trees.map((tree) => findNodeProcesses(tree.marker, [tree.pid]).sort())
      // asked for in one turn of the event loop, as stopping a cluster does
      const found = await Promise.all(trees.map((tree) => findNodeProcessesAsync(tree.marker)))
      expect(found.map((pids) => pids.sort())).toEqual(sync)
      // a process started after a scan was answered is found by the next one
      const late = startTree('sleep 100')
      try {
        await waitFor('started', () => isAlive(late.pid))
        const pids = findNodeProcesses(late.marker, [late.pid]).sort()
        expect(pids).toContain(late.pid)
        expect((await findNodeProcessesAsync(late.marker)).sort()).toEqual(pids)
      } finally {
        const all = findNodeProcesses(late.marker, [late.pid])
        signalGroup(late.pid, 'SIGKILL')
        expect(await waitGone(all, 3000)).toBe(true)
      }
    } finally {
      for (const tree of trees) {
        const all = findNodeProcesses(tree.marker, [tree.pid])
        signalGroup(tree.pid, 'SIGKILL')
        signalEach(all, 'SIGKILL')
        expect(await waitGone(all, 3000)).toBe(true)
      }
    }
  })
})
