// Learner replies checked against a track's RPC schemas during the run: the run's reply
// checker, fed journal events as the network records them, and a real in-process run.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTracks } from '../../src/grading/tracks.js'
import type { JournalEvent } from '../../src/network/index.js'
import { ReplyChecker, runTest } from '../../src/run/index.js'
import { silentLogger } from '../../src/shared/logger.js'
import { findTrack } from '../../src/tracks/find.js'
import { createRpcValidator } from '../../src/tracks/rpc.js'
import { testOptions } from '../helpers/run-options.js'
import { simEcho } from '../helpers/sim-nodes.js'

const event = (
  seq: number,
  type: JournalEvent['type'],
  src: string,
  dest: string,
  body: object,
): JournalEvent => ({
  seq,
  time: seq,
  type,
  message: { src, dest, body } as JournalEvent['message'],
})

describe('reply check', () => {
  const validate = createRpcValidator(findTrack(loadTracks(), 'rpc'))

  it('counts the replies to clients that do not match, with node, field and line', () => {
    const checker = new ReplyChecker(validate)
    const events = [
      event(0, 'send', 'c1', 'n0', { type: 'read', key: 1, msg_id: 1 }),
      event(1, 'send', 'n0', 'c1', { type: 'read_ok', elements: [1, 2], in_reply_to: 1 }),
      event(2, 'send', 'n0', 'n1', { type: 'read_ok', elements: 'not checked: server to server' }),
      event(3, 'send', 'n1', 'c2', { type: 'read_ok', elements: '1,2', in_reply_to: 4 }),
      event(4, 'deliver', 'n1', 'c2', { type: 'read_ok', elements: 'x' }),
      event(5, 'send', 'n1', 'c2', { type: 'append_ok' }),
    ]
    events.forEach((e) => checker.add(e))
    const result = checker.result()
    expect(result.checkedCount).toBe(3)
    expect(result.mismatchCount).toBe(2)
    expect(result.mismatches[0]).toMatchObject({
      node: 'n1',
      message: 'in a "read_ok" message, field "elements" must be array, but it was "1,2"',
    })
    expect(result.mismatches[1]?.message).toContain('must carry field "in_reply_to"')
  })

  it('checks every reply of a real run, and writes results.json only when asked', async () => {
    const messenger = createRpcValidator(findTrack(loadTracks(), 'messenger'))
    const outcome = await runTest({
      options: testOptions({ workload: 'echo', timeLimitS: 5, rate: 10 }),
      storeDir: mkdtempSync(join(tmpdir(), 'rpc-check-')),
      logger: silentLogger,
      nodes: { kind: 'in-process', factory: simEcho },
      clock: 'virtual',
      writeResults: false,
      validateReply: messenger,
    })
    expect(outcome.replies?.checkedCount).toBeGreaterThan(10)
    expect(outcome.replies?.mismatchCount).toBe(0)
    expect(() => readFileSync(join(outcome.runDir, 'results.json'))).toThrow()
  })
})
