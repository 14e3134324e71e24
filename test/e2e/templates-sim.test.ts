// The Go and Java template libraries in simulated time (docs/simulation.md): each template is
// copied and built with its own toolchain, a learner's broadcast node is pasted below the
// marker of its broadcast stub (gossip on a 100 ms `every` timer set up before the node
// starts and after a random 0–60 ms delay on each broadcast — the library's seeded
// generator — one RPC per neighbour with a 400 ms timeout, acknowledged values never
// resent), and
// `dsgrade test --track broadcast --stage partitions --sim` runs it twice with one seed. Each
// run must use simulated time (no fallback: timers, RPC timeouts, idle all through the
// protocol), pass vouched, print a replay ending in `--sim`, and the two histories and
// message journals must be identical byte for byte. A language whose toolchain is missing is skipped with the reason,
// unless CI=true.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot, runCli } from '../helpers/cli.js'
import { LANGUAGES, applyPatch, hasTool, type Patch } from './templates-languages.js'

const GO_BROADCAST = `	values := map[float64]bool{}
	acked := map[string]map[float64]bool{}
	inFlight := map[string]bool{}
	var gossip func()
	sorted := func(set map[float64]bool, skip map[float64]bool) []float64 {
		list := []float64{}
		for v := range set {
			if !skip[v] {
				list = append(list, v)
			}
		}
		sort.Float64s(list) // Go's map order is random: sort what goes into a message
		return list
	}
	n.Handle("topology", func(msg maelstrom.Message) error {
		return n.Reply(msg, maelstrom.Body{"type": "topology_ok"})
	})
	n.Handle("broadcast", func(msg maelstrom.Message) error {
		values[msg.Body["message"].(float64)] = true
		// gossip soon, after a random delay: replays only if the library seeds Rand
		n.After(maelstrom.Jitter(0, 60*time.Millisecond), gossip)
		return n.Reply(msg, maelstrom.Body{"type": "broadcast_ok"})
	})
	n.Handle("read", func(msg maelstrom.Message) error {
		return n.Reply(msg, maelstrom.Body{"type": "read_ok", "messages": sorted(values, nil)})
	})
	n.Handle("gossip", func(msg maelstrom.Message) error {
		for _, v := range msg.Body["values"].([]any) {
			values[v.(float64)] = true
		}
		return n.Reply(msg, maelstrom.Body{"type": "gossip_ok"})
	})
	gossip = func() {
		for _, peer := range n.NodeIDs {
			if peer == n.ID || inFlight[peer] {
				continue
			}
			if acked[peer] == nil {
				acked[peer] = map[float64]bool{}
			}
			batch := sorted(values, acked[peer])
			if len(batch) == 0 {
				continue
			}
			inFlight[peer] = true
			to := peer
			n.RPC(to, maelstrom.Body{"type": "gossip", "values": batch}, 400*time.Millisecond, func(_ maelstrom.Body, err *maelstrom.RPCError) {
				inFlight[to] = false
				if err == nil {
					for _, v := range batch {
						acked[to][v] = true
					}
				}
			})
		}
	}
	n.Every(100*time.Millisecond, gossip)
`

const JAVA_BROADCAST = `    java.util.TreeSet<Long> values = new java.util.TreeSet<>();
    java.util.Map<String, java.util.Set<Long>> acked = new java.util.HashMap<>();
    java.util.Set<String> inFlight = new java.util.HashSet<>();
    Runnable[] gossip = new Runnable[1];
    node.on("topology", msg -> node.reply(msg, Message.body("topology_ok")));
    node.on("broadcast", msg -> {
      values.add(msg.getLong("message"));
      // gossip soon, after a random delay: replays only if the library seeds Node.RANDOM
      node.after(ElectionTimer.jitterMs(0, 60), gossip[0]);
      node.reply(msg, Message.body("broadcast_ok"));
    });
    node.on("read", msg -> node.reply(msg, Message.body("read_ok", "messages", new java.util.ArrayList<>(values))));
    node.on("gossip", msg -> {
      for (Object v : (java.util.List<?>) msg.body().get("values")) {
        values.add(((Number) v).longValue());
      }
      node.reply(msg, Message.body("gossip_ok"));
    });
    gossip[0] = () -> {
      for (String peer : node.nodeIds) {
        if (peer.equals(node.nodeId) || inFlight.contains(peer)) {
          continue;
        }
        java.util.Set<Long> done = acked.computeIfAbsent(peer, k -> new java.util.HashSet<>());
        java.util.List<Long> batch = new java.util.ArrayList<>();
        for (Long v : values) {
          if (!done.contains(v)) {
            batch.add(v);
          }
        }
        if (batch.isEmpty()) {
          continue;
        }
        inFlight.add(peer);
        node.rpc(peer, Message.body("gossip", "values", batch), 400, (reply, err) -> {
          inFlight.remove(peer);
          if (err == null) {
            done.addAll(batch);
          }
        });
      }
    };
    node.every(100, gossip[0]);
`

