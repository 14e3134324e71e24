package tracks;

import maelstrom.*;

/**
 * Track 14 · transactions. Teaches isolation levels, distributed commit.
 *
 * Implement:
 *   txn {txn: [[f, key, value], ...]} -> txn_ok {txn} (f is r, w or append)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/transactions/docs/index.md
 * Grade locally: dsgrade test --track transactions --bin "java -cp build tracks.Transactions"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Transactions {
  public static void main(String[] args) throws Exception {
    Node node = new Node("transactions");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
