/**
 * The Action's Logger: our lines to the workflow log through @actions/core, and learner text
 * neutralised so it can never become a workflow command. The runner parses every stdout line
 * that starts with `::` (or `##[`) after trimming leading whitespace, so every learner line is
 * prefixed with a visible `│ `; blocks of learner output are also wrapped in
 * `::stop-commands::<random>` … `::<random>::`. Our own lines that could look like a command
 * (a checker reason quoting learner data) get the same prefix.
 */
import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import type { Logger } from '../shared/index.js'
import { safeLines, safeOneLine } from '../shared/index.js'

/** The shared sanitiser (src/shared/sanitize.ts); re-exported for the Action's callers. */
export { safeLines }

export class ActionLogger implements Logger {
  constructor(private readonly prefix = '') {}

  info(line: string): void {
    for (const safe of safeLines(line, false)) {
      core.info(`${this.prefix}${safe}`)
    }
  }

  warn(line: string): void {
    // core.warning escapes CR/LF/% in the message, so the text stays one annotation.
    core.warning(`${this.prefix}${safeOneLine(line)}`)
  }

  debug(line: string): void {
    for (const safe of safeLines(line, false)) {
      core.debug(`${this.prefix}${safe}`)
    }
  }

  learnerOutput(source: string, line: string): void {
    for (const safe of safeLines(line, true)) {
      core.info(`${this.prefix}${source} ${safe}`)
    }
  }

  /** A logger whose lines start with `[track] ` (tracks graded in parallel). */
  child(prefix: string): ActionLogger {
    return new ActionLogger(`${this.prefix}${prefix}`)
  }
}

/**
 * Runs `work` with workflow commands paused: whatever it prints between the two markers is
 * plain text to the runner. The token is random and long (the runner masks it).
 */
export async function withCommandsStopped<T>(work: () => Promise<T>): Promise<T> {
  const token = randomBytes(16).toString('hex')
  core.info(`::stop-commands::${token}`)
  try {
    return await work()
  } finally {
    core.info(`::${token}::`)
  }
}
