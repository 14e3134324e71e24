// Track 8 · raft-persistence. Teaches crash recovery, persistence, log compaction.
//
// Implement:
//   - the raft RPCs, with state persisted in DSGRADE_DATA_DIR (survives kill + restart)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft-persistence/docs/index.md
// Grade locally: dsgrade test --track raft-persistence --bin "./bin/raft-persistence"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("raft-persistence")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
