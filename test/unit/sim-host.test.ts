// The in-process node host and kit: init, replies, kill / restart with the same storage,
// pause and resume, crashes, timers and rpc time-outs, on the virtual clock.
import { describe, expect, it } from 'vitest'
import { defineNode } from '../../src/sim/kit.js'
import { crashyNode } from '../fixtures/sim-nodes/crashy.js'
import { echoNode } from '../fixtures/sim-nodes/echo.js'
import { forgetfulUniqueIdsNode, uniqueIdsNode } from '../fixtures/sim-nodes/unique-ids.js'
import { scenario } from '../helpers/scenario.js'

describe('sim host', () => {
  it('answers init with init_ok and echo with echo_ok through the network', async () => {
    const s = scenario({ simNode: echoNode, latencyMs: 5 })
    s.init()
    s.at(1).send('c0', 'n2', { type: 'echo', echo: 'hi', msg_id: 7 })
    await s.runUntil(10)
    expect(s.deliveries('n1', 'c0').map((m) => m.body)).toEqual([
      { type: 'init_ok', in_reply_to: 0 },
    ])
    expect(s.deliveries('n2', 'c0').map((m) => [m.atMs, m.body])).toEqual([
      [0, { type: 'init_ok', in_reply_to: 0 }],
      [1, { type: 'echo_ok', echo: 'hi', in_reply_to: 7 }],
    ])
  })

  it('answers an unknown request type with error 10', async () => {
    const s = scenario({ simNode: echoNode })
    s.init('n1')
    s.at(1).send('c0', 'n1', { type: 'frobnicate', msg_id: 3 })
    await s.runUntil(5)
    expect(s.deliveries('n1', 'c0')[1]?.body).toMatchObject({
      type: 'error',
      code: 10,
      in_reply_to: 3,
    })
  })

  it('kill drops the node, marks it down and reports an expected SIGKILL exit', async () => {
    const s = scenario({ simNode: echoNode })
    s.init('n1')
    s.at(5).do(() => void s.handle('n1').kill())
    s.at(6).send('c0', 'n1', { type: 'echo', echo: 1, msg_id: 1 })
    await s.runUntil(10)
    expect(s.handle('n1').state).toBe('dead')
    expect(s.network.isDown('n1')).toBe(true)
    expect(s.drops({ reason: 'dest-down' }).map((d) => d.type)).toEqual(['echo'])
    expect(s.exits).toMatchObject([{ node: 'n1', signal: 'SIGKILL', expected: true, atMs: 5 }])
  })

  it('restart builds a fresh node with the same storage: ids stay unique', async () => {
    const s = scenario({ simNode: uniqueIdsNode })
    s.init('n1')
    s.at(1).send('c0', 'n1', { type: 'generate', msg_id: 1 })
    s.at(2).do(() => void s.handle('n1').kill())
    s.at(3).do(() => void s.nodeControls().get('n1')?.restart())
    s.at(4).send('c0', 'n1', { type: 'generate', msg_id: 2 })
    await s.runUntil(10)
    const ids = s
      .deliveries('n1', 'c0')
      .flatMap((m) => (m.body.id === undefined ? [] : [m.body.id]))
    expect(ids).toEqual(['n1-1', 'n1-2'])
    expect(s.handle('n1').incarnation).toBe(2)
  })

  it('a node that keeps ids in memory repeats them after a restart (known-bad fixture)', async () => {
    const s = scenario({ simNode: forgetfulUniqueIdsNode })
    s.init('n1')
    s.at(1).send('c0', 'n1', { type: 'generate', msg_id: 1 })
    s.at(2).do(() => void s.handle('n1').kill())
    s.at(3).do(() => void s.nodeControls().get('n1')?.restart())
    s.at(4).send('c0', 'n1', { type: 'generate', msg_id: 2 })
    await s.runUntil(10)
    const ids = s
      .deliveries('n1', 'c0')
      .flatMap((m) => (m.body.id === undefined ? [] : [m.body.id]))
    expect(ids).toEqual(['n1-1', 'n1-1'])
  })

  it('pause holds deliveries and timers; resume runs them in order, late', async () => {
    const ticks: number[] = []
    const ticker = defineNode((node) => {
      node.onInit(() => node.every(10, () => ticks.push(node.now())))
      node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))
    })
    const s = scenario({ simNode: ticker })
    s.init('n1')
    s.at(15).do(() => s.handle('n1').pause())
    s.at(20).send('c0', 'n1', { type: 'echo', echo: 'a', msg_id: 1 })
    s.at(30).send('c0', 'n1', { type: 'echo', echo: 'b', msg_id: 2 })
    s.at(50).do(() => s.handle('n1').resume())
    await s.runUntil(65)
    expect(ticks).toEqual([10, 50, 60])
    expect(s.deliveries('n1', 'c0').map((m) => [m.atMs, m.body.echo ?? m.body.type])).toEqual([
      [0, 'init_ok'],
      [50, 'a'],
      [50, 'b'],
    ])
  })

  it('a node that throws crashes: unexpected exit, stack in the stderr tail, no more replies', async () => {
    const s = scenario({ simNode: crashyNode })
    s.init('n1')
    s.at(3).send('c0', 'n1', { type: 'crash', msg_id: 1 })
    s.at(4).send('c0', 'n1', { type: 'echo', echo: 1, msg_id: 2 })
    await s.runUntil(10)
    expect(s.exits).toMatchObject([{ node: 'n1', code: 1, expected: false, atMs: 3 }])
    expect(s.exits[0]?.stderrTail[0]).toContain('boom: the node crashed on purpose')
    expect(s.deliveries('n1', 'c0')).toHaveLength(1)
  })

  it('stop ends the node with an expected exit and cancels its timers', async () => {
    let ticks = 0
    const ticker = defineNode((node) => node.onInit(() => node.every(5, () => ticks++)))
    const s = scenario({ simNode: ticker })
    s.init('n1')
    s.at(12).do(() => void s.handle('n1').stop())
    await s.runUntil(100)
    expect(ticks).toBe(2)
    expect(s.exits).toMatchObject([{ node: 'n1', code: 0, expected: true }])
  })
})

describe('node kit rpc', () => {
  it('resolves with the reply, or null after the time-out on the node clock', async () => {
    const outcomes: [number, unknown][] = []
    const caller = defineNode((node) => {
      node.on('go', () => {
        void node.rpc('lin-tso', { type: 'ts' }, 100).then((r) => outcomes.push([node.now(), r]))
        void node.rpc('n2', { type: 'ts' }, 100).then((r) => outcomes.push([node.now(), r]))
      })
    })
    const s = scenario({ simNode: caller, latencyMs: 10, services: ['lin-tso'] })
    s.init()
    s.at(1).do(() => s.handle('n2').pause())
    s.at(5).send('c0', 'n1', { type: 'go' })
    await s.runUntil(300)
    expect(outcomes).toEqual([
      [25, { type: 'ts_ok', ts: 0, in_reply_to: 1 }],
      [105, null],
    ])
  })
})
