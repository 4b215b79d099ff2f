package org.careermatch.engine.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careermatch.data.DataLoader;
import org.careermatch.data.FrameworkData;
import org.careermatch.engine.index.EvidenceDoc;
import org.careermatch.engine.index.EvidenceDocuments;
import org.careermatch.engine.interest.InterestReader;

/**
 * Build step: computes the entity vectors and the interest cue vectors of the embedded default data
 * into {@code <classes>/careermatch/vectors/<model>.vec} and {@code <model>.cues.vec}, so the
 * service embeds neither the index nor the cues at start. Does nothing for a file that already
 * matches the data and the model (the model is then not even loaded).
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
    if (entitiesCurrent && cuesCurrent) {
      return;
    }
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
      EntityVectors.Header h = EntityVectors.readHeader(new DataInputStream(in));
      return h.modelId().equals(OnnxEmbedder.MODEL_ID)
          && h.count() == docs.size()
          && h.fingerprint().equals(EntityVectors.fingerprint(docs, OnnxEmbedder.MODEL_ID));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean cuesUpToDate(Path file, List<String> cues) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      TextVectors.Header h = TextVectors.readHeader(new DataInputStream(in));
      return h.modelId().equals(OnnxEmbedder.MODEL_ID)
          && h.count() == cues.size()
          && h.fingerprint().equals(TextVectors.fingerprint(cues, OnnxEmbedder.MODEL_ID));
    } catch (IOException e) {
      return false;
    }
  }
}
