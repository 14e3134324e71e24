// TestOptions for tests of the runner, with Maelstrom's defaults, and paths of the JS
// fixture nodes (owned by the run area).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestOptions } from '../../src/options/test-options.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export function fixtureNode(name: string, ...args: string[]): string[] {
  return [process.execPath, join(root, 'test', 'fixtures', 'nodes', 'js', name), ...args]
}

export function testOptions(overrides: Partial<TestOptions> = {}): TestOptions {
  const nodeIds = overrides.nodeIds ?? ['n1', 'n2', 'n3', 'n4', 'n5']
  return {
    workload: 'echo',
    nodeIds,
    command: [],
    timeLimitS: 60,
    rate: 5,
    concurrency: nodeIds.length,
    latencyMs: 0,
    latencyDist: 'constant',
    nemesis: [],
    nemesisIntervalS: 10,
    topology: 'grid',
    availability: undefined,
    consistencyModels: ['strict-serializable'],
    keyCount: undefined,
    maxTxnLength: 4,
    maxWritesPerKey: 16,
    lossRatio: 0,
    duplicateRatio: 0,
    reorderRatio: 0,
    clientLossRatio: 0,
    clientDuplicateRatio: 0,
    logStderr: false,
    logNetSend: false,
    logNetRecv: false,
    seed: 1,
    timeScale: 1,
    cwd: root,
    extra: {},
    ...overrides,
  }
}
