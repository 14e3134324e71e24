// Hostile learner nodes as REAL processes (test/fixtures/nodes/hostile/): each ends with the
// right finding or exit, dsgrade's memory stays bounded, stop() is prompt, and no process of
// the node is left behind (scanned in /proc by the DSGRADE_DATA_DIR marker).
import { readFileSync, statSync } from 'node:fs'
import { STDERR_CUT_NOTE } from '../../src/process/node-process.js'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type Harness,
  initMessage,
  processesWithMarker,
  removeTempDirs,
  sampleRss,
  startFixture,
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

function codes(harness: Harness): string[] {
  return harness.findings.map((item) => item.code)
}

describe('hostile nodes', () => {
  it('garbage on stdout: reported line by line, and the node keeps being read', async () => {
    const node = await start('./garbage-stdout.py')
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.some((m) => m.body.type === 'init_ok'))
    node.handle.deliver({ src: 'c1', dest: 'n1', body: { type: 'echo', msg_id: 1, echo: 'hé ☃' } })
    await waitFor('echo_ok', () => node.messages.some((m) => m.body.type === 'echo_ok'))
    expect(node.messages.at(-1)).toEqual({
      src: 'n1',
      dest: 'c1',
      body: { type: 'echo_ok', in_reply_to: 1, echo: 'hé ☃' },
    })
    expect(codes(node)).toEqual([
      'PROTO_NOT_JSON',
      'PROTO_NOT_MESSAGE',
      'PROTO_NOT_MESSAGE',
      'PROTO_NOT_JSON',
    ])
    expect(node.findings[0]!.line).toBe('hello from my node')
    expect(node.findings[0]!.message).toContain('node n1')
    await node.handle.stop()
    expect(node.exits).toHaveLength(1)
    expect(node.exits[0]!.expected).toBe(true)
  })

  it('a 50 MB line with no newline: one PROTO_LINE_TOO_LONG, bounded memory', async () => {
    const rss = sampleRss()
    const node = await start('./huge-line.py')
    node.handle.deliver(initMessage())
    await waitFor('line too long', () => codes(node).includes('PROTO_LINE_TOO_LONG'))
    await new Promise((resolve) => setTimeout(resolve, 500))
    await node.handle.stop()
    const maxMiB = rss.stop()
    expect(maxMiB).toBeLessThan(500)
    expect(codes(node)).toEqual(['PROTO_LINE_TOO_LONG'])
    expect(node.findings[0]!.line).toMatch(/^x{200}$/)
    expect(node.findings[0]!.message).toContain('1 MiB')
  })

  it('a 50 MB line, then a newline: reading resumes with the next message', async () => {
    const node = await start('./huge-line.py', { extraArgs: ['--then-answer'] })
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.some((m) => m.body.type === 'init_ok'))
    expect(codes(node)).toEqual(['PROTO_LINE_TOO_LONG'])
  })

  it('ignores SIGTERM: stop() kills it after the grace, on time', async () => {
    const node = await start('./ignore-sigterm.py', { stopGraceMs: 400 })
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.length > 0)
    const before = performance.now()
    await node.handle.stop()
    const tookMs = performance.now() - before
    expect(tookMs).toBeGreaterThanOrEqual(380)
    expect(tookMs).toBeLessThan(400 + 1000)
    expect(node.exits[0]).toMatchObject({ signal: 'SIGKILL', expected: true })
  })

  it('double-forked children that left the group are found and killed by stop()', async () => {
    const node = await start('./double-fork.py')
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.length > 0)
    await waitFor('three processes', () => processesWithMarker(node.dataDir).length >= 3)
    const before = performance.now()
    await node.handle.stop()
    expect(performance.now() - before).toBeLessThan(300 + 1500)
    expect(processesWithMarker(node.dataDir)).toEqual([])
    expect(node.exits[0]!.expected).toBe(true)
  })

  it('double-forked children are killed by kill(), and restart() starts afresh', async () => {
    const node = await start('./double-fork.py')
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.length === 1)
    await waitFor('three processes', () => processesWithMarker(node.dataDir).length >= 3)
    const firstPid = node.handle.pid
    await node.handle.kill()
    expect(processesWithMarker(node.dataDir)).toEqual([])
    expect(node.exits[0]).toMatchObject({ signal: 'SIGKILL', expected: true })
    expect(node.handle.running).toBe(false)
    await node.handle.restart()
    expect(node.handle.pid).not.toBe(firstPid)
    node.handle.deliver(initMessage())
    await waitFor('init_ok after restart', () => node.messages.length === 2)
    expect(processesWithMarker(node.dataDir).length).toBeGreaterThanOrEqual(1)
  })

  it('200 MB on stderr: the log stops at the cap with one finding, memory stays bounded', async () => {
    const rss = sampleRss()
    const node = await start('./stderr-flood.py')
    node.handle.deliver(initMessage())
    await waitFor('init_ok', () => node.messages.length > 0, 60_000)
    const maxMiB = rss.stop()
    expect(maxMiB).toBeLessThan(500)
    expect(codes(node)).toEqual(['NODE_STDERR_TRUNCATED'])
    const log = readFileSync(node.logFile, 'utf8')
    expect(log.length).toBe(16 * 1024 * 1024 + STDERR_CUT_NOTE.length + 2)
    expect(log.startsWith('log line yyy')).toBe(true)
    expect(log.endsWith(`\n${STDERR_CUT_NOTE}\n`)).toBe(true)
    expect(node.handle.stderrTail()).toHaveLength(32)
    expect(node.handle.stderrTail().at(-1)).toBe('flood done')
    expect(node.handle.stderrTail()[0]!.length).toBeLessThan(520)
  }, 90_000)

  it('exits before init: the exit is reported at once with its status and stderr', async () => {
    const node = await start('./exit-before-init.py')
    await waitFor('exit', () => node.exits.length > 0)
    expect(node.exits[0]).toMatchObject({ node: 'n1', code: 1, signal: null, expected: false })
    expect(node.exits[0]!.stderrTail).toEqual(['cannot start: missing config'])
    expect(node.handle.running).toBe(false)
    node.handle.deliver(initMessage())
  })

  it('never answers init: nothing comes back, and stop() ends it', async () => {
    const node = await start('./never-init.py')
    node.handle.deliver(initMessage())
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(node.messages).toEqual([])
    expect(node.exits).toEqual([])
    await node.handle.stop()
    expect(node.exits[0]!.expected).toBe(true)
    expect(node.findings).toEqual([])
  })

  it('answers init then crashes with status 3: the traceback is in the exit report', async () => {
    const node = await start('./crash-after-init.py')
    node.handle.deliver(initMessage())
    await waitFor('exit', () => node.exits.length > 0)
    expect(node.messages.map((m) => m.body.type)).toEqual(['init_ok'])
    const exit = node.exits[0]!
    expect(exit).toMatchObject({ code: 3, signal: null, expected: false })
    expect(exit.stderrTail[0]).toBe('Traceback (most recent call last):')
    expect(exit.stderrTail.at(-1)).toBe("KeyError: 'missing_key'")
    expect(statSync(node.logFile).size).toBeGreaterThan(50)
  })

  it('output without a final newline is reported when the node stops', async () => {
    const node = await start('./no-newline.py')
    node.handle.deliver(initMessage())
    await waitFor('the node to write', () => node.stderrLines.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(node.messages).toEqual([])
    await node.handle.stop()
    expect(codes(node)).toEqual(['PROTO_MISSING_NEWLINE'])
    expect(node.findings[0]!.line).toContain('"init_ok"')
  })
})
