// Track 15 · mapreduce. Teaches task scheduling, re-execution, stragglers.
//
// Implement:
//   - job {id, fn, inputs, reducers} -> job_ok {output}
//   - do the work by calling the compute service: compute {fn, phase, input} -> compute_ok {result}
//
// Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/mapreduce/docs/index.md
// Grade locally: dsgrade test --track mapreduce --bin "./bin/mapreduce"
// Until you add handlers, every request is answered with error 10 (not-supported).
package main

import (
	"os"

	"example.com/dsgrade-nodes/maelstrom"
)

func main() {
	n := maelstrom.NewNode("mapreduce")

	// dsgrade:handlers: add your handlers below this line, for example
	// n.Handle("echo", func(msg maelstrom.Message) error {
	//   return n.Reply(msg, maelstrom.Body{"type": "echo_ok", "echo": msg.Body["echo"]})
	// })

	if err := n.Run(); err != nil {
		maelstrom.Log("%v", err)
		os.Exit(1)
	}
}
