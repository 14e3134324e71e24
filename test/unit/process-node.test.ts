// NodeProcess behaviours beyond the hostile fixtures: spawn failures as RunErrors, pause and
// resume (SIGSTOP/SIGCONT), a node that never reads stdin (bounded queue, dropped with one
// finding), exit detection timing and the stderr callbacks.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RunError } from '../../src/shared/errors.js'
import {
  type Harness,
  initMessage,
  processesWithMarker,
  removeTempDirs,
  sampleRss,
  startFixture,
  tempDir,
  waitFor,
} from './process-harness.js'

const started: Harness[] = []

async function start(...args: Parameters<typeof startFixture>): Promise<Harness> {
  const harness = await startFixture(...args)
  started.push(harness)
  return harness
}

afterEach(async () => {
  for (const harness of started.splice(0)) {
    await harness.handle.stop()
    expect(processesWithMarker(harness.dataDir)).toEqual([])
  }
  removeTempDirs()
})

describe('startNodeProcess', () => {
  it('a missing #! interpreter is a RunError naming the node and the binary', async () => {
    const dir = tempDir('node-test')
    writeFileSync(join(dir, 'node.rb'), '#!/no/such/ruby\n')
    chmodSync(join(dir, 'node.rb'), 0o755)
    const error = await startFixture('./node.rb', { cwd: dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RunError)
    expect((error as RunError).node).toBe('n1')
    expect((error as Error).message).toBe(
      'node n1 could not start: ./node.rb — the interpreter on its #! line (/no/such/ruby) was not found; install it or fix the #! line.',
    )
  })

  it('a #! line with a Windows line ending gets its own explanation', async () => {
    const dir = tempDir('node-test')
    writeFileSync(join(dir, 'node.py'), '#!/usr/bin/env python3\r\nprint(1)\r\n')
    chmodSync(join(dir, 'node.py'), 0o755)
    const error = await startFixture('./node.py', { cwd: dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RunError)
    expect((error as Error).message).toContain('Windows line ending (CRLF)')
    writeFileSync(join(dir, 'sh-node'), '#!/bin/sh\r\necho\r\n')
    chmodSync(join(dir, 'sh-node'), 0o755)
    const direct = await startFixture('./sh-node', { cwd: dir }).catch((e: unknown) => e)
    expect((direct as Error).message).toContain('Windows line ending (CRLF)')
  })

  it('pause() holds replies back and resume() lets them through', async () => {
    const node = await start('./garbage-stdout.py')
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.length === 1)
    node.handle.pause()
    node.handle.deliver({ src: 'c1', dest: 'n1', body: { type: 'echo', msg_id: 1, echo: 1 } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(node.messages).toHaveLength(1)
    node.handle.resume()
    await waitFor('echo_ok after resume', () => node.messages.length === 2)
  })

  it('pause() stops every process of the node, even those that left its group', async () => {
    const node = await start('./double-fork.py')
    await waitFor('three processes', () => processesWithMarker(node.dataDir).length >= 3)
    // A process may exit between the /proc scan and the read of its stat (the intermediate
    // parent of a double fork does): such a pid is simply left out.
    const states = (): string[] =>
      processesWithMarker(node.dataDir).flatMap((pid) => {
        let stat: string
        try {
          stat = readFileSync(`/proc/${pid}/stat`, 'latin1')
        } catch {
          return []
        }
        return [stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)]
      })
    node.handle.pause()
    await waitFor('all stopped', () => states().every((state) => state === 'T'), 2000)
    node.handle.resume()
    await waitFor('all running', () => states().every((state) => state !== 'T'), 2000)
  })

  it('stop() ends a paused node', async () => {
    const node = await start('./garbage-stdout.py', { stopGraceMs: 2000 })
    node.handle.pause()
    const before = performance.now()
    await node.handle.stop()
    expect(performance.now() - before).toBeLessThan(1500)
    expect(node.exits[0]!.expected).toBe(true)
  })

  it('a node that never reads stdin cannot grow our memory: messages are dropped', async () => {
    const rss = sampleRss()
    const node = await start('sleep 1000', { maxStdinQueueBytes: 4 * 1024 * 1024 })
    const big = 'z'.repeat(1024 * 1024)
    for (let i = 0; i < 200; i++) {
      node.handle.deliver({
        src: 'c1',
        dest: 'n1',
        body: { type: 'echo', msg_id: i + 1, echo: big },
      })
    }
    expect(rss.stop()).toBeLessThan(500)
    expect(node.handle.droppedInputCount).toBeGreaterThan(150)
    expect(node.findings.map((f) => f.code)).toEqual(['NODE_STDIN_FULL'])
    expect(node.findings[0]!.message).toContain('stopped reading its stdin')
  })

  it('detects an exit when it happens, and delivers stderr lines as they come', async () => {
    const node = await start('sh -c', {
      extraArgs: ['echo one >&2; echo two >&2; sleep 0.2; exit 5'],
    })
    const before = performance.now()
    const exit = await node.handle.exited()
    const detectedMs = performance.now() - before
    expect(exit).toMatchObject({ code: 5, expected: false, stderrTail: ['one', 'two'] })
    expect(detectedMs).toBeLessThan(200 + 1500)
    expect(node.stderrLines).toEqual(['one', 'two'])
    expect(node.exits).toEqual([exit])
  })

  it('kill() of a node that already exited resolves at once', async () => {
    const node = await start('./exit-before-init.py')
    await node.handle.exited()
    await node.handle.kill()
    expect(node.exits).toHaveLength(1)
    expect(node.exits[0]!.expected).toBe(false)
  })
})
