// The demo's harness-first policy (src/process/priority.ts): node processes NODE_NICE_STEPS and
// the check worker thread CHECK_NICE_STEPS below the harness, relative to the harness's own
// nice value and never raised; by default everything runs at the harness's priority.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { getPriority } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CHECK_NICE_STEPS,
  HARNESS_FIRST,
  NODE_NICE_STEPS,
  SAME_PRIORITY,
  lowerPriority,
  setPriorities,
} from '../../src/process/index.js'
import { CheckPool } from '../../src/run/check-pool.js'
import { repoRoot } from '../helpers/cli.js'
import { type Harness, removeTempDirs, startFixture } from './process-harness.js'

/** Nice value of every thread of this process (field 19 of /proc/self/task/T/stat). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[16]) // field 19 overall: after pid and comm, index 16
  })
}

const own = getPriority()
const started: Harness[] = []

afterEach(async () => {
  setPriorities(SAME_PRIORITY)
  for (const harness of started.splice(0)) {
    await harness.handle.stop()
  }
  removeTempDirs()
})

describe('process priorities', () => {
  it('lowerPriority lowers a process relative to its own nice, caps at 19, ignores a gone pid', async () => {
    const child = spawn('sleep', ['30'])
    try {
      const pid = child.pid as number
      lowerPriority(pid, 3)
      expect(getPriority(pid)).toBe(Math.min(19, own + 3))
      lowerPriority(pid, 0)
      expect(getPriority(pid)).toBe(Math.min(19, own + 3))
      lowerPriority(pid, 40)
      expect(getPriority(pid)).toBe(19)
    } finally {
      child.kill('SIGKILL')
    }
    await new Promise((resolve) => child.once('exit', resolve))
    expect(() => lowerPriority(child.pid as number, 5)).not.toThrow()
    expect(getPriority()).toBe(own)
  })

  it('a node process starts at the harness priority by default, NODE_NICE_STEPS below under harness-first', async () => {
    const plain = await startFixture('./never-init.py')
    started.push(plain)
    expect(getPriority(plain.handle.pid as number)).toBe(own)

    setPriorities(HARNESS_FIRST)
    const lowered = await startFixture('./never-init.py')
    started.push(lowered)
    expect(getPriority(lowered.handle.pid as number)).toBe(Math.min(19, own + NODE_NICE_STEPS))
    expect(getPriority()).toBe(own)
  })

  const workerFile = join(repoRoot, 'dist', 'check-worker', 'index.js')
  it.skipIf(!existsSync(workerFile))(
    'the check worker thread alone runs CHECK_NICE_STEPS below under harness-first',
    async () => {
      const before = threadNices()
      expect(before.every((nice) => nice === own)).toBe(true)
      setPriorities(HARNESS_FIRST)
      const pool = new CheckPool(workerFile)
      try {
        const history = [
          { index: 0, time: 0, type: 'invoke', process: 0, f: 'generate', value: null },
          { index: 1, time: 1, type: 'ok', process: 0, f: 'generate', value: 'a' },
          { index: 2, time: 2, type: 'invoke', process: 1, f: 'generate', value: null },
          { index: 3, time: 3, type: 'ok', process: 1, f: 'generate', value: 'b' },
        ] as never
        const result = await pool.check({
          kind: 'checker',
          name: 'unique-ids',
          history,
          options: {},
          budgetMs: 5000,
        })
        expect(result).toBeDefined()
        const after = threadNices()
        const lowered = after.filter((nice) => nice !== own)
        expect(lowered).toEqual([Math.min(19, own + CHECK_NICE_STEPS)])
        expect(getPriority()).toBe(own)
      } finally {
        await pool.close()
      }
    },
  )
})
