// The consensus helpers of each template library (tracks 6–8), through real processes: the
// leader-election stub with a learner's snippet pasted below its marker saves a value with
// the durable-write helper, is killed with SIGKILL, restarts with the same DSGRADE_DATA_DIR and
// loads the value back (no temporary file left); an election timer re-armed before it fires
// fires once, after its randomized delay.
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/cli.js'
import { LANGUAGES, applyPatch, hasTool, type Patch } from './templates-languages.js'

type Body = { type: string; [field: string]: unknown }

const PATCHES: Record<string, Patch> = {
  python: {
    code: `from maelstrom import ElectionTimer, load_state, save_state  # noqa: E402
fired = [0]
timer = ElectionTimer(node, 0.15, 0.2, lambda: fired.__setitem__(0, fired[0] + 1))
node.on('save', lambda msg: (save_state('probe.json', msg['body']['value']), node.reply(msg, {'type': 'save_ok'})))
node.on('load', lambda msg: node.reply(msg, {'type': 'load_ok', 'value': load_state('probe.json', None)}))
node.on('arm', lambda msg: (timer.reset(), node.reply(msg, {'type': 'arm_ok'})))
node.on('fired', lambda msg: node.reply(msg, {'type': 'fired_ok', 'count': fired[0]}))
`,
  },
  typescript: {
    code: `import { ElectionTimer, loadState, saveState } from '../maelstrom.js'
let fired = 0
const timer = new ElectionTimer(node, 150, 200, () => {
  fired++
})
node.on('save', (msg) => {
  saveState('probe.json', msg.body.value)
  node.reply(msg, { type: 'save_ok' })
})
node.on('load', (msg) => node.reply(msg, { type: 'load_ok', value: loadState('probe.json', null) }))
node.on('arm', (msg) => {
  timer.reset()
  node.reply(msg, { type: 'arm_ok' })
})
node.on('fired', (msg) => node.reply(msg, { type: 'fired_ok', count: fired }))
`,
  },
  go: {
    code: `	fired := 0
	timer := maelstrom.NewElectionTimer(n, 150*time.Millisecond, 200*time.Millisecond, func() { fired++ })
	n.Handle("save", func(msg maelstrom.Message) error {
		if err := maelstrom.SaveState("probe.json", msg.Body["value"]); err != nil {
			return err
		}
		return n.Reply(msg, maelstrom.Body{"type": "save_ok"})
	})
	n.Handle("load", func(msg maelstrom.Message) error {
		var value any
		if _, err := maelstrom.LoadState("probe.json", &value); err != nil {
			return err
		}
		return n.Reply(msg, maelstrom.Body{"type": "load_ok", "value": value})
	})
	n.Handle("arm", func(msg maelstrom.Message) error {
		timer.Reset()
		return n.Reply(msg, maelstrom.Body{"type": "arm_ok"})
	})
	n.Handle("fired", func(msg maelstrom.Message) error {
		return n.Reply(msg, maelstrom.Body{"type": "fired_ok", "count": fired})
	})
`,
    replace: [['\t"os"\n', '\t"os"\n\t"time"\n']],
  },
  java: {
    code: `    int[] fired = {0};
    ElectionTimer timer = new ElectionTimer(node, 150, 200, () -> fired[0]++);
    node.on("save", msg -> {
      try {
        Durable.save("probe.json", Json.write(msg.body().get("value")));
      } catch (java.io.IOException e) {
        throw new RuntimeException(e);
      }
      node.reply(msg, Message.body("save_ok"));
    });
    node.on("load", msg -> {
      try {
        String text = Durable.load("probe.json");
        node.reply(msg, Message.body("load_ok", "value", text == null ? null : Json.parse(text)));
      } catch (java.io.IOException e) {
        throw new RuntimeException(e);
      }
    });
    node.on("arm", msg -> {
      timer.reset();
      node.reply(msg, Message.body("arm_ok"));
    });
    node.on("fired", msg -> node.reply(msg, Message.body("fired_ok", "count", fired[0])));
`,
  },
}

/** A node process; `ask` sends a client request and returns the body of its reply. */
class NodeProcess {
  private readonly replies: Body[] = []
  private waiting: (() => void) | undefined
  private nextId = 1
  readonly child: ChildProcessWithoutNullStreams

  constructor(bin: string, args: string[], cwd: string, dataDir: string) {
    this.child = spawn(bin, args, { cwd, env: { ...process.env, DSGRADE_DATA_DIR: dataDir } })
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.replies.push((JSON.parse(line) as { body: Body }).body)
      this.waiting?.()
    })
  }

  async ask(body: Body, timeoutMs = 10_000): Promise<Body> {
    this.child.stdin.write(
      JSON.stringify({ src: 'c0', dest: 'n0', body: { ...body, msg_id: this.nextId++ } }) + '\n',
    )
    const deadline = performance.now() + timeoutMs
    while (this.replies.length === 0) {
      if (performance.now() > deadline) {
        throw new Error(`no reply to ${body.type}`)
      }
      await new Promise<void>((resolve) => {
        this.waiting = resolve
        setTimeout(resolve, 50)
      })
    }
    return this.replies.shift() as Body
  }
}

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

for (const language of LANGUAGES) {
  const present = hasTool(language.tool)
  describe.skipIf(!present && process.env.CI !== 'true')(
    `templates/${language.name} consensus helpers`,
    () => {
      it('saves durably across SIGKILL + restart, and re-arms a jittered election timer', async () => {
        const dir = mkdtempSync(join(tmpdir(), `dsgrade-consensus-${language.name}-`))
        const dataDir = mkdtempSync(join(tmpdir(), `dsgrade-consensus-data-`))
        made.push(dir, dataDir)
        cpSync(join(repoRoot, 'templates', language.name), dir, { recursive: true })
        applyPatch(dir, language, 'leader-election', PATCHES[language.name] as Patch)
        language.build(dir)
        const [bin = '', ...args] = language.run('leader-election')
        const init = { type: 'init', node_id: 'n0', node_ids: ['n0', 'n1', 'n2'] }

        const first = new NodeProcess(bin, args, dir, dataDir)
        expect((await first.ask(init)).type).toBe('init_ok')
        expect((await first.ask({ type: 'load' })).value).toBeNull()
        expect((await first.ask({ type: 'save', value: { term: 7, votedFor: 'n2' } })).type).toBe(
          'save_ok',
        )
        // two arms 50 ms apart: the first is cancelled, the second fires once after 150–200 ms
        await first.ask({ type: 'arm' })
        await new Promise((resolve) => setTimeout(resolve, 50))
        await first.ask({ type: 'arm' })
        await new Promise((resolve) => setTimeout(resolve, 600))
        expect((await first.ask({ type: 'fired' })).count).toBe(1)
        first.child.kill('SIGKILL')

        const second = new NodeProcess(bin, args, dir, dataDir)
        try {
          expect((await second.ask(init)).type).toBe('init_ok')
          expect((await second.ask({ type: 'load' })).value).toEqual({ term: 7, votedFor: 'n2' })
          expect(readdirSync(dataDir)).toEqual(['probe.json'])
          expect(existsSync(join(dataDir, 'probe.json.tmp'))).toBe(false)
        } finally {
          second.child.kill('SIGKILL')
        }
      }, 240_000)
    },
  )
}
