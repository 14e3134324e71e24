/**
 * A small EDN reader for Jepsen histories: maps, vectors, lists, sets, keywords, strings,
 * integers, floats, nil, booleans, tagged literals (the tag is dropped) and comments.
 *
 * Keywords become plain strings without the colon (`:ok` → `"ok"`), maps become objects
 * with string keys, sets become arrays. It guarantees a clear message (position, what was
 * expected, what was found) for malformed input; it does not keep EDN's value identity
 * rules (a set and a vector with the same items read as equal arrays).
 */

export class EdnSyntaxError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message)
  }
}

const DELIMITERS = new Set(['{', '}', '[', ']', '(', ')', '"', ';'])

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === ',' || ch === '\t' || ch === '\n' || ch === '\r'
}

class Reader {
  pos = 0
  constructor(readonly text: string) {}

  fail(expected: string): never {
    const found =
      this.pos >= this.text.length
        ? 'the end of the line'
        : JSON.stringify(this.text.slice(this.pos, this.pos + 12))
    throw new EdnSyntaxError(this.pos + 1, `expected ${expected}, found ${found}`)
  }

  skip(): void {
    const t = this.text
    while (this.pos < t.length) {
      const ch = t[this.pos] as string
      if (isSpace(ch)) {
        this.pos++
      } else if (ch === ';') {
        while (this.pos < t.length && t[this.pos] !== '\n') {
          this.pos++
        }
      } else {
        return
      }
    }
  }

  value(): unknown {
    this.skip()
    const ch = this.text[this.pos]
    switch (ch) {
      case undefined:
        return this.fail('a value')
      case '{':
        return this.map()
      case '[':
        this.pos++
        return this.seq(']')
      case '(':
        this.pos++
        return this.seq(')')
      case '"':
        return this.string()
      case '#':
        return this.dispatch()
      default:
        return this.atom()
    }
  }

  dispatch(): unknown {
    this.pos++
    if (this.text[this.pos] === '{') {
      this.pos++
      return this.seq('}')
    }
    if (this.text[this.pos] === '_') {
      this.pos++
      this.value()
      return this.value()
    }
    this.atom()
    return this.value()
  }

  seq(close: string): unknown[] {
    const items: unknown[] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === close) {
        this.pos++
        return items
      }
      if (this.pos >= this.text.length) {
        this.fail(`'${close}'`)
      }
      items.push(this.value())
    }
  }

  map(): Record<string, unknown> {
    this.pos++
    const out: Record<string, unknown> = {}
    for (;;) {
      this.skip()
      if (this.text[this.pos] === '}') {
        this.pos++
        return out
      }
      if (this.pos >= this.text.length) {
        this.fail(`'}'`)
      }
      const key = this.value()
      this.skip()
      if (this.text[this.pos] === '}') {
        this.fail('a value for map key ' + String(key))
      }
      const val = this.value()
      out[typeof key === 'string' ? key : JSON.stringify(key)] = val
    }
  }

  string(): string {
    const t = this.text
    let i = this.pos + 1
    let out = ''
    while (i < t.length && t[i] !== '"') {
      if (t[i] === '\\') {
        const esc = t[i + 1]
        out += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc === 'r' ? '\r' : esc
        i += 2
      } else {
        out += t[i++]
      }
    }
    if (i >= t.length) {
      this.pos = i
      this.fail("a closing '\"'")
    }
    this.pos = i + 1
    return out
  }

  atom(): unknown {
    const t = this.text
    const start = this.pos
    while (this.pos < t.length && !isSpace(t[this.pos] as string) && !DELIMITERS.has(t[this.pos] as string)) {
      this.pos++
    }
    const token = t.slice(start, this.pos)
    if (token === '') {
      this.fail('a value')
    }
    if (token === 'nil') {
      return null
    }
    if (token === 'true') {
      return true
    }
    if (token === 'false') {
      return false
    }
    if (token.startsWith(':')) {
      return token.slice(1)
    }
    if (/^[-+]?\d+N?$/.test(token)) {
      return Number(token.replace('N', ''))
    }
    if (/^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+)M?$/.test(token)) {
      return Number(token.replace('M', ''))
    }
    if (token.startsWith('\\')) {
      return token.slice(1)
    }
    // A bare symbol: keep its name.
    return token
  }
}

/** Read exactly one EDN value from `text` (trailing whitespace and commas allowed). */
export function readEdn(text: string): unknown {
  const reader = new Reader(text)
  const value = reader.value()
  reader.skip()
  if (reader.pos < text.length) {
    reader.fail('the end of the value')
  }
  return value
}

/** Read every EDN value in `text`, one after another. */
export function readEdnAll(text: string): unknown[] {
  const reader = new Reader(text)
  const values: unknown[] = []
  reader.skip()
  while (reader.pos < text.length) {
    values.push(reader.value())
    reader.skip()
  }
  return values
}
