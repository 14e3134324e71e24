#!/usr/bin/env python3
"""Track 3 · unique-ids. Teaches coordination-free uniqueness, availability.

Implement:
  generate -> generate_ok {id}: unique across nodes, partitions and restarts (DSGRADE_DATA_DIR)

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/unique-ids/docs/index.md
Grade locally: dsgrade test --track unique-ids --bin "python3 nodes/unique_ids.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='unique-ids')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
