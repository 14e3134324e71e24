// Track 14 · transactions. Teaches isolation levels, distributed commit.
//
// Implement:
//   - txn {txn: [[f, key, value], ...]} -> txn_ok {txn} (f is r, w or append)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/transactions/docs/index.md
// Grade locally: dsgrade test --track transactions --bin "./bin/transactions"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("transactions")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
