#!/usr/bin/env python3
"""Writes the per-track stub programs, dsgrade.yml, workflow, README and .gitignore of the
four learner templates (templates/{typescript,python,go,java}/) from one table of tracks.
The node libraries (maelstrom.*) are written by hand and not touched here.

Run from anywhere: python3 templates/tools/generate_stubs.py
"""
import os
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_BASE = 'https://github.com/dsgrade/dsgrade/blob/v1/tracks'
ACTION = 'dsgrade/dsgrade@v1'

# (number, id, teaches, RPCs to implement)
TRACKS = [
    (1, 'messenger', 'the protocol: init, request/response, errors',
     ['echo {echo} -> echo_ok {echo}', 'any other request type -> error 10 (not-supported)']),
    (2, 'rpc', 'retries, idempotence, at-most-once execution over a lossy network',
     ['append {key, element} -> append_ok', 'read {key} -> read_ok {elements}',
      'execute each (src, msg_id) at most once; answer a duplicate with the original reply']),
    (3, 'unique-ids', 'coordination-free uniqueness, availability',
     ['generate -> generate_ok {id}: unique across nodes, partitions and restarts (DSGRADE_DATA_DIR)']),
    (4, 'broadcast', 'gossip, fault tolerance, efficiency trade-offs',
     ['topology {topology} -> topology_ok', 'broadcast {message} -> broadcast_ok',
      'read -> read_ok {messages}']),
    (5, 'crdt', 'convergent replicated state',
     ['g-set: add {element} -> add_ok; read -> read_ok {value: [...]}',
      'g-counter, pn-counter: add {delta} -> add_ok; read -> read_ok {value}']),
    (6, 'leader-election', 'terms, votes, election safety and liveness',
     ['status -> status_ok {term, role: leader|follower|candidate, leader}',
      'persist currentTerm and votedFor in DSGRADE_DATA_DIR; no KV services']),
    (7, 'raft', 'replicated log, linearizable KV',
     ['read {key} -> read_ok {value}', 'write {key, value} -> write_ok',
      'cas {key, from, to} -> cas_ok (errors 20, 22; 11 without a leader); no KV services']),
    (8, 'raft-persistence', 'crash recovery, persistence, log compaction',
     ['the raft RPCs, with state persisted in DSGRADE_DATA_DIR (survives kill + restart)']),
    (9, 'cache', 'read-through caching, coherence, coalescing',
     ['read {key} -> read_ok {value}', 'write {key, value} -> write_ok',
      'backed by the lin-kv service (use the KV client)']),
    (10, 'proxy', 'request routing, failover, safe retries',
     ['routes {routes} -> routes_ok',
      'request {path, method, body} -> request_ok {status, body, served_by}']),
    (11, 'load-balancer', 'load distribution, health checks, tail latency',
     ['backends {backends} -> backends_ok (the backend ids, once after init)',
      'work {job, cost} -> work_ok {job, served_by}: forward the same work to a backend and',
      '  return its answer (a full backend answers error 11; health -> health_ok while up)',
      'give each forwarded job its own timeout; the library cancels a spare request too']),
    (12, 'message-queue', 'replicated logs, offsets, consumer commits',
     ['send {key, msg} -> send_ok {offset}', 'poll {offsets} -> poll_ok {msgs}',
      'commit_offsets {offsets} -> commit_offsets_ok',
      'list_committed_offsets {keys} -> list_committed_offsets_ok {offsets}']),
    (13, 'sharding', 'partitioning, forwarding, shard migration',
     ['shard_config {version, shards} -> shard_config_ok',
      'read / write / cas as in raft; forward keys whose shard (key mod 16) you do not own']),
    (14, 'transactions', 'isolation levels, distributed commit',
     ['txn {txn: [[f, key, value], ...]} -> txn_ok {txn} (f is r, w or append)']),
    (15, 'mapreduce', 'task scheduling, re-execution, stragglers',
     ['job {id, fn, inputs, reducers} -> job_ok {output}',
      'do the work by calling the compute service: compute {fn, phase, input} -> compute_ok {result}']),
]

