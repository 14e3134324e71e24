package maelstrom;

import java.util.LinkedHashMap;
import java.util.Map;

/** One envelope: src, dest and a body (a JSON object with a string "type"). */
public record Message(String src, String dest, Map<String, Object> body) {
  public String type() {
    return String.valueOf(body.get("type"));
  }

  /** An integer field of the body, or null. */
  public Long getLong(String field) {
    Object value = body.get(field);
    return value instanceof Number n ? n.longValue() : null;
  }

  /** A body with the given type and fields: Message.body("echo_ok", "echo", value). */
  public static Map<String, Object> body(String type, Object... fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.put(String.valueOf(fields[i]), fields[i + 1]);
    }
    return body;
  }
}
