// The node library of each template, through a real process and real pipes: a learner's
// lin-kv proxy (pasted below the marker of the `cache` stub) must turn client requests into
// RPCs to the `lin-kv` service, relay the service's replies and its error codes, answer with
// error 0 when the service never replies (RPC timeout), and keep a 50 ms timer running. The
// test plays the client and the lin-kv service itself, line by line. A process restarted after
// a kill must not reuse its predecessor's msg ids, in real and in simulated time, and a late
// reply to the old process's RPC must be ignored (test/helpers/line-peer.ts).
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/cli.js'
import { Peer, expectRestartKeepsMsgIdsApart } from '../helpers/line-peer.js'
import { LANGUAGES, applyPatch, hasTool, type Language } from './templates-languages.js'

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** The template copied, with the lin-kv proxy pasted into its cache stub, built once. */
const builds = new Map<string, string>()
function built(language: Language): string {
  const done = builds.get(language.name)
  if (done !== undefined) {
    return done
  }
  const dir = mkdtempSync(join(tmpdir(), `dsgrade-library-${language.name}-`))
  made.push(dir)
  cpSync(join(repoRoot, 'templates', language.name), dir, { recursive: true })
  applyPatch(dir, language, 'cache', language.kvProxy)
  language.build(dir)
  builds.set(language.name, dir)
  return dir
}

function startProxy(language: Language, env: Record<string, string> = {}): Peer {
  const dir = built(language)
  const [bin = '', ...args] = language.run('cache')
  const child = spawn(bin, args, {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  return new Peer(child)
}

for (const language of LANGUAGES) {
  const present = hasTool(language.tool)
  const mustRun = process.env.CI === 'true'

  describe.skipIf(!present && !mustRun)(`templates/${language.name} node library`, () => {
    it('proxies read/write/cas to lin-kv, relays error codes, times out RPCs and runs timers', async () => {
      const peer = startProxy(language)
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

    it('a restarted process does not reuse msg ids, and ignores a late reply to the old one (real time)', async () => {
      await expectRestartKeepsMsgIdsApart((env) => startProxy(language, env), false)
    })

    it('a restarted process does not reuse msg ids, and ignores a late reply to the old one (simulated time)', async () => {
      await expectRestartKeepsMsgIdsApart((env) => startProxy(language, env), true)
    })
  })
}
