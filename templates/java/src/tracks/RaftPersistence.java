package tracks;

import maelstrom.*;

/**
 * Track 8 · raft-persistence. Teaches crash recovery, persistence, log compaction.
 *
 * Implement:
 *   the raft RPCs, with state persisted in DSGRADE_DATA_DIR (survives kill + restart)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/raft-persistence/docs/index.md
 * Grade locally: dsgrade test --track raft-persistence --bin "java -cp build tracks.RaftPersistence"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class RaftPersistence {
  public static void main(String[] args) throws Exception {
    Node node = new Node("raft-persistence");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
