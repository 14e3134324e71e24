#!/usr/bin/env python3
"""Track 8 · raft-persistence. Teaches crash recovery, persistence, log compaction.

Implement:
  the raft RPCs, with state persisted in DSGRADE_DATA_DIR (survives kill + restart)

Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft-persistence/docs/index.md
Grade locally: dsgrade test --track raft-persistence --bin "python3 nodes/raft_persistence.py"
Until you add handlers, every request is answered with error 10 (not-supported).
"""
from maelstrom import KV, Node, RPCError, log  # noqa: F401

node = Node(track='raft-persistence')

# dsgrade:handlers: add your handlers below this line, for example
# @node.handler('echo')
# def echo(msg):
#     node.reply(msg, {'type': 'echo_ok', 'echo': msg['body']['echo']})

node.run()
