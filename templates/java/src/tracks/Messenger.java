package tracks;

import maelstrom.*;

/**
 * Track 1 · messenger. Teaches the protocol: init, request/response, errors.
 *
 * Implement:
 *   echo {echo} -> echo_ok {echo}
 *   any other request type -> error 10 (not-supported)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/messenger/docs/index.md
 * Grade locally: dsgrade test --track messenger --bin "java -cp build tracks.Messenger"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Messenger {
  public static void main(String[] args) throws Exception {
    Node node = new Node("messenger");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
