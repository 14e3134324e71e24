package tracks;

import maelstrom.*;

/**
 * Track 11 · load-balancer. Teaches load distribution, health checks, tail latency.
 *
 * Implement:
 *   work {job, cost} -> work_ok, served by a backend (busy backends answer error 11)
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/load-balancer/docs/index.md
 * Grade locally: dsgrade test --track load-balancer --bin "java -cp build tracks.LoadBalancer"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class LoadBalancer {
  public static void main(String[] args) throws Exception {
    Node node = new Node("load-balancer");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
