// startLearnerNode: the runner's one call. Real processes: the node sees only the allow-listed
// environment and its own directories; HOME/TMPDIR are removed by stop(); a bad --bin rejects
// with a RunError sentence.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { NodeExit } from '../../src/process/contract.js'
import { startLearnerNode } from '../../src/process/learner-node.js'
import { RunError } from '../../src/shared/errors.js'
import {
  hostileDir,
  initMessage,
  processesWithMarker,
  removeTempDirs,
  tempDir,
  waitFor,
} from './process-harness.js'

afterAll(removeTempDirs)

function callbacks(sink: { messages: unknown[]; exits: NodeExit[] }) {
  return {
    onMessage: (message: unknown) => sink.messages.push(message),
    onFinding: () => {},
    onExit: (exit: NodeExit) => sink.exits.push(exit),
  }
}

describe('startLearnerNode', () => {
  it('runs the node with its own directories and the allow-listed environment', async () => {
    const runDir = tempDir('learner-test')
    const sink = { messages: [] as unknown[], exits: [] as NodeExit[] }
    const script = 'env > "$DSGRADE_DATA_DIR/env"; pwd > "$DSGRADE_DATA_DIR/pwd"; exec sleep 100'
    const handle = await startLearnerNode({
      nodeId: 'n2',
      command: ['sh', '-c', script],
      cwd: hostileDir,
      runDir,
      seed: 99,
      baseEnv: { PATH: process.env.PATH, GITHUB_TOKEN: 'ghs_x', INPUT_TOKEN: 'x', CI: 'true' },
      nowMs: () => 0,
      callbacks: callbacks(sink),
    })
    const envFile = join(runDir, 'data', 'n2', 'env')
    await waitFor('env file', () => existsSync(join(runDir, 'data', 'n2', 'pwd')))
    const env = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    expect(env).toMatchObject({
      DSGRADE_NODE_ID: 'n2',
      DSGRADE_SEED: '99',
      DSGRADE_DATA_DIR: join(runDir, 'data', 'n2'),
      CI: 'true',
    })
    expect(Object.keys(env).filter((k) => /GITHUB|INPUT_/.test(k))).toEqual([])
    expect(readFileSync(join(runDir, 'data', 'n2', 'pwd'), 'utf8').trim()).toBe(hostileDir)
    expect(existsSync(env.HOME!)).toBe(true)
    expect(existsSync(env.TMPDIR!)).toBe(true)
    await handle.stop()
    expect(existsSync(env.HOME!)).toBe(false)
    expect(existsSync(env.TMPDIR!)).toBe(false)
    expect(existsSync(join(runDir, 'node-logs', 'n2.log'))).toBe(true)
    expect(processesWithMarker(join(runDir, 'data', 'n2'))).toEqual([])
    expect(sink.exits[0]!.expected).toBe(true)
  })

  it('takes a quoted --bin command line and answers init', async () => {
    const runDir = tempDir('learner-test')
    const sink = { messages: [] as unknown[], exits: [] as NodeExit[] }
    const handle = await startLearnerNode({
      nodeId: 'n1',
      command: ['python3 garbage-stdout.py'],
      cwd: hostileDir,
      runDir,
      seed: 1,
      baseEnv: { PATH: process.env.PATH },
      nowMs: () => 0,
      callbacks: callbacks(sink),
    })
    handle.deliver(initMessage())
    await waitFor('init_ok', () => sink.messages.length > 0)
    await handle.stop()
  })

  it('rejects a --bin that does not exist with a RunError', async () => {
    const runDir = tempDir('learner-test')
    const attempt = startLearnerNode({
      nodeId: 'n1',
      command: ['./nope.py'],
      cwd: hostileDir,
      runDir,
      seed: 1,
      baseEnv: { PATH: process.env.PATH },
      nowMs: () => 0,
      callbacks: callbacks({ messages: [], exits: [] }),
    })
    await expect(attempt).rejects.toBeInstanceOf(RunError)
    await expect(attempt).rejects.toThrow(/--bin \.\/nope\.py: no such file/)
  })
})
