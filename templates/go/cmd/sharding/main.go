// Track 13 · sharding. Teaches partitioning, forwarding, shard migration.
//
// Implement:
//   - shard_config {version, shards} -> shard_config_ok
//   - read / write / cas as in raft; forward keys whose shard (key mod 16) you do not own
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/sharding/docs/index.md
// Grade locally: dsgrade test --track sharding --bin "./bin/sharding"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("sharding")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
