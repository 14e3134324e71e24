// Track 6 · leader-election. Teaches terms, votes, election safety and liveness.
//
// Implement:
//   - status -> status_ok {term, role: leader|follower|candidate, leader}
//   - persist currentTerm and votedFor in DSGRADE_DATA_DIR; no KV services
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/leader-election/docs/index.md
// Grade locally: dsgrade test --track leader-election --bin "./bin/leader-election"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("leader-election")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
