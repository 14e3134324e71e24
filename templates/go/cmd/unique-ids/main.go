// Track 3 · unique-ids. Teaches coordination-free uniqueness, availability.
//
// Implement:
//   - generate -> generate_ok {id}: unique across nodes, partitions and restarts (DSGRADE_DATA_DIR)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/unique-ids/docs/index.md
// Grade locally: dsgrade test --track unique-ids --bin "./bin/unique-ids"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("unique-ids")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
