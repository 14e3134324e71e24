import { it } from 'vitest'
import { readFileSync } from 'node:fs'
import { checkStats } from '../../src/checkers/basic/stats.js'
import { checkAvailability } from '../../src/checkers/basic/availability.js'
import { faultWindows } from '../../src/history/windows.js'
import { splitByFaults } from '../../src/checkers/basic/fault-split.js'
import { writtenValueBytes } from '../../src/run/results.js'
import { runResultsSchema } from '../../src/results/index.js'
import { renderReportHtml } from '../../src/report/index.js'
import { serialize } from 'node:v8'

it('times end-of-run pieces', () => {
  const dir = process.env.RUN_DIR!
  const history = readFileSync(dir + '/history.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  const results = JSON.parse(readFileSync(dir + '/results.json', 'utf8'))
  const t = (label: string, f: () => unknown) => {
    const best: number[] = []
    for (let i = 0; i < 5; i++) { const a = performance.now(); f(); best.push(performance.now() - a) }
    console.log(label.padEnd(24), best.map((x) => x.toFixed(1)).join(' '))
  }
  console.log('ops', history.length)
  t('structuredClone', () => structuredClone(history))
  t('v8.serialize', () => serialize(history))
  t('checkStats', () => checkStats(history))
  t('checkAvailability', () => checkAvailability(history, undefined))
  const w = faultWindows(history)
  t('faultWindows', () => faultWindows(history))
  t('splitByFaults', () => splitByFaults(history, w))
  t('writtenValueBytes', () => writtenValueBytes(history))
  t('zod results', () => runResultsSchema.safeParse(results))
  t('stringify results', () => JSON.stringify(results, null, 2))
  t('stringify history', () => history.map((h) => JSON.stringify(h)).join('\n'))
  t('report html', () => renderReportHtml({ results, history, journal: [], nodeIds: results.options.nodeIds, title: 'x' }))
})
