package tracks;

import maelstrom.*;

/**
 * Track 7 · raft. Teaches replicated log, linearizable KV.
 *
 * Implement:
 *   read {key} -> read_ok {value}
 *   write {key, value} -> write_ok
 *   cas {key, from, to} -> cas_ok (errors 20, 22; 11 without a leader); no KV services
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft/docs/index.md
 * Grade locally: dsgrade test --track raft --bin "java -cp build tracks.Raft"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Raft {
  public static void main(String[] args) throws Exception {
    Node node = new Node("raft");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
