package org.careermatch.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data files are read from: the embedded default data, or a directory laid out the same
 * way.
 */
@FunctionalInterface
public interface DataSource {
  /**
   * The file at a path relative to the data root ({@code clusters.yaml}, {@code
   * crosswalks/soc-clusters.tsv}).
   */
  Optional<InputStream> open(String relativePath) throws IOException;

  /** The data embedded in this module's jar. */
  static DataSource embedded() {
    return classpath("careermatch/data/");
  }

  static DataSource classpath(String root) {
    ClassLoader loader = DataSource.class.getClassLoader();
    return path -> Optional.ofNullable(loader.getResourceAsStream(root + path));
  }

  static DataSource directory(Path root) {
    return path -> {
      Path p = root.resolve(path).normalize();
      if (!p.startsWith(root.normalize()) || !Files.isRegularFile(p)) {
        return Optional.empty();
      }
      return Optional.of(Files.newInputStream(p));
    };
  }

  /** The whole file as UTF-8 text, if it exists. */
  default Optional<String> read(String relativePath) {
    try {
      Optional<InputStream> in = open(relativePath);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream s = in.get()) {
        return Optional.of(new String(s.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relativePath, e);
    }
  }
}
