package tracks;

import maelstrom.*;

/**
 * Track 11 · load-balancer. Teaches load distribution, health checks, tail latency.
 *
 * Implement:
 *   backends {backends} -> backends_ok (the backend ids, once after init)
 *   work {job, cost} -> work_ok {job, served_by}: forward the same work to a backend and
 *     return its answer (a full backend answers error 11; health -> health_ok while up)
 *   give each forwarded job its own timeout; the library cancels a spare request too
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
