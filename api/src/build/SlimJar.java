import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a copy of the service's Spring Boot jar that carries the native libraries of one platform
 * only: ONNX Runtime's ({@code ai/onnxruntime/native/<os>-<arch>/} in onnxruntime-*.jar) and the
 * tokenizer's ({@code native/lib/<os>-<arch>/} in tokenizers-*.jar) for the other platforms are
 * left out of those nested jars; nothing else changes. Both libraries look for their own platform's
 * directory only, so on that platform the copy runs exactly as the portable jar does; on another one
 * the model cannot load and the service answers by words (health: DEGRADED).
 *
 * <p>Run by the api module's {@code -P<platform>} profiles (api/README.md, "A jar for one
 * platform"), as a single-file Java program (no dependency):
 *
 * <pre>java api/src/build/SlimJar.java IN.jar OUT.jar linux-x64</pre>
 */
public final class SlimJar {
  /** Each platform's directory names, as ONNX Runtime and as DJL's tokenizer name them. */
  private static final Map<String, Set<String>> PLATFORMS =
      Map.of(
          "linux-x64", Set.of("linux-x64", "linux-x86_64"),
          "linux-aarch64", Set.of("linux-aarch64"),
          "osx-x64", Set.of("osx-x64", "osx-x86_64"),
          "osx-aarch64", Set.of("osx-aarch64"),
          "win-x64", Set.of("win-x64", "win-x86_64"));

  /** Where the nested jars keep one directory per platform. */
  private static final List<String> NATIVE_DIRS = List.of("ai/onnxruntime/native/", "native/lib/");

  private SlimJar() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !PLATFORMS.containsKey(args[2])) {
      System.err.println("usage: SlimJar IN.jar OUT.jar " + String.join("|", PLATFORMS.keySet()));
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Set<String> keep = PLATFORMS.get(args[2]);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    long[] dropped = {0};
    try (ZipFile jar = new ZipFile(in.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
      Enumeration<? extends ZipEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        byte[] bytes;
        try (InputStream body = jar.getInputStream(e)) {
          bytes = body.readAllBytes();
        }
        if (e.getName().startsWith("BOOT-INF/lib/") && e.getName().endsWith(".jar")) {
          byte[] slim = slim(bytes, keep);
          dropped[0] += bytes.length - slim.length;
          bytes = slim;
        }
        // Spring Boot reads nested jars in place: they stay stored (uncompressed), as everything
        // stored was
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        if (e.getMethod() == ZipEntry.STORED) {
          stored(copy, bytes);
        }
        zip.putNextEntry(copy);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(
        "%s: native libraries of %s only, %d MB (%d MB of other platforms' left out)%n",
        out, args[2], Files.size(out) >> 20, dropped[0] >> 20);
  }

  /** A nested jar without the other platforms' native directories (unchanged when it has none). */
  private static byte[] slim(byte[] nested, Set<String> keep) throws IOException {
    boolean changed = false;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(nested.length);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(nested));
        ZipOutputStream out = new ZipOutputStream(buffer)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (otherPlatform(e.getName(), keep)) {
          changed = true;
          continue;
        }
        byte[] bytes = in.readAllBytes();
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        if (e.getMethod() == ZipEntry.STORED) {
          stored(copy, bytes);
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    return changed ? buffer.toByteArray() : nested;
  }

  private static boolean otherPlatform(String name, Set<String> keep) {
    for (String dir : NATIVE_DIRS) {
      if (name.startsWith(dir) && name.length() > dir.length()) {
        String rest = name.substring(dir.length());
        int slash = rest.indexOf('/');
        String platform = slash < 0 ? null : rest.substring(0, slash);
        return platform != null && !keep.contains(platform);
      }
    }
    return false;
  }

  private static void stored(ZipEntry entry, byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    entry.setCrc(crc.getValue());
  }
}
