/**
 * A small, strict argument parser for the `dsgrade` commands: long options with a value
 * (`--rate 10`, `--rate=10`), short aliases (`-w`), boolean flags, repeatable options
 * (`--node`), `--` followed by arguments for the node, and stray positionals. An unknown
 * option is a UsageError naming it, never silently ignored.
 */
import { UsageError, didYouMean } from '../shared/index.js'

export interface OptionSpec {
  name: string
  alias?: string
  /** Takes a value (else a boolean flag). */
  value?: boolean
  repeat?: boolean
  /** Accepted for compatibility and ignored (Maelstrom's SSH options). */
  ignored?: boolean
  help?: string
  /** Shown in --help as the value's name. */
  arg?: string
}

export interface ParsedArgs {
  values: Map<string, string[]>
  flags: Set<string>
  positionals: string[]
  /** Arguments after `--`. */
  rest: string[]
}

function findSpec(specs: readonly OptionSpec[], token: string): OptionSpec | undefined {
  return specs.find(
    (s) => `--${s.name}` === token || (s.alias !== undefined && `-${s.alias}` === token),
  )
}

export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  command: string,
): ParsedArgs {
  const parsed: ParsedArgs = { values: new Map(), flags: new Set(), positionals: [], rest: [] }
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string
    if (token === '--') {
      parsed.rest = argv.slice(i + 1)
      break
    }
    if (!token.startsWith('-') || token === '-') {
      parsed.positionals.push(token)
      continue
    }
    const eq = token.indexOf('=')
    const name = token.startsWith('--') && eq > 0 ? token.slice(0, eq) : token
    const spec = findSpec(specs, name)
    if (spec === undefined) {
      const known = specs.flatMap((s) => [`--${s.name}`, ...(s.alias ? [`-${s.alias}`] : [])])
      throw new UsageError(
        `dsgrade ${command}: unknown option ${name}.${didYouMean(name, known, '')} Run dsgrade ${command} --help for the list.`,
      )
    }
    if (spec.value !== true) {
      parsed.flags.add(spec.name)
      continue
    }
    let value: string | undefined
    if (name !== token) {
      value = token.slice(eq + 1)
    } else {
      value = argv[++i]
    }
    if (value === undefined) {
      throw new UsageError(
        `dsgrade ${command}: ${name} needs a value${spec.arg !== undefined ? ` (${spec.arg})` : ''}.`,
      )
    }
    const list = parsed.values.get(spec.name) ?? []
    list.push(value)
    parsed.values.set(spec.name, list)
  }
  return parsed
}

/** The last value given for an option. */
export function lastValue(parsed: ParsedArgs, name: string): string | undefined {
  const list = parsed.values.get(name)
  return list === undefined ? undefined : list[list.length - 1]
}

export function numberOption(
  parsed: ParsedArgs,
  name: string,
  fallback: number,
  check: { min?: number; max?: number; integer?: boolean } = {},
): number {
  const text = lastValue(parsed, name)
  if (text === undefined) {
    return fallback
  }
  const value = Number(text)
  const bad =
    text.trim() === '' ||
    !Number.isFinite(value) ||
    (check.integer === true && !Number.isInteger(value)) ||
    (check.min !== undefined && value < check.min) ||
    (check.max !== undefined && value > check.max)
  if (bad) {
    const range = [
      check.integer === true ? 'an integer' : 'a number',
      check.min !== undefined ? `≥ ${check.min}` : '',
      check.max !== undefined ? `≤ ${check.max}` : '',
    ]
      .filter((p) => p !== '')
      .join(' ')
    throw new UsageError(`--${name} must be ${range}; got ${JSON.stringify(text)}.`)
  }
  return value
}

/** Help text for a list of options. */
export function optionsHelp(specs: readonly OptionSpec[]): string {
  return specs
    .filter((s) => s.help !== undefined)
    .map((s) => {
      const names = `${s.alias !== undefined ? `-${s.alias}, ` : ''}--${s.name}${s.value === true ? ` ${s.arg ?? 'VALUE'}` : ''}`
      return `  ${names.padEnd(34)} ${s.help}`
    })
    .join('\n')
}

/** `--extra key=value` (repeatable): value parsed as JSON when it can be, bare key = true. */
export function extraOption(parsed: ParsedArgs): Record<string, unknown> {
  const extra: Record<string, unknown> = {}
  for (const item of parsed.values.get('extra') ?? []) {
    const eq = item.indexOf('=')
    const key = eq < 0 ? item : item.slice(0, eq)
    const text = eq < 0 ? undefined : item.slice(eq + 1)
    let value: unknown = true
    if (text !== undefined) {
      try {
        value = JSON.parse(text)
      } catch {
        value = text
      }
    }
    extra[key] = value
  }
  return extra
}
