package tracks;

import maelstrom.*;

/**
 * Track 3 · unique-ids. Teaches coordination-free uniqueness, availability.
 *
 * Implement:
 *   generate -> generate_ok {id}: unique across nodes, partitions and restarts (DSGRADE_DATA_DIR)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/unique-ids/docs/index.md
 * Grade locally: dsgrade test --track unique-ids --bin "java -cp build tracks.UniqueIds"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class UniqueIds {
  public static void main(String[] args) throws Exception {
    Node node = new Node("unique-ids");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
