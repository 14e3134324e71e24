// Track 11 · load-balancer. Teaches load distribution, health checks, tail latency.
//
// Implement:
//   - work {job, cost} -> work_ok, served by a backend (busy backends answer error 11)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/load-balancer/docs/index.md
// Grade locally: dsgrade test --track load-balancer --bin "./bin/load-balancer"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("load-balancer")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
