// runBuildCommand with real shells: exit status, output lines and tail, allow-listed
// environment, and a time-out that kills the whole process group.
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runBuildCommand } from '../../src/process/build.js'
import { buildBaseEnvironment } from '../../src/process/environment.js'
import { processesWithMarker, removeTempDirs, tempDir } from './process-harness.js'

afterAll(removeTempDirs)

const cwd = tempDir('build-test')
const env = buildBaseEnvironment({ homeDir: cwd, tmpDir: cwd, base: { PATH: process.env.PATH } })

describe('runBuildCommand', () => {
  it('reports the status and the output lines in order', async () => {
    const lines: string[] = []
    const result = await runBuildCommand('echo compiling; echo warning >&2; printf tail; exit 4', {
      cwd,
      env,
      timeoutMs: 10_000,
      onLine: (line) => lines.push(line),
    })
    expect(result.exitCode).toBe(4)
    expect(result.timedOut).toBe(false)
    expect(lines.sort()).toEqual(['compiling', 'tail', 'warning'])
    expect(result.outputTail).toHaveLength(3)
  })

  it('runs in cwd with only the allow-listed environment', async () => {
    const result = await runBuildCommand('pwd; env | sort', { cwd, env, timeoutMs: 10_000 })
    expect(result.exitCode).toBe(0)
    expect(result.outputTail[0]).toBe(cwd)
    expect(result.outputTail.slice(1).map((line) => line.split('=')[0])).toEqual(
      expect.arrayContaining(['HOME', 'PATH', 'TMPDIR']),
    )
    expect(result.outputTail.join('\n')).not.toMatch(/GITHUB|ACTIONS_|INPUT_/)
  })

  it('keeps only the last lines', async () => {
    const result = await runBuildCommand('seq 1 500', { cwd, env, timeoutMs: 10_000, tailLines: 5 })
    expect(result.outputTail).toEqual(['496', '497', '498', '499', '500'])
  })

  it('kills the whole group on time-out, background children included', async () => {
    const marker = join(cwd, 'build-marker')
    const before = performance.now()
    const result = await runBuildCommand('sleep 30 & sleep 30', {
      cwd,
      env: { ...env, DSGRADE_DATA_DIR: marker },
      timeoutMs: 300,
    })
    expect(result).toMatchObject({ exitCode: null, timedOut: true })
    expect(performance.now() - before).toBeLessThan(2000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(processesWithMarker(marker)).toEqual([])
  })

  it('does not wait for a background child that keeps the pipes open', async () => {
    const marker = join(cwd, 'build-marker-2')
    const before = performance.now()
    const result = await runBuildCommand('sleep 30 & echo done', {
      cwd,
      env: { ...env, DSGRADE_DATA_DIR: marker },
      timeoutMs: 10_000,
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputTail).toEqual(['done'])
    expect(performance.now() - before).toBeLessThan(2000)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(processesWithMarker(marker)).toEqual([])
  })
})
