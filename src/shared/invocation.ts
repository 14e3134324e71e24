/**
 * How a learner runs dsgrade from a terminal, as printed in every command we show (replay
 * lines, the job summary, the comment, report.html). One place, so it changes in one commit.
 *
 * The package is not on the npm registry yet, so `npx dsgrade` would answer 404: until it is,
 * the printed commands fetch the tagged release from GitHub (`npx github:dsgrade/dsgrade#v1`,
 * which needs only git and network access; the bundle in dist/ is committed, nothing is
 * compiled). Once published, set this to `npx dsgrade`. The README states both.
 */
export const DSGRADE_INVOCATION = 'npx github:dsgrade/dsgrade#v1'

/** The registry form, for the day the package is published (README: "once published"). */
export const DSGRADE_REGISTRY_INVOCATION = 'npx dsgrade'
