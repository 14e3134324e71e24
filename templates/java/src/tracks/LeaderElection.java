package tracks;

import maelstrom.*;

/**
 * Track 6 · leader-election. Teaches terms, votes, election safety and liveness.
 *
 * Implement:
 *   status -> status_ok {term, role: leader|follower|candidate, leader}
 *   persist currentTerm and votedFor in DSGRADE_DATA_DIR; no KV services
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/leader-election/docs/index.md
 * Grade locally: dsgrade test --track leader-election --bin "java -cp build tracks.LeaderElection"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class LeaderElection {
  public static void main(String[] args) throws Exception {
    Node node = new Node("leader-election");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
