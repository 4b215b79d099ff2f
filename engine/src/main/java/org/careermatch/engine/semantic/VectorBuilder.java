package org.careermatch.engine.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.EvidenceDocuments;

/**
 * Build step: computes the entity vectors of the embedded default data into {@code
 * <classes>/careermatch/vectors/<model>.vec}, so the service never embeds the whole index at start.
 * Does nothing when the file there already matches the data and the model.
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
    List<EvidenceDoc> docs = EvidenceDocuments.from(DataLoader.loadDefault());
    Path file =
        Path.of(args[0])
            .resolve(VectorStore.RESOURCE_DIR)
            .resolve(VectorStore.fileName(OnnxEmbedder.MODEL_ID));
    if (upToDate(file, docs)) {
      System.out.println("entity vectors up to date: " + file);
      return;
    }
    long start = System.nanoTime();
    EntityVectors vectors = EntityVectors.compute(docs, OnnxEmbedder.load());
    VectorStore.write(vectors, file);
    System.out.printf(
        "entity vectors: %d x %d (%s) in %.1f s -> %s%n",
        vectors.size(),
        vectors.dimension(),
        vectors.modelId(),
        (System.nanoTime() - start) / 1e9,
        file);
  }

  private static boolean upToDate(Path file, List<EvidenceDoc> docs) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      EntityVectors.Header h = EntityVectors.readHeader(new DataInputStream(in));
      return h.modelId().equals(OnnxEmbedder.MODEL_ID)
          && h.count() == docs.size()
          && h.fingerprint().equals(EntityVectors.fingerprint(docs, OnnxEmbedder.MODEL_ID));
    } catch (IOException e) {
      return false;
    }
  }
}
