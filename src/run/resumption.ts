/**
 * Service resumption after full restarts (raft-persistence/full-restart): for each restart the
 * nemesis recorded (`stop-full-restart`, its info line: every node is running and has answered
 * init again), the seconds until the first client operation invoked after it completed ok.
 *
 * Pure function of a history. Guarantees: a restart after which no operation succeeded is
 * counted in `unresumed` and makes `maxResumeS` null (not measured, so never a pass), rather
 * than a lower bound that a short run could make look good. A round the next full restart cut
 * short before any op succeeded carries `interruptedAfterS` and also makes `maxResumeS` null:
 * its time is unknown, so neither a pass nor a fail (a CI run on a loaded machine measured 6 s
 * across the second restart for a correct node). Absent when no full restart ran.
 */
import { pairOps, type Op } from '../history/index.js'
import type { RestartResumption, ResumptionFigures } from '../results/index.js'

const NS_PER_S = 1e9

export function resumption(history: readonly Op[]): ResumptionFigures | undefined {
  const restarts = history.filter(
    (op) => op.process === 'nemesis' && op.type === 'info' && op.f === 'stop-full-restart',
  )
  if (restarts.length === 0) {
    return undefined
  }
  // The next full restart's kill ends the window in which a round can be measured.
  const kills = history.filter(
    (op) => op.process === 'nemesis' && op.type === 'invoke' && op.f === 'start-full-restart',
  )
  const oks = pairOps(history)
    .filter((p) => p.complete?.type === 'ok')
    .map((p) => ({ invokeNs: p.invoke.time, okNs: (p.complete as Op).time }))
  const figures = restarts.map((restart, i): RestartResumption => {
    const first = oks
      .filter((o) => o.invokeNs >= restart.time)
      .reduce<number | null>((min, o) => (min === null || o.okNs < min ? o.okNs : min), null)
    const round = (restart.value as { round?: unknown } | undefined)?.round
    const nextKill = kills.find((k) => k.time > restart.time)
    const figure: RestartResumption = {
      round: typeof round === 'number' ? round : i + 1,
      restartedAtS: restart.time / NS_PER_S,
      resumeS: first === null ? null : (first - restart.time) / NS_PER_S,
    }
    if (nextKill !== undefined && (first === null || first > nextKill.time)) {
      // The next restart killed the nodes before any op could succeed: this round's time is
      // at least the gap, nothing more is known.
      return {
        ...figure,
        resumeS: null,
        interruptedAfterS: (nextKill.time - restart.time) / NS_PER_S,
      }
    }
    return figure
  })
  const interrupted = figures.filter((f) => f.interruptedAfterS !== undefined).length
  const unresumed = figures.filter(
    (f) => f.resumeS === null && f.interruptedAfterS === undefined,
  ).length
  const maxResumeS =
    unresumed > 0 || interrupted > 0 ? null : Math.max(...figures.map((f) => f.resumeS as number))
  return { restarts: figures, maxResumeS, unresumed }
}
