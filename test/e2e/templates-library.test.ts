// The node library of each template, through a real process and real pipes: a learner's
// lin-kv proxy (pasted below the marker of the `cache` stub) must turn client requests into
// RPCs to the `lin-kv` service, relay the service's replies and its error codes, answer with
// error 0 when the service never replies (RPC timeout), and keep a 50 ms timer running. The
// test plays the client and the lin-kv service itself, line by line.
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/cli.js'
import { LANGUAGES, applyPatch, hasTool } from './templates-languages.js'

interface Envelope {
  src: string
  dest: string
  body: { type: string; msg_id?: number; in_reply_to?: number; [field: string]: unknown }
}

/** A node process we talk to one line at a time. */
class Peer {
  private readonly lines: Envelope[] = []
  private waiting: (() => void) | undefined
  readonly stderr: string[] = []

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      this.lines.push(JSON.parse(line) as Envelope)
      this.waiting?.()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.stderr.push(chunk))
  }

  send(src: string, body: Envelope['body']): void {
    this.child.stdin.write(JSON.stringify({ src, dest: 'n0', body }) + '\n')
  }

  /** The next line the node writes (fails after timeoutMs). */
  async next(timeoutMs = 10_000): Promise<Envelope> {
    const deadline = performance.now() + timeoutMs
    while (this.lines.length === 0) {
      const left = deadline - performance.now()
      if (left <= 0) {
        throw new Error(
          `no message from the node in ${timeoutMs} ms; stderr: ${this.stderr.join('')}`,
        )
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiting = () => {
          clearTimeout(timer)
          resolve()
        }
      })
    }
    return this.lines.shift() as Envelope
  }

  stop(): void {
    this.child.kill('SIGKILL')
  }
}

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

for (const language of LANGUAGES) {
  const present = hasTool(language.tool)
  const mustRun = process.env.CI === 'true'

  describe.skipIf(!present && !mustRun)(`templates/${language.name} node library`, () => {
    it('proxies read/write/cas to lin-kv, relays error codes, times out RPCs and runs timers', async () => {
      const dir = mkdtempSync(join(tmpdir(), `dsgrade-library-${language.name}-`))
      made.push(dir)
      cpSync(join(repoRoot, 'templates', language.name), dir, { recursive: true })
      applyPatch(dir, language, 'cache', language.kvProxy)
      language.build(dir)
      const [bin = '', ...args] = language.run('cache')
      const peer = new Peer(spawn(bin, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] }))
      try {
        peer.send('c0', { type: 'init', msg_id: 1, node_id: 'n0', node_ids: ['n0', 'n1'] })
        expect((await peer.next()).body).toMatchObject({ type: 'init_ok', in_reply_to: 1 })

        // read → the service answers → read_ok with its value
        peer.send('c1', { type: 'read', key: 'k', msg_id: 1 })
        const read = await peer.next()
        expect(read).toMatchObject({ src: 'n0', dest: 'lin-kv', body: { type: 'read', key: 'k' } })
        expect(Number.isInteger(read.body.msg_id)).toBe(true)
        peer.send('lin-kv', { type: 'read_ok', value: 7, in_reply_to: read.body.msg_id })
        expect(await peer.next()).toMatchObject({
          dest: 'c1',
          body: { type: 'read_ok', value: 7, in_reply_to: 1 },
        })

        // cas → the service refuses (22) → the client gets error 22
        peer.send('c1', { type: 'cas', key: 'k', from: 1, to: 2, msg_id: 2 })
        const cas = await peer.next()
        expect(cas.body).toMatchObject({ type: 'cas', key: 'k', from: 1, to: 2 })
        expect(cas.body.msg_id).not.toBe(read.body.msg_id)
        peer.send('lin-kv', {
          type: 'error',
          code: 22,
          text: 'expected 1, had 7',
          in_reply_to: cas.body.msg_id,
        })
        expect(await peer.next()).toMatchObject({
          dest: 'c1',
          body: { type: 'error', code: 22, in_reply_to: 2 },
        })

        // write → the service stays silent → after the 1 s RPC timeout the client gets error 0
        const started = performance.now()
        peer.send('c1', { type: 'write', key: 'k', value: 3, msg_id: 3 })
        expect((await peer.next()).body).toMatchObject({ type: 'write', key: 'k', value: 3 })
        const timedOut = await peer.next(5_000)
        expect(timedOut).toMatchObject({
          dest: 'c1',
          body: { type: 'error', code: 0, in_reply_to: 3 },
        })
        expect(performance.now() - started).toBeGreaterThan(800)

        // the 50 ms timer kept running meanwhile
        peer.send('c1', { type: 'ticks', msg_id: 4 })
        const ticks = await peer.next()
        expect(ticks.body).toMatchObject({ type: 'ticks_ok', in_reply_to: 4 })
        expect(ticks.body.count as number).toBeGreaterThanOrEqual(10)

        // a type nobody handles still gets not-supported, pointing at the cache track
        peer.send('c1', { type: 'frobnicate', msg_id: 5 })
        const unknown = await peer.next()
        expect(unknown.body).toMatchObject({ type: 'error', code: 10, in_reply_to: 5 })
        expect(unknown.body.text).toContain('/tracks/cache/docs/index.md')
      } finally {
        peer.stop()
      }
    })
  })
}
