// Learner replies in a run's journal checked against a track's RPC schemas.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkJournalReplies } from '../../src/grading/rpc-check.js'
import { loadTracks } from '../../src/grading/tracks.js'
import { findTrack } from '../../src/tracks/find.js'
import { createRpcValidator } from '../../src/tracks/rpc.js'

const send = (seq: number, src: string, dest: string, body: object): string =>
  JSON.stringify({ seq, time: seq, type: 'send', message: { src, dest, body } })

describe('reply check', () => {
  const validate = createRpcValidator(findTrack(loadTracks(), 'rpc'))

  it('counts the replies to clients that do not match, with node, field and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rpc-check-'))
    const lines = [
      send(0, 'c1', 'n0', { type: 'read', key: 1, msg_id: 1 }),
      send(1, 'n0', 'c1', { type: 'read_ok', elements: [1, 2], in_reply_to: 1 }),
      send(2, 'n0', 'n1', { type: 'read_ok', elements: 'not checked: server to server' }),
      send(3, 'n1', 'c2', { type: 'read_ok', elements: '1,2', in_reply_to: 4 }),
      JSON.stringify({
        seq: 4,
        type: 'deliver',
        message: { src: 'n1', dest: 'c2', body: { type: 'read_ok', elements: 'x' } },
      }),
      send(5, 'n1', 'c2', { type: 'append_ok' }),
    ]
    writeFileSync(join(dir, 'journal.jsonl'), lines.join('\n') + '\n')
    const result = await checkJournalReplies(dir, validate)
    expect(result.checkedCount).toBe(3)
    expect(result.mismatchCount).toBe(2)
    expect(result.mismatches[0]).toMatchObject({
      node: 'n1',
      message: 'in a "read_ok" message, field "elements" must be array, but it was "1,2"',
    })
    expect(result.mismatches[1]?.message).toContain('must carry field "in_reply_to"')
  })

  it('measures nothing without a journal (never a pass by default)', async () => {
    const result = await checkJournalReplies(mkdtempSync(join(tmpdir(), 'rpc-check-')), validate)
    expect(result.mismatchCount).toBeNull()
  })
})
