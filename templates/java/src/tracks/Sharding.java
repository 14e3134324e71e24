package tracks;

import maelstrom.*;

/**
 * Track 13 · sharding. Teaches partitioning, forwarding, shard migration.
 *
 * Implement:
 *   shard_config {version, shards} -> shard_config_ok
 *   read / write / cas as in raft; forward keys whose shard (key mod 16) you do not own
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/sharding/docs/index.md
 * Grade locally: dsgrade test --track sharding --bin "java -cp build tracks.Sharding"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Sharding {
  public static void main(String[] args) throws Exception {
    Node node = new Node("sharding");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
