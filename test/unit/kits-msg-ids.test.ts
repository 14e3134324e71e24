// The fixture nodes' two libraries (the Python kit test/fixtures/nodes/python/maelstrom.py and
// the JS library test/fixtures/nodes/js/lib.js), through real processes and real pipes: a node
// process restarted after a kill must not reuse its predecessor's msg ids, in real and in
// simulated time, and a late reply to the old process's RPC must be ignored, not handed to the
// new process's callback (in simulated time that crashed the Raft reference: an error 11 taken
// for an install_snapshot answer). The node below each library answers a client's `read` by an
// RPC to lin-kv and relays the answer; the scenario is test/helpers/line-peer.ts.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'vitest'
import { repoRoot } from '../helpers/cli.js'
import { Peer, expectRestartKeepsMsgIdsApart } from '../helpers/line-peer.js'

const PYTHON_KIT = join(repoRoot, 'test', 'fixtures', 'nodes', 'python')
const JS_LIB = join(repoRoot, 'test', 'fixtures', 'nodes', 'js', 'lib.js')

const PYTHON_NODE = `
import sys
sys.path.insert(0, ${JSON.stringify(PYTHON_KIT)})
from maelstrom import Node

node = Node()


def read(msg):
    def done(reply):
        body = reply['body']
        if body['type'] == 'error':
            node.reply(msg, {'type': 'error', 'code': body['code'], 'text': 'relayed'})
        else:
            node.reply(msg, {'type': 'read_ok', 'value': body['value']})
    node.rpc('lin-kv', {'type': 'read', 'key': msg['body']['key']}, done)


node.on('read', read)
node.run()
`

const JS_NODE = `
import { Node } from ${JSON.stringify(JS_LIB)}
const node = new Node()
node.on('read', (msg) =>
  node.rpc('lin-kv', { type: 'read', key: msg.body.key }, (reply) =>
    node.reply(
      msg,
      reply.body.type === 'error'
        ? { type: 'error', code: reply.body.code, text: 'relayed' }
        : { type: 'read_ok', value: reply.body.value },
    ),
  ),
)
node.main()
`

const KITS: Array<{ name: string; command: string[] }> = [
  { name: 'the Python kit (maelstrom.py)', command: ['python3', '-c', PYTHON_NODE] },
  {
    name: 'the JS library (lib.js)',
    command: [process.execPath, '--input-type=module', '-e', JS_NODE],
  },
]

for (const kit of KITS) {
  describe(kit.name, () => {
    const start = (env: Record<string, string>): Peer => {
      const [bin = '', ...args] = kit.command
      const child = spawn(bin, args, {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
      })
      return new Peer(child)
    }

    it('a restarted process does not reuse msg ids, and ignores a late reply to the old one (real time)', async () => {
      await expectRestartKeepsMsgIdsApart(start, false)
    })

    it('a restarted process does not reuse msg ids, and ignores a late reply to the old one (simulated time)', async () => {
      await expectRestartKeepsMsgIdsApart(start, true)
    })
  })
}
