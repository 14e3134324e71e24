// Crash traces of Python, Node, Go, Java and Rust point at the learner's file and line; when
// none names a repository file, the annotation falls back to the track's line in dsgrade.yml.
import { describe, expect, it } from 'vitest'
import {
  findCompilerLocation,
  findCrashLocation,
  renderAnnotations,
} from '../../src/report/index.js'
import { sampleReport } from '../fixtures/github/reports.js'

const repo = {
  repoRoot: '/home/runner/work/ds/ds',
  files: [
    'node.py',
    'src/node.js',
    'cmd/echo/main.go',
    'src/main/java/com/example/Node.java',
    'src/main.rs',
    'lib/util.py',
  ],
}

describe('findCrashLocation', () => {
  it('Python: the innermost frame in learner code', () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "/home/runner/work/ds/ds/node.py", line 12, in <module>',
      '  File "/home/runner/work/ds/ds/lib/util.py", line 40, in handle',
      '  File "/usr/lib/python3.12/json/__init__.py", line 346, in loads',
      'json.decoder.JSONDecodeError: Expecting value',
    ]
    expect(findCrashLocation(trace, repo)).toEqual({ path: 'lib/util.py', line: 40 })
  })

  it('Node: the first learner frame, absolute or file:// paths', () => {
    const trace = [
      'file:///home/runner/work/ds/ds/src/node.js:33',
      '    throw new Error("boom")',
      'Error: boom',
      '    at JSON.parse (<anonymous>)',
      '    at handle (file:///home/runner/work/ds/ds/src/node.js:33:11)',
      '    at node:internal/readline/interface:400:12',
    ]
    expect(findCrashLocation(trace, repo)).toEqual({ path: 'src/node.js', line: 33 })
    expect(findCrashLocation(['    at /home/runner/work/ds/ds/src/node.js:7:1'], repo)).toEqual({
      path: 'src/node.js',
      line: 7,
    })
  })

  it('Go: skips runtime frames', () => {
    const trace = [
      'panic: runtime error: index out of range [3] with length 3',
      '',
      'goroutine 1 [running]:',
      'main.handle(...)',
      '\t/usr/local/go/src/runtime/panic.go:114 +0x1d',
      '\t/home/runner/work/ds/ds/cmd/echo/main.go:57 +0x1d',
      'exit status 2',
    ]
    expect(findCrashLocation(trace, repo)).toEqual({ path: 'cmd/echo/main.go', line: 57 })
  })

  it('Java: package path plus file name', () => {
    const trace = [
      'Exception in thread "main" java.lang.NullPointerException',
      '\tat java.base/java.util.Objects.requireNonNull(Objects.java:233)',
      '\tat com.example.Node.handle(Node.java:88)',
      '\tat com.example.Node.main(Node.java:20)',
    ]
    expect(findCrashLocation(trace, repo)).toEqual({
      path: 'src/main/java/com/example/Node.java',
      line: 88,
    })
  })

  it('Rust: new and old panic formats', () => {
    expect(
      findCrashLocation(
        [
          "thread 'main' panicked at src/main.rs:42:5:",
          'called `Option::unwrap()` on a `None` value',
        ],
        repo,
      ),
    ).toEqual({ path: 'src/main.rs', line: 42 })
    expect(findCrashLocation(["thread 'main' panicked at 'boom', src/main.rs:9:13"], repo)).toEqual(
      { path: 'src/main.rs', line: 9 },
    )
  })

  it('ignores files outside the repository and lines without a trace', () => {
    expect(findCrashLocation(['  File "/usr/lib/python3/x.py", line 3, in f'], repo)).toBeNull()
    expect(findCrashLocation(['just some log line', 'at 12:30 we did a thing'], repo)).toBeNull()
  })
})

describe('findCompilerLocation', () => {
  it('reads file:line: from a compiler message', () => {
    expect(
      findCompilerLocation(['# example/cmd/echo', './cmd/echo/main.go:12:3: undefined: foo'], repo),
    ).toEqual({ path: 'cmd/echo/main.go', line: 12 })
  })
})

describe('renderAnnotations', () => {
  it('annotates the crash site, else dsgrade.yml at the track line', () => {
    const report = sampleReport()
    const options = {
      configPath: 'dsgrade.yml',
      configLines: { messenger: 3, build: 2 },
      repoRoot: '/repo',
      files: ['node.py'],
    }
    const [annotation] = renderAnnotations(report, options)
    expect(annotation).toMatchObject({
      path: 'node.py',
      startLine: 40,
      endLine: 40,
      level: 'failure',
      title: 'dsgrade 1.2 cluster: fail',
    })
    expect(annotation!.message.split('\n\n')[0]).toBe(
      'Stage 1.2 cluster failed: node n1 answered echo "<b>hi</b> @octocat" with a different echo',
    )
    report.stageLogs = {}
    report.builds = [
      {
        trackId: null,
        command: 'make',
        exitCode: 2,
        timedOut: false,
        outputTail: ['make: *** [all] Error 2'],
        durationMs: 5,
      },
    ]
    const annotations = renderAnnotations(report, options)
    expect(annotations.map((a) => [a.path, a.startLine, a.title])).toEqual([
      ['dsgrade.yml', 2, 'dsgrade: build failed: make'],
      ['dsgrade.yml', 3, 'dsgrade 1.2 cluster: fail'],
    ])
  })
})
