// dsgrade.yml loader: valid files, and errors that name the file, the line, the expectation
// and what was found.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, parseConfig } from '../../src/config/index.js'
import { ConfigError } from '../../src/shared/errors.js'

function errorOf(text: string, known?: string[]): ConfigError {
  try {
    parseConfig(text, 'dsgrade.yml', known)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', () => {
  it('reads the example of interfaces.md §3, keeping track order', () => {
    const config = parseConfig(
      [
        'version: 1',
        'build: make',
        'tracks:',
        '  messenger:',
        '    run: ./bin/messenger',
        '  broadcast:',
        '    build: go build -o bin/broadcast ./cmd/broadcast',
        '    run: ./bin/broadcast',
      ].join('\n'),
      'dsgrade.yml',
    )
    expect(config).toEqual({
      version: 1,
      build: 'make',
      tracks: [
        { id: 'messenger', run: './bin/messenger' },
        {
          id: 'broadcast',
          run: './bin/broadcast',
          build: 'go build -o bin/broadcast ./cmd/broadcast',
        },
      ],
      lines: { messenger: 4, broadcast: 6, build: 2 },
    })
  })

  it('names the line of a missing run command', () => {
    const error = errorOf('version: 1\ntracks:\n  messenger:\n    build: make\n')
    expect(error.message).toBe(
      'dsgrade.yml:4: at "tracks.messenger.run": missing; expected a command line (a string)',
    )
    expect(error.line).toBe(4)
  })

  it('names a wrong version and what was found', () => {
    const error = errorOf('version: 2\ntracks:\n  messenger:\n    run: ./n\n')
    expect(error.message).toBe('dsgrade.yml:1: at "version": expected 1, found number 2')
  })

  it('names an unexpected key with its line', () => {
    const error = errorOf('version: 1\ntracks:\n  messenger:\n    run: ./n\n    runn: ./m\n')
    expect(error.message).toBe(
      'dsgrade.yml:5: at "tracks.messenger": unexpected key "runn"; expected only "run" and "build". Did you mean "run"?',
    )
  })

  it('reports a list where a command is expected', () => {
    const error = errorOf('version: 1\ntracks:\n  messenger:\n    run:\n      - a\n      - b\n')
    expect(error.message).toBe(
      'dsgrade.yml:5: at "tracks.messenger.run": expected a command line (a string), found a list',
    )
  })

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf('version: 1\ntracks:\n  messenger:\n    run: "./n\n')
    expect(error.line).toBeGreaterThanOrEqual(4)
    expect(error.message).toMatch(/^dsgrade\.yml:\d+: not valid YAML: /)
  })

  it('rejects an empty tracks map and unknown track ids', () => {
    expect(errorOf('version: 1\ntracks: {}\n').message).toBe(
      'dsgrade.yml:2: expected at least one track under "tracks:" (for example "messenger:" with a "run:" command), found none',
    )
    expect(
      errorOf('version: 1\ntracks:\n  mesenger:\n    run: ./n\n', ['messenger', 'rpc']).message,
    ).toBe(
      'dsgrade.yml:3: expected a track id (one of messenger, rpc), found "mesenger". Did you mean "messenger"?',
    )
  })

  it('names a mistyped top-level key before the key it hides (trakcs: → tracks)', () => {
    const error = errorOf('version: 1\ntrakcs:\n  messenger:\n    run: ./n\n')
    expect(error.message).toBe(
      'dsgrade.yml:2: at the top level: unexpected key "trakcs"; expected only "version", "build" and "tracks". Did you mean "tracks"?',
    )
  })

  it('reports an empty file as a missing version', () => {
    expect(errorOf('').message).toBe('dsgrade.yml: at "version": missing; expected 1')
  })
})

describe('loadConfig', () => {
  it('reads a file and names a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-test-'))
    writeFileSync(join(dir, 'dsgrade.yml'), 'version: 1\ntracks:\n  messenger:\n    run: ./n\n')
    const config = await loadConfig(join(dir, 'dsgrade.yml'))
    expect(config.tracks).toEqual([{ id: 'messenger', run: './n' }])
    await expect(loadConfig(join(dir, 'nope.yml'), { displayPath: 'nope.yml' })).rejects.toThrow(
      /^nope\.yml: cannot read the file \(it does not exist\)/,
    )
  })
})
