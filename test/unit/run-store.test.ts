// The store layout and files: run directories (unique even within one millisecond), the
// `latest` link, history.jsonl round trip through the shared reader, replay quoting, and the
// worst exit code of several seeds.
import { mkdtempSync, readlinkSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseJsonlHistory, writeHistoryJsonl } from '../../src/history/jsonl.js'
import type { Op } from '../../src/history/types.js'
import { replayCommand, shellQuote } from '../../src/run/replay.js'
import { worstExitCode } from '../../src/run/seeds.js'
import { linkLatest, makeRunDir, runTimestamp } from '../../src/run/store.js'
import { testOptions } from '../helpers/run-options.js'

describe('store', () => {
  it('makes distinct run directories for runs started in the same millisecond', () => {
    const store = mkdtempSync(join(tmpdir(), 'store-'))
    const date = new Date('2026-11-24T08:05:39.123Z')
    const a = makeRunDir(store, 'echo', date)
    const b = makeRunDir(store, 'echo', date)
    expect(a).toBe(join(store, 'echo', '20261124T080539.123Z'))
    expect(b).toBe(`${a}-2`)
    linkLatest(store, b)
    expect(readlinkSync(join(store, 'latest'))).toBe(join('echo', '20261124T080539.123Z-2'))
    expect(runTimestamp(date)).not.toMatch(/:/)
  })

  it('writes history.jsonl that the shared reader reads back unchanged', async () => {
    const store = mkdtempSync(join(tmpdir(), 'history-'))
    const history: Op[] = [
      {
        index: 0,
        time: 10,
        process: 0,
        type: 'invoke',
        f: 'cas',
        key: 3,
        value: [2, 4],
        node: 'n1',
        client: 'c5',
      },
      {
        index: 1,
        time: 20,
        process: 0,
        type: 'fail',
        f: 'cas',
        key: 3,
        value: [2, 4],
        error: [22, 'precondition-failed'],
      },
      {
        index: 2,
        time: 30,
        process: 'nemesis',
        type: 'info',
        f: 'start-partition',
        value: { kind: 'partition', nodes: ['n1'] },
      },
    ]
    const path = join(store, 'history.jsonl')
    await writeHistoryJsonl(path, history)
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(3)
    expect(parseJsonlHistory(readFileSync(path, 'utf8'), path)).toEqual(history)
  })
})

describe('replay and seeds', () => {
  it('quotes only what needs quoting', () => {
    expect(shellQuote('./node.py')).toBe('./node.py')
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
    expect(shellQuote('a b')).toBe(`'a b'`)
    const options = testOptions({
      workload: 'echo',
      command: ['/usr/bin/python3', 'my node.py'],
      seed: 9,
      timeLimitS: 5,
    })
    expect(replayCommand(options)).toBe(
      `npx github:dsgrade/dsgrade#v1 test -w echo --bin /usr/bin/python3 --time-limit 5 --seed 9 -- 'my node.py'`,
    )
  })

  it('ranks exit codes could-not-run > invalid > unknown > valid', () => {
    expect(worstExitCode([0, 2, 1])).toBe(1)
    expect(worstExitCode([0, 2])).toBe(2)
    expect(worstExitCode([1, 255, 0])).toBe(255)
    expect(worstExitCode([])).toBe(0)
  })
})
