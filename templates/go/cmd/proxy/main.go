// Track 10 · proxy. Teaches request routing, failover, safe retries.
//
// Implement:
//   - routes {routes} -> routes_ok
//   - request {path, method, body} -> request_ok {status, body, served_by}
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/proxy/docs/index.md
// Grade locally: dsgrade test --track proxy --bin "./bin/proxy"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("proxy")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