const PATCHES: Record<string, Patch> = {
  go: {
    code: GO_BROADCAST,
    replace: [['\t"os"\n', '\t"os"\n\t"sort"\n\t"time"\n']],
  },
  java: { code: JAVA_BROADCAST },
}

interface SimStage {
  code: number | null
  output: string
  results: {
    stage?: { status: string; replay: string; vouch?: { kind: string } }
    harness?: { clock?: string; sim?: { used?: boolean; fallback?: string; inputs?: number } }
  }
  history: string
  journal: string
}

async function runStage(bin: string, cwd: string, seed: number): Promise<SimStage> {
  const store = mkdtempSync(join(tmpdir(), 'templates-sim-store-'))
  made.push(store)
  const result = await runCli(
    [
      'test',
      '--track',
      'broadcast',
      '--stage',
      'partitions',
      '--bin',
      bin,
      '--sim',
      '--seed',
      String(seed),
      '--seeds',
      '1',
      '--time-scale',
      '0.5',
      '--store',
      store,
    ],
    { cwd, timeoutMs: 170_000 },
  )
  const workload = readdirSync(store).filter((d) => d !== 'latest')
  const runDirs = workload.flatMap((w) => readdirSync(join(store, w)).map((s) => join(store, w, s)))
  expect(runDirs, result.stdout + result.stderr).toHaveLength(1)
  const dir = runDirs[0]!
  return {
    code: result.code,
    output: result.stdout + result.stderr,
    results: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as SimStage['results'],
    history: readFileSync(join(dir, 'history.jsonl'), 'utf8'),
    journal: readFileSync(join(dir, 'journal.jsonl'), 'utf8'),
  }
}

const made: string[] = []
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

for (const language of LANGUAGES.filter((l) => PATCHES[l.name] !== undefined)) {
  const present = hasTool(language.tool)
  const mustRun = process.env.CI === 'true'
  if (!present && !mustRun) {
    console.warn(
      `templates/${language.name} in simulated time skipped: ${language.tool} is not installed (never skipped when CI=true)`,
    )
  }
  describe.skipIf(!present && !mustRun)(`templates/${language.name} in simulated time`, () => {
    it('a broadcast node on the library passes broadcast/partitions with --sim, vouched, byte for byte (history and journal)', async () => {
      const dir = mkdtempSync(join(tmpdir(), `dsgrade-sim-${language.name}-`))
      made.push(dir)
      cpSync(join(repoRoot, 'templates', language.name), dir, { recursive: true })
      applyPatch(dir, language, 'broadcast', PATCHES[language.name]!)
      language.build(dir)
      // run from the copy, as a learner would from their repository
      const bin = language.run('broadcast').join(' ')
      const first = await runStage(bin, dir, 11)
      const second = await runStage(bin, dir, 11)
      for (const run of [first, second]) {
        expect(run.output).not.toContain('does not take part')
        expect(run.code, run.output).toBe(0)
        expect(run.results.harness?.sim?.used, run.output).toBe(true)
        expect(run.results.harness?.clock).toBe('virtual')
        expect(run.results.stage?.status).toBe('pass')
        expect(run.results.stage?.vouch?.kind).toBe('vouched')
        expect(run.results.stage?.replay).toMatch(
          / --seed 11( --seeds 1)? --time-scale 0\.5 --sim$/,
        )
      }
      // 10 simulated seconds at 10 ops/s with a partition: a real history, not an empty one
      expect(first.history.trim().split('\n').length).toBeGreaterThan(100)
      expect(second.history).toBe(first.history)
      expect(second.journal).toBe(first.journal)
    }, 400_000)
  })
}
