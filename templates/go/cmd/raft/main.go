// Track 7 · raft. Teaches replicated log, linearizable KV.
//
// Implement:
//   - read {key} -> read_ok {value}
//   - write {key, value} -> write_ok
//   - cas {key, from, to} -> cas_ok (errors 20, 22; 11 without a leader); no KV services
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft/docs/index.md
// Grade locally: dsgrade test --track raft --bin "./bin/raft"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("raft")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
