/**
 * Track 14 · transactions. Teaches isolation levels, distributed commit.
 *
 * Implement:
 *   txn {txn: [[f, key, value], ...]} -> txn_ok {txn} (f is r, w or append)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/transactions/docs/index.md
 * Grade locally: dsgrade test --track transactions --bin "node dist/tracks/transactions.js"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
import { Node } from '../maelstrom.js'

const node = new Node({ track: 'transactions' })

// dsgrade:handlers: add your handlers below this line, for example
// node.on('echo', (msg) => node.reply(msg, { type: 'echo_ok', echo: msg.body.echo }))

node.run()
