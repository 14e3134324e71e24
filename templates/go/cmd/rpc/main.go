// Track 2 · rpc. Teaches retries, idempotence, at-most-once execution over a lossy network.
//
// Implement:
//   - append {key, element} -> append_ok
//   - read {key} -> read_ok {elements}
//   - execute each (src, msg_id) at most once; answer a duplicate with the original reply
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/rpc/docs/index.md
// Grade locally: dsgrade test --track rpc --bin "./bin/rpc"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("rpc")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
