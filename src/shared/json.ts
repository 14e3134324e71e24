/**
 * JSON helpers shared by checkers and renderers.
 *
 * canonicalJson gives one string per JSON *value*: object keys sorted, numbers printed by
 * JSON.stringify (so 1 and 1.0 are equal, as interfaces.md §1.4 says, while 3 and "3"
 * differ). Use it wherever two learner values must be compared or used as a map key.
 */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value)
    return text === undefined ? 'null' : text
  }
  if (Array.isArray(value)) {
    return '[' + value.map(canonicalJson).join(',') + ']'
  }
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k]))
  return '{' + entries.join(',') + '}'
}

export function jsonEquals(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

/** Truncate text for display, saying how much was cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) {
    return text
  }
  return `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)`
}
