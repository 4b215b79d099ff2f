package org.careermatch.engine.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers recorded from the api's own search before it moved into the engine
 * (src/test/resources).
 */
final class Before {
  private Before() {}

  /** Query to its recorded results, in file order. */
  static Map<String, List<String>> read(String resource) {
    try (InputStream in =
        Before.class.getClassLoader().getResourceAsStream("careermatch/search/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      Map<String, List<String>> out = new LinkedHashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .forEach(
              l -> {
                String[] cols = l.split("\t", -1);
                out.put(
                    cols[0], cols[1].isEmpty() ? List.of() : Arrays.asList(cols[1].split(" \\| ")));
              });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
