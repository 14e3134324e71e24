// The Action's edge: inputs parsed with plain errors, the environment scrubbed of
// credentials, learner lines neutralised, results files validated and merged.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { selectTracks } from '../../src/action/grade.js'
import { readInputs, scrubEnvironment, readRunnerContext } from '../../src/action/inputs.js'
import { parseConfig } from '../../src/config/index.js'
import { safeLines } from '../../src/action/logger.js'
import { mergeReports, readResultsFiles, writeResults } from '../../src/action/results.js'
import { messengerTrack, sampleReport } from '../fixtures/github/reports.js'

const saved = { ...process.env }
afterEach(() => {
  for (const name of Object.keys(process.env)) {
    if (!(name in saved)) {
      delete process.env[name]
    }
  }
  Object.assign(process.env, saved)
})

describe('readInputs', () => {
  it('reads defaults and lists', () => {
    process.env['INPUT_TRACKS'] = 'messenger, broadcast\nraft'
    process.env['INPUT_SEED'] = '42'
    process.env['INPUT_CHECK-RUN'] = 'false'
    const inputs = readInputs()
    expect(inputs).toMatchObject({
      configPath: 'dsgrade.yml',
      tracks: ['messenger', 'broadcast', 'raft'],
      seed: 42,
      comment: 'auto',
      checkRun: false,
      badge: 'auto',
      badgeBranch: 'dsgrade-badges',
      mode: 'all',
      timeScale: 1,
      exploreSeeds: 0,
    })
  })

  it('reads explore-seeds: a whole number from 0 to 10000, else one sentence', () => {
    process.env['INPUT_EXPLORE-SEEDS'] = '250'
    expect(readInputs().exploreSeeds).toBe(250)
    process.env['INPUT_EXPLORE-SEEDS'] = '0'
    expect(readInputs().exploreSeeds).toBe(0)
    for (const bad of ['-1', '1.5', '10001', 'all', '1e3']) {
      process.env['INPUT_EXPLORE-SEEDS'] = bad
      expect(() => readInputs()).toThrow(
        `Input "explore-seeds" must be a whole number from 0 (no exploration) to 10000; found "${bad}".`,
      )
    }
  })

  it('names a bad input and what it must be', () => {
    process.env['INPUT_COMMENT'] = 'sometimes'
    expect(() => readInputs()).toThrow(
      'Input "comment" must be "auto", "always", "never"; found "sometimes".',
    )
    delete process.env['INPUT_COMMENT']
    process.env['INPUT_SEED'] = '-1'
    expect(() => readInputs()).toThrow('Input "seed" must be a non-negative integer; found "-1".')
    delete process.env['INPUT_SEED']
    process.env['INPUT_TIME-SCALE'] = '2'
    expect(() => readInputs()).toThrow('Input "time-scale" must be a number in (0, 1]; found "2".')
  })
})

describe('selectTracks', () => {
  const config = parseConfig(
    'version: 1\ntracks:\n  messenger:\n    run: ./a\n  broadcast:\n    run: ./b\n',
    'dsgrade.yml',
  )

  it('keeps config order and names tracks the config does not list', () => {
    expect(selectTracks(config, null).map((track) => track.id)).toEqual(['messenger', 'broadcast'])
    expect(selectTracks(config, ['broadcast']).map((track) => track.id)).toEqual(['broadcast'])
    expect(() => selectTracks(config, ['raft'])).toThrow(
      'Input "tracks" names "raft", which the config does not list; it lists messenger, broadcast.',
    )
  })
})

describe('readRunnerContext', () => {
  it('uses the PR head SHA and detects a fork', () => {
    process.env.GITHUB_EVENT_PATH = join(
      process.cwd(),
      'test/fixtures/github/events/pull_request_fork.json',
    )
    process.env.GITHUB_REPOSITORY = 'learner/ds'
    process.env.GITHUB_SHA = '5'.repeat(40)
    const context = readRunnerContext()
    expect(context.headSha).toBe('4'.repeat(40))
    expect(context.pullRequest).toEqual({ number: 8, isFork: true })
  })
})

describe('scrubEnvironment', () => {
  it('removes the token, INPUT_* and runtime credentials, keeps file-command paths', () => {
    process.env.INPUT_TOKEN = 'secret'
    process.env.GITHUB_TOKEN = 'secret'
    process.env.ACTIONS_RUNTIME_TOKEN = 'secret'
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'secret'
    process.env.GITHUB_OUTPUT = '/tmp/out'
    scrubEnvironment('')
    expect(Object.entries(process.env).filter(([, value]) => value === 'secret')).toEqual([])
    expect(process.env.GITHUB_OUTPUT).toBe('/tmp/out')
  })
})

describe('safeLines', () => {
  it('prefixes every learner line so none starts with :: after trimming', () => {
    const lines = safeLines(
      'ok\n  ::error::x\r::add-mask::y\n##[error]z\n\u001b[31m::warning::w',
      true,
    )
    expect(lines).toEqual([
      '│ ok',
      '│   ::error::x',
      '│ ::add-mask::y',
      '│ ##[error]z',
      '│ ::warning::w',
    ])
    for (const line of lines) {
      expect(line.trimStart().startsWith('::')).toBe(false)
    }
  })

  it('leaves our own plain lines alone but defuses a risky one', () => {
    expect(safeLines('Track 1 · messenger\n::stop-commands::abc', false)).toEqual([
      'Track 1 · messenger',
      '│ ::stop-commands::abc',
    ])
  })
})

describe('results files', () => {
  it('round-trips, merges a matrix and refuses foreign files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-'))
    const a = sampleReport({ notGraded: ['broadcast'] })
    const b = sampleReport({
      tracks: [{ ...messengerTrack(), trackId: 'broadcast', title: 'broadcast' }],
      notGraded: ['messenger'],
      warnings: ['w'],
    })
    await writeResults(join(dir, 'm', 'a.json'), a)
    await writeResults(join(dir, 'b', 'b.json'), b)
    const reports = await readResultsFiles([dir])
    const merged = mergeReports(reports)
    expect(merged.tracks.map((track) => track.trackId)).toEqual(['broadcast', 'messenger'])
    expect(merged.notGraded).toEqual([])
    expect(merged.warnings).toEqual(['w'])
    writeFileSync(join(dir, 'evil.json'), JSON.stringify({ formatVersion: 1, tracks: 'x' }))
    await expect(readResultsFiles([join(dir, 'evil.json')])).rejects.toThrow(
      /is not a dsgrade results file: at "grader"/,
    )
    await expect(readResultsFiles([])).rejects.toThrow(/"results-files" is required/)
  })
})
