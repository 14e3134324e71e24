/**
 * Track 11 · load-balancer. Teaches load distribution, health checks, tail latency.
 *
 * Implement:
 *   work {job, cost} -> work_ok, served by a backend (busy backends answer error 11)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/load-balancer/docs/index.md
 * Grade locally: dsgrade test --track load-balancer --bin "node dist/tracks/load-balancer.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'load-balancer' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
