// --bin resolution on a real file system: paths relative to cwd, quoted command lines, PATH
// look-up, arguments after --, and the one-sentence errors (missing, directory, not executable).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveNodeCommand, splitCommandLine } from '../../src/process/command.js'
import { RunError } from '../../src/shared/errors.js'
import { removeTempDirs, tempDir } from './process-harness.js'

afterAll(removeTempDirs)

let cwd: string
let binDir: string

beforeAll(() => {
  cwd = tempDir('command-test')
  binDir = join(cwd, 'bin')
  mkdirSync(binDir)
  mkdirSync(join(cwd, 'src'))
  writeFileSync(join(cwd, 'node.py'), '#!/usr/bin/env python3\n')
  chmodSync(join(cwd, 'node.py'), 0o755)
  writeFileSync(join(cwd, 'plain.py'), 'print(1)\n')
  chmodSync(join(cwd, 'plain.py'), 0o644)
  writeFileSync(join(cwd, 'my node'), '#!/bin/sh\n')
  chmodSync(join(cwd, 'my node'), 0o755)
  writeFileSync(join(binDir, 'mytool'), '#!/bin/sh\n')
  chmodSync(join(binDir, 'mytool'), 0o755)
})

function resolve(bin: string, extraArgs: string[] = []) {
  return resolveNodeCommand(bin, { cwd, extraArgs, pathEnv: `${binDir}:/usr/bin:/bin` })
}

function errorOf(bin: string): string {
  try {
    resolve(bin)
  } catch (error) {
    expect(error).toBeInstanceOf(RunError)
    return (error as Error).message
  }
  throw new Error(`expected ${bin} to fail`)
}

describe('splitCommandLine', () => {
  it('splits like a shell, without expansion', () => {
    expect(splitCommandLine('python3 node.py')).toEqual(['python3', 'node.py'])
    expect(splitCommandLine(`  a "b c" 'd e' f\\ g "h\\"i" $HOME `)).toEqual([
      'a',
      'b c',
      'd e',
      'f g',
      'h"i',
      '$HOME',
    ])
    expect(splitCommandLine('x ""')).toEqual(['x', ''])
  })

  it('rejects an unclosed quote', () => {
    expect(() => splitCommandLine('python3 "node.py')).toThrow(RunError)
  })
})

describe('resolveNodeCommand', () => {
  it('resolves a path relative to cwd and appends the args after --', () => {
    expect(resolve('./node.py', ['--fast', '1'])).toEqual({
      file: join(cwd, 'node.py'),
      args: ['--fast', '1'],
      display: './node.py --fast 1',
    })
    expect(resolve('node.py').file).toBe(join(cwd, 'node.py'))
    expect(resolve(join(cwd, 'node.py')).file).toBe(join(cwd, 'node.py'))
  })

  it('takes a quoted command line and looks its first word up on PATH', () => {
    const command = resolve('python3 plain.py', ['x'])
    expect(command.file).toMatch(/\/python3$/)
    expect(command.args).toEqual(['plain.py', 'x'])
    expect(resolve('mytool --flag').file).toBe(join(binDir, 'mytool'))
  })

  it('uses an existing file whose name has spaces as a path', () => {
    expect(resolve('my node')).toMatchObject({ file: join(cwd, 'my node'), args: [] })
  })

  it('explains a missing file, a directory and a file that is not executable', () => {
    expect(errorOf('./missing.py')).toBe(
      `--bin ./missing.py: no such file ${join(cwd, 'missing.py')}; check the path (it is relative to the directory dsgrade runs in).`,
    )
    expect(errorOf('nosuchprogram')).toContain('no program "nosuchprogram" on PATH')
    expect(errorOf('./src')).toContain('is a directory')
    const notExecutable = errorOf('./plain.py')
    expect(notExecutable).toContain('chmod +x ./plain.py')
    expect(notExecutable).toContain('--bin "python3 ./plain.py"')
    expect(errorOf('  ')).toContain('--bin is empty')
  })
})
