/**
 * `--bin` handling (interfaces.md §1.1): a path to an executable, or a command line in quotes
 * (`--bin "python3 node.py"`), plus the arguments after `--`.
 *
 * Resolution: an existing file path (relative to `cwd`, like Maelstrom) is used as is, even
 * when it contains spaces; otherwise the value is split like a shell would split words
 * (quotes and backslashes, no expansion), and its first word is resolved: a path relative to
 * `cwd`, or a bare word that is not a file there is looked up on PATH.
 *
 * Errors are RunErrors with one plain sentence: not found, a directory, not executable.
 * It never spawns and never reads process.env (PATH is passed in).
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs'
import { delimiter, isAbsolute, resolve } from 'node:path'
import { RunError } from '../shared/index.js'

export interface NodeCommand {
  /** Absolute path of the executable to spawn. */
  file: string
  /** Arguments: those from a quoted command line, then those after `--`. */
  args: string[]
  /** The command as the learner wrote it, for messages. */
  display: string
}

export interface ResolveCommandOptions {
  /** Arguments after `--`. */
  extraArgs?: string[]
  /** Directory relative paths resolve against (the directory dsgrade was started from). */
  cwd: string
  /** The PATH to search bare words on. */
  pathEnv?: string
}

type FileKind = 'missing' | 'directory' | 'not-executable' | 'executable'

function fileKind(path: string): FileKind {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch {
    return 'missing'
  }
  if (isDirectory) {
    return 'directory'
  }
  try {
    accessSync(path, constants.X_OK)
    return 'executable'
  } catch {
    return 'not-executable'
  }
}

/** Split a command line into words: '…' literal, "…" with \" and \\, \ escapes outside. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if (quote === "'") {
      if (char === "'") {
        quote = undefined
      } else {
        word += char
      }
    } else if (quote === '"') {
      if (char === '"') {
        quote = undefined
      } else if (char === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) {
        word += line[++i]
      } else {
        word += char
      }
    } else if (char === "'" || char === '"') {
      quote = char
      inWord = true
    } else if (char === '\\' && i + 1 < line.length) {
      word += line[++i]
      inWord = true
    } else if (/\s/.test(char)) {
      if (inWord) {
        words.push(word)
      }
      word = ''
      inWord = false
    } else {
      word += char
      inWord = true
    }
  }
  if (quote !== undefined) {
    throw new RunError(`--bin ${line}: a ${quote} quote is never closed.`)
  }
  if (inWord) {
    words.push(word)
  }
  return words
}

function lookUpPath(word: string, pathEnv: string | undefined): string | undefined {
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (dir === '') {
      continue
    }
    const candidate = resolve(dir, word)
    if (fileKind(candidate) === 'executable') {
      return candidate
    }
  }
  return undefined
}

function explain(kind: FileKind, shown: string, path: string, bare: boolean): string {
  switch (kind) {
    case 'missing':
      return bare
        ? `--bin ${shown}: no file ${path} and no program "${shown}" on PATH; check the path (it is relative to the directory dsgrade runs in).`
        : `--bin ${shown}: no such file ${path}; check the path (it is relative to the directory dsgrade runs in).`
    case 'directory':
      return `--bin ${shown} is a directory (${path}); point --bin at the executable file inside it.`
    case 'not-executable':
      return `--bin ${shown} is not executable; run \`chmod +x ${shown}\` (and start it with a #! line), or name the interpreter: --bin "python3 ${shown}".`
    case 'executable':
      return ''
  }
}

/** Resolve the first word of a command to an executable file, or throw a RunError. */
function resolveProgram(word: string, options: ResolveCommandOptions): string {
  const path = isAbsolute(word) ? word : resolve(options.cwd, word)
  const kind = fileKind(path)
  if (kind === 'executable') {
    if (readShebang(path)?.endsWith('\r') === true) {
      throw new RunError(
        `--bin ${word}: its #! line ends with a Windows line ending (CRLF), so the system looks for an interpreter whose name ends in a carriage return; save the file with LF line endings.`,
      )
    }
    return path
  }
  const bare = !word.includes('/')
  if (bare && kind !== 'not-executable') {
    const found = lookUpPath(word, options.pathEnv)
    if (found !== undefined) {
      return found
    }
  }
  throw new RunError(explain(kind, word, path, bare))
}

/** Turn `--bin` and the arguments after `--` into an executable and its arguments. */
export function resolveNodeCommand(bin: string, options: ResolveCommandOptions): NodeCommand {
  const extraArgs = options.extraArgs ?? []
  const trimmed = bin.trim()
  if (trimmed === '') {
    throw new RunError('--bin is empty; give the path of your node, e.g. --bin ./node.py.')
  }
  const display = [bin, ...extraArgs].join(' ')
  const asPath = isAbsolute(trimmed) ? trimmed : resolve(options.cwd, trimmed)
  if (/\s/.test(trimmed) && fileKind(asPath) !== 'missing') {
    return { file: resolveProgram(trimmed, options), args: [...extraArgs], display }
  }
  const words = splitCommandLine(trimmed)
  if (words.length === 0) {
    throw new RunError('--bin is empty; give the path of your node, e.g. --bin ./node.py.')
  }
  const [program, ...args] = words as [string, ...string[]]
  return { file: resolveProgram(program, options), args: [...args, ...extraArgs], display }
}

/** The first line of a file when it is a `#!` line (at most 256 bytes read), else undefined. */
export function readShebang(file: string): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    const buffer = Buffer.alloc(256)
    const length = readSync(fd, buffer, 0, buffer.length, 0)
    const text = buffer.toString('latin1', 0, length)
    if (!text.startsWith('#!')) {
      return undefined
    }
    const newline = text.indexOf('\n')
    return newline === -1 ? text : text.slice(0, newline)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) {
      closeSync(fd)
    }
  }
}

/** Why spawning `file` failed, as the end of a sentence, pointing at the usual mistakes. */
export function explainSpawnError(error: NodeJS.ErrnoException, file: string): string {
  const shebang = readShebang(file)
  switch (error.code) {
    case 'ENOENT':
      if (shebang?.endsWith('\r') === true) {
        return 'its #! line ends with a Windows line ending (CRLF), so the interpreter name includes a carriage return; save the file with LF line endings'
      }
      if (shebang !== undefined) {
        return `the interpreter on its #! line (${shebang.slice(2).trim()}) was not found; install it or fix the #! line`
      }
      return 'the file was not found'
    case 'EACCES':
      return 'permission denied; make it executable with chmod +x'
    case 'ENOEXEC':
      return 'it is not a program; start a script with a #! line such as #!/usr/bin/env python3'
    default:
      return `${error.code ?? 'error'}: ${error.message}`
  }
}
