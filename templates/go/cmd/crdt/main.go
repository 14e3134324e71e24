// Track 5 · crdt. Teaches convergent replicated state.
//
// Implement:
//   - g-set: add {element} -> add_ok; read -> read_ok {value: [...]}
//   - g-counter, pn-counter: add {delta} -> add_ok; read -> read_ok {value}
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/crdt/docs/index.md
// Grade locally: dsgrade test --track crdt --bin "./bin/crdt"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("crdt")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
