#!/usr/bin/env python3
"""Track 10 · proxy. Teaches request routing, failover, safe retries.

Implement:
  routes {routes} -> routes_ok
  request {path, method, body} -> request_ok {status, body, served_by}

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/proxy/docs/index.md
Grade locally: dsgrade test --track proxy --bin "python3 nodes/proxy.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='proxy')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
