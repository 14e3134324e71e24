/**
 * Making learner-controlled text safe in Markdown/HTML (job summary, comments, check runs):
 * HTML escaped, `@` mentions and `#123` references defused, table pipes escaped, code fenced
 * with a fence longer than any backtick run inside. Plus trimming to character and UTF-8 byte
 * limits at a line boundary with open fences closed and a visible notice.
 */
import { LEARNER_LINE_MAX_CHARS } from './limits.js'

const ZERO_WIDTH_SPACE = '\u200b'

/** Strips ANSI escape sequences and other control characters except tab. */
/* eslint-disable no-control-regex -- control characters are exactly what this removes */
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g
/* eslint-enable no-control-regex */

export function stripControl(text: string): string {
  return text.replace(ANSI_ESCAPE, '').replace(CONTROL, '')
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Learner text inline in Markdown: one line, HTML and Markdown escaped, mentions defused. */
export function inlineText(text: string, maxChars = LEARNER_LINE_MAX_CHARS): string {
  const oneLine = stripControl(text.replace(/\r\n|\r|\n/g, ' '))
  const short = oneLine.length > maxChars ? `${oneLine.slice(0, maxChars - 1)}…` : oneLine
  return defuseReferences(escapeHtml(short).replace(/([\\`*_[\]|~])/g, '\\$1'))
}

/** `@name` and `#123` would notify people / link issues: insert a zero-width space. */
export function defuseReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
}

/** A fenced code block that no line inside can close. Mentions inside code never notify. */
export function codeBlock(lines: readonly string[], maxLineChars = LEARNER_LINE_MAX_CHARS): string {
  const body = lines.map((line) => {
    const clean = stripControl(line)
    return clean.length > maxLineChars ? `${clean.slice(0, maxLineChars - 1)}…` : clean
  })
  const longestRun = Math.max(
    0,
    ...body.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))),
  )
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}text\n${body.join('\n')}\n${fence}`
}

/** Inline code for our own commands (replay lines); backticks inside get a longer fence. */
export function inlineCode(text: string, inTable = false): string {
  const clean = stripControl(text.replace(/\r\n|\r|\n/g, ' '))
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${inTable ? clean.replace(/\|/g, '\\|') : clean}${pad}${fence}`
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Cuts `text` at a line boundary so that it, plus a closing fence if one is open and the
 * notice, fits in `maxChars` characters and `maxBytes` UTF-8 bytes.
 */
export function trimToLimit(
  text: string,
  maxChars: number,
  maxBytes: number,
  notice: string,
): string {
  if (text.length <= maxChars && utf8Bytes(text) <= maxBytes) {
    return text
  }
  const tail = `\n\n${notice}\n`
  const budgetChars = maxChars - tail.length - 16
  const budgetBytes = maxBytes - utf8Bytes(tail) - 64
  const lines = text.split('\n')
  const kept: string[] = []
  let chars = 0
  let bytes = 0
  for (const line of lines) {
    const lineBytes = utf8Bytes(line) + 1
    if (chars + line.length + 1 > budgetChars || bytes + lineBytes > budgetBytes) {
      break
    }
    kept.push(line)
    chars += line.length + 1
    bytes += lineBytes
  }
  const fence = openFence(kept)
  return `${kept.join('\n')}${fence !== null ? `\n${fence}` : ''}${tail}`
}

/** The fence that is still open at the end of these lines, if any. */
function openFence(lines: readonly string[]): string | null {
  let open: string | null = null
  for (const line of lines) {
    const match = /^(`{3,})/.exec(line)
    if (match === null) {
      continue
    }
    if (open === null) {
      open = match[1]!
    } else if (line.trim() === open) {
      open = null
    }
  }
  return open
}
