// Track 12 · message-queue. Teaches replicated logs, offsets, consumer commits.
//
// Implement:
//   - send {key, msg} -> send_ok {offset}
//   - poll {offsets} -> poll_ok {msgs}
//   - commit_offsets {offsets} -> commit_offsets_ok
//   - list_committed_offsets {keys} -> list_committed_offsets_ok {offsets}
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/message-queue/docs/index.md
// Grade locally: dsgrade test --track message-queue --bin "./bin/message-queue"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("message-queue")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
