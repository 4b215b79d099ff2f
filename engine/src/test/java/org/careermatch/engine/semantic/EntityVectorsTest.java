package org.careermatch.engine.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.careermatch.data.ClusterId;
import org.careermatch.engine.index.EntityType;
import org.careermatch.engine.index.EvidenceDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing, fingerprinting and finding entity vectors, with a small deterministic stand-in model.
 */
class EntityVectorsTest {
  static List<EvidenceDoc> docs(String... texts) {
    return java.util.Arrays.stream(texts)
        .map(
            t ->
                new EvidenceDoc(
                    "e:" + t.hashCode(),
                    t,
                    EntityType.SKILL,
                    "name",
                    t,
                    List.of(ClusterId.of("farm")),
                    List.of()))
        .toList();
  }

  @Test
  void writtenVectorsReadBackTheSame() throws IOException {
    EntityVectors v =
        EntityVectors.compute(docs("welding", "nursing", "drawing"), new HashEmbedder(16));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    v.write(out);
    EntityVectors back = EntityVectors.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(v.modelId(), back.modelId());
    assertEquals(v.fingerprint(), back.fingerprint());
    assertEquals(3, back.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(v.vector(i), back.vector(i), 1e-6f, "vector " + i);
      assertEquals(1.0, Vectors.dot(back.vector(i), back.vector(i)), 1e-5, "unit length");
    }
  }

  @Test
  void quantizationKeepsSimilaritiesClose() {
    HashEmbedder model = new HashEmbedder(384);
    List<EvidenceDoc> d = docs("animal care", "animal science");
    EntityVectors v = EntityVectors.compute(d, model);
    double exact = Vectors.dot(model.embed("animal care"), model.embed("animal science"));
    assertEquals(exact, Vectors.dot(v.vector(0), v.vector(1)), 0.01);
  }

  @Test
  void fingerprintFollowsTheTextAndTheModel() {
    List<EvidenceDoc> a = docs("welding", "nursing");
    assertEquals(
        EntityVectors.fingerprint(a, "m"),
        EntityVectors.fingerprint(docs("welding", "nursing"), "m"));
    assertNotEquals(
        EntityVectors.fingerprint(a, "m"),
        EntityVectors.fingerprint(docs("welding", "nurses"), "m"));
    assertNotEquals(EntityVectors.fingerprint(a, "m"), EntityVectors.fingerprint(a, "other"));
    EntityVectors v = EntityVectors.compute(a, new HashEmbedder(8));
    assertTrue(v.matches(a, "hash-8"));
    assertFalse(v.matches(docs("welding", "nurses"), "hash-8"));
    assertFalse(v.matches(a, "other-model"));
  }

  @Test
  void aFileThatIsNotAVectorFileIsRejected() {
    byte[] junk = "hello, this is not a vector file".getBytes(StandardCharsets.UTF_8);
    IOException e =
        assertThrows(IOException.class, () -> EntityVectors.read(new ByteArrayInputStream(junk)));
    assertTrue(
        e.getMessage().contains("not a careermatch vector file") || e.getMessage().length() > 0);
  }

  @Test
  void vectorsOfOtherDataAreComputedOnceThenReadFromTheDiskCache(@TempDir Path dir)
      throws IOException {
    CountingEmbedder model = new CountingEmbedder(new HashEmbedder(8));
    List<EvidenceDoc> d = docs("welding", "nursing", "drawing");
    VectorStore.Loaded first = VectorStore.load(d, model, dir);
    assertEquals(VectorStore.Source.COMPUTED, first.source());
    assertEquals(3, model.calls.get());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.filter(f -> f.toString().endsWith(".vec")).count());
    }
    VectorStore.Loaded second = VectorStore.load(d, model, dir);
    assertEquals(VectorStore.Source.DISK_CACHE, second.source());
    assertEquals(3, model.calls.get(), "nothing embedded again");
    assertArrayEquals(first.vectors().vector(2), second.vectors().vector(2), 1e-6f);

    VectorStore.Loaded changed =
        VectorStore.load(docs("welding", "nursing", "painting"), model, dir);
    assertEquals(
        VectorStore.Source.COMPUTED, changed.source(), "changed data is not served stale vectors");
  }

  @Test
  void withoutACacheDirectoryVectorsAreComputed() {
    VectorStore.Loaded l = VectorStore.load(docs("welding"), new HashEmbedder(8), null);
    assertEquals(VectorStore.Source.COMPUTED, l.source());
  }

  @Test
  void aZeroVectorCannotBeNormalized() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Vectors.normalize(new float[3]));
    assertTrue(e.getMessage().contains("norm 0"), e.getMessage());
  }

  /** Counts the texts it embeds. */
  static final class CountingEmbedder extends ForwardingEmbedder {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger batches = new AtomicInteger();
    final List<List<String>> batchTexts = new java.util.concurrent.CopyOnWriteArrayList<>();

    CountingEmbedder(TextEmbedder inner) {
      super(inner);
    }

    @Override
    public float[] embed(String text) {
      calls.incrementAndGet();
      return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      batches.incrementAndGet();
      batchTexts.add(List.copyOf(texts));
      return model.embedAll(texts);
    }
  }
}
