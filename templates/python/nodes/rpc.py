#!/usr/bin/env python3
"""Track 2 · rpc. Teaches retries, idempotence, at-most-once execution over a lossy network.

Implement:
  append {key, element} -> append_ok
  read {key} -> read_ok {elements}
  execute each (src, msg_id) at most once; answer a duplicate with the original reply

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/rpc/docs/index.md
Grade locally: dsgrade test --track rpc --bin "python3 nodes/rpc.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='rpc')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
