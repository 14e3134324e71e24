// The one output sanitiser: no learner byte becomes a workflow command on any path (CLI and
// Action, stdout and stderr, build output). A line is dangerous when a runner, after splitting
// on any line break and trimming leading whitespace, sees `::` or `##[`.
import { describe, expect, it, vi } from 'vitest'
import { CliLogger } from '../../src/cli/logger.js'
import {
  LINE_BREAK,
  safeJson,
  safeLabelledText,
  safeLines,
  safeOneLine,
  stripControls,
} from '../../src/shared/sanitize.js'

/** What a suspicious runner would execute: any piece, split on every break, that starts with `::`. */
function commandsIn(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.startsWith('##['))
}

const HOSTILE: [string, string][] = [
  ['bare CR', 'progress 50%\r::error::forged'],
  ['CRLF', 'ok\r\n::error::forged'],
  ['LF then spaces', 'ok\n   ::warning::forged'],
  ['U+2028', 'ok\u2028::error::forged'],
  ['U+2029', 'ok\u2029::error::forged'],
  ['NEL, VT, FF', 'a\u0085::error::x\u000b::error::y\u000c::error::z'],
  ['ANSI colour before the command', 'ok\n\u001b[31m::error::red'],
  ['ANSI inside the colons', 'ok\n:\u001b[0m:error::joined'],
  ['OSC title', 'ok\n\u001b]0;title\u0007::error::osc'],
  ['stop-commands', 'x\n::stop-commands::token\n::error::after'],
  ['##[ form', 'x\r##[error]legacy'],
  ['NUL and BS', 'x\n\u0000:\b:error::ctl'],
]

describe('safeLines', () => {
  for (const [name, text] of HOSTILE) {
    it(`defuses ${name}`, () => {
      const lines = safeLines(text)
      for (const line of lines) {
        expect(LINE_BREAK.test(line)).toBe(false)
        expect(commandsIn(line)).toEqual([])
      }
      expect(commandsIn(safeLabelledText('[n0] ', text))).toEqual([])
      expect(commandsIn(safeLabelledText('', text))).toEqual([])
      expect(commandsIn(safeLines(text, true).join('\n'))).toEqual([])
      expect(commandsIn(safeOneLine(text).replace(/[\r\n]/g, ' '))).toEqual([])
    })
  }

  it('keeps plain text (and tabs) as it was', () => {
    expect(safeLines('Track 1 · messenger\tok\nline two')).toEqual([
      'Track 1 · messenger\tok',
      'line two',
    ])
    expect(safeLabelledText('[n1] ', 'hello')).toBe('[n1] hello')
  })

  it('prefixes a risky line visibly instead of dropping it', () => {
    expect(safeLines('a\r::error::forged')).toEqual(['a', '│ ::error::forged'])
    expect(stripControls('\u001b[1mbold\u001b[0m')).toBe('bold')
  })

  it('writes JSON with U+2028 escaped', () => {
    const text = safeJson({ value: 'a\u2028::error::x' })
    expect(commandsIn(text)).toEqual([])
    expect(JSON.parse(text)).toEqual({ value: 'a\u2028::error::x' })
  })
})

describe('the CLI logger', () => {
  it('prints learner stderr and our sentences without a workflow command', () => {
    const written = { stdout: '', stderr: '' }
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.stdout += String(chunk)
      return true
    })
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.stderr += String(chunk)
      return true
    })
    try {
      const log = new CliLogger({ verbose: true, interactive: false })
      for (const [, text] of HOSTILE) {
        log.learnerOutput('n0', text)
        log.info(text)
        log.warn(text)
        log.debug(text)
      }
    } finally {
      out.mockRestore()
      err.mockRestore()
    }
    expect(written.stderr).toContain('[n0] progress 50%')
    expect(written.stderr).toContain('[n0] │ ::error::forged')
    expect(commandsIn(written.stdout)).toEqual([])
    expect(commandsIn(written.stderr)).toEqual([])
  })
})
