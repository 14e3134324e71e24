#!/usr/bin/env python3
"""Track 14 · transactions. Teaches isolation levels, distributed commit.

Implement:
  txn {txn: [[f, key, value], ...]} -> txn_ok {txn} (f is r, w or append)

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/transactions/docs/index.md
Grade locally: dsgrade test --track transactions --bin "python3 nodes/transactions.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='transactions')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
