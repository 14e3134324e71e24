package tracks;

import maelstrom.*;

/**
 * Track 4 · broadcast. Teaches gossip, fault tolerance, efficiency trade-offs.
 *
 * Implement:
 *   topology {topology} -> topology_ok
 *   broadcast {message} -> broadcast_ok
 *   read -> read_ok {messages}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/broadcast/docs/index.md
 * Grade locally: dsgrade test --track broadcast --bin "java -cp build tracks.Broadcast"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Broadcast {
  public static void main(String[] args) throws Exception {
    Node node = new Node("broadcast");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
