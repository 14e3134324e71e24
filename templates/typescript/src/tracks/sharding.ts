/**
 * Track 13 · sharding. Teaches partitioning, forwarding, shard migration.
 *
 * Implement:
 *   shard_config {version, shards} -> shard_config_ok
 *   read / write / cas as in raft; forward keys whose shard (key mod 16) you do not own
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/sharding/docs/index.md
 * Grade locally: dsgrade test --track sharding --bin "node dist/tracks/sharding.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'sharding' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
