// `extra.pauseS`: the pause fault's own mean pause length (each uniform in [0, 2 × pauseS)),
// while the gaps between pauses keep the nemesis interval; without it pauses and gaps share
// the interval, drawn from the same stream as before (a seed replays the same schedule).
// Driven on the virtual clock with the recorded pause/resume operations.
import { describe, expect, it } from 'vitest'
import { Random, VirtualClock } from '../../src/network/index.js'
import { pause } from '../../src/nemesis/process-faults.js'
import type { NemesisWorld, NodeControl } from '../../src/nemesis/contract.js'
import type { TestOptions } from '../../src/options/index.js'

const NODES = ['n0', 'n1', 'n2', 'n3', 'n4']

interface Spans {
  pausedMs: number[]
  gapMs: number[]
  pausedShare: number
}

async function pauseSpans(extra: Record<string, unknown>, seed: number): Promise<Spans> {
  const clock = new VirtualClock()
  const times: { f: string; atMs: number }[] = []
  const control = (id: string): NodeControl => ({
    id,
    kill: () => Promise.resolve(),
    restart: () => Promise.resolve(),
    pause: () => undefined,
    resume: () => undefined,
  })
  const world = {
    options: { nemesisIntervalS: 0.5, timeScale: 1, extra } as unknown as TestOptions,
    nodeIds: NODES,
    clock,
    network: { setDown: () => undefined },
    nodes: new Map(NODES.map((id) => [id, control(id)])),
    record: (event: { type: string; f: string }) => {
      if (event.type === 'invoke') {
        times.push({ f: event.f, atMs: clock.now() })
      }
    },
  } as unknown as NemesisWorld
  const endMs = 600_000
  const run = pause.start(world, new Random(seed))
  await clock.runUntil(endMs)
  await run.stop()
  const pausedMs: number[] = []
  const gapMs: number[] = []
  for (let i = 1; i < times.length; i++) {
    const span = (times[i] as { atMs: number }).atMs - (times[i - 1] as { atMs: number }).atMs
    ;((times[i] as { f: string }).f === 'resume' ? pausedMs : gapMs).push(span)
  }
  const total = pausedMs.reduce((a, b) => a + b, 0) + gapMs.reduce((a, b) => a + b, 0)
  return { pausedMs, gapMs, pausedShare: pausedMs.reduce((a, b) => a + b, 0) / total }
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

describe('pause length (extra.pauseS)', () => {
  it('pauses last about pauseS on average while gaps keep the interval', async () => {
    const spans = await pauseSpans({ pauseS: 2 }, 11)
    expect(spans.pausedMs.length).toBeGreaterThan(100)
    expect(mean(spans.pausedMs)).toBeGreaterThan(1800)
    expect(mean(spans.pausedMs)).toBeLessThan(2200)
    expect(Math.max(...spans.pausedMs)).toBeLessThan(4000)
    expect(mean(spans.gapMs)).toBeGreaterThan(400)
    expect(mean(spans.gapMs)).toBeLessThan(600)
    expect(spans.pausedShare).toBeGreaterThan(0.75)
  })

  it('without it, pauses and gaps share the nemesis interval (about half the time paused)', async () => {
    const spans = await pauseSpans({}, 11)
    expect(mean(spans.pausedMs)).toBeGreaterThan(400)
    expect(mean(spans.pausedMs)).toBeLessThan(600)
    expect(spans.pausedShare).toBeGreaterThan(0.4)
    expect(spans.pausedShare).toBeLessThan(0.6)
  })

  it('a negative pauseS is ignored (the interval applies)', async () => {
    const spans = await pauseSpans({ pauseS: -1 }, 11)
    expect(spans, 'same schedule as without pauseS').toEqual(await pauseSpans({}, 11))
  })
})
