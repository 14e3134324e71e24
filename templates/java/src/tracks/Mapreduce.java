package tracks;

import maelstrom.*;

/**
 * Track 15 · mapreduce. Teaches task scheduling, re-execution, stragglers.
 *
 * Implement:
 *   job {id, fn, inputs, reducers} -> job_ok {output}
 *   do the work by calling the compute service: compute {fn, phase, input} -> compute_ok {result}
 *
 * Stage pages: https://github.com/dsgrade/dsgrade/blob/v1/tracks/mapreduce/docs/index.md
 * Grade locally: dsgrade test --track mapreduce --bin "java -cp build tracks.Mapreduce"
 * Until you add handlers, every request is answered with error 10 (not-supported).
 */
public class Mapreduce {
  public static void main(String[] args) throws Exception {
    Node node = new Node("mapreduce");

    // dsgrade:handlers: add your handlers below this line, for example
    // node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));

    node.run();
  }
}
