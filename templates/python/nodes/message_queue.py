#!/usr/bin/env python3
"""Track 12 · message-queue. Teaches replicated logs, offsets, consumer commits.

Implement:
  send {key, msg} -> send_ok {offset}
  poll {offsets} -> poll_ok {msgs}
  commit_offsets {offsets} -> commit_offsets_ok
  list_committed_offsets {keys} -> list_committed_offsets_ok {offsets}

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/message-queue/docs/index.md
Grade locally: dsgrade test --track message-queue --bin "python3 nodes/message_queue.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='message-queue')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
