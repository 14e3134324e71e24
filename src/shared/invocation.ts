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

/**
 * Where the published track pages live: a stage's concept page `tracks/<id>/docs/<page>.md`
 * (a path inside the package) is shown as this base followed by that path, in the terminal,
 * the job summary, the PR comment and report.html. The tagged release's files on GitHub, so
 * the page matches the grader that printed it.
 */
export const DSGRADE_DOCS_BASE = 'https://github.com/dsgrade/dsgrade/blob/v1/'

/** The docs base an edge passes down: `DSGRADE_DOCS_BASE` from its environment, else ours. */
export function docsBaseFrom(env: Readonly<Record<string, string | undefined>>): string {
  return env.DSGRADE_DOCS_BASE ?? DSGRADE_DOCS_BASE
}

/**
 * A concept page as a learner can open it: `base` + the package-relative path (a `/` is added
 * between them when missing). An empty base keeps the path (offline reading of a checkout). A
 * path outside the package (a course author's `--tracks-dir`: `../…` or absolute) is kept as it
 * is: the author's pages are not on our GitHub.
 */
export function conceptLink(docsPath: string, base: string): string {
  if (base === '' || docsPath.startsWith('/') || docsPath.startsWith('..')) {
    return docsPath
  }
  return `${base.endsWith('/') ? base : `${base}/`}${docsPath}`
}
