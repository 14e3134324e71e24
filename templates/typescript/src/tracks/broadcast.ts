/**
 * Track 4 · broadcast. Teaches gossip, fault tolerance, efficiency trade-offs.
 *
 * Implement:
 *   topology {topology} -> topology_ok
 *   broadcast {message} -> broadcast_ok
 *   read -> read_ok {messages}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/index.md
 * Grade locally: dsgrade test --track broadcast --bin "node dist/tracks/broadcast.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'broadcast' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
