/**
 * Track 9 · cache. Teaches read-through caching, coherence, coalescing.
 *
 * Implement:
 *   read {key} -> read_ok {value}
 *   write {key, value} -> write_ok
 *   backed by the lin-kv service (use the KV client)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/cache/docs/index.md
 * Grade locally: dsgrade test --track cache --bin "node dist/tracks/cache.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'cache' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
