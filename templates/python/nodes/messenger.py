#!/usr/bin/env python3
"""Track 1 · messenger. Teaches the protocol: init, request/response, errors.

Implement:
  echo {echo} -> echo_ok {echo}
  any other request type -> error 10 (not-supported)

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/messenger/docs/index.md
Grade locally: dsgrade test --track messenger --bin "python3 nodes/messenger.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='messenger')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
