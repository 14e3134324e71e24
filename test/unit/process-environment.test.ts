// The node environment is an allow-list: secrets and runner variables never get through, and
// a real child process sees exactly the listed variables.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildBaseEnvironment, buildNodeEnvironment } from '../../src/process/environment.js'

const hostile = {
  PATH: '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  TZ: 'UTC',
  CI: 'true',
  HOME: '/home/runner',
  TMPDIR: '/tmp/runner',
  GITHUB_TOKEN: 'ghs_secret',
  GITHUB_OUTPUT: '/home/runner/out',
  ACTIONS_RUNTIME_TOKEN: 'secret',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
  INPUT_TOKEN: 'secret',
  NODE_OPTIONS: '--require /evil.js',
  AWS_SECRET_ACCESS_KEY: 'secret',
  LD_PRELOAD: '/evil.so',
}

describe('buildNodeEnvironment', () => {
  it('keeps only the allow-list', () => {
    const env = buildNodeEnvironment({
      nodeId: 'n3',
      dataDir: '/store/data/n3',
      seed: 42,
      homeDir: '/tmp/home-n3',
      tmpDir: '/tmp/tmp-n3',
      base: hostile,
    })
    expect(env).toEqual({
      PATH: '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      CI: 'true',
      HOME: '/tmp/home-n3',
      TMPDIR: '/tmp/tmp-n3',
      DSGRADE_NODE_ID: 'n3',
      DSGRADE_DATA_DIR: '/store/data/n3',
      DSGRADE_SEED: '42',
    })
  })

  it('gives a default PATH when the base has none', () => {
    const env = buildBaseEnvironment({ homeDir: '/h', tmpDir: '/t', base: {} })
    expect(env.PATH).toContain('/usr/bin')
    expect(Object.keys(env).sort()).toEqual(['HOME', 'PATH', 'TMPDIR'])
  })

  it('is exactly what a real child process sees', () => {
    const env = buildNodeEnvironment({
      nodeId: 'n1',
      dataDir: '/d',
      seed: 1,
      homeDir: '/h',
      tmpDir: '/t',
      base: { ...hostile, PATH: process.env.PATH },
    })
    const seen = execFileSync('/usr/bin/env', [], { env }).toString().trim().split('\n').sort()
    expect(seen).toEqual(
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .sort(),
    )
  })
})
