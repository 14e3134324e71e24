package tracks;

import maelstrom.*;

/**
 * Track 12 · message-queue. Teaches replicated logs, offsets, consumer commits.
 *
 * Implement:
 *   send {key, msg} -> send_ok {offset}
 *   poll {offsets} -> poll_ok {msgs}
 *   commit_offsets {offsets} -> commit_offsets_ok
 *   list_committed_offsets {keys} -> list_committed_offsets_ok {offsets}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/message-queue/docs/index.md
 * Grade locally: dsgrade test --track message-queue --bin "java -cp build tracks.MessageQueue"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class MessageQueue {
  public static void main(String[] args) throws Exception {
    Node node = new Node("message-queue");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
