/**
 * The combined grading report of one Action run: what `results` (the output path) holds, what
 * every renderer in report/ takes, and what a publish-only job reads back from matrix jobs.
 * Plain JSON values only, so it round-trips through a file; validated on the way in
 * (see action/results.ts), because a results file from another job is untrusted data.
 */
import type { GradeReport } from '../results/index.js'

export { REPORT_FORMAT_VERSION } from '../results/index.js'
export type { BuildReport, GradeReport } from '../results/index.js'

export interface Score {
  score: number
  maxScore: number
  passed: boolean
  tracksPassed: number
  tracksTotal: number
}

export function scoreOf(report: GradeReport): Score {
  let score = 0
  let maxScore = 0
  let tracksPassed = 0
  for (const track of report.tracks) {
    const passedStages = track.stages.filter((stage) => stage.status === 'pass').length
    score += passedStages
    maxScore += track.stages.length
    if (track.stages.length > 0 && passedStages === track.stages.length) {
      tracksPassed += 1
    }
  }
  const buildFailed = report.builds.some((build) => build.exitCode !== 0 || build.timedOut)
  return {
    score,
    maxScore,
    passed: !buildFailed && maxScore > 0 && score === maxScore,
    tracksPassed,
    tracksTotal: report.tracks.length,
  }
}
