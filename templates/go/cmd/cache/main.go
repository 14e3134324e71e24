// Track 9 · cache. Teaches read-through caching, coherence, coalescing.
//
// Implement:
//   - read {key} -> read_ok {value}
//   - write {key, value} -> write_ok
//   - backed by the lin-kv service (use the KV client)
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/cache/docs/index.md
// Grade locally: dsgrade test --track cache --bin "./bin/cache"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("cache")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
