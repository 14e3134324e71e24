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
    const text = `${state.phase} ${state.elapsedS.toFixed(0)}/${state.totalS.toFixed(0)} s · ${state.opsDone} ops`
    process.stderr.write(`\r\x1b[K${text}`)
    this.progressShown = true
  }

  /** End of the command: leave the terminal clean. */
  done(): void {
    this.clearProgress()
  }
}

export function isInteractive(): boolean {
  return process.stdout.isTTY === true && process.env.CI !== 'true'
}
