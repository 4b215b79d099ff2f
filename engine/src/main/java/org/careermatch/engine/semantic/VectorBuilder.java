package org.careermatch.engine.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.index.EntityIndex;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.EvidenceDocuments;
import org.careermatch.engine.interest.InterestReader;

/**
 * Build step: computes the entity vectors and the interest cue vectors of the embedded default data
 * into {@code <classes>/careermatch/vectors/<model>.vec} and {@code <model>.cues.vec}, so the
 * service embeds neither the index nor the cues at start (a file that already matches the data and
 * the model is kept; the model is then not even loaded), and writes the search index with its
 * nearest-neighbour graph into {@code <classes>/careermatch/index/<model>.index}, so the service
 * reads it instead of building it.
 *
 * <p>Usage: {@code VectorBuilder <output classes directory>}
 */
public final class VectorBuilder {
  private VectorBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: VectorBuilder <output classes directory>");
      System.exit(2);
    }
    FrameworkData data = DataLoader.loadDefault();
    List<EvidenceDoc> docs = EvidenceDocuments.from(data);
    List<String> cues = InterestReader.cueTexts(data);
    Path dir = Path.of(args[0]).resolve(VectorStore.RESOURCE_DIR);
    Path file = dir.resolve(VectorStore.fileName(OnnxEmbedder.MODEL_ID));
    Path cueFile = dir.resolve(VectorStore.cueFileName(OnnxEmbedder.MODEL_ID));
    boolean entitiesCurrent = upToDate(file, docs);
    boolean cuesCurrent = cuesUpToDate(cueFile, cues);
    if (entitiesCurrent) {
      System.out.println("entity vectors up to date: " + file);
    }
    if (cuesCurrent) {
      System.out.println("interest cue vectors up to date: " + cueFile);
    }
    if (!entitiesCurrent || !cuesCurrent) {
      computeVectors(docs, cues, file, entitiesCurrent, cueFile, cuesCurrent);
    }
    writeIndex(docs, file, Path.of(args[0]).resolve(EntityIndex.RESOURCE_DIR));
  }

  /**
   * The search index of the default data with its vectors as the engine reads them: written at
   * every build (a few seconds), since what it holds depends on the engine's code (the analyzer,
   * the fields) as well as on the data.
   */
  private static void writeIndex(List<EvidenceDoc> docs, Path vectorFile, Path dir)
      throws IOException {
    long start = System.nanoTime();
    EntityVectors vectors;
    try (InputStream in = Files.newInputStream(vectorFile)) {
      vectors = EntityVectors.read(in);
    }
    Path file = dir.resolve(EntityIndex.fileName(vectors.modelId()));
    try (EntityIndex index = EntityIndex.build(docs, vectors.asList())) {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "index", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        index.writeTo(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    System.out.printf(
        "search index: %d documents (%s vectors), %d KB in %.1f s -> %s%n",
        docs.size(),
        vectors.modelId(),
        Files.size(file) / 1024,
        (System.nanoTime() - start) / 1e9,
        file);
  }

  private static void computeVectors(
      List<EvidenceDoc> docs,
      List<String> cues,
      Path file,
      boolean entitiesCurrent,
      Path cueFile,
      boolean cuesCurrent) {
    try (OnnxEmbedder model = OnnxEmbedder.load()) {
      if (!entitiesCurrent) {
        long start = System.nanoTime();
        EntityVectors vectors = EntityVectors.compute(docs, model);
        VectorStore.write(vectors, file);
        System.out.printf(
            "entity vectors: %d x %d (%s) in %.1f s -> %s%n",
            vectors.size(),
            vectors.dimension(),
            vectors.modelId(),
            (System.nanoTime() - start) / 1e9,
            file);
      }
      if (!cuesCurrent) {
        long start = System.nanoTime();
        TextVectors vectors = TextVectors.compute(cues, model);
        VectorStore.write(vectors, cueFile);
        System.out.printf(
            "interest cue vectors: %d x %d (%s) in %.1f s -> %s%n",
            vectors.size(),
            vectors.dimension(),
            vectors.modelId(),
            (System.nanoTime() - start) / 1e9,
            cueFile);
      }
    }
  }

  private static boolean upToDate(Path file, List<EvidenceDoc> docs) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return EntityVectors.readHeader(new DataInputStream(in))
          .describes(
              OnnxEmbedder.MODEL_ID,
              docs.size(),
              EntityVectors.fingerprint(docs, OnnxEmbedder.MODEL_ID));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean cuesUpToDate(Path file, List<String> cues) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return TextVectors.readHeader(new DataInputStream(in))
          .describes(
              OnnxEmbedder.MODEL_ID,
              cues.size(),
              TextVectors.fingerprint(cues, OnnxEmbedder.MODEL_ID));
    } catch (IOException e) {
      return false;
    }
  }
}
