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
