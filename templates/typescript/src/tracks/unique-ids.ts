/**
 * Track 3 · unique-ids. Teaches coordination-free uniqueness, availability.
 *
 * Implement:
 *   generate -> generate_ok {id}: unique across nodes, partitions and restarts (DSGRADE_DATA_DIR)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/unique-ids/docs/index.md
 * Grade locally: dsgrade test --track unique-ids --bin "node dist/tracks/unique-ids.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'unique-ids' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