MARKER = 'dsgrade:handlers'


def page(track):
    return f'{DOCS_BASE}/{track}/docs/index.md'


def write(path, text, executable=False):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    if executable:
        os.chmod(path, 0o755)


def header_lines(number, track, teaches, rpcs, run):
    lines = [f'Track {number} · {track}. Teaches {teaches}.', '', 'Implement:']
    lines += [f'  {rpc}' for rpc in rpcs]
    lines += ['', f'Stage pages: {page(track)}',
              f'Grade locally: dsgrade test --track {track} --bin "{run}"',
              'Until you add handlers, every request is answered with error 10 (not-supported).']
    return lines


# ---- language specifics -------------------------------------------------------------

def class_name(track):
    return ''.join(part.capitalize() for part in track.split('-'))


LANGS = {
    'python': {
        'name': 'Python', 'file': lambda t: f'nodes/{t.replace("-", "_")}.py',
        'run': lambda t: f'python3 nodes/{t.replace("-", "_")}.py', 'build': None,
        'setup': ['      - uses: actions/setup-python@v5', '        with:', "          python-version: '3.12'"],
        'gitignore': ['__pycache__/', '*.pyc', '.venv/'],
        'edit': 'nodes/messenger.py',
        'lib': '`nodes/maelstrom.py`: `Node` (handlers by type, `reply`, `rpc` with a callback and a timeout, `after`/`every` timers), `KV` (lin-kv, seq-kv, lww-kv) and `log` to stderr. Standard library only (Python 3.9+); everything runs on one thread, so no locks.',
        'example': ["@node.handler('echo')", 'def echo(msg):', "    node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})"],
    },
    'typescript': {
        'name': 'TypeScript', 'file': lambda t: f'src/tracks/{t}.ts',
        'run': lambda t: f'node dist/tracks/{t}.js', 'build': 'npm run build',
        'setup': ['      - uses: actions/setup-node@v4', '        with:', "          node-version: '24'",
                  "          cache: npm", '      - run: npm ci'],
        'gitignore': ['node_modules/', 'dist/'],
        'edit': 'src/tracks/messenger.ts',
        'lib': '`src/maelstrom.ts`: `Node` (handlers by type, `reply`, `rpc` returning a promise with a timeout, `after`/`every` timers), `KV` (lin-kv, seq-kv, lww-kv) and `log` to stderr. Node.js built-ins only; TypeScript is the only dev dependency.',
        'example': ["node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))"],
    },
    'go': {
        'name': 'Go', 'file': lambda t: f'cmd/{t}/main.go',
        'run': lambda t: f'./bin/{t}', 'build': 'go build -o bin/ ./cmd/...',
        'setup': ['      - uses: actions/setup-go@v5', '        with:', "          go-version: '1.22'"],
        'gitignore': ['bin/'],
        'edit': 'cmd/messenger/main.go',
        'lib': '`maelstrom/`: `Node` (`Handle` by type, `Reply`, `RPC` with a callback and a timeout, `After`/`Every` timers), `KV` (lin-kv, seq-kv, lww-kv), `RPCError` and `Log` to stderr. Standard library only; handlers, callbacks and timers run one at a time on one goroutine, so no locks.',
        'example': ['n.Handle("echo", func(msg maelstrom.Message) error {',
                    '\treturn n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})', '})'],
    },
    'java': {
        'name': 'Java', 'file': lambda t: f'src/tracks/{class_name(t)}.java',
        'run': lambda t: f'java -cp build tracks.{class_name(t)}', 'build': 'sh build.sh',
        'setup': ['      - uses: actions/setup-java@v4', '        with:', '          distribution: temurin',
                  "          java-version: '17'"],
        'gitignore': ['build/', '*.class'],
        'edit': 'src/tracks/Messenger.java',
        'lib': '`src/maelstrom/`: `Node` (`on` by type, `reply`, `rpc` with a callback and a timeout, `after`/`every` timers), `KV` (lin-kv, seq-kv, lww-kv), `Json`, `RPCError` and `Node.log` to stderr. JDK 17 only; handlers, callbacks and timers run one at a time on one thread, so no locks.',
        'example': ['node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));'],
    },
}


