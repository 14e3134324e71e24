/**
 * The CLI's Logger: plain lines on stdout, warnings on stderr, learner output prefixed with
 * its node, debug only with --verbose. Progress redraws one line on a TTY and is silent when
 * stdout is not a TTY or CI=true (quiet, line-oriented logs). Every line passes the shared
 * sanitiser (shared/sanitize.ts): a CLI run inside a workflow step must not turn learner bytes
 * into workflow commands either.
 */
import type { Logger } from '../shared/index.js'
import { safeLabelledText } from '../shared/index.js'

export interface CliLoggerOptions {
  verbose: boolean
  interactive: boolean
}

export class CliLogger implements Logger {
  private progressShown = false
  readonly progress: Logger['progress']

  constructor(private readonly options: CliLoggerOptions) {
    this.progress = options.interactive ? (state) => this.drawProgress(state) : undefined
  }

  private clearProgress(): void {
    if (this.progressShown) {
      process.stderr.write('\r\x1b[K')
      this.progressShown = false
    }
  }

  info(line: string): void {
    this.clearProgress()
    process.stdout.write(safeLabelledText('', line) + '\n')
  }

  warn(line: string): void {
    this.clearProgress()
    process.stderr.write(`${safeLabelledText('warning: ', line)}\n`)
  }

  debug(line: string): void {
    if (this.options.verbose) {
      this.clearProgress()
      process.stderr.write(`${safeLabelledText('debug: ', line)}\n`)
    }
  }

  learnerOutput(source: string, line: string): void {
    this.clearProgress()
    process.stderr.write(`${safeLabelledText(`[${source}] `, line)}\n`)
  }

  private drawProgress(state: {
    phase: string
    elapsedS: number
    totalS: number
    opsDone: number
  }): void {
    process.stderr.write(`\r\x1b[K${progressText(state)}`)
    this.progressShown = true
  }

  /** End of the command: leave the terminal clean. */
  done(): void {
    this.clearProgress()
  }
}

/**
 * "main 3/20 s · 41 ops": the main phase against its length, never past it; the phases after
 * it (heal, recovery, final) have no fixed length, so they show only their own time.
 */
export function progressText(state: {
  phase: string
  elapsedS: number
  totalS: number
  opsDone: number
}): string {
  const elapsed = Math.max(0, state.elapsedS)
  const time =
    state.phase === 'main'
      ? `${Math.min(elapsed, state.totalS).toFixed(0)}/${state.totalS.toFixed(0)} s`
      : `${elapsed.toFixed(0)} s`
  return `${state.phase} ${time} · ${state.opsDone} ops`
}

export function isInteractive(): boolean {
  return process.stdout.isTTY === true && process.env.CI !== 'true'
}
