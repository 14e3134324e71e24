// `extra.faultSpare`: kill and pause never choose a spared node (mapreduce spares n0, every
// job's master), and target sizes count only the others. Driven on the virtual clock.
import { describe, expect, it } from 'vitest'
import { VirtualClock, Random } from '../../src/network/index.js'
import { kill, pause } from '../../src/nemesis/process-faults.js'
import type { NemesisPackage, NemesisWorld, NodeControl } from '../../src/nemesis/contract.js'
import type { TestOptions } from '../../src/options/index.js'

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4']

async function faultedNodes(
  pkg: NemesisPackage,
  extra: Record<string, unknown>,
): Promise<string[]> {
  const clock = new VirtualClock()
  const hit = new Set<string>()
  const control = (id: string): NodeControl => ({
    id,
    kill: () => Promise.resolve(),
    restart: () => Promise.resolve(),
    pause: () => undefined,
    resume: () => undefined,
  })
  const world = {
    options: { nemesisIntervalS: 1, timeScale: 1, extra } as unknown as TestOptions,
    nodeIds: NODES,
    clock,
    network: { setDown: () => undefined },
    nodes: new Map(NODES.map((id) => [id, control(id)])),
    record: (event: { value?: { nodes?: string[] } }) =>
      (event.value?.nodes ?? []).forEach((id) => hit.add(id)),
  } as unknown as NemesisWorld
  const run = pkg.start(world, new Random(7))
  await clock.runUntil(60_000)
  await run.stop()
  return [...hit].sort()
}

describe('faultSpare', () => {
  it.each([kill, pause])('$name never chooses a spared node', async (pkg) => {
    const all = await faultedNodes(pkg, { killTargets: ['all'], pauseTargets: ['all'] })
    expect(all).toContain('n0')
    const spared = await faultedNodes(pkg, {
      faultSpare: ['n0'],
      killTargets: ['all'],
      pauseTargets: ['all'],
    })
    expect(spared).not.toContain('n0')
    expect(spared).toEqual(['n1', 'n2', 'n3', 'n4'])
  })
})
