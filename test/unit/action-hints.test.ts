// Progressive hints from progress.json, on the real messenger track data.
import { describe, expect, it } from 'vitest'
import { applyHintLevels, hintIndex } from '../../src/action/hints.js'
import { loadTracks } from '../../src/grading/index.js'
import { updateProgress } from '../../src/report/progress.js'
import { sampleReport, stage } from '../fixtures/github/reports.js'

function failingEcho() {
  const report = sampleReport()
  report.tracks[0]!.stages = [
    stage({
      stageId: 'messenger/echo',
      number: '1.1',
      title: 'Echo',
      status: 'fail',
      hint: 'engine first hint',
    }),
  ]
  return report
}

describe('applyHintLevels', () => {
  const specs = loadTracks()
  const hints = specs
    .find((track) => track.id === 'messenger')!
    .stages.find((s) => s.fullId === 'messenger/echo')!.hints

  it('shows the next hint after each earlier failure, then stays on the last', () => {
    expect(hints.length).toBeGreaterThanOrEqual(2)
    let progress = null
    const shown: string[] = []
    for (let attempt = 0; attempt < hints.length + 1; attempt += 1) {
      const report = failingEcho()
      applyHintLevels(report, progress, specs)
      shown.push(report.tracks[0]!.stages[0]!.hint!)
      progress = updateProgress(progress, report, { commit: `c${attempt}`, date: 'd' })
    }
    // No progress file yet: the engine's hint (its first); then one level per failure.
    expect(shown).toEqual(['engine first hint', ...hints.slice(1), hints[hints.length - 1]])
  })

  it('keeps the engine hint without a progress file', () => {
    const report = failingEcho()
    applyHintLevels(report, null, specs)
    expect(report.tracks[0]!.stages[0]!.hint).toBe('engine first hint')
    expect(hintIndex(7, 3)).toBe(2)
  })
})

describe('applyHintLevels with hints that fit', () => {
  const specs = loadTracks()
  const spec = specs
    .find((track) => track.id === 'broadcast')!
    .stages.find((s) => s.fullId === 'broadcast/efficient-1')!

  it('after a failure, a latency failure gets the latency hints first, then the others', () => {
    const shown: string[] = []
    let progress = null
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const report = sampleReport()
      report.tracks[0]!.trackId = 'broadcast'
      report.tracks[0]!.stages = [
        stage({
          stageId: 'broadcast/efficient-1',
          number: '2.4',
          title: 'Efficient broadcast, part I',
          status: 'fail',
          hint: 'engine hint',
          criteria: [
            {
              id: 'stableLatency.max',
              label: 'max',
              threshold: '< 600 ms',
              measured: 900,
              pass: false,
            },
          ],
        }),
      ]
      applyHintLevels(report, progress, specs)
      shown.push(report.tracks[0]!.stages[0]!.hint!)
      progress = updateProgress(progress, report, { commit: `c${attempt}`, date: 'd' })
    }
    expect(shown).toEqual(['engine hint', spec.hints[0], spec.hints[2], spec.hints[2]])
  })
})
