// report.html renderers: axis units chosen by the span (never "0 µs" on a seconds-long run),
// fault windows drawn at a visible minimum width with their label, the stage's hint and
// concept link shown from what results.json carries.
import { describe, expect, it } from 'vitest'
import { renderReportHtml } from '../../src/report/html.js'
import { axisUnit, formatTick } from '../../src/report/html/escape.js'
import { endpointOrder } from '../../src/report/html/lamport.js'
import { FAULT_MIN_WIDTH_PX, renderTimeline } from '../../src/report/html/timeline.js'

describe('axis ticks', () => {
  it('chooses ms or s by the span, never µs', () => {
    expect(axisUnit(500e6)).toBe('ms')
    expect(axisUnit(10e9)).toBe('s')
    expect(formatTick(0, 10e9)).toBe('0 s')
    expect(formatTick(5e9, 10e9)).toBe('5.0 s')
    expect(formatTick(0, 500e6)).toBe('0 ms')
    expect(formatTick(250e6, 500e6)).toBe('250 ms')
    for (let i = 0; i <= 10; i++) {
      expect(formatTick((60e9 * i) / 10, 60e9)).not.toContain('µs')
    }
  })
})

describe('fault bands', () => {
  it('draws an 82 ms partition in a 60 s run at least the minimum width, labelled', () => {
    const svg = renderTimeline({
      pairs: [],
      endNs: 60e9,
      id: 't',
      faults: [
        {
          kind: 'partition',
          startNs: 30e9,
          endNs: 30.082e9,
          description: 'partition n0 | n1',
        },
      ],
    })
    const width = /<g class="fault[^"]*"><rect [^>]*width="([\d.]+)"/.exec(svg)
    expect(width).not.toBeNull()
    expect(Number(width?.[1])).toBeGreaterThanOrEqual(FAULT_MIN_WIDTH_PX)
    expect(svg).toContain('partition 82 ms')
    expect(svg).toContain('0 s')
    expect(svg).not.toContain('µs')
  })
})

describe('stage hint and concept link', () => {
  it('shows stage.hint and stage.docsPath; neither when absent', () => {
    const results = {
      valid: false,
      stage: {
        track: 't',
        stage: 's',
        number: '1',
        title: 'T',
        status: 'fail',
        criteria: [
          { id: 'valid', label: 'valid', measured: false, threshold: '= true', pass: false },
        ],
        hint: 'Retry <until> acked',
        docsPath: 'docs/concepts/retries.md',
      },
    }
    const html = renderReportHtml({ results, history: [], journal: [], nodeIds: ['n0'] })
    expect(html).toContain('id="hint">Hint: Retry &#60;until&#62; acked')
    expect(html).toContain('<a href="docs/concepts/retries.md"')
    expect(html).not.toContain('Missed:')
    const bare = renderReportHtml({
      results: { valid: true },
      history: [],
      journal: [],
      nodeIds: ['n0'],
    })
    expect(bare).not.toContain('id="hint"')
    expect(bare).not.toContain('id="concept"')
  })
})

describe('Lamport lanes', () => {
  it('puts the server lanes first, then services, then clients', () => {
    const message = (src: string, dest: string) => ({
      time: 1,
      kind: 'deliver',
      message: { id: 0, src, dest, body: { type: 'x' } },
    })
    const events = [message('c2', 'n1'), message('n1', 'seq-kv'), message('c1', 'n0')]
    expect(endpointOrder(events as never, ['n0', 'n1'])).toEqual(['n0', 'n1', 'seq-kv', 'c1', 'c2'])
  })
})
