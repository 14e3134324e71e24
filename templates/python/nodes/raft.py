#!/usr/bin/env python3
"""Track 7 · raft. Teaches replicated log, linearizable KV.

Implement:
  read {key} -> read_ok {value}
  write {key, value} -> write_ok
  cas {key, from, to} -> cas_ok (errors 20, 22; 11 without a leader); no KV services

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft/docs/index.md
Grade locally: dsgrade test --track raft --bin "python3 nodes/raft.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='raft')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
