package org.careermatch.engine.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careermatch.engine.index.EvidenceDoc;

/**
 * Finds the entity vectors and the interest cue vectors of the data: the file computed at build
 * time into the engine jar when it matches the data and the model, else a file in the on-disk cache
 * directory (when one is configured), else computes them, once, and writes them to that cache. A
 * stale or unreadable file is never used: its fingerprint (the model id and every text) differs,
 * and the vectors are computed at start instead, which {@link Source#COMPUTED} says.
 */
public final class VectorStore {
  /** Where the build puts the vectors of the embedded default data. */
  public static final String RESOURCE_DIR = "careermatch/vectors/";

  /** Where the vectors came from. */
  public enum Source {
    BUILT_IN("computed at build time"),
    DISK_CACHE("read from the on-disk cache"),
    COMPUTED("computed at start");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Vectors and where they came from. */
  public record Loaded(EntityVectors vectors, Source source) {
    public Loaded {
      Objects.requireNonNull(vectors, "vectors");
      Objects.requireNonNull(source, "source");
    }
  }

  /** Interest cue vectors and where they came from. */
  public record LoadedTexts(TextVectors vectors, Source source) {
    public LoadedTexts {
      Objects.requireNonNull(vectors, "vectors");
      Objects.requireNonNull(source, "source");
    }
  }

  private VectorStore() {}

  /** The entity vector file of a model. */
  public static String fileName(String modelId) {
    return modelId + ".vec";
  }

  /** The interest cue vector file of a model. */
  public static String cueFileName(String modelId) {
    return modelId + ".cues.vec";
  }

  /**
   * The vectors of the interest cue texts {@code texts} (in order), each embedded alone: the
   * build's file when it matches, else the on-disk cache, else computed (and cached when {@code
   * cacheDir} is set).
   */
  public static LoadedTexts loadCues(List<String> texts, TextEmbedder embedder, Path cacheDir) {
    String model = embedder.modelId();
    Optional<TextVectors> builtIn = builtInCues(texts, model);
    if (builtIn.isPresent()) {
      return new LoadedTexts(builtIn.get(), Source.BUILT_IN);
    }
    String print = TextVectors.fingerprint(texts, model);
    Path cached =
        cacheDir == null
            ? null
            : cacheDir.resolve(model + "-cues-" + print.substring(0, 16) + ".vec");
    if (cached != null && Files.isRegularFile(cached)) {
      try (InputStream in = Files.newInputStream(cached)) {
        TextVectors v = TextVectors.read(in);
        if (v.matches(texts, model) && v.dimension() == embedder.dimension()) {
          return new LoadedTexts(v, Source.DISK_CACHE);
        }
      } catch (IOException e) {
        // unreadable cache file: computed again below and overwritten
      }
    }
    TextVectors computed = TextVectors.compute(texts, embedder);
    if (cached != null) {
      writeAtomically(cached, computed::write, "interest cue vectors");
    }
    return new LoadedTexts(computed, Source.COMPUTED);
  }

  private static Optional<TextVectors> builtInCues(List<String> texts, String model) {
    try (InputStream in =
        VectorStore.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + cueFileName(model))) {
      if (in == null) {
        return Optional.empty();
      }
      DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
      VectorFileHeader h = TextVectors.readHeader(data);
      if (!h.describes(model, texts.size(), TextVectors.fingerprint(texts, model))) {
        return Optional.empty();
      }
      return Optional.of(TextVectors.readBody(data, h));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * @param cacheDir where vectors of other data are cached on disk, or null to compute them at
   *     every start
   */
  public static Loaded load(List<EvidenceDoc> docs, TextEmbedder embedder, Path cacheDir) {
    String model = embedder.modelId();
    Optional<EntityVectors> builtIn = builtIn(docs, model);
    if (builtIn.isPresent()) {
      return new Loaded(builtIn.get(), Source.BUILT_IN);
    }
    String print = EntityVectors.fingerprint(docs, model);
    Path cached =
        cacheDir == null ? null : cacheDir.resolve(model + "-" + print.substring(0, 16) + ".vec");
    if (cached != null && Files.isRegularFile(cached)) {
      try (InputStream in = Files.newInputStream(cached)) {
        EntityVectors v = EntityVectors.read(in);
        if (v.matches(docs, model)) {
          return new Loaded(v, Source.DISK_CACHE);
        }
      } catch (IOException e) {
        // unreadable cache file: computed again below and overwritten
      }
    }
    EntityVectors computed = EntityVectors.compute(docs, embedder);
    if (cached != null) {
      write(computed, cached);
    }
    return new Loaded(computed, Source.COMPUTED);
  }

  private static Optional<EntityVectors> builtIn(List<EvidenceDoc> docs, String model) {
    try (InputStream in =
        VectorStore.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName(model))) {
      if (in == null) {
        return Optional.empty();
      }
      DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in));
      VectorFileHeader h = EntityVectors.readHeader(data);
      if (!h.describes(model, docs.size(), EntityVectors.fingerprint(docs, model))) {
        return Optional.empty();
      }
      return Optional.of(EntityVectors.readBody(data, h));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes {@code vectors} to {@code file} atomically (a temporary file moved into place). */
  public static void write(EntityVectors vectors, Path file) {
    writeAtomically(file, vectors::write, "entity vectors");
  }

  /** Writes {@code vectors} to {@code file} atomically (a temporary file moved into place). */
  public static void write(TextVectors vectors, Path file) {
    writeAtomically(file, vectors::write, "interest cue vectors");
  }

  private interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path file, Writer writer, String what) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "vectors", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.writeTo(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what + " to " + file, e);
    }
  }
}
