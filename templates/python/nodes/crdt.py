#!/usr/bin/env python3
"""Track 5 · crdt. Teaches convergent replicated state.

Implement:
  g-set: add {element} -> add_ok; read -> read_ok {value: [...]}
  g-counter, pn-counter: add {delta} -> add_ok; read -> read_ok {value}

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/crdt/docs/index.md
Grade locally: dsgrade test --track crdt --bin "python3 nodes/crdt.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='crdt')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
