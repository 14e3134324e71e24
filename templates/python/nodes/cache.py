#!/usr/bin/env python3
"""Track 9 · cache. Teaches read-through caching, coherence, coalescing.

Implement:
  read {key} -> read_ok {value}
  write {key, value} -> write_ok
  backed by the lin-kv service (use the KV client)

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/cache/docs/index.md
Grade locally: dsgrade test --track cache --bin "python3 nodes/cache.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='cache')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
