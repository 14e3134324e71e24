// Service bans (issue 15; services/bans.ts): a stage that forbids the built-in services fails
// the first message a node sends to one, naming the node, the message and its send time; the
// forbidden service answers error 10 and never performs the request. Checked with the real
// lin-kv proxy fixture (a process) through the CLI, and on the virtual clock in process.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runTest } from '../../src/run/index.js'
import { parseForbiddenServices, ServiceBan } from '../../src/services/bans.js'
import { silentLogger } from '../../src/shared/logger.js'
import { defineNode } from '../../src/sim/kit.js'
import { repoRoot, runCli } from '../helpers/cli.js'
import { testOptions } from '../helpers/run-options.js'

const proxy = join(repoRoot, 'test', 'fixtures', 'nodes', 'lin-kv', 'proxy.js')

/** An in-process node that asks lin-tso for a timestamp on every echo. */
const tsEcho = defineNode((node) => {
  node.on('echo', (msg) => {
    void node.rpc('lin-tso', { type: 'ts' }, 500).then((reply) => {
      node.reply(msg, { type: 'echo_ok', echo: msg.body.echo, ts: reply?.ts, code: reply?.code })
    })
  })
})

describe('service bans', () => {
  it('refuses an unknown service name, naming the accepted ones', () => {
    expect(() => parseForbiddenServices(['lin-kv', 'kv'])).toThrow(
      /Unknown service "kv" in --forbid-services: the services are lin-kv, seq-kv, lww-kv, lin-tso/,
    )
    expect(parseForbiddenServices(['seq-kv', 'seq-kv'])).toEqual(['seq-kv'])
  })

  it('counts only sends from nodes to a forbidden service', () => {
    const ban = new ServiceBan(['lin-kv'], (id) => id === 'lin-kv')
    const event = (src: string, dest: string, type: 'send' | 'deliver' = 'send') => ({
      seq: 0,
      time: 1_500_000_000,
      type,
      message: { src, dest, body: { type: 'read', key: 1, msg_id: 7 } },
    })
    ban.observe(event('n1', 'seq-kv'))
    ban.observe(event('n1', 'lin-kv', 'deliver'))
    ban.observe(event('lin-kv', 'n1'))
    expect(ban.result().valid).toBe(true)
    ban.observe(event('n2', 'lin-kv'))
    ban.observe(event('n2', 'lin-kv'))
    const result = ban.result()
    expect(result).toMatchObject({ valid: false, messageCount: 2, byNode: { n2: 2 } })
    expect(result.first).toEqual({
      node: 'n2',
      service: 'lin-kv',
      type: 'read',
      body: '{"type":"read","key":1,"msg_id":7}',
      timeMs: 1500,
    })
    expect(ban.sentence()).toBe(
      'n2 sent a read message to the lin-kv service at 1.500 s, but this stage forbids lin-kv: the nodes must implement it themselves (2 forbidden messages in all).',
    )
  })

  it('fails an in-process node that uses a forbidden service; the service answers error 10', async () => {
    const run = (forbidServices: string[] | undefined) =>
      runTest({
        options: testOptions({ workload: 'echo', timeLimitS: 3, forbidServices, seed: 4 }),
        storeDir: mkdtempSync(join(tmpdir(), 'ban-sim-')),
        logger: silentLogger,
        nodes: { kind: 'in-process', factory: tsEcho },
        clock: 'virtual',
        writeReport: false,
      })
    const allowed = await run(undefined)
    expect(allowed.exitCode).toBe(0)
    expect(allowed.results.serviceBans).toBeUndefined()
    const banned = await run(['lin-tso'])
    expect(banned.exitCode).toBe(1)
    expect(banned.reason).toMatch(
      /^n\d sent a ts message to the lin-tso service at \d+\.\d{3} s, but this stage forbids lin-tso/,
    )
    const bans = banned.results.serviceBans as { valid: boolean; messageCount: number }
    expect(bans.valid).toBe(false)
    expect(bans.messageCount).toBeGreaterThan(1)
    const lint = banned.results.lint as { findings: { code: string }[] }
    expect(lint.findings.some((f) => f.code === 'SERVICE_FORBIDDEN')).toBe(true)
    // the service refused: the node saw error 10, never a timestamp
    const journal = readFileSync(join(banned.runDir, 'journal.jsonl'), 'utf8')
    expect(journal).toContain('"src":"lin-tso"')
    expect(journal).toContain('forbidden in this stage')
    expect(journal).not.toContain('"type":"ts_ok"')
  }, 60_000)

  it('fails the lin-kv proxy fixture through the CLI with --forbid-services', async () => {
    const store = mkdtempSync(join(tmpdir(), 'ban-cli-'))
    const args = ['test', '-w', 'lin-kv', '--bin', proxy, '--node-count', '2', '--concurrency']
    const result = await runCli([
      ...args,
      '4',
      '--time-limit',
      '2',
      '--rate',
      '20',
      '--seed',
      '3',
      '--store',
      store,
      '--forbid-services',
      'lin-kv,seq-kv',
    ])
    expect(result.code).toBe(1)
    const output = result.stdout + result.stderr
    expect(output).toMatch(/n[01] sent a (read|write|cas) message to the lin-kv service at/)
    expect(output).toContain('--forbid-services lin-kv,seq-kv')
    const results = JSON.parse(readFileSync(join(store, 'latest', 'results.json'), 'utf8'))
    expect(results.serviceBans.first.node).toMatch(/^n[01]$/)
    expect(results.serviceBans.first.body).toMatch(/^\{"type":"(read|write|cas)"/)
    expect(results.valid).toBe(false)
  }, 60_000)
})
