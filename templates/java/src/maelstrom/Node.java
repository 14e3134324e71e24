package maelstrom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A small Maelstrom node library (JDK only). Messages are JSON lines on stdin/stdout; logs
 * go to stderr ({@link #log}). Handlers, RPC callbacks and timers all run one at a time on
 * the thread that called {@link #run}, so a node needs no locks. Never block inside them.
 *
 * <pre>
 * Node node = new Node("messenger");
 * node.on("echo", msg -> node.reply(msg, Message.body("echo_ok", "echo", msg.body().get("echo"))));
 * node.run();
 * </pre>
 *
 * <p>Simulated time ({@code dsgrade test --sim}, docs/simulation.md in the dsgrade repository):
 * when DSGRADE_SIM=1, {@link #after}, {@link #every} and RPC timeouts are asked of dsgrade
 * instead of the OS, {@link #nowMs} returns the simulated time, {@link #RANDOM} is seeded from
 * DSGRADE_SEED and DSGRADE_NODE_ID, and the library tells dsgrade when each input is handled.
 * Use node.after / node.every, Node.nowMs() and Node.RANDOM (never threads of your own,
 * Thread.sleep or System.currentTimeMillis) and your node runs in simulated time unchanged.
 * Without DSGRADE_SIM nothing changes.
 */
public class Node {
  public static final String DOCS_BASE = "https://github.com/dsgrade/dsgrade/blob/v1/tracks";

  /** True when the node runs in simulated time (DSGRADE_SIM=1). */
  public static final boolean SIM = "1".equals(System.getenv("DSGRADE_SIM"));

  /**
   * The node's random generator: seeded from DSGRADE_SEED and DSGRADE_NODE_ID in simulated
   * time (so a seed replays), from the OS otherwise. ElectionTimer uses it. Use it only on the
   * node's thread (handlers, callbacks, timers).
   */
  public static final Random RANDOM = SIM ? new Random(seedOf(System.getenv("DSGRADE_SEED") + "/" + System.getenv("DSGRADE_NODE_ID"))) : new Random();

  /** Simulated milliseconds since the test started: the stamp of the input being handled. */
  private static double simNowMs = 0;

  /** Handles one message; may throw RPCError to answer with an error. */
  public interface Handler {
    void handle(Message msg) throws Exception;
  }

  public String nodeId = "";
  public List<String> nodeIds = new ArrayList<>();
  public final String track;

  private final Map<String, Handler> handlers = new HashMap<>();
  private final List<Runnable> initHooks = new ArrayList<>();
  private final Map<Long, BiConsumer<Map<String, Object>, RPCError>> pending = new HashMap<>();
  private final Map<Long, ScheduledFuture<?>> timeouts = new HashMap<>();
  private final LinkedBlockingQueue<Runnable> events = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "timers");
    t.setDaemon(true);
    return t;
  });
  private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
  /**
   * Msg ids never repeat across this node's processes (kill + restart): a late reply to the old
   * process's RPC must not be taken for a new RPC's answer. Real time: ids continue from the
   * wall clock at start-up in ms × 1000; simulated time: from init's virtual time in µs × 1000
   * (0 for the first process, so its ids start at 1). A reply that matches no RPC is ignored.
   */
  private long nextMsgId = SIM ? 1 : System.currentTimeMillis() * 1000 + 1;
  /** Timers asked of dsgrade in simulated time: id -> timer. */
  private final Map<Long, SimTimer> simTimers = new HashMap<>();
  private long nextTimerId = 1;

  public Node(String track) {
    this.track = track;
  }

  /** Write one line to stderr (stdout is reserved for messages). */
  public static void log(String text) {
    System.err.println(text);
    System.err.flush();
  }

  public Node on(String type, Handler handler) {
    if (handlers.containsKey(type)) {
      throw new IllegalStateException("a handler for " + type + " already exists");
    }
    handlers.put(type, handler);
    return this;
  }

  /** Run fn once this node knows its id. */
  public Node onInit(Runnable fn) {
    initHooks.add(fn);
    return this;
  }

  public void send(String dest, Map<String, Object> body) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("src", nodeId);
    envelope.put("dest", dest);
    envelope.put("body", body);
    writeLine(envelope);
  }

  /** Simulated time: an input is being handled; its lines are flushed once, with its idle. */
  private boolean holding = false;

  private synchronized void writeLine(Map<String, Object> value) {
    out.print(Json.write(value) + "\n");
    if (!holding) {
      out.flush();
    }
  }

  private synchronized void hold(boolean on) {
    holding = on;
    if (!on) {
      out.flush(); // what the input caused and its idle line, in one write
    }
  }

  /**
   * The current time in milliseconds since the epoch: the OS clock, or in simulated time the
   * virtual time of the input being handled (it does not move while a handler runs).
   */
  public static long nowMs() {
    return SIM ? 1_700_000_000_000L + (long) Math.floor(simNowMs) : System.currentTimeMillis();
  }

  /** FNV-1a of the text: the seed of RANDOM in simulated time. */
  private static long seedOf(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  public void reply(Message request, Map<String, Object> body) {
    Map<String, Object> reply = new LinkedHashMap<>(body);
    reply.put("in_reply_to", request.body().get("msg_id"));
    send(request.src(), reply);
  }

  /**
   * Send a request; later call callback(replyBody, null), or callback(null, error) for an
   * error reply or a timeout (code 0).
   */
  public void rpc(String dest, Map<String, Object> body, long timeoutMs, BiConsumer<Map<String, Object>, RPCError> callback) {
    long msgId = nextMsgId++;
    Map<String, Object> request = new LinkedHashMap<>(body);
    request.put("msg_id", msgId);
    pending.put(msgId, callback);
    timeouts.put(msgId, after(timeoutMs, () -> {
      timeouts.remove(msgId);
      BiConsumer<Map<String, Object>, RPCError> cb = pending.remove(msgId);
      if (cb != null) {
        cb.accept(null, new RPCError(RPCError.TIMEOUT, "no reply from " + dest + " in " + timeoutMs + " ms"));
      }
    }));
    send(dest, request);
  }

  /**
   * Like rpc, with a way to give up: running the returned cancel (on the node's thread, from a
   * handler, callback or timer) forgets the request, so neither its reply nor its timeout calls
   * callback. Several RPCs may be outstanding at once; a hedged request cancels the copies it
   * no longer needs once one answer is in.
   */
  public Runnable rpcCancellable(String dest, Map<String, Object> body, long timeoutMs, BiConsumer<Map<String, Object>, RPCError> callback) {
    long msgId = nextMsgId;
    rpc(dest, body, timeoutMs, callback);
    return () -> {
      pending.remove(msgId);
      ScheduledFuture<?> timeout = timeouts.remove(msgId);
      if (timeout != null) {
        timeout.cancel(false);
      }
    };
  }

  /** Run fn once after delayMs, on the node's thread; cancel the returned future to stop it. */
  public ScheduledFuture<?> after(long delayMs, Runnable fn) {
    if (SIM) {
      return startSimTimer(delayMs, 0, fn);
    }
    return timers.schedule(() -> events.add(fn), delayMs, TimeUnit.MILLISECONDS);
  }

  /** Run fn every intervalMs, on the node's thread; cancel the returned future to stop. */
  public ScheduledFuture<?> every(long intervalMs, Runnable fn) {
    if (SIM) {
      return startSimTimer(intervalMs, intervalMs, fn);
    }
    return timers.scheduleAtFixedRate(() -> events.add(fn), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Read messages until stdin closes. */
  public void run() throws InterruptedException {
    if (SIM) {
      runSim();
      System.exit(0);
    }
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          String current = line;
          events.add(() -> receive(current));
        }
      } catch (IOException e) {
        log("stdin failed: " + e);
      }
      events.add(() -> System.exit(0));
    }, "stdin");
    reader.setDaemon(true);
    reader.start();
    while (true) {
      Runnable event = events.take();
      try {
        event.run();
      } catch (RuntimeException e) {
        log("event failed: " + e);
      }
    }
  }

  // ---- simulated time (docs/simulation.md): timers asked of dsgrade, idle after each input ----

  /** A timer asked of dsgrade; cancel() forgets it (and tells dsgrade). */
  private final class SimTimer implements ScheduledFuture<Object> {
    final long id;
    final long intervalMs;
    final Runnable fn;
    boolean cancelled;
    boolean fired;

    SimTimer(long id, long intervalMs, Runnable fn) {
      this.id = id;
      this.intervalMs = intervalMs;
      this.fn = fn;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (simTimers.remove(id) == null) {
        return false;
      }
      cancelled = true;
      writeLine(control("cancel", id));
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return cancelled || (fired && intervalMs == 0);
    }

    @Override
    public Object get() {
      return null;
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      return null;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return 0;
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }

  private static Map<String, Object> control(String kind, long timerId) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("dsgrade", kind);
    line.put("timer", timerId);
    return line;
  }

  private SimTimer startSimTimer(long delayMs, long intervalMs, Runnable fn) {
    SimTimer timer = new SimTimer(nextTimerId++, intervalMs, fn);
    simTimers.put(timer.id, timer);
    requestTimer(timer.id, delayMs);
    return timer;
  }

  private void requestTimer(long id, long delayMs) {
    Map<String, Object> line = control("timer", id);
    line.put("delay_ms", Math.max(0, delayMs));
    writeLine(line);
  }

  private void fireSimTimer(long id) {
    SimTimer timer = simTimers.get(id);
    if (timer == null) {
      return; // cancelled since
    }
    if (timer.intervalMs > 0) {
      requestTimer(id, timer.intervalMs);
    } else {
      simTimers.remove(id);
      timer.fired = true;
    }
    timer.fn.run();
  }

  /** One input at a time on this thread; idle after each. */
  private void runSim() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          simInput(line);
        }
      }
    } catch (IOException e) {
      log("stdin failed: " + e);
    }
  }

  @SuppressWarnings("unchecked")
  private void simInput(String line) {
    hold(true);
    Map<String, Object> input = null;
    try {
      if (Json.parse(line) instanceof Map<?, ?> map) {
        input = (Map<String, Object>) map;
      }
    } catch (RuntimeException e) {
      // receive() below logs it
    }
    if (input != null && input.get("dsgrade_time_ms") instanceof Number stamp) {
      simNowMs = stamp.doubleValue();
    }
    try {
      if (input != null && "timer".equals(input.get("dsgrade"))) {
        if (input.get("timer") instanceof Number id) {
          fireSimTimer(id.longValue());
        }
      } else {
        receive(line);
      }
    } catch (RuntimeException e) {
      log("event failed: " + e);
    }
    Map<String, Object> idle = new LinkedHashMap<>();
    idle.put("dsgrade", "idle");
    writeLine(idle);
    hold(false);
  }

  @SuppressWarnings("unchecked")
  private void receive(String line) {
    if (line.isBlank()) {
      return;
    }
    Message msg;
    try {
      Map<String, Object> envelope = (Map<String, Object>) Json.parse(line);
      msg = new Message((String) envelope.get("src"), (String) envelope.get("dest"), (Map<String, Object>) envelope.get("body"));
    } catch (RuntimeException e) {
      log("ignoring a line that is not a message: " + line.substring(0, Math.min(200, line.length())));
      return;
    }
    Long replyTo = msg.getLong("in_reply_to");
    if (replyTo != null) {
      settle(replyTo, msg);
    } else if (msg.type().equals("init")) {
      init(msg);
    } else {
      dispatch(msg);
    }
  }

  private void settle(long replyTo, Message msg) {
    BiConsumer<Map<String, Object>, RPCError> callback = pending.remove(replyTo);
    ScheduledFuture<?> timeout = timeouts.remove(replyTo);
    if (timeout != null) {
      timeout.cancel(false);
    }
    if (callback == null) {
      return;
    }
    if (msg.type().equals("error")) {
      Long code = msg.getLong("code");
      callback.accept(null, new RPCError(code == null ? RPCError.CRASH : code.intValue(), String.valueOf(msg.body().get("text"))));
    } else {
      callback.accept(msg.body(), null);
    }
  }

  private void init(Message msg) {
    nodeId = String.valueOf(msg.body().get("node_id"));
    if (SIM && nextMsgId == 1) {
      nextMsgId = Math.round(simNowMs * 1000) * 1000 + 1;
    }
    nodeIds = new ArrayList<>();
    if (msg.body().get("node_ids") instanceof List<?> ids) {
      for (Object id : ids) {
        nodeIds.add(String.valueOf(id));
      }
    }
    reply(msg, Message.body("init_ok"));
    log("node " + nodeId + " initialised; cluster " + nodeIds);
    for (Runnable hook : initHooks) {
      hook.run();
    }
  }

  private String notSupported(String type) {
    if (track == null) {
      return "'" + type + "' is not implemented yet: add a handler for it";
    }
    return "'" + type + "' is not implemented yet: the " + track + " track is still the template stub. "
        + "Add a handler for it; see " + DOCS_BASE + "/" + track + "/docs/index.md";
  }

  private void dispatch(Message msg) {
    boolean isRequest = msg.body().containsKey("msg_id");
    Handler handler = handlers.get(msg.type());
    if (handler == null) {
      if (isRequest) {
        reply(msg, new RPCError(RPCError.NOT_SUPPORTED, notSupported(msg.type())).toBody());
      }
      return;
    }
    try {
      handler.handle(msg);
    } catch (RPCError e) {
      if (isRequest) {
        reply(msg, e.toBody());
      }
    } catch (Exception e) {
      log("handler for " + msg.type() + " failed: " + e);
      if (isRequest) {
        reply(msg, new RPCError(RPCError.CRASH, e.toString()).toBody());
      }
    }
  }
}
