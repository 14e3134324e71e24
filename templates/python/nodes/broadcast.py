#!/usr/bin/env python3
"""Track 4 · broadcast. Teaches gossip, fault tolerance, efficiency trade-offs.

Implement:
  topology {topology} -> topology_ok
  broadcast {message} -> broadcast_ok
  read -> read_ok {messages}

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/index.md
Grade locally: dsgrade test --track broadcast --bin "python3 nodes/broadcast.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='broadcast')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
