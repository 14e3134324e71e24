/**
 * Annotations for failing stages and builds: at the learner's file and line when a node's
 * crash output (Python, Node, Go, Java, Rust traces) or a compiler message names one of the
 * repository's files, else at the track's line in dsgrade.yml. Pure: the caller supplies the
 * repository's file list and root (to turn absolute trace paths into repository paths).
 */
import type { StageResult } from '../results/index.js'
import { stripControl } from './escape.js'
import { explainStageText } from './explain.js'
import { ANNOTATION_MESSAGE_MAX_BYTES, ANNOTATION_TITLE_MAX } from './limits.js'
import type { GradeReport } from './model.js'

export interface Annotation {
  /** Repository-relative path. */
  path: string
  startLine: number
  endLine: number
  level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

export interface AnnotationOptions {
  /** Repository-relative path of the config. */
  configPath: string
  /** Line of each track's key in the config; of the top-level build under `build`. */
  configLines: Record<string, number>
  /** Absolute path of the repository root (traces often print absolute paths). */
  repoRoot: string
  /** Repository-relative paths of the learner's files. */
  files: readonly string[]
}

export interface SourceLocation {
  path: string
  line: number
}

interface Candidate {
  raw: string
  line: number
}

const PYTHON_FRAME = /^\s*File "([^"]+)", line (\d+)/
const NODE_FRAME = /^\s*at (?:.*? \()?(?:file:\/\/)?([^\s()]+?):(\d+):\d+\)?\s*$/
const NODE_THROW_SITE = /^((?:file:\/\/)?\/[^\s:]+|[A-Za-z]:\\[^:]+):(\d+)$/
const GO_FRAME = /^\s+(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?\s*$/
const JAVA_FRAME = /^\s*at ([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala)):(\d+)\)/
const RUST_PANIC = /panicked at (?:'.*?', )?([^\s:]+\.rs):(\d+):\d+/
const RUST_FRAME = /^\s+at (\S+\.rs):(\d+):\d+/
const COMPILER =
  /^(?:\.\/)?([\w./-]+\.(?:go|rs|py|js|mjs|cjs|ts|java|kt|c|cc|cpp|h|hpp|rb|ex|exs|hs|ml|scala|zig|cs)):(\d+)(?::\d+)?:/

/** The innermost frame in learner code, if the output holds a crash trace naming one. */
export function findCrashLocation(
  lines: readonly string[],
  options: Pick<AnnotationOptions, 'repoRoot' | 'files'>,
): SourceLocation | null {
  const clean = lines.map(stripControl)
  const python = clean.map((line) => PYTHON_FRAME.exec(line)).filter((m) => m !== null)
  if (python.length > 0) {
    // Python prints the innermost frame last.
    const frames = python.map((m) => ({ raw: m[1]!, line: Number(m[2]) })).reverse()
    return firstResolved(frames, options)
  }
  const candidates: Candidate[] = []
  for (const line of clean) {
    const rust = RUST_PANIC.exec(line) ?? RUST_FRAME.exec(line)
    const java = JAVA_FRAME.exec(line)
    const other = NODE_FRAME.exec(line) ?? NODE_THROW_SITE.exec(line) ?? GO_FRAME.exec(line)
    if (rust !== null) {
      candidates.push({ raw: rust[1]!, line: Number(rust[2]) })
    } else if (java !== null) {
      const packagePath = java[1]!.split('.').slice(0, -1).join('/')
      candidates.push({
        raw: packagePath === '' ? java[2]! : `${packagePath}/${java[2]!}`,
        line: Number(java[3]),
      })
      candidates.push({ raw: java[2]!, line: Number(java[3]) })
    } else if (other !== null) {
      candidates.push({ raw: other[1]!, line: Number(other[2]) })
    }
  }
  return firstResolved(candidates, options)
}

/** The first `file:line:` of a compiler message naming a repository file. */
export function findCompilerLocation(
  lines: readonly string[],
  options: Pick<AnnotationOptions, 'repoRoot' | 'files'>,
): SourceLocation | null {
  const candidates: Candidate[] = []
  for (const line of lines.map(stripControl)) {
    const match = COMPILER.exec(line.trim())
    if (match !== null) {
      candidates.push({ raw: match[1]!, line: Number(match[2]) })
    }
  }
  return firstResolved(candidates, options)
}

function firstResolved(
  candidates: readonly Candidate[],
  options: Pick<AnnotationOptions, 'repoRoot' | 'files'>,
): SourceLocation | null {
  for (const candidate of candidates) {
    const path = resolveFile(candidate.raw, options)
    if (path !== null && candidate.line > 0) {
      return { path, line: candidate.line }
    }
  }
  return null
}

/** A trace path as a repository path: absolute under the root, relative, or a unique suffix. */
export function resolveFile(
  raw: string,
  options: Pick<AnnotationOptions, 'repoRoot' | 'files'>,
): string | null {
  let path = raw.replace(/^file:\/\//, '').replace(/\\/g, '/')
  const root = options.repoRoot.replace(/\\/g, '/').replace(/\/$/, '')
  if (path.startsWith(`${root}/`)) {
    path = path.slice(root.length + 1)
  }
  path = path.replace(/^\.\//, '')
  if (options.files.includes(path)) {
    return path
  }
  if (path.startsWith('/')) {
    return null
  }
  const matches = options.files.filter((file) => file.endsWith(`/${path}`))
  return matches.length === 1 ? matches[0]! : null
}

function clip(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) {
    return text
  }
  return `${Buffer.from(text, 'utf8')
    .subarray(0, maxBytes - 3)
    .toString('utf8')
    .replace(/\uFFFD$/, '')}…`
}

function stageAnnotation(
  stage: StageResult,
  report: GradeReport,
  options: AnnotationOptions,
): Annotation {
  const location = findCrashLocation(report.stageLogs[stage.stageId] ?? [], options)
  const path = location?.path ?? options.configPath
  const line = location?.line ?? options.configLines[stage.trackId] ?? 1
  return {
    path,
    startLine: line,
    endLine: line,
    level: 'failure',
    title: clip(`dsgrade ${stage.number} ${stage.title}: ${stage.status}`, ANNOTATION_TITLE_MAX),
    message: clip(explainStageText(stage).join('\n\n'), ANNOTATION_MESSAGE_MAX_BYTES),
  }
}

/** One annotation per failed build and per failing stage, in report order. */
export function renderAnnotations(report: GradeReport, options: AnnotationOptions): Annotation[] {
  const annotations: Annotation[] = []
  for (const build of report.builds) {
    if (build.exitCode === 0 && !build.timedOut) {
      continue
    }
    const location = findCompilerLocation(build.outputTail, options)
    const configLine = options.configLines[build.trackId === null ? 'build' : build.trackId] ?? 1
    const line = location?.line ?? configLine
    annotations.push({
      path: location?.path ?? options.configPath,
      startLine: line,
      endLine: line,
      level: 'failure',
      title: clip(`dsgrade: build failed: ${build.command}`, ANNOTATION_TITLE_MAX),
      message: clip(
        [
          `${build.command} ${build.timedOut ? 'timed out' : `exited with code ${build.exitCode ?? 'none'}`}.`,
          ...build.outputTail.slice(-20).map(stripControl),
        ].join('\n'),
        ANNOTATION_MESSAGE_MAX_BYTES,
      ),
    })
  }
  for (const track of report.tracks) {
    for (const stage of track.stages) {
      if (stage.status === 'fail' || stage.status === 'error' || stage.status === 'unknown') {
        annotations.push(stageAnnotation(stage, report, options))
      }
    }
  }
  return annotations
}
