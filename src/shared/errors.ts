/**
 * Errors that are *ours* to raise. A learner's mistake is never an exception: it is a
 * CheckResult or a ProtocolViolation value. These classes exist for bad input to dsgrade
 * itself (UsageError → exit 254), bad course data (TrackError), a test that cannot run
 * (RunError → exit 255) and our own bugs (InternalError → exit 255, "please report").
 */

export type ErrorCode =
  | 'USAGE'
  | 'TRACK'
  | 'CONFIG'
  | 'HISTORY_FORMAT'
  | 'RUN'
  | 'INTERNAL'

export class DsgradeError extends Error {
  readonly isDsgradeError = true
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Bad command-line arguments or inputs. Exit code 254. */
export class UsageError extends DsgradeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('USAGE', message, options)
  }
}

/** Invalid course data under tracks/. Names the file and the JSON pointer. */
export class TrackError extends DsgradeError {
  constructor(
    readonly file: string,
    readonly pointer: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('TRACK', `${file}${pointer ? ` at ${pointer}` : ''}: ${message}`, options)
  }
}

/** An invalid dsgrade.yml or other learner-supplied config file. */
export class ConfigError extends DsgradeError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('CONFIG', `${file}${line !== undefined ? `:${line}` : ''}: ${message}`, options)
  }
}

/** A history file that cannot be read. Names the file and the line. */
export class HistoryFormatError extends DsgradeError {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('HISTORY_FORMAT', `${file}:${line}: ${message}`, options)
  }
}

/**
 * The test could not run (a node failed init, the binary could not start). Exit code 255.
 * `message` is the one plain sentence shown to the learner.
 */
export class RunError extends DsgradeError {
  constructor(
    message: string,
    readonly node?: string,
    options?: { cause?: unknown },
  ) {
    super('RUN', message, options)
  }
}

/** Our own bug. */
export class InternalError extends DsgradeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INTERNAL', message, options)
  }
}

export function isDsgradeError(value: unknown): value is DsgradeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { isDsgradeError?: unknown }).isDsgradeError === true
  )
}
