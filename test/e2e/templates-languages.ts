// The four learner templates as the template tests see them: where each track's stub is,
// how to build and run it, and the code a learner pastes below the `dsgrade:handlers`
// marker (the README's echo handler, and a lin-kv proxy that exercises the KV client, RPC
// errors and timeouts, and timers). Builds run with each language's own toolchain; Go with
// GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local; TypeScript with the repository's own
// `typescript` (the template's `npm ci` needs the registry).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../helpers/cli.js'

export const TRACKS = [
  'messenger',
  'rpc',
  'unique-ids',
  'broadcast',
  'crdt',
  'leader-election',
  'raft',
  'raft-persistence',
  'cache',
  'proxy',
  'load-balancer',
  'message-queue',
  'sharding',
  'transactions',
  'mapreduce',
]

export const MARKER = 'dsgrade:handlers'
const GO_ENV = { GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' }

export interface Patch {
  /** Inserted on the line after the marker. */
  code: string
  /** Extra text replacements elsewhere in the file (imports). */
  replace?: Array<[string, string]>
}

export interface Language {
  name: string
  tool: string
  stubFile(track: string): string
  run(track: string): string[]
  build(dir: string): void
  echo: Patch
  /** A lin-kv proxy: read/write/cas through the KV client, and `ticks` counting a 50 ms timer. */
  kvProxy: Patch
}

function camel(track: string): string {
  return track
    .split('-')
    .map((p) => (p[0] ?? '').toUpperCase() + p.slice(1))
    .join('')
}

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: 'pipe',
    timeout: 180_000,
  })
}

const PY_PROXY = `kv = KV(node, 'lin-kv')
ticks = [0]
node.on_init(lambda: node.every(0.05, lambda: ticks.__setitem__(0, ticks[0] + 1)))


@node.handler('ticks')
def count_ticks(msg):
    node.reply(msg, {'type': 'ticks_ok', 'count': ticks[0]})


def relay(msg, ok_type, with_value):
    def done(value, err):
        if err is not None:
            node.reply(msg, err.to_body())
        else:
            node.reply(msg, {'type': ok_type, 'value': value} if with_value else {'type': ok_type})
    return done


@node.handler('read')
def read(msg):
    kv.read(msg['body']['key'], relay(msg, 'read_ok', True))


@node.handler('write')
def write(msg):
    kv.write(msg['body']['key'], msg['body']['value'], relay(msg, 'write_ok', False))


@node.handler('cas')
def cas(msg):
    b = msg['body']
    kv.cas(b['key'], b['from'], b['to'], relay(msg, 'cas_ok', False))
`

const TS_PROXY = `import { KV } from '../maelstrom.js'
const kv = new KV(node, 'lin-kv')
let ticks = 0
node.onInit(() => {
  node.every(50, () => {
    ticks++
  })
})
node.on('ticks', (msg) => node.reply(msg, { type: 'ticks_ok', count: ticks }))
node.on('read', async (msg) => node.reply(msg, { type: 'read_ok', value: await kv.read(msg.body.key) }))
node.on('write', async (msg) => {
  await kv.write(msg.body.key, msg.body.value)
  node.reply(msg, { type: 'write_ok' })
})
node.on('cas', async (msg) => {
  await kv.cas(msg.body.key, msg.body.from, msg.body.to)
  node.reply(msg, { type: 'cas_ok' })
})
`

const GO_PROXY = `	kv := maelstrom.NewKV(n, "lin-kv")
	ticks := 0
	n.OnInit(func() { n.Every(50*time.Millisecond, func() { ticks++ }) })
	n.Handle("ticks", func(msg maelstrom.Message) error {
		return n.Reply(msg, maelstrom.Body{"type": "ticks_ok", "count": ticks})
	})
	relay := func(msg maelstrom.Message, ok maelstrom.Body) func(*maelstrom.RPCError) {
		return func(err *maelstrom.RPCError) {
			if err != nil {
				n.Reply(msg, err.Body())
				return
			}
			n.Reply(msg, ok)
		}
	}
	n.Handle("read", func(msg maelstrom.Message) error {
		kv.Read(msg.Body["key"], func(value any, err *maelstrom.RPCError) {
			relay(msg, maelstrom.Body{"type": "read_ok", "value": value})(err)
		})
		return nil
	})
	n.Handle("write", func(msg maelstrom.Message) error {
		kv.Write(msg.Body["key"], msg.Body["value"], relay(msg, maelstrom.Body{"type": "write_ok"}))
		return nil
	})
	n.Handle("cas", func(msg maelstrom.Message) error {
		kv.CAS(msg.Body["key"], msg.Body["from"], msg.Body["to"], false, relay(msg, maelstrom.Body{"type": "cas_ok"}))
		return nil
	})
`

