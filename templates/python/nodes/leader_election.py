#!/usr/bin/env python3
"""Track 6 · leader-election. Teaches terms, votes, election safety and liveness.

Implement:
  status -> status_ok {term, role: leader|follower|candidate, leader}
  persist currentTerm and votedFor in DSGRADE_DATA_DIR; no KV services

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/leader-election/docs/index.md
Grade locally: dsgrade test --track leader-election --bin "python3 nodes/leader_election.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='leader-election')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
