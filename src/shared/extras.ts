/**
 * Declared `--extra KEY=VALUE` options: every workload and checker lists the keys it accepts
 * (type, default, meaning), and `dsgrade test` / `dsgrade check` refuse any other key, or a
 * value of the wrong type, with a UsageError (exit 254) that names the key and lists the
 * accepted ones. An option is honoured or refused — never recorded and silently ignored.
 *
 * Guarantees: `validateExtras` returns the given values unchanged (no defaults filled in: the
 * consumer applies its own default, stated here) and accepts each key's aliases. Does not
 * know which component reads a key; callers pass the union of the specs that apply.
 */
import { UsageError } from './errors.js'

export interface ExtraSpec {
  /** The key as written on the command line (`sequential-keys`). */
  name: string
  /** Other spellings accepted (`sequentialKeys`). */
  aliases?: readonly string[]
  type: 'boolean' | 'number' | 'string' | 'string-list'
  /** For strings: the values allowed. */
  values?: readonly string[]
  /** The default, as text for help and errors. */
  default: string
  /** One line: what the option does. */
  meaning: string
}

function typeOk(spec: ExtraSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'string':
      return typeof value === 'string' && (spec.values === undefined || spec.values.includes(value))
    case 'string-list':
      return (
        Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && (spec.values?.includes(v) ?? true))
      )
  }
}

function typeText(spec: ExtraSpec): string {
  const values = spec.values === undefined ? '' : ` (${spec.values.join(' | ')})`
  return spec.type === 'string-list' ? `a JSON list of strings${values}` : `a ${spec.type}${values}`
}

/** One line per accepted key, for help texts and errors. */
export function describeExtras(specs: readonly ExtraSpec[]): string {
  if (specs.length === 0) {
    return '  (none)'
  }
  return specs
    .map((s) => {
      const names = [s.name, ...(s.aliases ?? [])].join(', ')
      return `  ${names} — ${typeText(s)}, default ${s.default}: ${s.meaning}`
    })
    .join('\n')
}

/** Reject unknown keys and ill-typed values; `owner` names who reads them (for the message). */
export function validateExtras(
  extra: Record<string, unknown>,
  specs: readonly ExtraSpec[],
  owner: string,
): Record<string, unknown> {
  for (const [key, value] of Object.entries(extra)) {
    const spec = specs.find((s) => s.name === key || (s.aliases ?? []).includes(key))
    if (spec === undefined) {
      const accepted = specs.map((s) => s.name).sort()
      throw new UsageError(
        `--extra ${key}: ${owner} does not accept this key, so it would be ignored. ` +
          (accepted.length === 0
            ? `${owner.charAt(0).toUpperCase()}${owner.slice(1)} accepts no --extra keys.`
            : `Accepted keys:\n${describeExtras(specs)}`),
      )
    }
    if (!typeOk(spec, value)) {
      throw new UsageError(
        `--extra ${key}=${JSON.stringify(value)}: ${spec.name} must be ${typeText(spec)} (default ${spec.default}).`,
      )
    }
  }
  return extra
}

/** A boolean extra under any of its names; undefined when absent. */
export function extraFlag(
  extra: Record<string, unknown> | undefined,
  spec: ExtraSpec,
): boolean | undefined {
  for (const name of [spec.name, ...(spec.aliases ?? [])]) {
    const value = extra?.[name]
    if (value !== undefined) {
      return value !== false && value !== 'false'
    }
  }
  return undefined
}
