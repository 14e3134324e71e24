package maelstrom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Consensus helper (tracks 6–8): durable state in the node's own directory, which survives
 * kill + restart (DSGRADE_DATA_DIR). Values are JSON text (use {@link Json}).
 * See tracks/leader-election/docs/index.md.
 */
public final class Durable {
  private Durable() {}

  public static Path dataDir() {
    String dir = System.getenv("DSGRADE_DATA_DIR");
    return Path.of(dir == null || dir.isEmpty() ? "." : dir);
  }

  /**
   * Durably replace dataDir()/name with json: temporary file, fsync, rename, fsync the
   * directory. After it returns, a SIGKILL leaves the old or the new text, whole. Call it
   * before any message that depends on the new value leaves the node.
   */
  public static void save(String name, String json) throws IOException {
    Path path = dataDir().resolve(name);
    Path temporary = dataDir().resolve(name + ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel directory = FileChannel.open(dataDir(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException ignored) {
      // some file systems cannot sync a directory; the rename is still atomic
    }
  }

  /** The text save(name, …) last wrote, or null when there is none. Call it at start. */
  public static String load(String name) throws IOException {
    try {
      return Files.readString(dataDir().resolve(name), StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      return null;
    }
  }
}
