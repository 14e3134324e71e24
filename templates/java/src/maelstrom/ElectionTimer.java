package maelstrom;

import java.util.concurrent.ScheduledFuture;

/**
 * Consensus helper (tracks 6–8): a one-shot timer with a random delay in [lowMs, highMs),
 * re-armed by {@link #reset}: a follower resets it on every message from the current leader
 * and on every vote it grants; when it fires, onTimeout runs on the node's thread (start an
 * election there). Use it only from handlers, callbacks and timers (the node's thread).
 * See tracks/leader-election/docs/index.md.
 */
public final class ElectionTimer {
  private final Node node;
  private final long lowMs;
  private final long highMs;
  private final Runnable onTimeout;
  private ScheduledFuture<?> future;
  private long generation;

  public ElectionTimer(Node node, long lowMs, long highMs, Runnable onTimeout) {
    this.node = node;
    this.lowMs = lowMs;
    this.highMs = highMs;
    this.onTimeout = onTimeout;
  }

  /**
   * A random duration in [lowMs, highMs): randomized timeouts keep candidates apart. Drawn from
   * Node.RANDOM (seeded in simulated time, so a seed replays); call it on the node's thread.
   */
  public static long jitterMs(long lowMs, long highMs) {
    return highMs <= lowMs ? lowMs : lowMs + (long) Math.floor(Node.RANDOM.nextDouble() * (highMs - lowMs));
  }

  /** (Re)arm the timer with a fresh random delay. */
  public void reset() {
    stop();
    final long armed = generation;
    future = node.after(jitterMs(lowMs, highMs), () -> {
      if (armed == generation) { // a reset or stop since then cancels this firing
        future = null;
        onTimeout.run();
      }
    });
  }

  /** Disarm the timer. */
  public void stop() {
    generation++;
    if (future != null) {
      future.cancel(false);
      future = null;
    }
  }
}
