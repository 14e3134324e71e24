// The run-queue wait figure (readTreeWaitingNs) on real processes: two busy loops pinned to
// one CPU each wait for it about half the time; a sleeping process does not wait at all.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { readTreeWaitingNs } from '../../src/process/index.js'

const hasTaskset = spawnSync('taskset', ['--version']).status === 0
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL')
  }
})

function total(threads: Map<string, number> | undefined): number {
  return [...(threads ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0)
}

describe.skipIf(!hasTaskset || process.platform !== 'linux')('run-queue wait per tree', () => {
  it('sees two busy loops sharing one CPU wait, and a sleeper not', async () => {
    const busy = ['a', 'b'].map(() =>
      spawn('taskset', ['-c', '0', process.execPath, '-e', 'for (;;) {}'], { stdio: 'ignore' }),
    )
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' })
    children.push(...busy, sleeper)
    const roots = new Map([
      ['a', busy[0]?.pid as number],
      ['b', busy[1]?.pid as number],
      ['sleeper', sleeper.pid as number],
    ])
    await new Promise((done) => setTimeout(done, 500))
    const before = readTreeWaitingNs(roots)
    const startNs = process.hrtime.bigint()
    await new Promise((done) => setTimeout(done, 1500))
    const after = readTreeWaitingNs(roots)
    const wallNs = Number(process.hrtime.bigint() - startNs)
    const share = (key: string): number =>
      (total(after.get(key)) - total(before.get(key))) / wallNs
    // Each of the two loops waits while the other runs: about half the time (other work on
    // CPU 0 only adds to it).
    expect(share('a')).toBeGreaterThan(0.25)
    expect(share('b')).toBeGreaterThan(0.25)
    expect(share('a')).toBeLessThanOrEqual(1.01)
    expect(share('sleeper')).toBeLessThan(0.05)
  }, 20_000)
})
