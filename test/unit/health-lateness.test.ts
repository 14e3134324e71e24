// Which lateness figure the vouching rule reads as the harness's p99 (run/health.ts,
// worstLateness): a source with fewer samples than a p99 needs gives only a stall.
import { describe, expect, it } from 'vitest'
import { MIN_TAIL_SAMPLES, worstLateness } from '../../src/run/health.js'

describe('the lateness the vouching rule reads', () => {
  it('does not take one late timer for a p99', () => {
    // raft/lossy, stop 25's idle demo, a rerun with half the machine kept for it: client pacing
    // was sampled once (112 ms), 8,539 deliveries had a p99 of 7.4 ms, the event loop 8 ms.
    const worst = worstLateness([
      { source: 'delivery lateness', p99: 7.387, max: 140.6, count: 8539 },
      { source: 'client pacing lateness', p99: 112.478, max: 112.478, count: 1 },
      { source: 'event-loop delay', p99: 7.99, max: 106.5, count: Infinity },
    ])
    expect(worst).toMatchObject({ source: 'event-loop delay', p99: 7.99 })
  })

  it('reads pacing once it has enough samples to have a p99', () => {
    const worst = worstLateness([
      { source: 'delivery lateness', p99: 7, max: 140, count: 8539 },
      { source: 'client pacing lateness', p99: 60, max: 90, count: MIN_TAIL_SAMPLES },
      { source: 'event-loop delay', p99: 8, max: 106, count: Infinity },
    ])
    expect(worst).toMatchObject({ source: 'client pacing lateness', p99: 60 })
    // One sample fewer: the pacing p99 is its max, a stall, not a p99.
    expect(
      worstLateness([
        { source: 'delivery lateness', p99: 7, max: 140, count: 8539 },
        { source: 'client pacing lateness', p99: 60, max: 90, count: MIN_TAIL_SAMPLES - 1 },
      ]).source,
    ).toBe('delivery lateness')
  })

  it('never reads less than was measured when no source has enough samples', () => {
    // The virtual clock has no event loop figure; a short run may have few of either.
    const worst = worstLateness([
      { source: 'delivery lateness', p99: 30, max: 30, count: 12 },
      { source: 'client pacing lateness', p99: 45, max: 45, count: 3 },
    ])
    expect(worst).toMatchObject({ source: 'client pacing lateness', p99: 45 })
  })
})
