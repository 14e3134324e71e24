// Track 1 · messenger. Teaches the protocol: init, request/response, errors.
//
// Implement:
//   - echo {echo} -> echo_ok {echo}
//   - any other request type -> error 10 (not-supported)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/messenger/docs/index.md
// Grade locally: dsgrade test --track messenger --bin "./bin/messenger"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("messenger")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