def stub(lang, number, track, teaches, rpcs):
    spec = LANGS[lang]
    head = header_lines(number, track, teaches, rpcs, spec['run'](track))
    if lang == 'python':
        doc = '\n'.join(head)
        example = '\n'.join('# ' + line for line in spec['example'])
        return (f'#!/usr/bin/env python3\n"""{doc}\n"""\nfrom maelstrom import KV, Node, RPCError, log  # noqa: F401\n\n'
                f"node = Node(track='{track}')\n\n# {MARKER}: add your handlers below this line, for example\n{example}\n\nnode.run()\n")
    if lang == 'typescript':
        doc = '\n'.join((' * ' + line).rstrip() for line in head)
        example = '\n'.join('// ' + line for line in spec['example'])
        return (f"/**\n{doc}\n */\nimport {{ Node }} from '../maelstrom.js'\n\n"
                f"const node = new Node({{ track: '{track}' }})\n\n// {MARKER}: add your handlers below this line, for example\n{example}\n\nnode.run()\n")
    if lang == 'go':
        # gofmt's doc-comment form: list items as "  - item".
        head = [f'  - {line.strip()}' if line.startswith('  ') else line for line in head]
        doc = '\n'.join(('// ' + line).rstrip() for line in head)
        example = '\n'.join('\t// ' + line.replace('\t', '  ') for line in spec['example'])
        return (f'{doc}\npackage main\n\nimport (\n\t"os"\n\n\t"example.com/dsgrade-nodes/maelstrom"\n)\n\n'
                f'func main() {{\n\tn := maelstrom.NewNode("{track}")\n\n\t// {MARKER}: add your handlers below this line, for example\n{example}\n\n'
                '\tif err := n.Run(); err != nil {\n\t\tmaelstrom.Log("%v", err)\n\t\tos.Exit(1)\n\t}\n}\n')
    doc = '\n'.join((' * ' + line).rstrip() for line in head)
    example = '\n'.join('    // ' + line for line in spec['example'])
    return (f'package tracks;\n\nimport maelstrom.*;\n\n/**\n{doc}\n */\npublic class {class_name(track)} {{\n'
            f'  public static void main(String[] args) throws Exception {{\n    Node node = new Node("{track}");\n\n'
            f'    // {MARKER}: add your handlers below this line, for example\n{example}\n\n    node.run();\n  }}\n}}\n')


def config(lang):
    spec = LANGS[lang]
    lines = ['# Which tracks dsgrade grades, and how to build and run your node for each.',
             '# Only the tracks listed are graded: uncomment a track when you start it.',
             '# Tracks and stages: https://github.com/dsgrade/dsgrade/tree/v1/tracks',
             'version: 1']
    if spec['build']:
        lines.append(f'build: {spec["build"]}')
    lines.append('tracks:')
    for number, track, _teaches, _rpcs in TRACKS:
        prefix = '' if track == 'messenger' else '# '
        lines.append(f'  {prefix}{track}:')
        lines.append(f'  {prefix}  run: {spec["run"](track)}')
    return '\n'.join(lines) + '\n'


def workflow(lang):
    setup = '\n'.join(LANGS[lang]['setup'])
    return textwrap.dedent('''\
        # Grades your nodes on every push (and by hand from the Actions tab).
        name: dsgrade

        on:
          push:
          workflow_dispatch:

        # One grading run per branch at a time; a newer push cancels the older run.
        concurrency:
          group: dsgrade-${{ github.ref }}
          cancel-in-progress: true

        # Nothing by default; the job below asks only for what it publishes with.
        permissions: {}

        jobs:
          grade:
            # Not in the template repository itself: only in repositories made from it.
            if: ${{ !github.event.repository.is_template }}
            runs-on: ubuntu-latest
            timeout-minutes: 30
            # The grader starts your nodes with an allow-listed environment: they never see the token.
            permissions:
              contents: write       # the progress badge on the dsgrade-badges branch only
              checks: write         # the dsgrade check run with annotations
              pull-requests: write  # the sticky pull-request comment
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
        SETUP
              # Pin to a full commit SHA instead of @v1 if you want a grader that can never move.
              - uses: ACTION
        ''').replace('SETUP', setup).replace('ACTION', ACTION)


