package maelstrom;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error reply: throw it from a handler to answer with it; failed RPCs carry it too. */
public class RPCError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  // Maelstrom's error codes (maelstrom-protocol.md §1.5).
  public static final int TIMEOUT = 0;
  public static final int NODE_NOT_FOUND = 1;
  public static final int NOT_SUPPORTED = 10;
  public static final int TEMPORARILY_UNAVAILABLE = 11;
  public static final int MALFORMED_REQUEST = 12;
  public static final int CRASH = 13;
  public static final int ABORT = 14;
  public static final int KEY_DOES_NOT_EXIST = 20;
  public static final int KEY_ALREADY_EXISTS = 21;
  public static final int PRECONDITION_FAILED = 22;
  public static final int TXN_CONFLICT = 30;

  public final int code;
  public final String text;

  public RPCError(int code, String text) {
    super("error " + code + ": " + text);
    this.code = code;
    this.text = text;
  }

  public Map<String, Object> toBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "error");
    body.put("code", code);
    body.put("text", text);
    return body;
  }
}
