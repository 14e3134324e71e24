package tracks;

import maelstrom.*;

/**
 * Track 5 · crdt. Teaches convergent replicated state.
 *
 * Implement:
 *   g-set: add {element} -> add_ok; read -> read_ok {value: [...]}
 *   g-counter, pn-counter: add {delta} -> add_ok; read -> read_ok {value}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/crdt/docs/index.md
 * Grade locally: dsgrade test --track crdt --bin "java -cp build tracks.Crdt"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Crdt {
  public static void main(String[] args) throws Exception {
    Node node = new Node("crdt");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
