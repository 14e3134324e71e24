/**
 * The engine's only way to talk to a person. The CLI maps it to stdout/stderr (progress on a
 * TTY, quiet lines under CI=true); the Action maps it to @actions/core with learner text
 * neutralised so it can never become a workflow command.
 */

export interface Logger {
  /** A line for the person running the test. */
  info(line: string): void
  /** Something unusual but not fatal. */
  warn(line: string): void
  /** Details shown only with --verbose / ACTIONS_STEP_DEBUG. */
  debug(line: string): void
  /**
   * Learner-produced text (a node's stderr with --log-stderr, build output). Must be
   * neutralised before it reaches a workflow log.
   */
  learnerOutput(source: string, line: string): void
  /** Progress of long work; a TTY may redraw it in place, CI prints nothing or a line. */
  progress?(state: { phase: string; elapsedS: number; totalS: number; opsDone: number }): void
}

/** Collects lines; for tests and for the Action's buffered summary. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'info' | 'warn' | 'debug' | 'learner'; text: string }[] = []
  info(line: string): void {
    this.lines.push({ level: 'info', text: line })
  }
  warn(line: string): void {
    this.lines.push({ level: 'warn', text: line })
  }
  debug(line: string): void {
    this.lines.push({ level: 'debug', text: line })
  }
  learnerOutput(source: string, line: string): void {
    this.lines.push({ level: 'learner', text: `${source}: ${line}` })
  }
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  debug() {},
  learnerOutput() {},
}
