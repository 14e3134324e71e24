// Track 6 (leader-election) end to end with real processes: the Python and JS references pass
// every stage; each known-bad node fails its stage for the named reason (a vote forgotten on
// restart: double votes; a leader that does not step down: two leaders in one term; timers
// not reset by heartbeats: elections under a healthy leader; heartbeats on every tick: the
// message budget). Short runs (time scale), one seed each; many-seed figures are in the
// fidelity runs outside the suite (`dsgrade test --track leader-election --seeds 20`). The
// cases run one after another: timing criteria need the machine not to be swamped.
import { describe, it } from 'vitest'
import { expectBadFails, expectReferencePasses } from './stages-support.js'
import type { BadCase } from './stages-support.js'

const TRACK = 'leader-election'
const DIR = 'tracks/leader-election'
const BAD: BadCase[] = [
  {
    stage: 'crashes',
    node: `${DIR}/bad_no_persistence.py`,
    failing: 'election.doubleVotes',
    explanation: /voted twice in term \d+/,
    timeScale: 0.5,
    // A double vote needs a kill to catch every node unpaused (a paused survivor carries the
    // term on): 20/20 seeds failed beside 2 CPU hogs (stop 23), yet seed 1 alone passed once
    // in a loaded CI run. 3 seeds, as a learner's run of this stage gets.
    seeds: 3,
  },
  {
    stage: 'partitions',
    node: `${DIR}/bad-no-step-down.js`,
    failing: 'election.leadersPerTerm',
    explanation: /Two leaders in term \d+/,
    timeScale: 0.5,
  },
  { stage: 'stable', node: `${DIR}/bad_no_timer_reset.py`, failing: 'election.quietTermStarts' },
  { stage: 'quiet', node: `${DIR}/bad-chatty-heartbeats.js`, failing: 'election.msgsPerNodeS' },
]

describe('track leader-election', () => {
  it.each(['python/election.py', `${DIR}/reference.js`])(
    'reference %s passes every stage',
    (node) => expectReferencePasses(TRACK, node),
  )
  it.each(BAD)('$node fails $stage on $failing', async (bad) => {
    await expectBadFails(TRACK, bad)
  })
})
