package maelstrom;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A client for Maelstrom's key-value services: "lin-kv", "seq-kv" or "lww-kv". Callbacks
 * run on the node's thread; the error is null or an RPCError (KEY_DOES_NOT_EXIST,
 * PRECONDITION_FAILED, TIMEOUT, ...).
 */
public class KV {
  private final Node node;
  public final String service;
  public long timeoutMs = 1000;

  public KV(Node node, String service) {
    this.node = node;
    this.service = service;
  }

  public void read(Object key, BiConsumer<Object, RPCError> callback) {
    node.rpc(service, Message.body("read", "key", key), timeoutMs, (body, err) -> callback.accept(err == null ? body.get("value") : null, err));
  }

  public void write(Object key, Object value, Consumer<RPCError> callback) {
    node.rpc(service, Message.body("write", "key", key, "value", value), timeoutMs, (body, err) -> callback.accept(err));
  }

  public void cas(Object key, Object from, Object to, boolean createIfNotExists, Consumer<RPCError> callback) {
    Map<String, Object> body = Message.body("cas", "key", key, "from", from, "to", to);
    if (createIfNotExists) {
      body.put("create_if_not_exists", true);
    }
    node.rpc(service, body, timeoutMs, (reply, err) -> callback.accept(err));
  }
}
