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
 */
public class Node {
  public static final String DOCS_BASE = "https://github.com/dsgrade/dsgrade/blob/v1/tracks";

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
  private long nextMsgId = 1;

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

  public synchronized void send(String dest, Map<String, Object> body) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("src", nodeId);
    envelope.put("dest", dest);
    envelope.put("body", body);
    out.print(Json.write(envelope) + "\n");
    out.flush();
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
    timeouts.put(msgId, timers.schedule(() -> events.add(() -> {
      timeouts.remove(msgId);
      BiConsumer<Map<String, Object>, RPCError> cb = pending.remove(msgId);
      if (cb != null) {
        cb.accept(null, new RPCError(RPCError.TIMEOUT, "no reply from " + dest + " in " + timeoutMs + " ms"));
      }
    }), timeoutMs, TimeUnit.MILLISECONDS));
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

  /** Run fn once after delayMs, on the node's thread. */
  public ScheduledFuture<?> after(long delayMs, Runnable fn) {
    return timers.schedule(() -> events.add(fn), delayMs, TimeUnit.MILLISECONDS);
  }

  /** Run fn every intervalMs, on the node's thread; cancel the returned future to stop. */
  public ScheduledFuture<?> every(long intervalMs, Runnable fn) {
    return timers.scheduleAtFixedRate(() -> events.add(fn), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Read messages until stdin closes. */
  public void run() throws InterruptedException {
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
