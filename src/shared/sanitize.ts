/**
 * The one sanitiser for every path that prints learner bytes (the CLI and the Action, stdout
 * and stderr, node stderr, build output, sentences quoting learner data). A GitHub runner reads
 * each line of a step's output and runs it as a workflow command when, after trimming leading
 * whitespace, it starts with `::` (or `##[`). Runners split lines on `\n`, `\r\n` and a bare
 * `\r`; we also treat `\u000b`, `\u000c`, `\u0085`, `\u2028` and `\u2029` as breaks, so no
 * reader that splits more eagerly can find a command either.
 *
 * Guarantees: `safeLines` returns lines with no line break and no control character (tabs
 * kept); terminal escape sequences (CSI, OSC, other ESC sequences) are removed before the
 * check, so `:\x1b[0m:error::` cannot turn into a command once the escape is gone; a line
 * that could be read as a command is prefixed with a visible `│ `. It does not escape
 * Markdown or HTML (report/escape.ts does that for summaries and comments).
 */

/* eslint-disable no-control-regex -- line breaks and control characters are the point */
/** Every sequence a reader may take as the end of a line. */
export const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/

/** OSC (ESC ] … BEL or ST), CSI (ESC [ … final), any other two-byte ESC sequence, 8-bit CSI. */
const ESCAPES =
  /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]?/g
/** C0 controls but tab and the line breaks, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g
/** Breaks other than CR and LF. */
const OTHER_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g
/* eslint-enable no-control-regex */

/** The visible prefix that makes a line plain text to a runner. */
export const SAFE_PREFIX = '│ '

/** Text without terminal escapes or control characters (line breaks kept). */
export function stripControls(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '')
}

/** True when a runner could read the line as a workflow command. */
export function isRisky(line: string): boolean {
  const trimmed = line.trimStart()
  return trimmed.startsWith('::') || trimmed.startsWith('##[')
}

/**
 * Splits text into printable lines; a line a runner could read as a command gets `│ `.
 * With `alwaysPrefix` (learner output in the Action) every line gets it.
 */
export function safeLines(text: string, alwaysPrefix = false): string[] {
  return stripControls(text)
    .split(LINE_BREAK)
    .map((line) => (alwaysPrefix || isRisky(line) ? `${SAFE_PREFIX}${line}` : line))
}

/** `safeLines` with every line under `label` (e.g. `[n0] `), joined by `\n`. */
/** One line for a command that escapes `\r`/`\n` itself (core.warning): other breaks become spaces. */
export function safeOneLine(text: string): string {
  return stripControls(text).replace(OTHER_BREAKS, ' ')
}

export function safeLabelledText(label: string, text: string): string {
  return safeLines(text)
    .map((line) => `${label}${line}`)
    .join('\n')
}

/** JSON text with U+2028/U+2029 written as escapes (JSON.stringify leaves them raw). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
