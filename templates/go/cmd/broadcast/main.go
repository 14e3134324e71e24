// Track 4 · broadcast. Teaches gossip, fault tolerance, efficiency trade-offs.
//
// Implement:
//   - topology {topology} -> topology_ok
//   - broadcast {message} -> broadcast_ok
//   - read -> read_ok {messages}
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/index.md
// Grade locally: dsgrade test --track broadcast --bin "./bin/broadcast"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("broadcast")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