def readme(lang):
    spec = LANGS[lang]
    build = f'\n{spec["build"]}' if spec['build'] else ''
    rows = '\n'.join(f'| {n} | `{t}` | {teaches} | `{spec["file"](t)}` |' for n, t, teaches, _ in TRACKS)
    example = '\n'.join(spec['example'])
    fence = {'python': 'python', 'typescript': 'ts', 'go': 'go', 'java': 'java'}[lang]
    install = 'npm ci\n' if lang == 'typescript' else ''
    return f'''# Distributed systems with dsgrade ({spec["name"]})

Build real distributed systems, one track at a time: your nodes speak the
[Maelstrom](https://github.com/jepsen-io/maelstrom) protocol (JSON lines on stdin and
stdout), and [dsgrade](https://github.com/dsgrade/dsgrade) runs them as a simulated cluster
with faults, checks what they did with real consistency checkers, and explains what went
wrong.

![dsgrade progress](https://raw.githubusercontent.com/YOU/REPO/dsgrade-badges/progress.svg)

## Steps

1. **Use this template** (the green button) to make your own repository. Grading starts on
   the first push; the template itself is never graded.
2. Open `{spec["edit"]}`. Every track has a stub that answers `init` and replies
   `not-supported` (error 10) to everything else, with a link to the track's page.
3. Add a handler below the `{MARKER}` line, for example:

   ```{fence}
{textwrap.indent(example, '   ')}
   ```
4. Try it locally (Node 20+; dsgrade needs no JVM):

   ```sh
   git clone https://github.com/dsgrade/dsgrade ~/dsgrade
   {install}{spec["build"] or ''}
   node ~/dsgrade/dist/cli/index.js test --track messenger --bin "{spec["run"]("messenger")}"
   ```
   Each run leaves `store/latest/report.html`: open it in a browser for the verdict, the
   explanation, a timeline of the operations with the faults, and every message as a diagram.
5. Push. The **dsgrade** workflow grades every track listed in `dsgrade.yml`: see the job
   summary, the `dsgrade` check run and the pull-request comment.
6. When a track passes, uncomment the next one in `dsgrade.yml`.

## The badge

Replace `YOU/REPO` above with your repository. The badge lives on the `dsgrade-badges`
branch, which the workflow writes (never your own branches):

```markdown
![dsgrade progress](https://raw.githubusercontent.com/YOU/REPO/dsgrade-badges/progress.svg)
```

## What is here

- {spec["lib"]}
- One stub per track:

| # | track | teaches | file |
|---|---|---|---|
{rows}

- `dsgrade.yml`: which tracks are graded and how to build and run each node.
- `.github/workflows/grade.yml`: the grading workflow (push and manual runs, one run per
  branch at a time, a 30-minute limit, only the permissions it publishes with).

Logs go to **stderr** (stdout carries messages). Each node may keep files in the directory
named by `DSGRADE_DATA_DIR`: it survives a crash and restart within a test.
'''.replace('\n   \n', '\n') + ''


def main():
    for lang in LANGS:
        for number, track, teaches, rpcs in TRACKS:
            write(f'{lang}/{LANGS[lang]["file"](track)}', stub(lang, number, track, teaches, rpcs),
                  executable=(lang == 'python'))
        write(f'{lang}/dsgrade.yml', config(lang))
        write(f'{lang}/.github/workflows/grade.yml', workflow(lang))
        write(f'{lang}/README.md', readme(lang))
        write(f'{lang}/.gitignore', '\n'.join(LANGS[lang]['gitignore'] + ['store/', '*.log']) + '\n')


if __name__ == '__main__':
    main()
