/**
 * A failing stage as short plain paragraphs: what went wrong (one plain sentence), the
 * evidence (the explanation the checkers produced, then the criteria that missed their
 * targets), the first hint, the concept page and the local replay command. Plain text: each
 * renderer (summary, comment, check run, the HTML page) escapes and formats it.
 */
import type { CriterionResult, StageResult } from '../results/index.js'

export type ParagraphKind = 'reason' | 'evidence' | 'criteria' | 'hint' | 'docs' | 'replay'

export interface ExplainParagraph {
  kind: ParagraphKind
  text: string
}

const MAX_EVIDENCE_PARAGRAPHS = 4

export function statusWord(stage: StageResult): string {
  switch (stage.status) {
    case 'pass':
      return 'passed'
    case 'fail':
      return 'failed'
    case 'unknown':
      return 'could not be decided (unknown never counts as a pass)'
    case 'inconclusive':
      return 'was inconclusive (neither passed nor failed)'
    case 'error':
      return 'could not run'
    case 'skipped':
      return 'was skipped (an earlier stage failed)'
  }
}

/** `servers msgs/op: 31.2, target < 30 ✗` */
export function formatCriterion(criterion: CriterionResult): string {
  const mark = criterion.pass === true ? '✓' : criterion.pass === false ? '✗' : '?'
  const unit =
    typeof criterion.measured === 'number' && criterion.unit !== undefined
      ? ` ${criterion.unit}`
      : ''
  return `${criterion.label}: ${formatMeasured(criterion.measured)}${unit}, target ${criterion.threshold} ${mark}`
}

export function formatMeasured(measured: CriterionResult['measured']): string {
  if (measured === null) {
    return 'not measured'
  }
  if (typeof measured === 'number') {
    return Number.isInteger(measured) ? String(measured) : measured.toFixed(measured < 10 ? 2 : 1)
  }
  return String(measured)
}

/** The paragraphs for one stage; a passing stage gets only its reason. */
export function explainStage(stage: StageResult): ExplainParagraph[] {
  const paragraphs: ExplainParagraph[] = [
    {
      kind: 'reason',
      text: `Stage ${stage.number} ${stage.title} ${statusWord(stage)}: ${stage.reason}`,
    },
  ]
  if (stage.status === 'pass' || stage.status === 'skipped') {
    return paragraphs
  }
  // The replay command gets its own paragraph below.
  const evidence = stage.explanation.filter((text) => !text.startsWith('Replay this seed'))
  for (const text of evidence.slice(0, MAX_EVIDENCE_PARAGRAPHS)) {
    paragraphs.push({ kind: 'evidence', text })
  }
  const missed = stage.criteria.filter((criterion) => criterion.pass !== true)
  if (missed.length > 0) {
    paragraphs.push({
      kind: 'criteria',
      text: `Missed: ${missed.map(formatCriterion).join('; ')}.`,
    })
  }
  const failingSeeds = stage.seeds.filter((seed) => seed.valid !== true || seed.exitCode !== 0)
  if (stage.seeds.length > 1 && failingSeeds.length > 0) {
    paragraphs.push({
      kind: 'evidence',
      text: `${failingSeeds.length} of ${stage.seeds.length} seeds failed: ${failingSeeds.map((seed) => seed.seed).join(', ')}. Every seed must pass.`,
    })
  }
  if (stage.hint !== undefined && stage.hint !== '') {
    paragraphs.push({ kind: 'hint', text: `Hint: ${stage.hint}` })
  }
  if (stage.docsPath !== undefined && stage.docsPath !== '') {
    paragraphs.push({ kind: 'docs', text: `Concept: ${stage.docsPath}` })
  }
  if (stage.replay !== '') {
    paragraphs.push({ kind: 'replay', text: stage.replay })
  }
  return paragraphs
}

/** The same paragraphs as plain text lines (for logs and plain pages). */
export function explainStageText(stage: StageResult): string[] {
  return explainStage(stage).map((paragraph) =>
    paragraph.kind === 'replay' ? `Replay locally: ${paragraph.text}` : paragraph.text,
  )
}
