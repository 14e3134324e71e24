package tracks;

import maelstrom.*;

/**
 * Track 2 · rpc. Teaches retries, idempotence, at-most-once execution over a lossy network.
 *
 * Implement:
 *   append {key, element} -> append_ok
 *   read {key} -> read_ok {elements}
 *   execute each (src, msg_id) at most once; answer a duplicate with the original reply
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/rpc/docs/index.md
 * Grade locally: dsgrade test --track rpc --bin "java -cp build tracks.Rpc"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Rpc {
  public static void main(String[] args) throws Exception {
    Node node = new Node("rpc");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
