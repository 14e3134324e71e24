/**
 * Track 1 · messenger. Teaches the protocol: init, request/response, errors.
 *
 * Implement:
 *   echo {echo} -> echo_ok {echo}
 *   any other request type -> error 10 (not-supported)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/messenger/docs/index.md
 * Grade locally: dsgrade test --track messenger --bin "node dist/tracks/messenger.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'messenger' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