const JAVA_PROXY = `    KV kv = new KV(node, "lin-kv");
    int[] ticks = {0};
    node.onInit(() -> node.every(50, () -> ticks[0]++));
    node.on("ticks", msg -> node.reply(msg, Message.body("ticks_ok", "count", ticks[0])));
    node.on("read", msg -> kv.read(msg.body().get("key"), (value, err) ->
        node.reply(msg, err != null ? err.toBody() : Message.body("read_ok", "value", value))));
    node.on("write", msg -> kv.write(msg.body().get("key"), msg.body().get("value"), err ->
        node.reply(msg, err != null ? err.toBody() : Message.body("write_ok"))));
    node.on("cas", msg -> kv.cas(msg.body().get("key"), msg.body().get("from"), msg.body().get("to"), false, err ->
        node.reply(msg, err != null ? err.toBody() : Message.body("cas_ok"))));
`

export const LANGUAGES: Language[] = [
  {
    name: 'python',
    tool: 'python3',
    stubFile: (t) => `nodes/${t.replace(/-/g, '_')}.py`,
    run: (t) => ['python3', `nodes/${t.replace(/-/g, '_')}.py`],
    build: (dir) => sh('python3', ['-m', 'compileall', '-q', 'nodes'], dir),
    echo: {
      code: "@node.handler('echo')\ndef echo(msg):\n    node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})",
    },
    kvProxy: { code: PY_PROXY },
  },
  {
    name: 'typescript',
    tool: 'node',
    stubFile: (t) => `src/tracks/${t}.ts`,
    run: (t) => ['node', `dist/tracks/${t}.js`],
    build: (dir) => {
      if (!existsSync(join(dir, 'node_modules'))) {
        symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'))
      }
      const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
      sh(process.execPath, [tsc, '-p', 'tsconfig.json'], dir)
    },
    echo: {
      code: "node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))",
    },
    kvProxy: { code: TS_PROXY },
  },
  {
    name: 'go',
    tool: 'go',
    stubFile: (t) => `cmd/${t}/main.go`,
    run: (t) => [`./bin/${t}`],
    build: (dir) => sh('go', ['build', '-o', 'bin/', './cmd/...'], dir, GO_ENV),
    echo: {
      code: '\tn.Handle("echo", func(msg maelstrom.Message) error {\n\t\treturn n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})\n\t})',
    },
    kvProxy: { code: GO_PROXY, replace: [['\t"os"\n', '\t"os"\n\t"time"\n']] },
  },
  {
    name: 'java',
    tool: 'javac',
    stubFile: (t) => `src/tracks/${camel(t)}.java`,
    run: (t) => ['java', '-cp', 'build', `tracks.${camel(t)}`],
    build: (dir) => sh('sh', ['build.sh'], dir),
    echo: {
      code: '    node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));',
    },
    kvProxy: { code: JAVA_PROXY },
  },
]

export function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

/** Paste code below the marker of a track's stub (as a learner would). */
export function applyPatch(dir: string, language: Language, track: string, patch: Patch): void {
  const file = join(dir, language.stubFile(track))
  let text = readFileSync(file, 'utf8')
  for (const [from, to] of patch.replace ?? []) {
    if (!text.includes(from)) {
      throw new Error(`${file}: cannot find ${JSON.stringify(from)}`)
    }
    text = text.replace(from, to)
  }
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.includes(MARKER))
  if (at < 0) {
    throw new Error(`${file}: no ${MARKER} line`)
  }
  lines.splice(at + 1, 0, patch.code)
  writeFileSync(file, lines.join('\n'))
}
