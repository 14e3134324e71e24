package tracks;

import maelstrom.*;

/**
 * Track 10 · proxy. Teaches request routing, failover, safe retries.
 *
 * Implement:
 *   routes {routes} -> routes_ok
 *   request {path, method, body} -> request_ok {status, body, served_by}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/proxy/docs/index.md
 * Grade locally: dsgrade test --track proxy --bin "java -cp build tracks.Proxy"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Proxy {
  public static void main(String[] args) throws Exception {
    Node node = new Node("proxy");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
